/**
 * Adding a source is a data-only change: the built-in records with one more,
 * synthetic source (a made-up document in euros about Berlin and Paris, its
 * records and two new metrics: test/fixtures/syntheticSource.ts) pass every
 * dataset-wide check, validate, rank, audit, publish and render, with no
 * change to any of those checks.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDataDictionaryInput, renderDataDictionary } from '../../scripts/docs/dataDictionary.js';
import { whatIsInIt } from '../../scripts/docs/readme.js';
import { claims, corrections, dataset, entities, facts, formatFigure, formatValue, metrics, notes, sources } from '../../src/index.js';
import { publishedDataFiles } from '../../scripts/dataFiles/publishedDataFiles.js';
import { createDataset } from '../../src/schema/index.js';
import * as synthetic from '../fixtures/syntheticSource.js';
import { profileErrors, readAllResources } from '../publish/dataFileChecks.js';
import { packageInfo } from '../publish/builtInDataFiles.js';
import { requireDocument } from '../support/sharedFiles.js';
import { aliasesNotInDocuments, DATASET_CHECKS } from './datasetChecks.js';
import { describeSourceRecords } from './sourceChecks.js';

const records = {
  sources: [...sources, synthetic.source],
  entities,
  metrics: [...metrics, ...synthetic.metrics],
  facts: [...facts, ...synthetic.facts],
  claims: [...claims, ...synthetic.claims],
  notes,
  corrections,
};

describeSourceRecords(synthetic, synthetic.figuresNotRecorded, () => synthetic.document);

describe('the built-in records with a synthetic source added', () => {
  it.for(Object.entries(DATASET_CHECKS))('%s', ([, check]) => {
    expect(check(records)).toEqual([]);
  });

  it('give aliases that a source document uses', (context) => {
    const documents = [...sources.map((source) => requireDocument(context, source.id)), synthetic.document];
    expect(aliasesNotInDocuments(records, documents)).toEqual([]);
  });

  it('make a dataset that ranks, derives and audits the new figures beside the others', () => {
    const { corrections: _ledger, ...datasetRecords } = records;
    const withSynthetic = createDataset(datasetRecords);
    const ranked = withSynthetic.topEcosystems('example-ai-startup-count', 10, { period: '2025' });
    expect(ranked.map((fact) => [fact.entityId, fact.value])).toEqual([
      ['paris', 310],
      ['berlin', 140],
    ]);
    expect(withSynthetic.sumOf(ranked.map((fact) => fact.id)).value).toBe(450);
    expect(formatValue(withSynthetic.fact('berlin-example-ai-venture-funding-2025'))).toBe('nearly €40M');
    expect(formatFigure(withSynthetic.ratioOf('paris-example-ai-startup-count-2025', 'berlin-example-ai-startup-count-2025'))).toBe('about 2.21×');
    // The new source's figures share no sum with the others: every built-in finding stays as it was.
    expect(withSynthetic.auditConsistency()).toEqual(dataset.auditConsistency());
  });

  it('publish data files whose data package is valid and whose every CSV row a Frictionless client casts', async (context) => {
    const files = publishedDataFiles(records, packageInfo);
    expect(profileErrors(context, 'datapackage.json', JSON.parse(files.get('datapackage.json') ?? '{}'))).toEqual([]);
    const folder = mkdtempSync(join(tmpdir(), 'ai-investment-facts-synthetic-'));
    try {
      for (const [path, text] of files) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
      }
      const tables = Object.fromEntries(await readAllResources(folder));
      expect(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))).toEqual(
        Object.fromEntries(Object.entries(records).map(([name, list]) => [name, list.length])),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("render the README's table and the data dictionary with the new source's records", () => {
    expect(whatIsInIt(records)).toContain(`| \`${synthetic.source.id}\`: "${synthetic.source.title}" (Example Press) | 2026-01-15 | 3 | 1 |`);
    const { corrections: _ledger, ...datasetRecords } = records;
    const dictionary = renderDataDictionary({ ...builtInDataDictionaryInput(), ...records, findings: createDataset(datasetRecords).auditConsistency() });
    expect(synthetic.facts.filter((fact) => !dictionary.includes(`#### \`${fact.id}\``)).map((fact) => fact.id)).toEqual([]);
  });
});
