#!/usr/bin/env node
/**
 * The `ai-investment-facts` command (the package's `bin`): look up, rank,
 * derive, audit and export the facts from a terminal. The work is done by
 * `main` in `src/cli/main.ts`, which uses only the public library.
 *
 * @module
 */
import { systemErrorReason } from './cli/CliError.js';
import { ENVIRONMENT_VARIABLES } from './cli/renderContext.js';
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

/** The package's version, written into the command by the build (tsup.config.ts), so that printing it reads no file. */
declare const __PACKAGE_VERSION__: string;

/**
 * The environment variables the command reads, each as the runtime gives it:
 * unset where reading it is refused (Deno without `--allow-env`), so that the
 * read-only commands need no permission at all.
 */
function readEnvironment(names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      try {
        return [name, process.env[name]];
      } catch {
        return [name, undefined];
      }
    }),
  );
}

void main(process.argv.slice(2), {
  stdout,
  stderr: process.stderr,
  env: readEnvironment(ENVIRONMENT_VARIABLES),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.columns,
  version: __PACKAGE_VERSION__,
}).then((code) => {
  process.exitCode = code;
});
