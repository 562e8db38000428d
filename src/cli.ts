#!/usr/bin/env node
/**
 * The `ai-investment-facts` command (the package's `bin`): look up, rank,
 * derive, audit and export the facts from a terminal. The work is done by
 * `main` in `src/cli/main.ts`, which uses only the public library; this file
 * connects it to the process.
 *
 * @module
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { systemErrorReason } from './cli/CliError.js';
import { main } from './cli/main.js';
import { ENVIRONMENT_VARIABLES } from './cli/renderContext.js';

/** The package's version, written into the command by the build (tsup.config.ts), so that printing it reads no file. */
declare const __PACKAGE_VERSION__: string;

/**
 * Ends the command when its output cannot be written: exit code 1, with one
 * line on standard error, or none where the reader stopped reading (EPIPE,
 * `| head`): it asked for no more, as a command killed by SIGPIPE says nothing.
 */
function cannotWriteOutput(error: NodeJS.ErrnoException): never {
  if (error.code !== 'EPIPE') process.stderr.write(`ai-investment-facts: cannot write to standard output: ${systemErrorReason(error)}\n`);
  process.exit(1);
}

/**
 * Whether the command was started with its standard output closed (`>&-`).
 * Node never shows it a closed descriptor: it opens `/dev/null` in its place,
 * for reading and writing (access mode 2), so that writes succeed and are
 * lost; a shell's `>/dev/null` opens it write-only. Read from Linux's `/proc`;
 * elsewhere, `false`: it cannot be told.
 */
function standardOutputClosed(): boolean {
  try {
    return readlinkSync('/proc/self/fd/1') === '/dev/null' && /^flags:\s*[0-7]*[26]$/m.test(readFileSync('/proc/self/fdinfo/1', 'utf8'));
  } catch {
    return false;
  }
}

process.stdout.on('error', cannotWriteOutput);

// Output written to a closed standard output is lost, which is a failure, not a success: checked before the first write.
let checked = false;

void main(process.argv.slice(2), {
  stdout: {
    write(text: string) {
      if (!checked && text !== '') {
        checked = true;
        if (standardOutputClosed()) cannotWriteOutput(Object.assign(new Error('EBADF: standard output is closed'), { code: 'EBADF' }));
      }
      return process.stdout.write(text);
    },
  },
  stderr: process.stderr,
  // Each variable as the runtime gives it: unset where reading it is refused (Deno without `--allow-env`),
  // so that the read-only commands need no permission at all.
  env: Object.fromEntries(
    ENVIRONMENT_VARIABLES.map((name) => {
      try {
        return [name, process.env[name]];
      } catch {
        return [name, undefined];
      }
    }),
  ),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.columns,
  version: __PACKAGE_VERSION__,
}).then((code) => {
  process.exitCode = code;
});
