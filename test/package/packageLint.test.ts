/**
 * The packed tarball through the two linters of published packages: publint
 * (package.json against the files it names) and Are the Types Wrong (types
 * for every entry point under each TypeScript module resolution).
 */
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, packedInstall, runToCompletion } from './packedInstall.js';

/** The resolution kinds of attw's default ("strict") profile. */
const RESOLUTION_KINDS = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;

interface AttwEntrypoint {
  readonly isWildcard: boolean;
  readonly resolutions: Readonly<Record<string, { readonly isWildcard?: boolean; readonly resolution?: { readonly fileName: string } }>>;
}

interface AttwReport {
  readonly analysis: { readonly entrypoints: Readonly<Record<string, AttwEntrypoint>> };
  readonly problems: Readonly<Record<string, readonly unknown[]>>;
}

/** What each entry point resolves to under each resolution kind: a file, `(wildcard)` or `null`. */
function resolvedFiles(report: AttwReport): Record<string, Record<string, string | null>> {
  return Object.fromEntries(
    Object.entries(report.analysis.entrypoints).map(([subpath, entrypoint]) => [
      subpath,
      Object.fromEntries(
        RESOLUTION_KINDS.map((kind) => {
          const resolution = entrypoint.resolutions[kind];
          return [kind, resolution?.isWildcard ? '(wildcard)' : (resolution?.resolution?.fileName.replace('/node_modules/ai-investment-facts/', '') ?? null)];
        }),
      ),
    ]),
  );
}

/** The same file under every resolution kind. */
function everywhere(file: string): Record<string, string> {
  return Object.fromEntries(RESOLUTION_KINDS.map((kind) => [kind, file]));
}

describe('the packed tarball', () => {
  it('passes publint --strict with no error, warning or suggestion', () => {
    const outcome = runToCompletion(join(REPOSITORY_ROOT, 'node_modules/.bin/publint'), ['run', packedInstall().tarball, '--strict'], REPOSITORY_ROOT);
    const printed = `publint printed:\n${outcome.stdout}${outcome.stderr}`;
    expect(outcome.status, printed).toBe(0);
    // publint prints "All good!" only when it has no message at all, suggestions included.
    // Its colours are stripped first: picocolors turns them on whenever \`CI\` is set, piped or not.
    expect(stripVTControlCharacters(outcome.stdout).split('\n'), printed).toContain('All good!');
  });

  it('passes Are the Types Wrong for every entry point under node10, node16 (CJS and ESM) and bundler', () => {
    // attw lists the wildcard `./data/*` as "(wildcard)" and checks nothing under it, so one of
    // its files is named explicitly: a JSON file must resolve under every kind, node10 included
    // (which ignores `exports` and so needs the `typesVersions` map). CSV files are not modules
    // and are not checked here; the data subpath test resolves them at run time.
    const outcome = runToCompletion(
      join(REPOSITORY_ROOT, 'node_modules/.bin/attw'),
      [packedInstall().tarball, '--format', 'json', '--include-entrypoints', './data/facts.json'],
      REPOSITORY_ROOT,
    );
    const report = JSON.parse(outcome.stdout || '{"analysis":{"entrypoints":{}},"problems":null}') as AttwReport;
    const printed = `attw exited ${outcome.status}; problems:\n${JSON.stringify(report.problems, null, 2)}\nresolutions:\n${JSON.stringify(resolvedFiles(report), null, 2)}\nstderr:\n${outcome.stderr}`;
    expect({ status: outcome.status, problems: report.problems }, printed).toEqual({ status: 0, problems: {} });
    expect(resolvedFiles(report), printed).toEqual({
      '.': { node10: 'dist/index.d.cts', 'node16-cjs': 'dist/index.d.cts', 'node16-esm': 'dist/index.d.ts', bundler: 'dist/index.d.ts' },
      './schema': {
        node10: 'dist/schema/index.d.cts',
        'node16-cjs': 'dist/schema/index.d.cts',
        'node16-esm': 'dist/schema/index.d.ts',
        bundler: 'dist/schema/index.d.ts',
      },
      './data/*': everywhere('(wildcard)'),
      './package.json': everywhere('package.json'),
      './data/facts.json': everywhere('dist/data/facts.json'),
    });
  });
});
