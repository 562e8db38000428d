/**
 * The package as a user installs it (built, packed and installed once per run
 * by `globalSetup.ts`): what the tarball holds, and loading it through
 * `require` and `import` the ways users do.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mismatchedReadmeExamples, packedInstall, runInConsumer, runToCompletion, writeInto } from './packedInstall.js';

import * as records from '../../src/index.js';

/** The published tables, each a CSV and a JSON file (the record collections and the corrections ledger); and the record types with a JSON Schema. */
const TABLES = records.TABLE_NAMES;
const SCHEMAS = ['claim', 'correction', 'entity', 'fact', 'metric', 'note', 'source'];

describe('the packed package', () => {
  it('holds the build (each library entry once per module system, its shared code in chunks, the declarations once), its data files, the README with the charts and docs it links, the licence and package.json, and nothing else', () => {
    // Chunks are named by their content's hash: the library's shared code, the declarations the two entries share, and the command's parts.
    const withoutHashes = new Set(
      packedInstall().packedFiles.map((file) => file.replace(/^(dist\/(?:chunk|cli|errors))-[\w-]{8}(\.d\.cts|\.c?js)$/, '$1-[hash]$2')),
    );
    expect([...withoutHashes].sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        'dist/errors-[hash].d.cts',
        'dist/chunk-[hash].cjs',
        'dist/chunk-[hash].js',
        'dist/cli-[hash].cjs',
        'dist/cli.cjs',
        ...TABLES.flatMap((name) => [`dist/data/${name}.csv`, `dist/data/${name}.json`]),
        'dist/data/annotations.jsonld',
        'dist/data/datapackage.json',
        ...SCHEMAS.map((name) => `dist/data/schemas/${name}.schema.json`),
        'dist/index.cjs',
        'dist/index.d.cts',
        'dist/index.d.ts',
        'dist/index.js',
        'dist/schema/index.cjs',
        'dist/schema/index.d.cts',
        'dist/schema/index.d.ts',
        'dist/schema/index.js',
        'docs/charts/leading-ecosystems.svg',
        'docs/charts/us-china-ai-vc.svg',
        'docs/curation.md',
        'docs/derived-figures.md',
        'package.json',
      ].sort(),
    );
  });

  it("carries each piece once: the records' quotes in one ES module and one CommonJS file, the `.d.ts` files re-exporting the `.d.cts` declarations, which keep every example an editor shows", () => {
    const { installedPackage, packedFiles } = packedInstall();
    const quote = 'US venture capital investment in AI topped USD76 billion last year';
    const code = packedFiles.filter((file) => /\.c?js$/.test(file));
    expect(code.filter((file) => readFileSync(join(installedPackage, file), 'utf8').includes(quote))).toEqual(['dist/index.cjs', 'dist/index.js']);
    const shims = packedFiles.filter((file) => file.endsWith('.d.ts'));
    expect(shims.map((file) => readFileSync(join(installedPackage, file), 'utf8'))).toEqual(shims.map(() => "export * from './index.cjs';\n"));
    const declarations = packedFiles
      .filter((file) => file.endsWith('.d.cts'))
      .map((file) => readFileSync(join(installedPackage, file), 'utf8'))
      .join('\n');
    expect(declarations).toContain('@throws {RangeError}');
    expect(declarations).toContain(" * @example\n * ```ts\n * import { growthRate } from 'ai-investment-facts';\n * growthRate(40, 76); // 0.9");
  });

  it('unpacks to at most 900 KB (897,936 B measured: readable code, declarations with their examples, and the docs the README links)', () => {
    const { packedFiles, installedPackage } = packedInstall();
    const bytes = packedFiles.reduce((sum, file) => sum + statSync(join(installedPackage, file)).size, 0);
    expect(bytes, `the package unpacks to ${bytes} B`).toBeLessThanOrEqual(900_000);
  });

  it('keeps the names of its exported classes and functions, in both module systems (`UnknownIdError.name`, `growthRate.name`)', () => {
    const names = `JSON.stringify([m, s].map((exports) => Object.entries(exports).flatMap(([name, value]) => (typeof value === 'function' ? [[name, value.name]] : [])).sort()))`;
    const required = runInConsumer(
      'pack/names.cjs',
      `const m = require('ai-investment-facts'); const s = require('ai-investment-facts/schema');\nconsole.log(${names});`,
    );
    const imported = runInConsumer(
      'pack/names.mjs',
      `import * as m from 'ai-investment-facts'; import * as s from 'ai-investment-facts/schema';\nconsole.log(${names});`,
    );
    const [main, schema] = required as [[string, string][], [string, string][]];
    expect(main).toContainEqual(['UnknownIdError', 'UnknownIdError']);
    expect(main).toContainEqual(['growthRate', 'growthRate']);
    expect(schema).toContainEqual(['InvalidRecordsError', 'InvalidRecordsError']);
    expect([...main, ...schema].filter(([exported, name]) => name !== exported)).toEqual([]);
    expect(imported).toEqual(required);
  });

  it('prints an uncaught error readably: its message, the frames named, no line longer than 300 characters', () => {
    const { consumer } = packedInstall();
    const uncaught = (file: string, script: string) => runToCompletion(process.execPath, [writeInto(consumer, file, script)], consumer);
    const esm = uncaught('pack/uncaught.mjs', "import { cagr } from 'ai-investment-facts';\ncagr(40, 76, 0);\n");
    const cjs = uncaught('pack/uncaught.cjs', "require('ai-investment-facts').dataset.entity('silicon-vally');\n");
    expect([esm.status, cjs.status]).toEqual([1, 1]);
    expect(esm.stderr).toContain('RangeError: cagr: expected `years` > 0, received 0\n');
    expect(esm.stderr).toContain('\n    at cagr (');
    expect(cjs.stderr).toContain(
      'UnknownIdError: entity: expected `id` to be the ID of an entity of this dataset, received "silicon-vally"; did you mean "silicon-valley"?\n',
    );
    expect([...esm.stderr.split('\n'), ...cjs.stderr.split('\n')].filter((line) => line.length > 300)).toEqual([]);
  });

  it("installs without zod, an optional peer dependency, bringing only the command's dependencies", () => {
    expect(packedInstall().installedPackages).toEqual(['ai-investment-facts', 'picocolors']);
  });

  it('gives require and import the same exports, records, vocabularies and results', () => {
    const summary = `JSON.stringify({
      names: Object.keys(m).sort(),
      types: Object.fromEntries(Object.entries(m).map(([name, value]) => [name, typeof value])),
      data: Object.fromEntries(Object.entries(m).filter(([, value]) => typeof value !== 'function' && value !== m.dataset)),
      counts: ${JSON.stringify(TABLES)}.map((name) => m[name].length),
      recordTypes: m.RECORD_TYPES,
      results: [m.share(1, 4), m.growthRate(50, 75), m.cagr(100, 400, 2), m.topN([3, 1, 2], 2), m.dataset.topEcosystems('share-of-global-ai-native-funding', 3).map((f) => f.id)],
    })`;
    const required = runInConsumer('pack/parity.cjs', `const m = require('ai-investment-facts');\nconsole.log(${summary});`) as Record<string, unknown>;
    const imported = runInConsumer('pack/parity.mjs', `import * as m from 'ai-investment-facts';\nconsole.log(${summary});`);
    expect(imported).toEqual(required);
    expect(required['names']).toEqual([
      'AiInvestmentFactsError',
      'ArgumentRangeError',
      'ArgumentTypeError',
      'CITATION_SECTIONS',
      'CURRENCY_CODES',
      'ENTITY_KINDS',
      'LIMITS',
      'METRIC_UNITS',
      'NOTE_KINDS',
      'PERIOD_BASES',
      'PRECISIONS',
      'RECORD_COLLECTIONS',
      'RECORD_TYPES',
      'SOURCE_KINDS',
      'STANCES',
      'STATUSES',
      'TABLE_HEADERS',
      'TABLE_NAMES',
      'UnknownIdError',
      'VERSION',
      'cagr',
      'claims',
      'corrections',
      'dataset',
      'entities',
      'facts',
      'formatCitation',
      'formatFigure',
      'formatValue',
      'growthRate',
      'metrics',
      'nearestIds',
      'notes',
      'recordTable',
      'share',
      'sources',
      'stanceText',
      'toCsv',
      'topN',
      'verifyQuotes',
    ]);
    expect(required['counts']).toEqual(
      [records.sources, records.entities, records.metrics, records.facts, records.claims, records.notes, records.corrections].map(
        (collection) => collection.length,
      ),
    );
    expect(required['recordTypes']).toEqual(['source', 'entity', 'metric', 'fact', 'claim', 'note']);
    expect(required['results']).toEqual([0.25, 0.5, 1, [3, 2], records.dataset.topEcosystems('share-of-global-ai-native-funding', 3).map((f) => f.id)]);
  });

  it('serves deeply frozen records to both module systems', () => {
    const check = `JSON.stringify([Object.isFrozen(m.facts), Object.isFrozen(m.facts[0].citation), Object.isFrozen(m.entities.find((e) => e.members).members), Object.isFrozen(m.corrections)])`;
    const everyPartFrozen = [true, true, true, true];
    expect(runInConsumer('pack/frozen.cjs', `const m = require('ai-investment-facts');\nconsole.log(${check});`)).toEqual(everyPartFrozen);
    expect(runInConsumer('pack/frozen.mjs', `import * as m from 'ai-investment-facts';\nconsole.log(${check});`)).toEqual(everyPartFrozen);
  });

  it('loads no zod with the main entry even where zod is installed', () => {
    const zodModules = runInConsumer(
      'pack/noZod.cjs',
      `require('ai-investment-facts');\nconsole.log(JSON.stringify(Object.keys(require.cache).filter((file) => file.includes('/node_modules/zod/'))));`,
    );
    expect(zodModules).toEqual([]);
    const { installedPackage } = packedInstall();
    const mainEntry = ['dist/index.js', 'dist/index.cjs'].map((file) => readFileSync(join(installedPackage, file), 'utf8'));
    expect(mainEntry.filter((code) => code.includes('zod'))).toEqual([]);
  });

  it('resolves ./package.json, and /schema with zod installed, validating the records in both module systems', () => {
    const validate = `JSON.stringify(s.datasetSchema.safeParse({ ${Object.values(records.RECORD_COLLECTIONS)
      .map((name) => `${name}: m.${name}`)
      .join(', ')} }).success)`;
    const schemaCjs = `const m = require('ai-investment-facts'); const s = require('ai-investment-facts/schema');\nconsole.log(${validate});`;
    const schemaMjs = `import * as m from 'ai-investment-facts'; import * as s from 'ai-investment-facts/schema';\nconsole.log(${validate});`;
    expect(runInConsumer('pack/schema.cjs', schemaCjs)).toBe(true);
    expect(runInConsumer('pack/schema.mjs', schemaMjs)).toBe(true);
    const corrections = `JSON.stringify(m.corrections.map((c) => s.correctionSchema.safeParse(c).success))`;
    expect(
      runInConsumer(
        'pack/corrections.mjs',
        `import * as m from 'ai-investment-facts'; import * as s from 'ai-investment-facts/schema';\nconsole.log(${corrections});`,
      ),
    ).toEqual(records.corrections.map(() => true));
    const manifest = `console.log(JSON.stringify(require('ai-investment-facts/package.json').name));`;
    expect(runInConsumer('pack/manifest.cjs', manifest)).toBe('ai-investment-facts');
  });

  it("makes `instanceof UnknownIdError` hold whichever copy of the dataset code threw: ESM, CommonJS, or /schema's createDataset", () => {
    // Each entry of each build carries its own copy of the dataset code, so the class is matched by a registered symbol.
    const check = (load: string) => `${load}
const thrown = (f) => { try { f(); } catch (error) { return error; } };
const records = { ${Object.values(records.RECORD_COLLECTIONS)
      .map((name) => `${name}: m.${name}`)
      .join(', ')} };
const errors = [thrown(() => m.dataset.metric('ai-vc')), thrown(() => s.createDataset(records).metric('ai-vc')), thrown(() => other.dataset.metric('ai-vc'))];
console.log(JSON.stringify(errors.map((error) => [error instanceof m.UnknownIdError, error instanceof other.UnknownIdError, error instanceof RangeError, error.recordType, error.value, error.nearest])));`;
    const esm = runInConsumer(
      'pack/unknownId.mjs',
      check(`import * as m from 'ai-investment-facts'; import * as s from 'ai-investment-facts/schema'; import { createRequire } from 'node:module';
const other = createRequire(import.meta.url)('ai-investment-facts');`),
    );
    const cjs = runInConsumer(
      'pack/unknownId.cjs',
      check(`const m = require('ai-investment-facts'); const s = require('ai-investment-facts/schema'); const other = m;`),
    );
    const expected = [true, true, true, 'metric', 'ai-vc', ['ai-vc-investment']];
    expect(esm).toEqual([expected, expected, expected]);
    expect(cjs).toEqual([expected, expected, expected]);
    expect(
      runInConsumer(
        'pack/notUnknownId.cjs',
        `const m = require('ai-investment-facts');
console.log(JSON.stringify([new RangeError('x'), null, 'unknown', { nearest: [] }].map((value) => value instanceof m.UnknownIdError)));`,
      ),
    ).toEqual([false, false, false, false]);
  });

  it('runs every README example that shows its output, as written, printing exactly that output', () => {
    const { count, mismatched } = mismatchedReadmeExamples(['js']);
    expect(count).toBeGreaterThanOrEqual(7);
    expect(mismatched, 'README.md shows other output than its examples print: run `npm run docs`').toEqual([]);
  });
});
