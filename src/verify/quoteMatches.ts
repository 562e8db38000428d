/**
 * Where a quote occurs in a document under the sources' whitespace rule (any
 * run of whitespace, spaces, no-break spaces and line breaks, matches any
 * other run), and the W3C selectors of an occurrence. The quote checks of the
 * tests, `verifyQuotes` and the script that generates the built-in records'
 * selectors all find quotes here.
 *
 * Offsets are JavaScript string (UTF-16) indices inside this module; the
 * selectors and reports count Unicode code points, as W3C's
 * `TextPositionSelector` does.
 *
 * @internal
 * @module
 */
import type { Citation, QuoteSelectors } from '../types.js';

/** One occurrence of a quote: UTF-16 indices into the document. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/** `quote` as a regular expression: its characters literally, each whitespace run as any run. */
function patternOf(quote: string): RegExp {
  const parts = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(parts.join('\\s+'), 'g');
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
 * Every occurrence of `quote` in `document` under the whitespace rule, first
 * first, overlapping ones included; none for an empty quote.
 *
 * @example
 * ```ts
 * quoteOccurrences('a\u00a0b c a b', 'a b'); // [{ start: 0, end: 3 }, { start: 6, end: 9 }]
 * ```
 */
export function quoteOccurrences(document: string, quote: string): Occurrence[] {
  if (quote.trim() === '') return [];
  const pattern = patternOf(quote);
  const found: Occurrence[] = [];
  for (let match = pattern.exec(document); match !== null; match = pattern.exec(document)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** How many code points `text` holds up to the UTF-16 index `index`. */
export function codePointOffset(text: string, index: number): number {
  const head = text.slice(0, index);
  return head.length - (head.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The UTF-16 index `count` code points before (negative) or after `index`, stopping at the text's ends. */
function moveByCodePoints(text: string, index: number, count: number): number {
  let i = index;
  for (let moved = 0; moved < Math.abs(count); moved++) {
    if (count < 0) {
      if (i <= 0) break;
      i--;
      if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
    } else {
      if (i >= text.length) break;
      i++;
      if (i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) i++;
    }
  }
  return i;
}

/** How often `needle` occurs in `haystack`, overlapping occurrences counted. */
function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

/** The shortest context length tried first, and how much longer each further try is. */
const CONTEXT_STEP = 8;

/**
 * The W3C selectors of `occurrence` in `document`: its exact text, a prefix
 * and suffix of the same length in code points (8, 16, 24, ... up to the
 * document's ends), the shortest with which the triple occurs once in the
 * document, and its code point offsets.
 *
 * @example
 * ```ts
 * const [first] = quoteOccurrences(text, quote);
 * selectorsOf(text, first).textPosition; // { type: 'TextPositionSelector', start: …, end: … }
 * ```
 */
export function selectorsOf(document: string, occurrence: Occurrence): QuoteSelectors {
  const exact = document.slice(occurrence.start, occurrence.end);
  let prefix = '';
  let suffix = '';
  for (let length = CONTEXT_STEP; ; length += CONTEXT_STEP) {
    prefix = document.slice(moveByCodePoints(document, occurrence.start, -length), occurrence.start);
    suffix = document.slice(occurrence.end, moveByCodePoints(document, occurrence.end, length));
    const wholeDocument = prefix.length === occurrence.start && suffix.length === document.length - occurrence.end;
    if (countOf(document, prefix + exact + suffix) === 1 || wholeDocument) break;
  }
  return {
    textQuote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    textPosition: { type: 'TextPositionSelector', start: codePointOffset(document, occurrence.start), end: codePointOffset(document, occurrence.end) },
  };
}

/** Whether `text` ends (`atEnd`) or starts with `context` under the whitespace rule; an empty context always matches. */
function hasContext(text: string, context: string, atEnd: boolean): boolean {
  if (context.trim() === '') return true;
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  const wanted = squeeze(context);
  const near = squeeze(atEnd ? text.slice(-context.length * 2 - 1) : text.slice(0, context.length * 2 + 1));
  return atEnd ? near.endsWith(wanted.trimStart()) : near.startsWith(wanted.trimEnd());
}

/**
 * Among the occurrences of a quote, the one its selectors name: the one at
 * the recorded code point offsets, else the first whose surroundings match
 * the recorded prefix and suffix (whitespace rule), else the one nearest the
 * recorded start; `undefined` where there is none.
 *
 * @example
 * ```ts
 * pickOccurrence(text, quoteOccurrences(text, quote), fact.citation.selectors?.[0]);
 * ```
 */
export function pickOccurrence(
  document: string,
  occurrences: readonly Occurrence[],
  selectors: QuoteSelectors | undefined,
): { readonly occurrence: Occurrence; readonly atRecordedPosition: boolean } | undefined {
  const [first] = occurrences;
  if (first === undefined) return undefined;
  if (selectors === undefined) return { occurrence: first, atRecordedPosition: false };
  const { start, end } = selectors.textPosition;
  const offsets = occurrences.map((o) => ({ o, start: codePointOffset(document, o.start), end: codePointOffset(document, o.end) }));
  const atPosition = offsets.find((candidate) => candidate.start === start && candidate.end === end);
  if (atPosition !== undefined) return { occurrence: atPosition.o, atRecordedPosition: true };
  const { prefix, suffix } = selectors.textQuote;
  const inContext = occurrences.find((o) => hasContext(document.slice(0, o.start), prefix, true) && hasContext(document.slice(o.end), suffix, false));
  if (inContext !== undefined) return { occurrence: inContext, atRecordedPosition: false };
  const nearest = offsets.reduce((best, candidate) => (Math.abs(candidate.start - start) < Math.abs(best.start - start) ? candidate : best));
  return { occurrence: nearest.o, atRecordedPosition: false };
}
