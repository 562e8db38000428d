import { randomBytes } from 'node:crypto';
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './CliError.js';

/**
 * Writes `contents` to `path` whole or not at all: into a temporary file in
 * the same directory, then renamed over `path`, so that a failure at any step
 * leaves no partial file (the temporary file is removed).
 *
 * @throws {CliError} exit code 1, naming `path` and the reason, when any step fails.
 * @example
 * ```ts
 * writeFileAtomically('facts.csv', 'id,value\r\n');
 * ```
 * @category CLI
 */
export function writeFileAtomically(path: string, contents: string): void {
  // Replace what a symbolic link points to, not the link, and keep an existing file's permissions.
  const existing = statSync(path, { throwIfNoEntry: false });
  const target = existing?.isFile() ? realpathSync(path) : path;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: 'wx' });
    if (existing?.isFile()) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`export: cannot write "${path}": ${(error as Error).message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '')}`, { exitCode: 1 });
  }
}
