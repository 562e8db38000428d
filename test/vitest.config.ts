import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/standardErrors.setup.ts'],
    // The default report, then one line naming every check skipped for a missing shared file.
    reporters: ['default', './test/support/skipSummaryReporter.ts'],
    // Packs and installs the tarball once for every file in test/package/.
    globalSetup: ['test/package/globalSetup.ts'],
    benchmark: {
      include: ['test/bench/**/*.bench.ts'],
    },
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
