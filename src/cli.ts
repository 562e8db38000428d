#!/usr/bin/env node
/**
 * The `ai-investment-facts` command (the package's `bin`): look up, rank,
 * derive, audit and export the facts from a terminal. The work is done by
 * `main` in `src/cli/main.ts`, which uses only the public library.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { systemErrorReason } from './cli/CliError.js';
import { main } from './cli/main.js';

// A reader that stops early (`| head`) ends the output, quietly; any other failure to write it
// (a full disk) is a failure, said in one line instead of Node's unhandled-error trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`ai-investment-facts: cannot write to standard output: ${systemErrorReason(error)}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

// Both src/cli.ts and the built dist/cli.js sit one folder below package.json. Read as a file,
// not required, so that a command's start loads no CommonJS.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  version,
}).then((code) => {
  process.exitCode = code;
});
