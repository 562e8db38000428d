import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'schema/index': 'src/schema/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    // Everything in dist/ but the command, which the second build writes at the same time.
    clean: ['!cli.js'],
    treeshake: true,
    splitting: false,
  },
  {
    // The `ai-investment-facts` command (package.json `bin`): its own bundle, so that it adds nothing to what a library user imports.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    target: 'es2022',
    platform: 'node',
    clean: false,
    treeshake: true,
    splitting: false,
  },
]);
