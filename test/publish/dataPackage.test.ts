/**
 * The published data package: valid against the official Frictionless 2.0
 * profile (read from ../shared/frictionless-2.0 or the folder AI_INVESTMENT_FACTS_PROFILES names, never copied here; without it, those checks skip), its sizes
 * and hashes true, its field types and constraints those of the zod schemas,
 * and every row of every CSV cast by a Frictionless client to exactly the
 * values of the records (the built-in ones, with a made-up ledger entry).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedDataFiles } from '../../scripts/dataFiles/publishedDataFiles.js';
import { documentCredit } from '../../src/format/formatCitation.js';
import { tablesRecords } from '../fixtures/tablesRecords.js';
import { builtInRecords, dataFile, dataFiles, packageInfo, writeToTemporaryFolder } from './builtInDataFiles.js';
import { profileErrors, readAllResources } from './dataFileChecks.js';

interface ResourceDescriptor {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string; constraints?: object }[]; primaryKey: string[]; foreignKeys?: { fields: string[] }[] };
}

const descriptor = JSON.parse(dataFile('datapackage.json')) as { resources: ResourceDescriptor[] } & Record<string, unknown>;
const folder = writeToTemporaryFolder(dataFiles);
const exampleFiles = publishedDataFiles(tablesRecords, packageInfo);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('datapackage.json', () => {
  it('is valid against the official Data Package 2.0 profile', (context) => {
    expect(profileErrors(context, 'datapackage.json', descriptor)).toEqual([]);
  });

  it('the profile rejects a broken descriptor, so the check above can fail', (context) => {
    const broken = { ...descriptor, resources: [{ ...descriptor.resources[0], hash: 'not a hash', schema: { fields: 'none' } }] };
    expect(profileErrors(context, 'datapackage.json', broken).length).toBeGreaterThan(0);
  });

  it('describes one CSV per collection, each with a primary key and the foreign keys to the tables it names', () => {
    expect(descriptor.resources.map((resource) => [resource.path, resource.schema.primaryKey, resource.schema.foreignKeys ?? []])).toEqual([
      ['sources.csv', ['id'], []],
      ['entities.csv', ['id'], [{ fields: ['subsetOf'], reference: { fields: ['id'] } }]],
      ['metrics.csv', ['id'], [{ fields: ['baseEntityId'], reference: { resource: 'entities', fields: ['id'] } }]],
      [
        'facts.csv',
        ['id'],
        [
          { fields: ['entityId'], reference: { resource: 'entities', fields: ['id'] } },
          { fields: ['metricId'], reference: { resource: 'metrics', fields: ['id'] } },
          { fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } },
        ],
      ],
      ['claims.csv', ['id'], [{ fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } }]],
      ['notes.csv', ['id'], []],
      ['corrections.csv', ['recordType', 'recordId', 'field', 'release'], []],
    ]);
  });

  it('names only columns of its own table in its keys', () => {
    const unknown = descriptor.resources.flatMap(({ path, schema }) => {
      const keys = [...schema.primaryKey, ...(schema.foreignKeys ?? []).flatMap((key) => key.fields)];
      return keys.filter((key) => !schema.fields.some((field) => field.name === key)).map((key) => `${path}: ${key}`);
    });
    expect(unknown).toEqual([]);
  });

  it("types and constrains each column as the zod schema of the field it holds: another record's field as that field, a field of several types by its column's type", () => {
    const field = (path: string, name: string) =>
      descriptor.resources.find((resource) => resource.path === path)?.schema.fields.find((candidate) => candidate.name === name);
    const ID = { required: true, unique: true, pattern: '([a-z0-9]+(-[a-z0-9]+)*)' };
    const ENTITY_KINDS = ['startup-ecosystem', 'country', 'region', 'company', 'group'];
    expect(
      [
        ['facts.csv', 'id'],
        ['facts.csv', 'entityKind'],
        ['facts.csv', 'value'],
        ['facts.csv', 'period'],
        ['facts.csv', 'quoteStart'],
        ['facts.csv', 'sourceTitle'],
        ['facts.csv', 'sourcePublishedOn'],
        ['claims.csv', 'entityIds'],
        ['entities.csv', 'countryCode'],
        ['corrections.csv', 'oldNumber'],
        ['corrections.csv', 'newBoolean'],
        ['corrections.csv', 'release'],
      ].map(([path, name]) => {
        const { type, constraints } = field(path!, name!) ?? {};
        return { name, type, constraints };
      }),
    ).toEqual([
      { name: 'id', type: 'string', constraints: ID },
      { name: 'entityKind', type: 'string', constraints: { required: true, enum: ENTITY_KINDS } },
      { name: 'value', type: 'number', constraints: undefined },
      { name: 'period', type: 'string', constraints: { pattern: '(([0-9]{4})(/([0-9]{4}))?)' } },
      { name: 'quoteStart', type: 'integer', constraints: undefined },
      { name: 'sourceTitle', type: 'string', constraints: { required: true } },
      { name: 'sourcePublishedOn', type: 'date', constraints: undefined },
      { name: 'entityIds', type: 'array', constraints: { required: true } },
      { name: 'countryCode', type: 'string', constraints: { pattern: '[A-Z]{2}' } },
      { name: 'oldNumber', type: 'number', constraints: undefined },
      { name: 'newBoolean', type: 'boolean', constraints: undefined },
      { name: 'release', type: 'string', constraints: { required: true, pattern: '\\d+\\.\\d+\\.\\d+' } },
    ]);
  });

  it("names every source document by its title and the package's credit line for it, and the licence", () => {
    expect(descriptor['sources']).toEqual(builtInRecords.sources.map((source) => ({ title: documentCredit(source) })));
    // Where no publisher is known, the credit line names the document by its title.
    expect(JSON.parse(exampleFiles.get('datapackage.json') ?? '{}').sources).toEqual([
      { title: 'Report report-one (Example Press, 2025-01-31)' },
      { title: 'Report report-two (Example Press, 2025-01-31)' },
      { title: 'Example | page, undated' },
    ]);
    expect(descriptor['licenses']).toEqual([{ name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' }]);
  });

  it("carries package.json's version, and as `created` the date of the commit it is built from (a release's, for a release), so the same commit builds the same bytes", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const committedAt = Number(execFileSync('git', ['show', '--no-patch', '--format=%ct', 'HEAD'], { encoding: 'utf8' })) * 1000;
    expect([descriptor['version'], typeof descriptor['created'], Date.parse(String(descriptor['created']))]).toEqual([version, 'string', committedAt]);
    expect(descriptor['created']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  });

  it("states each file's true size in bytes and SHA-256 hash", () => {
    const wrong = descriptor.resources.flatMap((resource) => {
      const bytes = readFileSync(join(folder, resource.path));
      const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      return bytes.byteLength === resource.bytes && hash === resource.hash ? [] : [resource.path];
    });
    expect(wrong).toEqual([]);
  });
});

describe('every CSV row, read and cast by a Frictionless client (datapackage, v1)', () => {
  it('loads the descriptor as valid', async () => {
    const dataPackage = await Package.load(join(folder, 'datapackage.json'), { basePath: folder });
    expect([dataPackage.valid, dataPackage.errors.map(String)]).toEqual([true, []]);
  });

  it('casts every row under its schema, resolves every foreign key, and gives back the values of the records', async () => {
    const tables = Object.fromEntries(await readAllResources(folder));
    const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(builtInRecords).map(([name, records]) => [name, records.length])));

    // Every cell of every table that holds a record's own field casts back to that field's value.
    // A date casts to a Date, and a foreign key, its relations resolved, to the row it names;
    // a corrected value is read from the one of its three columns (text, number, boolean) that holds it.
    // A citation's selectors are not in the CSVs (`quoteStart` and `quoteEnd` give the quote's place): they are in the JSON files.
    const comparable = (cell: unknown): unknown =>
      cell instanceof Date
        ? cell.toISOString().slice(0, 10)
        : typeof cell === 'object' && cell !== null && !Array.isArray(cell)
          ? (cell as { id: unknown }).id
          : cell;
    const mismatched = Object.entries(builtInRecords).flatMap(([name, records]) =>
      (records as unknown as readonly Record<string, unknown>[]).flatMap((record, index) => {
        const row = tables[name]?.[index] ?? {};
        const fields = { ...record, ...(record['citation'] as object | undefined) };
        const cell = (field: string) =>
          field in row ? row[field] : (['Text', 'Number', 'Boolean'].map((type) => row[field.replace('Value', type)]).find((value) => value !== null) ?? null);
        return Object.entries(fields)
          .filter(([field]) => field !== 'citation' && field !== 'selectors')
          .filter(([field, value]) => JSON.stringify(comparable(cell(field)) ?? null) !== JSON.stringify(value ?? null))
          .map(([field]) => `${name}/${String(record['id'])}/${field}`);
      }),
    );
    expect(mismatched).toEqual([]);
  });

  it('casts the made-up records to the values worked out by hand: a foreign key to the row it names, a date to a Date, a corrected value to its type', async () => {
    const exampleFolder = writeToTemporaryFolder(exampleFiles);
    try {
      const tables = Object.fromEntries(await readAllResources(exampleFolder));
      // With relations resolved, a foreign key's cell holds the row it refers to.
      expect(tables['facts']?.[0]).toMatchObject({
        entityId: { id: 'a', kind: 'startup-ecosystem' },
        entityName: 'A',
        metricId: { id: 'amount', additive: true },
        value: 76_000_000_000,
        unit: 'USD',
        period: '2024',
        precision: 'lower-bound',
        missingReason: null,
        sourceId: { id: 'report-one' },
        sourcePublisher: 'Example Press',
        attributedTo: 'Example Data',
        quoteStart: 9,
        quoteEnd: 31,
        otherQuotes: ['A: over $76B'],
      });
      expect(String(tables['facts']?.[0]?.['sourcePublishedOn'])).toMatch(/^Fri Jan 31 2025/);
      expect(tables['facts']?.[1]).toMatchObject({ value: null, precision: null, period: null, sourcePublisher: null, sourcePublishedOn: null });
      expect(
        tables['corrections']?.map((row) => [row['oldText'], row['oldNumber'], row['oldBoolean'], row['newText'], row['newNumber'], row['newBoolean']]),
      ).toEqual([
        [null, 67, null, null, 76.5, null],
        ['exact', null, null, 'lower-bound', null, null],
        [null, null, false, null, null, true],
        [null, null, null, null, 12.5, null],
      ]);
    } finally {
      rmSync(exampleFolder, { recursive: true, force: true });
    }
  });

  it('rejects a CSV whose cell does not cast, and one whose foreign key names no row, so the check above can fail', async () => {
    const factsCsv = dataFile('facts.csv');
    const withNumberAsText = factsCsv.replace(/(\r\nunited-states-ai-vc-investment-2024,(?:[^,]*,){5})[0-9.]+,/, '$1a lot,');
    const withUnknownEntity = factsCsv.replace('\r\nunited-states-ai-vc-investment-2024,united-states,', '\r\nunited-states-ai-vc-investment-2024,atlantis,');
    expect([withNumberAsText, withUnknownEntity].filter((text) => text === factsCsv)).toEqual([]);
    const badNumber = writeToTemporaryFolder(new Map([...dataFiles, ['facts.csv', withNumberAsText]]));
    const badReference = writeToTemporaryFolder(new Map([...dataFiles, ['facts.csv', withUnknownEntity]]));
    try {
      await expect(readAllResources(badNumber)).rejects.toThrow();
      await expect(readAllResources(badReference)).rejects.toThrow();
    } finally {
      rmSync(badNumber, { recursive: true, force: true });
      rmSync(badReference, { recursive: true, force: true });
    }
  });
});

describe('the data files', () => {
  it('hold each collection as JSON equal to the exported records', () => {
    for (const [name, records] of Object.entries(builtInRecords)) {
      expect(JSON.parse(dataFile(`${name}.json`)), name).toEqual(records);
    }
  });

  it('are the same bytes for the same records', () => {
    expect(publishedDataFiles(builtInRecords, packageInfo)).toEqual(dataFiles);
  });
});
