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
import { standardOutputClosed } from './cli/standardOutputClosed.js';

/**
 * Ends the command when its output cannot be written: exit code 1, with one
 * line on standard error, or none where the reader stopped reading (EPIPE,
 * `| head`): it asked for no more, as a command killed by SIGPIPE says nothing.
 */
function cannotWriteOutput(error: NodeJS.ErrnoException): never {
  if (error.code !== 'EPIPE') process.stderr.write(`ai-investment-facts: cannot write to standard output: ${systemErrorReason(error)}\n`);
  process.exit(1);
}

process.stdout.on('error', cannotWriteOutput);

// Output written to a closed standard output is lost, which is a failure, not a success: Node hides the
// closed descriptor behind /dev/null (see standardOutputClosed), so it is checked before the first write.
let checked = false;
const stdout = {
  write(text: string): boolean {
    if (!checked && text !== '') {
      checked = true;
      if (standardOutputClosed()) cannotWriteOutput(Object.assign(new Error('EBADF: standard output is closed'), { code: 'EBADF' }));
    }
    return process.stdout.write(text);
  },
};

// Both src/cli.ts and the built dist/cli.js sit one folder below package.json. Read as a file,
// not required, so that a command's start loads no CommonJS.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

void main(process.argv.slice(2), {
  stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  version,
}).then((code) => {
  process.exitCode = code;
});
