import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type writeFileAtomic from 'write-file-atomic';
import { CliError, systemErrorReason } from './CliError.js';

/** A CLI failure (exit code 1) naming the path and what went wrong: `error`'s reason, or the reason given. */
function cannotWrite(path: string, error: unknown): CliError {
  return new CliError(`export: cannot write "${path}": ${typeof error === 'string' ? error : systemErrorReason(error)}`, { exitCode: 1 });
}

/**
 * Writes `contents` to `path` as `>` in a shell would, but never leaves a
 * partial file behind:
 * - a regular file (new, or existing and writable) is written whole or not at
 *   all, by write-file-atomic: into a temporary file beside it, flushed to
 *   disk, then renamed over it, keeping an existing file's permissions (and,
 *   run as root, its owner) and writing through a symbolic link to the file it
 *   points to; the temporary file is removed on any failure, and when the
 *   process is interrupted;
 * - anything else that exists (a terminal, a pipe, `/dev/stdout`, `/dev/null`)
 *   is written into, never replaced;
 * - a directory, or an existing file that may not be written, is refused.
 *
 * @throws {CliError} exit code 1, naming `path` and the reason, when the path is refused or any step fails.
 * @example
 * ```ts
 * writeOutFile('facts.csv', 'id,value\r\n');
 * writeOutFile('/dev/stdout', 'id,value\r\n'); // the same as printing it
 * ```
 * @category CLI
 */
export function writeOutFile(path: string, contents: string): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw cannotWrite(path, 'it is a directory');
  try {
    if (existing !== undefined && !existing.isFile()) {
      writeFileSync(path, contents);
      return;
    }
    // The same refusal as `>`: a file the user may not write is not replaced, even in a directory they may write.
    if (existing !== undefined) accessSync(path, constants.W_OK);
    // Loaded only here, so that the commands that write no file do not pay for loading it.
    (createRequire(import.meta.url)('write-file-atomic') as typeof writeFileAtomic).sync(path, contents);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}
