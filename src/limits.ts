/**
 * The sizes the library accepts, each checked before any work is done on an
 * input, so that one hostile input (a 10 MB ID, an array claiming four
 * billion items, a document of gigabytes) is a clear error at once, never
 * minutes of work, a stack overflow or an out-of-memory crash. They are far
 * above anything real: the built-in records' longest ID has under 80
 * characters, their longest text under 1,000, their longest list under 20
 * items, their documents under 30,000 characters, and the benchmarks validate
 * a million facts and verify a 10 MB document.
 *
 * @module
 */

/** `LIMITS.collectionSize`, a constant of its own so that a bundle of the helpers keeps the number, not the whole of `LIMITS`. @internal */
export const COLLECTION_SIZE = 10_000_000;

/**
 * The limits on what the library reads:
 *
 * - `idLength`: the longest record ID, in characters (UTF-16 code units).
 * - `textLength`: the longest text field of a record (a name, definition,
 *   statement, caveat or reason), in characters. Quotes have their own,
 *   smaller limit, `MAX_QUOTE_LENGTH` of `ai-investment-facts/schema`.
 * - `collectionSize`: the most items in one array the library is given: a
 *   collection of records, the facts of `sumOf`, the items of `topN`.
 * - `listLength`: the most items in a list inside a record (its caveats,
 *   aliases, other quotes, selectors, members, IDs).
 * - `issueCount`: the most problems `createDataset` lists in its error; it
 *   stops there and says so.
 * - `documentLength`: the longest document `verifyQuotes` reads, in
 *   characters (UTF-16 code units) of a string or bytes of a `Uint8Array`;
 *   the `verify` command refuses a larger file before reading it.
 * - `cachedLocales`: the most locales whose number formats `formatValue`
 *   keeps between calls (it forgets the oldest first).
 *
 * @example
 * ```ts
 * import { LIMITS } from 'ai-investment-facts';
 * LIMITS.idLength; // 200
 * LIMITS.collectionSize; // 10000000
 * ```
 * @category Vocabulary
 */
export const LIMITS: Readonly<{
  idLength: 200;
  textLength: 100_000;
  collectionSize: 10_000_000;
  listLength: 10_000;
  issueCount: 100;
  documentLength: 20_000_000;
  cachedLocales: 32;
}> = /* @__PURE__ */ Object.freeze({
  idLength: 200,
  textLength: 100_000,
  collectionSize: COLLECTION_SIZE,
  listLength: 10_000,
  issueCount: 100,
  documentLength: 20_000_000,
  cachedLocales: 32,
});
