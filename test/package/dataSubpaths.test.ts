/**
 * The data files the package ships under `ai-investment-facts/data/*`
 * (`"./data/*": "./dist/data/*"`), resolved and loaded from the installed
 * package through `require` and `import`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES as COLLECTIONS, RECORD_TYPES } from '../../src/index.js';
import { packedInstall, runInConsumer } from './packedInstall.js';

/** Every file the generator writes into `dist/data/`, as a user names it. */
const DATA_FILES = [
  ...COLLECTIONS.flatMap((name) => [`${name}.json`, `${name}.csv`]),
  'datapackage.json',
  ...[...RECORD_TYPES, 'correction'].map((name) => `schemas/${name}.schema.json`),
  'annotations.jsonld',
];

/** Loads each collection's JSON file and its export, and prints the pairs that differ, by name. */
function mismatchesScript(loadJson: (name: string) => string): string {
  return COLLECTIONS.map((name) => `const ${name}Json = ${loadJson(name)};`)
    .join('\n')
    .concat(`
console.log(JSON.stringify(${JSON.stringify(COLLECTIONS)}.flatMap((name) => {
  const fromFile = { ${COLLECTIONS.map((name) => `${name}: ${name}Json`).join(', ')} }[name];
  const fromExport = JSON.parse(JSON.stringify(m[name]));
  return Array.isArray(fromFile) && isDeepStrictEqual(fromFile, fromExport) ? [] : [{ name, fromFile, fromExport }];
})));`);
}

describe('ai-investment-facts/data/*', () => {
  it("require() gives each collection's JSON file, equal to the collection the main entry exports", () => {
    const script = `const m = require('ai-investment-facts');\nconst { isDeepStrictEqual } = require('node:util');\n${mismatchesScript((name) => `require('ai-investment-facts/data/${name}.json')`)}`;
    expect(runInConsumer('dataSubpaths/json.cjs', script)).toEqual([]);
  });

  it("import ... with { type: 'json' } gives each collection's JSON file, equal to the collection the main entry exports", () => {
    const imports = COLLECTIONS.map((name) => `import ${name}File from 'ai-investment-facts/data/${name}.json' with { type: 'json' };`).join('\n');
    const script = `import * as m from 'ai-investment-facts';\nimport { isDeepStrictEqual } from 'node:util';\n${imports}\n${mismatchesScript((name) => `${name}File`)}`;
    expect(runInConsumer('dataSubpaths/json.mjs', script)).toEqual([]);
  });

  it('require.resolve and import.meta.resolve find every data file inside the installed package', () => {
    const dataDirectory = join(packedInstall().installedPackage, 'dist/data');
    const expected = DATA_FILES.map((file) => ({ file, path: join(dataDirectory, file), exists: true }));
    const specifiers = JSON.stringify(DATA_FILES);
    // Each file is resolved on its own, so that a missing one is named, not the first to throw.
    const resolveEach = (resolve: string) =>
      `console.log(JSON.stringify(${specifiers}.map((file) => {\n  try {\n    const path = ${resolve};\n    return { file, path, exists: existsSync(path) };\n  } catch (error) {\n    return { file, path: null, exists: false, error: error.code };\n  }\n})));`;
    const required = runInConsumer(
      'dataSubpaths/resolve.cjs',
      `const { existsSync } = require('node:fs');\n${resolveEach("require.resolve('ai-investment-facts/data/' + file)")}`,
    );
    const imported = runInConsumer(
      'dataSubpaths/resolve.mjs',
      `import { existsSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\n${resolveEach("fileURLToPath(import.meta.resolve('ai-investment-facts/data/' + file))")}`,
    );
    expect(required).toEqual(expected);
    expect(imported).toEqual(expected);
  });
});
