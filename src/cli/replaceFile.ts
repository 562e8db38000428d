import { randomBytes } from 'node:crypto';
import { rmSync, type Stats } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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
 * Catches the ending signals from now on: a signal that comes while a file is
 * written (between two of its asynchronous steps) removes the temporary file
 * and ends the process as the signal would. Kept once installed: removed
 * before a signal that came during the last step was handled, it would lose it.
 */
function catchEndingSignals(): void {
  for (const name of ENDING_SIGNALS) if (!process.listeners(name).includes(endBySignal)) process.on(name, endBySignal);
}

/**
 * A temporary file's name beside `path`, short whatever the length of
 * `path`'s own name (a name of 255 bytes, the most a file system allows,
 * leaves no room for a suffix): `.3fa9c01b.tmp`.
 */
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${randomBytes(4).toString('hex')}.tmp`);
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
  const temporary = temporaryBeside(path);
  catchEndingSignals();
  temporaryFiles.add(temporary);
  try {
    const file = await open(temporary, 'wx', 0o666);
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
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    temporaryFiles.delete(temporary);
  }
}
