#!/usr/bin/env node
/**
 * The `ai-investment-facts` command (the package's `bin`): look up, rank,
 * derive, audit and export the facts from a terminal. The work is done by
 * `main` in `src/cli/main.ts`, which uses only the public library.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { main } from './cli/main.js';

// Both src/cli.ts and the built dist/cli.js sit one folder below package.json.
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

process.exitCode = main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  version,
});
