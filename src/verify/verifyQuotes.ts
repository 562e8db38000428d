import { requireDataset, requireOptions } from '../arguments.js';
import type { Dataset } from '../dataset/Dataset.js';
import { indexRecords, type RecordIndex } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { arg, ArgumentRangeError, ArgumentTypeError, toBe } from '../errors.js';
import { LIMITS } from '../limits.js';
import { claims, facts, sources } from '../records.js';
import type { Claim, Fact, Source } from '../types.js';
import { alteredInPlace, citationQuotes, holdsQuote, type PreparedDocument, pickOccurrence, prepareDocument } from './quoteMatches.js';
import { sha256 } from './sha256.js';

/**
 * What became of one quote:
 *
 * - `at-recorded-position`: found at the code point offsets its selectors record;
 * - `elsewhere`: found, but not there, nor is the recorded prefix there (a copy
 *   with other whitespace or another header, say);
 * - `found`: found, in a record without selectors (so no position to compare);
 * - `changed`: not at its recorded position, though the recorded prefix still
 *   ends there: the cited passage was altered where the record cites it,
 *   whether or not the quote also occurs elsewhere;
 * - `not-found`: nowhere in the document.
 *
 * `changed` and `not-found` fail; the others pass.
 *
 * @example
 * ```ts
 * import type { QuoteStatus } from 'ai-investment-facts';
 * const failed = (status: QuoteStatus) => status === 'not-found' || status === 'changed';
 * ```
 * @category Verification
 */
export type QuoteStatus = 'at-recorded-position' | 'elsewhere' | 'found' | 'changed' | 'not-found';

/**
 * Code point offsets into a document: `start` inclusive, `end` exclusive.
 *
 * @example
 * ```ts
 * import type { TextSpan } from 'ai-investment-facts';
 * const span: TextSpan = { start: 0, end: 5 };
 * ```
 * @category Verification
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The check of one quote of a record.
 *
 * @example
 * ```ts
 * import { verifyQuotes } from 'ai-investment-facts';
 * verifyQuotes(text).records[0]?.quotes[0]?.status; // 'at-recorded-position'
 * ```
 * @category Verification
 */
export interface QuoteCheck {
  /** 0 for the citation's `quote`, 1 and on for its `otherQuotes` in order. */
  readonly index: number;
  /** The quote, as the record gives it. */
  readonly quote: string;
  readonly status: QuoteStatus;
  /** Where it was found, in code points of the NFC text (the occurrence the selectors pick among repeats; for a `changed` quote, where it occurs elsewhere); absent when it is nowhere in the document. */
  readonly found?: TextSpan;
  /** Where the record's selectors put it in the archived copy; absent for a record without selectors. */
  readonly recorded?: TextSpan;
}

/**
 * The check of one fact's or claim's quotes.
 *
 * @example
 * ```ts
 * import { verifyQuotes } from 'ai-investment-facts';
 * verifyQuotes(text).records.filter((record) => !record.ok).map((record) => record.id);
 * ```
 * @category Verification
 */
export interface RecordCheck {
  readonly recordType: 'fact' | 'claim';
  readonly id: string;
  /** Whether every quote of the record passed: none `changed` or `not-found`. */
  readonly ok: boolean;
  readonly quotes: readonly QuoteCheck[];
}

/**
 * How the document was matched to a source: named by the caller
 * (`option`), by its SHA-256 being the archived copy's (`sha256`), or as the
 * source whose quotes it holds most of (`quotes`).
 *
 * @example
 * ```ts
 * import type { IdentifiedBy } from 'ai-investment-facts';
 * const how: IdentifiedBy = 'sha256';
 * ```
 * @category Verification
 */
export type IdentifiedBy = 'option' | 'sha256' | 'quotes';

/**
 * What {@link verifyQuotes} found.
 *
 * @example
 * ```ts
 * import { verifyQuotes } from 'ai-investment-facts';
 * const result = verifyQuotes(text);
 * console.log(result.sourceId, result.identifiedBy, result.ok, result.failed);
 * ```
 * @category Verification
 */
export interface QuoteVerification {
  /** The source the document was checked as. */
  readonly sourceId: string;
  readonly identifiedBy: IdentifiedBy;
  /** The SHA-256 of the document's bytes as given (of a string, its UTF-8 encoding), lowercase hex. */
  readonly sha256: string;
  /** Whether that is the SHA-256 the source records for its archived copy. */
  readonly isArchivedCopy: boolean;
  /** Whether every quote of every record of the source passed. */
  readonly ok: boolean;
  /** The IDs of the records with a quote that failed (`changed` or `not-found`), in record order. */
  readonly failed: readonly string[];
  /** How many quotes there were, and how many had each status. */
  readonly counts: Readonly<Record<QuoteStatus, number>> & { readonly quotes: number };
  /** Each fact, then each claim, citing the source, in record order. */
  readonly records: readonly RecordCheck[];
}

/**
 * Options of {@link verifyQuotes}.
 *
 * @example
 * ```ts
 * import type { VerifyQuotesOptions } from 'ai-investment-facts';
 * const options: VerifyQuotesOptions = { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us' };
 * ```
 * @category Verification
 */
export interface VerifyQuotesOptions {
  /** The source the document is a copy of; by default it is identified (see {@link verifyQuotes}). */
  readonly sourceId?: string;
  /** The dataset whose records to check: the built-in `dataset` (the default) or one from `createDataset`. */
  readonly dataset?: Dataset;
}

const METHOD = 'verifyQuotes';

/** The statuses that fail. */
const FAILING: readonly QuoteStatus[] = ['changed', 'not-found'];

/** The check of one record's quotes in `document`. */
function checkRecord(document: PreparedDocument, recordType: RecordCheck['recordType'], record: Fact | Claim): RecordCheck {
  const quotes = citationQuotes(record.citation).map((quote, index): QuoteCheck => {
    const selectors = record.citation.selectors?.[index];
    const picked = pickOccurrence(document, quote, selectors);
    const status: QuoteStatus = picked?.atRecordedPosition
      ? 'at-recorded-position'
      : selectors && alteredInPlace(document, quote, selectors)
        ? 'changed'
        : !picked
          ? 'not-found'
          : selectors
            ? 'elsewhere'
            : 'found';
    const recorded = selectors && { recorded: { start: selectors.textPosition.start, end: selectors.textPosition.end } };
    return { index, quote, status, ...(picked && { found: picked.occurrence }), ...recorded };
  });
  return { recordType, id: record.id, ok: quotes.every((check) => !FAILING.includes(check.status)), quotes };
}

/** The facts, then the claims, citing `sourceId`, in record order. */
function citing(index: RecordIndex, sourceId: string): readonly (readonly [RecordCheck['recordType'], Fact | Claim])[] {
  return [
    ...(index.factsBy('sourceId').get(sourceId) ?? []).map((fact) => ['fact', fact] as const),
    ...(index.claimsBySource().get(sourceId) ?? []).map((claim) => ['claim', claim] as const),
  ];
}

/** The source whose quotes `document` holds most of (the first such of the sources), or `undefined` where it holds none. */
function mostQuotesHeld(document: PreparedDocument, index: RecordIndex): Source | undefined {
  let most: { source: Source; count: number } | undefined;
  for (const source of index.records.sources) {
    const quotes = citing(index, source.id).flatMap(([, record]) => citationQuotes(record.citation));
    const count = quotes.filter((quote) => holdsQuote(document, quote)).length;
    if (count > (most?.count ?? 0)) most = { source, count };
  }
  return most?.source;
}

/**
 * The text of `document`: a string as it is, bytes decoded as UTF-8 (a
 * byte-order mark dropped).
 *
 * @throws {ArgumentTypeError} if it is neither.
 * @throws {ArgumentRangeError} if it is longer than {@link LIMITS}.documentLength, or its bytes are not UTF-8.
 */
function textOf(document: unknown): string {
  const isText = typeof document === 'string';
  if (!isText && !(document instanceof Uint8Array)) throw new ArgumentTypeError(toBe(METHOD, 'document', document, 'a string or a Uint8Array'));
  const unit = isText ? 'characters' : 'bytes';
  const problem = { method: METHOD, argument: 'document', value: document };
  if (document.length > LIMITS.documentLength) {
    throw new ArgumentRangeError({
      ...problem,
      expected: [arg('document'), ` to hold at most ${LIMITS.documentLength} ${unit}`],
      received: [`${document.length} ${unit}`],
    });
  }
  if (isText) return document;
  const utf16 =
    (document[0] === 0xff && document[1] === 0xfe) || nulBytesAt(document, 1)
      ? 'LE'
      : (document[0] === 0xfe && document[1] === 0xff) || nulBytesAt(document, 0)
        ? 'BE'
        : undefined;
  try {
    if (utf16 === undefined) return new TextDecoder('utf-8', { fatal: true }).decode(document);
  } catch {
    // Reported below, with the offset of the first byte that is not UTF-8.
  }
  const again = new TextEncoder().encode(new TextDecoder('utf-8', { ignoreBOM: true }).decode(document));
  throw new ArgumentRangeError({
    ...problem,
    expected: [arg('document'), ' to be text in UTF-8'],
    received: [
      utf16 === undefined
        ? `bytes that are not UTF-8 (perhaps Windows-1252 or Latin-1), the first at byte ${again.findIndex((byte, i) => byte !== document[i])}`
        : `text in UTF-16 ${utf16} (by its byte-order mark or its NUL bytes)`,
    ],
  });
}

/** Whether a quarter or more of the first kilobyte of `bytes` are NUL bytes at the even (`parity` 0) or odd positions: ASCII text in UTF-16. */
function nulBytesAt(bytes: Uint8Array, parity: number): boolean {
  const head = bytes.subarray(0, 1024);
  return head.filter((byte, i) => byte === 0 && i % 2 === parity).length * 4 >= head.length && head.length > 1;
}

/**
 * Checks every quote of a source's facts and claims against a copy of its
 * document that you hold: each quote (the citation's `quote` and each of its
 * `otherQuotes`) is looked for under the sources' whitespace rule: any run of
 * Unicode `White_Space` (spaces, no-break spaces, line breaks, U+0085)
 * matches any other run, and nothing else is whitespace (U+FEFF, U+200B and
 * other format characters must match as they are). The document and the
 * quotes are compared in Unicode NFC (so a copy in NFD matches), and the
 * offsets reported are code points of the document's NFC text. A quote that
 * starts (ends) with a letter or digit is found only where the document has
 * no letter, digit or combining mark just before (after) it, but for a
 * lower-case letter before an upper-case one, where a copy lost a separator
 * ("pulledFor"): a quote ending in "12" is not in "125%".
 *
 * A quote is at its recorded position when an occurrence has the code point
 * offsets of its `TextPositionSelector`; else, among repeats, the one whose
 * text around it matches the selector's prefix and suffix is reported, else
 * the nearest. Each quote has a status ({@link QuoteStatus}): one `changed`
 * (the recorded prefix is in place but the quote is not after it) or
 * `not-found` fails its record. The work is linear in the document's length
 * for each quote. Pure and synchronous: it reads no file and computes the
 * document's SHA-256 itself (through `node:crypto` where the runtime has it),
 * so it runs in browsers too.
 *
 * A `Uint8Array` is decoded as UTF-8; a UTF-8 byte-order mark is not part of
 * the text (offsets count from after it), while the SHA-256 is always that
 * of the bytes as given, the mark included. A string is hashed as its UTF-8
 * encoding.
 *
 * Without `options.sourceId`, the document is identified by its SHA-256, where
 * a source records that of its archived copy; otherwise as the source whose
 * quotes it holds most of (ties go to the first source of the dataset).
 * A source without records gives an empty check that is `ok`.
 *
 * @param document - the document: its text, or its bytes (a file as read, in UTF-8).
 * @param options - `sourceId`, the source it is a copy of; `dataset`, whose records to check: the built-in `dataset` (the default) or one from `createDataset`.
 * @returns The source checked, how it was identified, each record's quotes with their status, and which records failed.
 * @throws {ArgumentTypeError} if `document` is neither a string nor a `Uint8Array`, `options` is not a plain object, or `options.dataset` is not a dataset.
 * @throws {ArgumentRangeError} if `document` is longer than {@link LIMITS}.documentLength (characters of a string, bytes of a `Uint8Array`, checked before any work), its bytes are not UTF-8 (naming the encoding they seem to be in: UTF-16, or the offset of the first byte that is not UTF-8), `options` has an unknown field, or without `options.sourceId` the document holds no quote of any source.
 * @throws {UnknownIdError} (a `RangeError`) if `options.sourceId` names no source of the dataset, naming the nearest.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { verifyQuotes } from 'ai-investment-facts';
 *
 * const result = verifyQuotes(readFileSync('2025-03-26-yicai-china-ai-vc-lags-us.txt'));
 * result.sourceId; // '2025-03-26-yicai-china-ai-vc-lags-us'
 * result.identifiedBy; // 'sha256'
 * result.ok; // true
 * result.failed; // []
 * ```
 * @category Verification
 */
export function verifyQuotes(document: string | Uint8Array, options?: VerifyQuotesOptions): QuoteVerification {
  const given = requireOptions(METHOD, 'options', options, ['sourceId', 'dataset']);
  const records = given['dataset'] === undefined ? { sources, facts, claims } : requireDataset(METHOD, 'options.dataset', given['dataset']);
  const text = textOf(document);
  const hash = sha256(document);
  const prepared = prepareDocument(text);
  const index = indexRecords({ ...records, entities: [], metrics: [] });
  let source: Source;
  let identifiedBy: IdentifiedBy;
  if (given['sourceId'] !== undefined) {
    source = requireRecord(index, 'source', METHOD, 'options.sourceId', given['sourceId']);
    identifiedBy = 'option';
  } else {
    const byHash = records.sources.find((candidate) => candidate.sha256 === hash);
    // Counting every source's quotes in the document is the costly part: only where the hash names none.
    const most = byHash === undefined ? mostQuotesHeld(prepared, index) : undefined;
    if (byHash === undefined && most === undefined) {
      throw new ArgumentRangeError({
        method: METHOD,
        argument: 'document',
        value: `${text.slice(0, 40)}${text.length > 40 ? '…' : ''}`,
        expected: [arg('document'), ' to be a copy of a source document, holding at least one of its quotes'],
        received: ['a text that holds no quote of any source'],
        remedy: ['pass ', arg('options.sourceId'), ' to check it against one source'],
      });
    }
    source = (byHash ?? most) as Source;
    identifiedBy = byHash === undefined ? 'quotes' : 'sha256';
  }
  const checks = citing(index, source.id).map(([recordType, record]) => checkRecord(prepared, recordType, record));
  const counts = { quotes: 0, 'at-recorded-position': 0, elsewhere: 0, found: 0, changed: 0, 'not-found': 0 };
  for (const quote of checks.flatMap((check) => check.quotes)) {
    counts.quotes++;
    counts[quote.status]++;
  }
  const failed = checks.filter((check) => !check.ok).map((check) => check.id);
  return { sourceId: source.id, identifiedBy, sha256: hash, isArchivedCopy: source.sha256 === hash, ok: failed.length === 0, failed, counts, records: checks };
}
