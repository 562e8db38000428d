import { requireOptions, requireString } from '../arguments.js';
import { indexRecords } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { arg, ArgumentRangeError, ArgumentTypeError } from '../errors.js';
import { claims as builtInClaims, facts as builtInFacts, sources as builtInSources } from '../records.js';
import type { Claim, Fact, Source } from '../types.js';
import { citationQuotes, codePointOffset, pickOccurrence, quoteOccurrences } from './quoteMatches.js';
import { sha256 } from './sha256.js';

/**
 * What became of one quote: found at the offsets its selectors record, found
 * elsewhere in the document, found in a record that has no selectors (so no
 * position to compare), or not found.
 *
 * @example
 * ```ts
 * import type { QuoteStatus } from 'ai-investment-facts';
 * const failed = (status: QuoteStatus) => status === 'not-found';
 * ```
 * @category Verification
 */
export type QuoteStatus = 'at-recorded-position' | 'elsewhere' | 'found' | 'not-found';

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
  /** Where it was found (the occurrence the selectors pick among repeats); absent when not found. */
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
  /** Whether every quote of the record was found. */
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
  /** The SHA-256 of the document's UTF-8 bytes, lowercase hex. */
  readonly sha256: string;
  /** Whether that is the SHA-256 the source records for its archived copy. */
  readonly isArchivedCopy: boolean;
  /** Whether every quote of every record of the source was found. */
  readonly ok: boolean;
  /** The IDs of the records with a quote not found, in record order. */
  readonly failed: readonly string[];
  /** How many quotes there were, and how many had each status. */
  readonly counts: Readonly<Record<QuoteStatus, number>> & { readonly quotes: number };
  /** Each fact, then each claim, citing the source, in record order. */
  readonly records: readonly RecordCheck[];
}

/**
 * The records {@link verifyQuotes} checks against: by default the built-in ones.
 *
 * @example
 * ```ts
 * import { claims, facts, sources, type VerifiableRecords } from 'ai-investment-facts';
 * const records: VerifiableRecords = { sources, facts: [...facts, ...myFacts], claims };
 * ```
 * @category Verification
 */
export interface VerifiableRecords {
  readonly sources: readonly Source[];
  readonly facts: readonly Fact[];
  readonly claims: readonly Claim[];
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
  /** The records to check; by default the built-in ones. */
  readonly records?: VerifiableRecords;
}

const METHOD = 'verifyQuotes';

/** The check of one record's quotes in `document`. */
function checkRecord(document: string, recordType: RecordCheck['recordType'], record: Fact | Claim): RecordCheck {
  const quotes = citationQuotes(record.citation).map((quote, index): QuoteCheck => {
    const selectors = record.citation.selectors?.[index];
    const recorded = selectors === undefined ? {} : { recorded: { start: selectors.textPosition.start, end: selectors.textPosition.end } };
    const picked = pickOccurrence(document, quoteOccurrences(document, quote), selectors);
    if (picked === undefined) return { index, quote, status: 'not-found', ...recorded };
    const found = { start: codePointOffset(document, picked.occurrence.start), end: codePointOffset(document, picked.occurrence.end) };
    const status: QuoteStatus = selectors === undefined ? 'found' : picked.atRecordedPosition ? 'at-recorded-position' : 'elsewhere';
    return { index, quote, status, found, ...recorded };
  });
  return { recordType, id: record.id, ok: quotes.every((check) => check.status !== 'not-found'), quotes };
}

/** Every record of `records` citing `sourceId`, checked in `document`. */
function checkSource(document: string, records: VerifiableRecords, sourceId: string): RecordCheck[] {
  return [
    ...records.facts.filter((fact) => fact.citation.sourceId === sourceId).map((fact) => checkRecord(document, 'fact', fact)),
    ...records.claims.filter((claim) => claim.citation.sourceId === sourceId).map((claim) => checkRecord(document, 'claim', claim)),
  ];
}

/** The source whose quotes `document` holds most of (the first such of `records.sources`), or `undefined` where it holds none. */
function mostQuotesHeld(document: string, records: VerifiableRecords): Source | undefined {
  let most: { source: Source; count: number } | undefined;
  for (const source of records.sources) {
    const count = quotesHeld(document, records, source.id);
    if (count > (most?.count ?? 0)) most = { source, count };
  }
  return most?.source;
}

/** How many of a source's quotes `document` holds, under the whitespace rule. */
function quotesHeld(document: string, records: VerifiableRecords, sourceId: string): number {
  return [...records.facts, ...records.claims]
    .filter((record) => record.citation.sourceId === sourceId)
    .flatMap((record) => citationQuotes(record.citation))
    .filter((quote) => quoteOccurrences(document, quote).length > 0).length;
}

/** The records option, checked to hold the three lists. */
function recordsFrom(value: unknown): VerifiableRecords {
  if (value === undefined) return { sources: builtInSources, facts: builtInFacts, claims: builtInClaims };
  const lists = ['sources', 'facts', 'claims'] as const;
  const given = value as Partial<Record<(typeof lists)[number], unknown>> | null;
  const missing = lists.find((name) => typeof given !== 'object' || given === null || !Array.isArray(given[name]));
  if (missing !== undefined) {
    throw new ArgumentTypeError({
      method: METHOD,
      argument: 'options.records',
      value,
      expected: [arg('options.records'), ' to be an object with arrays `sources`, `facts` and `claims`'],
    });
  }
  return value as VerifiableRecords;
}

/**
 * Checks every quote of a source's facts and claims against a copy of its
 * document that you hold: each quote (the citation's `quote` and each of its
 * `otherQuotes`) is looked for under the sources' whitespace rule (any run of
 * whitespace, no-break spaces and line breaks included, matches any other
 * run). A quote is found at its recorded position when an occurrence has the
 * code point offsets of its `TextPositionSelector`; else, among repeats, the
 * one whose text around it matches the selector's prefix and suffix is
 * reported, else the nearest. Pure and synchronous: it reads no file and
 * computes the document's SHA-256 itself (so it runs in browsers too).
 *
 * Without `options.sourceId`, the document is identified by its SHA-256, where
 * a source records that of its archived copy; otherwise as the source whose
 * quotes it holds most of (ties go to the first source of `records.sources`).
 * A source without records gives an empty check that is `ok`.
 *
 * @param document - the document's text (a file read as UTF-8).
 * @param options - `sourceId`, the source it is a copy of; `records`, the records to check (default: the built-in ones).
 * @returns The source checked, how it was identified, each record's quotes with their status, and which records failed.
 * @throws {ArgumentTypeError} if `document` is not a string, `options` not a plain object, or `options.records` lacks one of its arrays.
 * @throws {ArgumentRangeError} if `options` has an unknown field, or without `options.sourceId` the document holds no quote of any source.
 * @throws {UnknownIdError} (a `RangeError`) if `options.sourceId` names no source of the records, naming the nearest.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { verifyQuotes } from 'ai-investment-facts';
 *
 * const result = verifyQuotes(readFileSync('2025-03-26-yicai-china-ai-vc-lags-us.txt', 'utf8'));
 * result.sourceId; // '2025-03-26-yicai-china-ai-vc-lags-us'
 * result.identifiedBy; // 'sha256'
 * result.ok; // true
 * result.failed; // []
 * ```
 * @category Verification
 */
export function verifyQuotes(document: string, options?: VerifyQuotesOptions): QuoteVerification {
  requireString(METHOD, 'document', document);
  const given = requireOptions(METHOD, 'options', options, ['sourceId', 'records']);
  const records = recordsFrom(given['records']);
  const hash = sha256(document);
  const index = indexRecords({ ...records, entities: [], metrics: [] });
  let source: Source;
  let identifiedBy: IdentifiedBy;
  if (given['sourceId'] !== undefined) {
    source = requireRecord(index, 'source', METHOD, 'options.sourceId', given['sourceId']);
    identifiedBy = 'option';
  } else {
    const byHash = records.sources.find((candidate) => candidate.sha256 === hash);
    // Counting every source's quotes in the document is the costly part: only where the hash names none.
    const most = byHash === undefined ? mostQuotesHeld(document, records) : undefined;
    if (byHash === undefined && most === undefined) {
      throw new ArgumentRangeError({
        method: METHOD,
        argument: 'document',
        value: `${document.slice(0, 40)}${document.length > 40 ? '…' : ''}`,
        expected: [arg('document'), ' to be a copy of a source document, holding at least one of its quotes'],
        received: ['a text that holds no quote of any source'],
        remedy: ['pass ', arg('options.sourceId'), ' to check it against one source'],
      });
    }
    source = (byHash ?? most) as Source;
    identifiedBy = byHash === undefined ? 'quotes' : 'sha256';
  }
  const checks = checkSource(document, records, source.id);
  const counts = { quotes: 0, 'at-recorded-position': 0, elsewhere: 0, found: 0, 'not-found': 0 };
  for (const quote of checks.flatMap((check) => check.quotes)) {
    counts.quotes++;
    counts[quote.status]++;
  }
  const failed = checks.filter((check) => !check.ok).map((check) => check.id);
  return { sourceId: source.id, identifiedBy, sha256: hash, isArchivedCopy: source.sha256 === hash, ok: failed.length === 0, failed, counts, records: checks };
}
