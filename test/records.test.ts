import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claims, corrections, entities, facts, metrics, notes, sources } from '../src/index.js';
import { aliasesNotInDocuments, DATASET_CHECKS, notePassagesNotInDocuments } from './data/datasetChecks.js';
import { userFact, userRecords } from './fixtures/userRecords.js';
import { requireDocument } from './support/sharedFiles.js';

const builtIn = { sources, entities, metrics, facts, claims, notes, corrections };

describe('the built-in records', () => {
  it.for(Object.entries(DATASET_CHECKS))('%s', ([, check]) => {
    expect(check(builtIn)).toEqual([]);
  });

  it('are deeply frozen: every object and array reachable from an export', () => {
    const notFrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) notFrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    for (const [name, collection] of Object.entries(builtIn)) visit(collection, name);
    expect(notFrozen).toEqual([]);
  });

  it('throw when assigned to, in strict mode', () => {
    const fact = facts[0] as { value: number | null; citation: { quote: string } };
    expect(() => {
      fact.value = 1;
    }).toThrow(TypeError);
    expect(() => {
      fact.citation.quote = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (facts as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('hold every source file of data/ whole: its source, and each of its facts and claims once, in the data index', async () => {
    const files = readdirSync(new URL('../data/', import.meta.url)).filter((file) => /^[a-z0-9-]+\.ts$/.test(file));
    const shared = ['anchoring.ts', 'builtInRecordTypes.ts', 'corrections.ts', 'entities.ts', 'index.ts', 'literalFields.ts', 'metrics.ts', 'notes.ts'];
    const sourceFiles = files.filter((file) => !shared.includes(file));
    const modules = await Promise.all(
      sourceFiles.map(async (file) => (await import(`../data/${file}`)) as { source: { id: string }; facts: { id: string }[]; claims: { id: string }[] }),
    );
    expect(modules.map((module) => `${module.source.id}.ts`)).toEqual(sourceFiles);
    const ids = (records: readonly { id: string }[]) => records.map((record) => record.id).sort();
    expect(ids(sources)).toEqual(ids(modules.map((module) => module.source)));
    expect(ids(facts)).toEqual(ids(modules.flatMap((module) => module.facts)));
    expect(ids(claims)).toEqual(ids(modules.flatMap((module) => module.claims)));
  });

  it('give aliases that a source document uses', (context) => {
    const documents = sources.map((source) => requireDocument(context, source.id));
    expect(aliasesNotInDocuments(builtIn, documents)).toEqual([]);
  });

  it("quote in their notes only passages of a document that the notes' facts and claims cite", (context) => {
    expect(notePassagesNotInDocuments(builtIn, (sourceId) => requireDocument(context, sourceId))).toEqual([]);
  });

  it('notePassagesNotInDocuments(records, documentOf) names each quoted passage of a note that no document its records cite holds', () => {
    const records = userRecords([
      userFact('a', 1, { id: 'a-one' }),
      userFact('b', 2, { id: 'b-two', citation: { sourceId: 'report-two', section: 'body', quote: 'Figure 2' } }),
    ]);
    const note = { id: 'example-note', kind: 'tension', entityIds: ['a'], factIds: ['a-one', 'b-two'], claimIds: [], differences: [] } as const;
    const documents: Record<string, string> = { 'report-one': 'It says "Figure 1" here.', 'report-two': 'And\nFigure   2 there.' };
    const withNote = (statement: string) => ({ ...records, notes: [{ ...note, statement }], corrections: [] });
    expect(notePassagesNotInDocuments(withNote('It says "Figure 1" and "Figure 2", but "Figure 3".'), (id) => documents[id]!)).toEqual([
      'example-note: Figure 3',
    ]);
    expect(notePassagesNotInDocuments(withNote('It quotes nothing.'), (id) => documents[id]!)).toEqual([]);
  });
});
