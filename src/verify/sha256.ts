/**
 * SHA-256 (FIPS 180-4) of a document's bytes: through `node:crypto` where the
 * runtime has it (Node 20.16 and later, Deno, Bun), reached without an import
 * so that the main entry stays browser-safe and synchronous, else in plain
 * JavaScript. A bundle keeps it only where it uses `verifyQuotes`.
 *
 * @internal
 * @module
 */

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * The SHA-256 of `bytes` (of a text, its UTF-8 encoding) as 64 lowercase hex
 * digits, through `node:crypto` where the runtime has it, else
 * {@link sha256InJavaScript}.
 *
 * @example
 * ```ts
 * sha256('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 * @internal
 */
export function sha256(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return globalThis.process?.getBuiltinModule?.('node:crypto').createHash('sha256').update(bytes).digest('hex') ?? sha256InJavaScript(bytes);
}

/**
 * The SHA-256 of `bytes`, in plain JavaScript.
 *
 * @example
 * ```ts
 * sha256InJavaScript(new Uint8Array()); // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 * ```
 * @internal
 */
export function sha256InJavaScript(bytes: Uint8Array): string {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  // The first 32 bits of the fractional parts of the cube roots of the first 64 primes, and of the square roots of the first 8,
  // computed here, where they are used: not on loading the module, which most runs of it never use.
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  const K = Uint32Array.from(primes, (p) => Math.floor((Math.cbrt(p) % 1) * 2 ** 32));
  const h = Uint32Array.from(primes.slice(0, 8), (p) => Math.floor((Math.sqrt(p) % 1) * 2 ** 32));
  const w = new Uint32Array(64);
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      w[i] =
        i < 16
          ? view.getUint32(block + i * 4)
          : (w[i - 16] ?? 0) + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + (w[i - 7] ?? 0) + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    h.set([a, b, c, d, e, f, g, hh].map((value, i) => h[i]! + value));
  }
  return [...h].map((word) => word.toString(16).padStart(8, '0')).join('');
}
