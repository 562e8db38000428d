/**
 * The size users download: bytes after gzip at its highest level.
 *
 * @module
 */
import { gzipSync } from 'node:zlib';

/**
 * The number of bytes `contents` takes gzipped at level 9 (text as UTF-8).
 * Empty input still costs gzip's header, an empty block and the trailer: 20
 * bytes.
 *
 * @param contents - the text or bytes to compress.
 * @returns the compressed length in bytes.
 * @example
 * ```ts
 * gzipSize(''); // 20
 * gzipSize('a'.repeat(1000)); // 29
 * ```
 * @category Size
 */
export function gzipSize(contents: string | Uint8Array): number {
  return gzipSync(contents, { level: 9 }).byteLength;
}
