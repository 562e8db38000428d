import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Keeps the command's imports of the library (`../index.js` from `src/cli/`)
 * out of its bundle: the command's files require `./index.cjs`, the package's
 * own main entry, beside them, so the command carries no second copy of the
 * library or the records, and uses only what the library exports (and the
 * two small text modules its messages share with the library's, `src/text/printable.ts`
 * and `src/text/listed.ts`, which its chunk holds a copy of).
 */
const mainEntryExternal: Plugin = {
  name: 'main-entry-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.cjs', external: true } : undefined,
    );
  },
};

const ENTRIES = { index: 'src/index.ts', 'schema/index': 'src/schema/index.ts' };

export default defineConfig([
  {
    // The main entry and /schema, sharing their common code (the dataset) in chunks, in both module systems.
    // Not minified, so that a stack trace names the package's functions and an exported class keeps its name
    // (`UnknownIdError.name`): the apps that bundle it minify it; the `@__PURE__` annotations stay, so that
    // their bundlers drop the records and the code they do not use.
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: false,
    target: 'es2022',
    platform: 'neutral',
    // Everything in dist/ but the command, which the last build writes at the same time.
    clean: ['!cli*'],
    treeshake: true,
    splitting: true,
  },
  {
    // The declarations, once: as CommonJS declarations (`.d.cts`), which an ES module can import too.
    // scripts/build/finishDeclarations.ts then gives each entry the `.d.ts` that `import` resolves to.
    entry: ENTRIES,
    format: ['cjs'],
    dts: { only: true },
    clean: false,
  },
  {
    // The `ai-investment-facts` command (package.json `bin`), on top of the main entry.
    entry: { cli: 'src/cli.ts' },
    // CommonJS, because Node starts a CommonJS script sooner than an ES module (its ES module loader costs
    // tens of milliseconds on Node 20), and the command's every run pays that start.
    format: ['cjs'],
    shims: true,
    dts: false,
    target: 'es2022',
    platform: 'node',
    // Its own files only: the first build cleans the rest at the same time.
    clean: ['cli*'],
    treeshake: true,
    // The commands in a chunk of their own, loaded only to run one: `--help` and `--version` load no library.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli-[hash]';
      // `import()` of a chunk as `require`: a real `import()` would start Node's ES module loader after all.
      options.supported = { 'dynamic-import': false };
    },
    // The version `--version` prints, so that the command reads no file to print it (nor needs Deno's --allow-read).
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
    esbuildPlugins: [mainEntryExternal],
    // Keep `node:fs`: Deno and Bun resolve built-in modules by that prefix.
    removeNodeProtocol: false,
  },
]);
