#!/usr/bin/env node
/**
 * The `ai-investment-facts` command (the package's `bin`): look up, rank,
 * derive, audit and export the facts from a terminal. The work is done by
 * `main` in `src/cli/main.ts`, which uses only the public library; this file
 * connects it to the process.
 *
 * @module
 */
import { fstatSync, readFileSync, readlinkSync, writeSync } from 'node:fs';
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

/**
 * Whether descriptor `fd` is no terminal and no device: a pipe, a socket or a
 * file, which the command tells without Node's stream for it (making one, and
 * loading `node:net` and Node's streams for it, costs a short command more
 * than its work). Standard output is then written into directly, by the
 * descriptor's synchronous writes, as Node's stream does on Linux; a terminal
 * or a device (`/dev/null`, `/dev/full`, a closed output) gets Node's stream.
 */
function pipeOrFile(fd: number): boolean {
  try {
    return !fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

let direct = pipeOrFile(1);
if (!direct) process.stdout.on('error', cannotWriteOutput);

/**
 * Writes `text` to standard output, directly where it can: as much as each
 * write takes (a descriptor that its parent left non-blocking may take part
 * of it), and where one takes nothing for now (EAGAIN), the rest, and all
 * that follows, through Node's stream, which waits for the reader.
 */
function writeOutput(text: string): boolean {
  let bytes = new TextEncoder().encode(text);
  try {
    while (direct && bytes.length > 0) bytes = bytes.subarray(writeSync(1, bytes));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') cannotWriteOutput(error as NodeJS.ErrnoException);
    direct = false;
    process.stdout.on('error', cannotWriteOutput);
  }
  return bytes.length === 0 || process.stdout.write(bytes);
}

// Output written to a closed standard output is lost, which is a failure, not a success: checked before the first write.
let checked = false;

void main(process.argv.slice(2), {
  stdout: {
    write(text: string) {
      if (!checked && text !== '') {
        checked = true;
        if (standardOutputClosed()) cannotWriteOutput(Object.assign(new Error('EBADF: standard output is closed'), { code: 'EBADF' }));
      }
      return writeOutput(text);
    },
  },
  // Made only to say something: a command that succeeds quietly makes no stream for standard error.
  stderr: { write: (text: string) => process.stderr.write(text) },
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
  isTTY: !direct && process.stdout.isTTY === true,
  stderrIsTTY: !pipeOrFile(2) && process.stderr.isTTY === true,
  columns: direct ? undefined : process.stdout.columns,
  version: __PACKAGE_VERSION__,
}).then((code) => {
  process.exitCode = code;
});
