/**
 * Where a quote occurs in a document, and the W3C selectors of an occurrence.
 * The quote checks of the tests, `verifyQuotes` and the script that generates
 * the built-in records' selectors all find quotes here.
 *
 * A document and its quotes are compared in Unicode NFC, and any run of
 * whitespace matches any other run: whitespace is exactly Unicode's
 * `White_Space` (spaces, no-break spaces, line breaks, U+0085), never a format
 * character (U+FEFF, U+200B, U+2060). A quote that starts (ends) with a letter,
 * digit or combining mark is found only where the document's character before
 * (after) it is none of those (a quote ending in "12" is not in "125%"), or is
 * a lower-case letter before an upper-case one, where a copy lost a separator.
 * Offsets are Unicode code points of the NFC text, as W3C's
 * `TextPositionSelector` counts them.
 *
 * The work is linear in the document's length: it is prepared once (its
 * whitespace runs squeezed to one space, with each index's code point offset),
 * and each quote is searched in it by Knuth-Morris-Pratt.
 *
 * @internal
 * @module
 */
import type { Citation, QuoteSelectors } from '../types.js';

/** One occurrence of a quote: code point offsets into the document's NFC text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/** A document as quotes are searched in: its NFC text, each whitespace run squeezed to one space, and each index's code point offset in the NFC text (and the end's). */
export interface PreparedDocument {
  readonly squeezed: string;
  readonly offsets: Uint32Array;
}

// Every whitespace run but a single space, which is left as it is: most runs of a text, found faster.
const WHITESPACE_RUNS = /\p{White_Space}{2,}|(?! )\p{White_Space}/gu;

/** `text` in NFC, each whitespace run squeezed to one space. */
function squeeze(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE_RUNS, ' ');
}

/** A quote as searched: squeezed, without a space at either end. */
function patternOf(quote: string): string {
  return squeeze(quote).replace(/^ | $/g, '');
}

/**
 * `document` prepared for the search, in one pass.
 *
 * @example
 * ```ts
 * prepareDocument('😀 \n a'); // { squeezed: '😀 a', offsets: Uint32Array [0, 0, 1, 4, 5] }
 * ```
 */
export function prepareDocument(document: string): PreparedDocument {
  const text = document.normalize('NFC');
  const squeezed = text.replace(WHITESPACE_RUNS, ' ');
  const offsets = new Uint32Array(squeezed.length + 1);
  for (let i = 0, j = 0, point = 0; j <= squeezed.length; j++) {
    offsets[j] = point;
    if (squeezed[j] === ' ') {
      // A whitespace run of the text, which ends where the squeezed text's next character is.
      for (const next = squeezed.charCodeAt(j + 1); i < text.length && text.charCodeAt(i) !== next; i++) point++;
    } else {
      // The two halves of a surrogate pair are one code point, counted at the second.
      if ((text.charCodeAt(i) & 0xfc00) !== 0xd800 || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) point++;
      i++;
    }
  }
  return { squeezed, offsets };
}

/**
 * Whether the text runs on as one word across index `at`: a letter, digit or
 * combining mark on both sides, but for a lower-case letter before an
 * upper-case one (where the copy lost a separator: "pulledFor").
 */
function runsOnAt(text: string, at: number): boolean {
  const [before, after] = [text.slice(Math.max(0, at - 2), at), text.slice(at, at + 2)];
  // Two ASCII characters (nearly every case) are told apart without Unicode's classes, which take milliseconds to compile.
  const pair = before.slice(-1) + after.slice(0, 1);
  if (!/[^\0-\x7f]/.test(pair)) return /^(?![a-z][A-Z])[a-zA-Z\d]{2}$/.test(pair);
  return /[\p{L}\p{N}\p{M}]$/u.test(before) && /^[\p{L}\p{N}\p{M}]/u.test(after) && !(/\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(after));
}

/**
 * Each index of the squeezed text at which `pattern` occurs as a whole (running
 * on into no word on either side), first first, overlapping ones included:
 * Knuth-Morris-Pratt, linear in the text's length and the pattern's.
 */
function* matchesOf({ squeezed }: PreparedDocument, pattern: string): Generator<number> {
  if (pattern === '') return;
  // border[i]: the length of the longest proper prefix of pattern's first i characters that also ends them.
  const border = new Int32Array(pattern.length + 1);
  border[0] = -1;
  for (let i = 0, k = -1; i < pattern.length; border[++i] = ++k) while (k >= 0 && pattern.charCodeAt(k) !== pattern.charCodeAt(i)) k = border[k] ?? -1;
  // The first occurrence, found natively, is where the search starts: a text that holds none costs one `indexOf`.
  for (let i = squeezed.indexOf(pattern), k = 0; i >= 0 && i < squeezed.length; i++) {
    while (k >= 0 && pattern.charCodeAt(k) !== squeezed.charCodeAt(i)) k = border[k] ?? -1;
    if (++k === pattern.length) {
      if (!runsOnAt(squeezed, i + 1 - k) && !runsOnAt(squeezed, i + 1)) yield i + 1 - k;
      k = border[k] ?? 0;
    }
  }
}

/** The occurrence of `pattern` at index `at` of the squeezed text, in code points. */
function occurrenceAt({ offsets }: PreparedDocument, pattern: string, at: number): Occurrence {
  return { start: offsets[at] ?? 0, end: offsets[at + pattern.length] ?? 0 };
}

/**
 * A citation's quotes in the order its `selectors` follow: `quote`, then each
 * of `otherQuotes`.
 *
 * @example
 * ```ts
 * citationQuotes({ quote: 'a', otherQuotes: ['b'] }); // ['a', 'b']
 * ```
 */
export function citationQuotes(citation: Pick<Citation, 'quote' | 'otherQuotes'>): readonly string[] {
  return [citation.quote, ...(citation.otherQuotes ?? [])];
}

/**
 * Every occurrence of `quote` in `document`, first first, overlapping ones
 * included; none for an empty quote.
 *
 * @example
 * ```ts
 * quoteOccurrences('a\u00a0b c a b', 'a b'); // [{ start: 0, end: 3 }, { start: 6, end: 9 }]
 * ```
 */
export function quoteOccurrences(document: string, quote: string): Occurrence[] {
  const prepared = prepareDocument(document);
  const pattern = patternOf(quote);
  return [...matchesOf(prepared, pattern)].map((at) => occurrenceAt(prepared, pattern, at));
}

/**
 * Whether `document` holds `quote`; it stops at the first occurrence.
 *
 * @example
 * ```ts
 * holdsQuote(prepareDocument('Nearly 12 AI unicorns.'), '12 AI'); // true
 * ```
 */
export function holdsQuote(document: PreparedDocument, quote: string): boolean {
  return !matchesOf(document, patternOf(quote)).next().done;
}

/** The shortest context length tried first, and how much longer each further try is. */
const CONTEXT_STEP = 8;

/**
 * The W3C selectors of `occurrence` in `document` (in NFC): its exact text, a
 * prefix and suffix of the same length in code points (8, 16, 24, ... up to
 * the document's ends), the shortest with which the triple occurs once in the
 * document, and its code point offsets.
 *
 * @example
 * ```ts
 * const [first] = quoteOccurrences(text, quote);
 * selectorsOf(text, first).textPosition; // { type: 'TextPositionSelector', start: …, end: … }
 * ```
 */
export function selectorsOf(document: string, { start, end }: Occurrence): QuoteSelectors {
  const points = [...document];
  const text = (from: number, to: number) => points.slice(Math.max(0, from), to).join('');
  const exact = text(start, end);
  let prefix = '';
  let suffix = '';
  for (let length = CONTEXT_STEP; ; length += CONTEXT_STEP) {
    prefix = text(start - length, start);
    suffix = text(end, end + length);
    const triple = prefix + exact + suffix;
    if (document.indexOf(triple) === document.lastIndexOf(triple) || (length >= start && end + length >= points.length)) break;
  }
  return { textQuote: { type: 'TextQuoteSelector', exact, prefix, suffix }, textPosition: { type: 'TextPositionSelector', start, end } };
}

/** The first index of the squeezed text at or after the code point offset `point`: a binary search. */
function indexAt({ offsets }: PreparedDocument, point: number): number {
  let [low, high] = [0, offsets.length - 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] ?? 0) < point) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A recorded prefix as it must end an occurrence, and a suffix as it must start one: squeezed, the outer space dropped. */
function contextsOf({ prefix, suffix } = { prefix: '', suffix: '' }): readonly [string, string] {
  return [squeeze(prefix).replace(/^ /, ''), squeeze(suffix).replace(/ $/, '')];
}

/**
 * Among the occurrences of a quote, the one its selectors name: the one at
 * the recorded code point offsets, else the first whose surroundings match
 * the recorded prefix and suffix, else the one nearest the recorded start
 * (the first of two as near); without selectors, the first; `undefined`
 * where there is none.
 *
 * @example
 * ```ts
 * pickOccurrence(prepareDocument(text), quote, fact.citation.selectors?.[0]);
 * ```
 */
export function pickOccurrence(
  document: PreparedDocument,
  quote: string,
  selectors: QuoteSelectors | undefined,
): { readonly occurrence: Occurrence; readonly atRecordedPosition: boolean } | undefined {
  const pattern = patternOf(quote);
  const [before, after] = contextsOf(selectors?.textQuote);
  let inContext: Occurrence | undefined;
  let nearest: Occurrence | undefined;
  for (const at of matchesOf(document, pattern)) {
    const occurrence = occurrenceAt(document, pattern, at);
    if (selectors === undefined) return { occurrence, atRecordedPosition: false };
    const recorded = selectors.textPosition;
    if (occurrence.start === recorded.start && occurrence.end === recorded.end) return { occurrence, atRecordedPosition: true };
    inContext ??= document.squeezed.endsWith(before, at) && document.squeezed.startsWith(after, at + pattern.length) ? occurrence : undefined;
    if (nearest === undefined || Math.abs(occurrence.start - recorded.start) < Math.abs(nearest.start - recorded.start)) nearest = occurrence;
  }
  const occurrence = inContext ?? nearest;
  return occurrence && { occurrence, atRecordedPosition: false };
}

/**
 * Whether the passage that `selectors` record for `quote` was altered in
 * place: the recorded prefix (not blank) still ends at the recorded start,
 * but the quote does not start there.
 *
 * @example
 * ```ts
 * alteredInPlace(prepareDocument(text.replace('USD76', 'USD67')), quote, selectors); // true
 * ```
 */
export function alteredInPlace(document: PreparedDocument, quote: string, selectors: QuoteSelectors): boolean {
  const at = indexAt(document, selectors.textPosition.start);
  const [before] = contextsOf(selectors.textQuote);
  const pattern = patternOf(quote);
  const whole = document.squeezed.startsWith(pattern, at) && !runsOnAt(document.squeezed, at) && !runsOnAt(document.squeezed, at + pattern.length);
  return before !== '' && document.squeezed.endsWith(before, at) && !whole;
}
