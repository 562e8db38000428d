import { accessSync, constants, lstatSync, promises, readlinkSync, realpathSync, rmSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { quoted } from '../text/printable.js';
import { CliError, systemErrorReason } from './CliError.js';

/** The signals that end a command on a user's or a system's request, and that a handler can catch (SIGKILL cannot be). */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The temporary files being written, removed if one of the ending signals comes. */
const temporaryFiles = new Set<string>();

/** Removes every temporary file being written, then ends the process by `signal`, as it would have ended without a handler. */
function endBySignal(signal: NodeJS.Signals): void {
  for (const file of temporaryFiles) rmSync(file, { force: true });
  for (const name of ENDING_SIGNALS) process.removeListener(name, endBySignal);
  process.kill(process.pid, signal);
}

/**
 * Replaces the regular file at `path` (or creates it) with `contents`, whole
 * or not at all: writes a temporary file in the same folder (`.<8 hex
 * digits>.tmp`), flushes it to disk and renames it over `path`. The file at
 * `path` is then a new one (a new inode): other hard links to the old file
 * keep the old contents. It keeps `existing`'s permissions, and run as root
 * its owner and group. The temporary file is removed when any step fails, and
 * when SIGINT, SIGTERM or SIGHUP comes before the rename (the signal then ends
 * the process, and `path` is left as it was); SIGKILL cannot be caught, and
 * leaves it behind.
 *
 * @param existing - the file at `path` now, if any (`fs.statSync`).
 * @throws {Error} the system's error (ENOENT, EACCES, ENOSPC, ENAMETOOLONG…) of the step that failed.
 * @example
 * ```ts
 * await replaceFile('facts.csv', 'id,value\r\n', statSync('facts.csv', { throwIfNoEntry: false }));
 * ```
 * @category CLI
 */
export async function replaceFile(path: string, contents: string, existing: Stats | undefined): Promise<void> {
  // A name short whatever the length of `path`'s own (a name of 255 bytes, the most a file system allows, leaves no room for a suffix).
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dirname(path), `.${randomBytes(4).toString('hex')}.tmp`);
  // The ending signals are caught from now on: one that comes between two of the steps below removes the temporary file and ends
  // the process as the signal would. Kept once installed: removed before a signal that came during the last step was handled, it would lose it.
  for (const name of ENDING_SIGNALS) if (!process.listeners(name).includes(endBySignal)) process.on(name, endBySignal);
  temporaryFiles.add(temporary);
  try {
    const file = await promises.open(temporary, 'wx', 0o666);
    try {
      await file.writeFile(contents);
      if (existing !== undefined) {
        await file.chmod(existing.mode & 0o7777);
        if (process.getuid?.() === 0) await file.chown(existing.uid, existing.gid);
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await promises.rename(temporary, path);
  } catch (error) {
    await promises.rm(temporary, { force: true });
    throw error;
  } finally {
    temporaryFiles.delete(temporary);
  }
}

/** How many symbolic links in a row are followed, as Linux does (then ELOOP). */
const MOST_LINKS_FOLLOWED = 40;

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
  throw new Error('ELOOP: too many symbolic links encountered');
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
    if (existing?.isDirectory()) throw new Error('is a directory');
    if (existing !== undefined && !existing.isFile()) {
      // Opened as it is: `/dev/stdout` is a link that only the system follows, to the pipe or terminal it stands for.
      await promises.writeFile(path, contents);
      return;
    }
    // The file the links at `path` lead to, replaced in its own folder, so that the links stay.
    const target = existing === undefined ? danglingLinkTarget(path) : realpathSync(path);
    // The same refusal as `>`: a file the user may not write is not replaced, even in a directory they may write.
    if (existing !== undefined) accessSync(target, constants.W_OK);
    await replaceFile(target, contents, existing);
  } catch (error) {
    throw new CliError(`export: cannot write ${quoted(path)}: ${systemErrorReason(error)}`, 1);
  }
}
