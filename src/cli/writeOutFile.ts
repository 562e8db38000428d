import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, systemErrorReason } from './CliError.js';

/** A CLI failure (exit code 1) naming the path and what went wrong: `error`'s reason, or the reason given. */
function cannotWrite(path: string, error: unknown): CliError {
  return new CliError(`export: cannot write "${path}": ${typeof error === 'string' ? error : systemErrorReason(error)}`, { exitCode: 1 });
}

/**
 * Writes `contents` to `path` as `>` in a shell would, but never leaves a
 * partial file behind:
 * - a regular file (new, or existing and writable) is written whole or not at
 *   all: into a temporary file in the same directory, then renamed over it,
 *   keeping an existing file's permissions and writing through a symbolic link
 *   to the file it points to; a failure at any step removes the temporary file;
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
  if (existing !== undefined && !existing.isFile()) {
    try {
      writeFileSync(path, contents);
    } catch (error) {
      throw cannotWrite(path, error);
    }
    return;
  }
  let target = path;
  if (existing !== undefined) {
    try {
      // The same refusal as `>`: a file the user may not write is not replaced, even in a directory they may write.
      accessSync(path, constants.W_OK);
      target = realpathSync(path);
    } catch (error) {
      throw cannotWrite(path, error);
    }
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: 'wx' });
    if (existing !== undefined) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(path, error);
  }
}
