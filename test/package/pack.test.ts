/**
 * The package as a user installs it: build, `npm pack`, install the tarball
 * into a fresh project, and load it the ways users do.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const workDirectory = mkdtempSync(join(tmpdir(), 'ai-investment-facts-pack-'));
const consumer = join(workDirectory, 'consumer');
let packedFiles: string[] = [];

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a script in the consumer project and returns what it prints as JSON. */
function runInConsumer(file: string, source: string): unknown {
  writeFileSync(join(consumer, file), source);
  return JSON.parse(run(process.execPath, [file], consumer));
}

beforeAll(() => {
  run('npm', ['run', 'build'], REPOSITORY_ROOT);
  const [pack] = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDirectory], REPOSITORY_ROOT),
  ) as [{ filename: string; files: { path: string }[] }];
  packedFiles = pack.files.map((file) => file.path).sort();

  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(workDirectory, pack.filename)], consumer);
});

afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the build, the README, the licence and package.json, and nothing else', () => {
    // The declarations the two entries share (the Dataset types) are one chunk, named by its content's hash.
    const withoutHashes = packedFiles.map((file) => file.replace(/^(dist\/\w+)-[\w-]{8}(\.d\.c?ts)$/, '$1-[hash]$2'));
    expect(withoutHashes).toEqual([
      'LICENSE',
      'README.md',
      'dist/Dataset-[hash].d.cts',
      'dist/Dataset-[hash].d.ts',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/schema/index.cjs',
      'dist/schema/index.d.cts',
      'dist/schema/index.d.ts',
      'dist/schema/index.js',
      'package.json',
    ]);
  });

  it('installs without zod, and its main entry loads the same records through require and import', () => {
    const summary = `JSON.stringify({ names: Object.keys(m).sort(), counts: [m.sources.length, m.entities.length, m.metrics.length, m.facts.length, m.claims.length], data: [m.sources, m.entities, m.metrics, m.facts, m.claims] })`;
    const required = runInConsumer('require.cjs', `const m = require('ai-investment-facts');\nconsole.log(${summary});`);
    const imported = runInConsumer('import.mjs', `import * as m from 'ai-investment-facts';\nconsole.log(${summary});`);
    expect(imported).toEqual(required);
    expect((required as { counts: number[] }).counts).toEqual([3, 36, 10, 30, 29]);
    expect(() => run(process.execPath, ['-e', "require.resolve('zod')"], consumer)).toThrow();
  });

  it('serves deeply frozen records to both module systems', () => {
    const check = `String(Object.isFrozen(m.facts) && Object.isFrozen(m.facts[0].citation) && Object.isFrozen(m.entities.find((e) => e.members).members))`;
    expect(runInConsumer('frozen.cjs', `const m = require('ai-investment-facts');\nconsole.log(${check});`)).toBe(true);
    expect(runInConsumer('frozen.mjs', `import * as m from 'ai-investment-facts';\nconsole.log(${check});`)).toBe(true);
  });

  it('resolves ./package.json, and /schema once zod is installed, validating the records in both module systems', () => {
    cpSync(join(REPOSITORY_ROOT, 'node_modules/zod'), join(consumer, 'node_modules/zod'), { recursive: true });
    const validate = `JSON.stringify(s.datasetSchema.safeParse({ sources: m.sources, entities: m.entities, metrics: m.metrics, facts: m.facts, claims: m.claims }).success)`;
    expect(
      runInConsumer(
        'schema.cjs',
        `const m = require('ai-investment-facts'); const s = require('ai-investment-facts/schema');\nconsole.log(${validate});`,
      ),
    ).toBe(true);
    expect(
      runInConsumer(
        'schema.mjs',
        `import * as m from 'ai-investment-facts'; import * as s from 'ai-investment-facts/schema';\nconsole.log(${validate});`,
      ),
    ).toBe(true);
    const manifest = runInConsumer(
      'manifest.cjs',
      `console.log(JSON.stringify(require('ai-investment-facts/package.json').name));`,
    );
    expect(manifest).toBe('ai-investment-facts');
  });

  it('runs every README example that shows its output, as written, printing exactly that output', () => {
    cpSync(join(REPOSITORY_ROOT, 'node_modules/zod'), join(consumer, 'node_modules/zod'), { recursive: true });
    const readme = readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```js\n((?:(?!```)[\s\S])*)```\s*```text\n((?:(?!```)[\s\S])*)```/g)];
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const mismatched = examples.flatMap(([, example = '', expected = ''], i) => {
      writeFileSync(join(consumer, `readme-${i}.mjs`), example);
      const printed = run(process.execPath, [`readme-${i}.mjs`], consumer);
      return printed === expected ? [] : [{ example, expected, printed }];
    });
    expect(mismatched).toEqual([]);
  });

  it('lets a bundler drop every record a bundle does not use (esbuild, from the installed package)', () => {
    const bundle = (entry: string) => {
      writeFileSync(join(consumer, 'entry.mjs'), entry);
      const esbuild = join(REPOSITORY_ROOT, 'node_modules/.bin/esbuild');
      return run(esbuild, ['entry.mjs', '--bundle', '--minify', '--format=esm'], consumer);
    };
    const vocabularyOnly = bundle(`import { PRECISIONS } from 'ai-investment-facts';\nconsole.log(PRECISIONS);`);
    expect(vocabularyOnly).not.toContain('topped USD76 billion');
    expect(vocabularyOnly).not.toContain('silicon-valley');
    const helpersOnly = bundle(`import { share, topN } from 'ai-investment-facts';\nconsole.log(share(1, 2), topN([1], 1));`);
    expect(['silicon-valley', 'Silicon Valley', 'Beijing', 'entityId', 'auditConsistency'].filter((text) => helpersOnly.includes(text))).toEqual([]);
    const sourcesOnly = bundle(`import { sources } from 'ai-investment-facts';\nconsole.log(sources);`);
    expect(sourcesOnly).toContain('Top Cities Leading The AI Investment Boom In 2025');
    expect(sourcesOnly).not.toContain('topped USD76 billion');
  });

  it('keeps zod out of the main entry\'s JavaScript', () => {
    const mainEntry = ['dist/index.js', 'dist/index.cjs'].map((file) => readFileSync(join(REPOSITORY_ROOT, file), 'utf8'));
    expect(mainEntry.filter((code) => code.includes('zod'))).toEqual([]);
  });
});
