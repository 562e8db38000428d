import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError, systemErrorReason } from './CliError.js';
import { quoted } from '../text/printable.js';
import { replaceFile } from './replaceFile.js';

/** How many symbolic links in a row are followed, as Linux does (then ELOOP). */
const MOST_LINKS_FOLLOWED = 40;

/** A CLI failure (exit code 1) naming the path and what went wrong: `error`'s reason, or the reason given. */
function cannotWrite(path: string, error: unknown): CliError {
  return new CliError(`export: cannot write ${quoted(path)}: ${typeof error === 'string' ? error : systemErrorReason(error)}`, { exitCode: 1 });
}

/**
 * Where the symbolic links at `path`, which names nothing, lead: the file a
 * dangling link names (which `>` creates), or `path` itself where it is no link.
 */
function danglingLinkTarget(path: string): string {
  let current = path;
  for (let followed = 0; followed <= MOST_LINKS_FOLLOWED; followed++) {
    if (lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw cannotWrite(path, 'ELOOP: too many symbolic links encountered');
}

/**
 * Writes `contents` to `path` as `>` in a shell would, but never leaves a
 * partial file behind:
 * - a regular file (new, or existing and writable) is replaced whole or not at
 *   all, by {@link replaceFile}: a temporary file beside it, renamed over it.
 *   It is a new file: other hard links to the old one keep the old contents;
 *   it keeps the old file's permissions (and, run as root, its owner);
 * - a symbolic link is followed: the file it points to is written, created
 *   where the link dangles, and the link stays;
 * - anything else that exists (a terminal, a pipe, `/dev/stdout`, `/dev/null`)
 *   is written into, never replaced;
 * - a directory, or an existing file that may not be written, is refused.
 *
 * @throws {CliError} exit code 1, in one line naming `path` and the system's reason, when the path is refused or any step fails.
 * @example
 * ```ts
 * await writeOutFile('facts.csv', 'id,value\r\n');
 * await writeOutFile('/dev/stdout', 'id,value\r\n'); // the same as printing it
 * ```
 * @category CLI
 */
export async function writeOutFile(path: string, contents: string): Promise<void> {
  try {
    const existing = statSync(path, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw cannotWrite(path, 'it is a directory');
    if (existing !== undefined && !existing.isFile()) {
      // Opened as it is: `/dev/stdout` is a link that only the system follows, to the pipe or terminal it stands for.
      await writeFile(path, contents);
      return;
    }
    // The file the links at `path` lead to, replaced in its own folder, so that the links stay.
    const target = existing === undefined ? danglingLinkTarget(path) : realpathSync(path);
    // The same refusal as `>`: a file the user may not write is not replaced, even in a directory they may write.
    if (existing !== undefined) accessSync(target, constants.W_OK);
    await replaceFile(target, contents, existing);
  } catch (error) {
    throw error instanceof CliError ? error : cannotWrite(path, error);
  }
}
