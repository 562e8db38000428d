/**
 * The sizes the library accepts, each checked before any work is done on an
 * input, so that one hostile input (a 10 MB ID, an array claiming four
 * billion items) is a clear error at once, never minutes of work, a stack
 * overflow or an out-of-memory crash. They are far above anything real: the
 * built-in records' longest ID has under 80 characters, their longest text
 * under 1,000, and the benchmarks validate a million facts.
 *
 * @module
 */

/**
 * The limits on what the library reads:
 *
 * - `idLength`: the longest record ID, in characters (UTF-16 code units).
 * - `textLength`: the longest text field of a record (a name, definition,
 *   statement, caveat or reason), in characters. Quotes have their own,
 *   smaller limit, `MAX_QUOTE_LENGTH` of `ai-investment-facts/schema`.
 * - `collectionSize`: the most items in one array the library is given: a
 *   collection of records, the facts of `sumOf`, the items of `topN`.
 *
 * @example
 * ```ts
 * import { LIMITS } from 'ai-investment-facts';
 * LIMITS.idLength; // 200
 * LIMITS.collectionSize; // 10000000
 * ```
 * @category Vocabulary
 */
export const LIMITS: Readonly<{ idLength: 200; textLength: 100_000; collectionSize: 10_000_000 }> = /* @__PURE__ */ Object.freeze({
  idLength: 200,
  textLength: 100_000,
  collectionSize: 10_000_000,
});
