import { readFileSync, readlinkSync } from 'node:fs';

/** The access mode bits of a file descriptor's flags, and the mode for reading and writing. */
const ACCESS_MODE = 0o3;
const READ_WRITE = 0o2;

/**
 * Whether the command was started with its standard output closed (`>&-`).
 * Node never shows it a closed descriptor: it opens `/dev/null` in its place,
 * for reading and writing, so that writes succeed and are lost. Read from
 * Linux's `/proc/self/fd/1` and `/proc/self/fdinfo/1`, this is standard
 * output being `/dev/null` opened read-write; a shell's `>/dev/null` opens it
 * write-only. Elsewhere (no `/proc`), `false`: it cannot be told.
 *
 * @example
 * ```ts
 * standardOutputClosed(); // true under `ai-investment-facts list >&-` on Linux
 * ```
 * @category CLI
 */
export function standardOutputClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & ACCESS_MODE) === READ_WRITE;
  } catch {
    return false;
  }
}
