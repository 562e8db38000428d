import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit`, every test of the source, the records, the scripts and
 * the command run in-process (`npm run test:unit`, the fast loop), and
 * `package`, the tests of the packed package as users install it, which build,
 * pack and install it once per run (test/package/globalSetup.ts). `npm test`
 * runs both.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    setupFiles: ['test/support/standardErrors.setup.ts'],
    // The default report, then one line naming every check skipped for a missing shared file.
    reporters: ['default', './test/support/skipSummaryReporter.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module graph for every file (no file changes a module's state): a third of the time of isolating each.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: ['test/package/**'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
