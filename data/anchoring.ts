/**
 * Gives the built-in records what `npm run docs` generated from the archived
 * copies of their documents (`anchors.generated.ts`): each source the SHA-256
 * of its archived copy, and each quote of each fact and claim its W3C
 * selectors into that copy. The generated module holds each selector briefly:
 * its offsets, prefix and suffix, and its exact text only where it differs
 * from the quote (a no-break space, a line break), so a quote's words are in
 * the build once; and it holds each collection's anchors in an export of its
 * own, so that a bundle of the facts carries no claim's anchors.
 */
import type { Citation, QuoteSelectors } from '../src/types.js';

/** One quote's selectors, briefly: code point offsets, prefix, suffix, and the exact text where it is not the quote's. */
export type BriefSelectors = readonly [start: number, end: number, prefix: string, suffix: string, exact?: string];

/** The generated selectors of a collection's records, by record ID: each quote's (quote first, then otherQuotes). */
export type Anchors = Readonly<Record<string, readonly BriefSelectors[]>>;

/** The generated SHA-256 of each source's archived copy, by source ID. */
export type Sha256s = Readonly<Record<string, string>>;

/** `brief` written out, its exact text the quote's where it does not give one. */
function selectorsOf([start, end, prefix, suffix, exact]: BriefSelectors, quote: string): QuoteSelectors {
  return {
    textQuote: { type: 'TextQuoteSelector', exact: exact ?? quote, prefix, suffix },
    textPosition: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * The records with each citation's `selectors` added where `anchors` has them
 * (a record it lacks is left without: a test requires them on every built-in record).
 */
export function withSelectors<const List extends readonly { readonly id: string }[]>(records: List, anchors: Anchors): List {
  return records.map((record) => {
    const { citation } = record as unknown as { citation: Citation };
    const brief = anchors[record.id];
    if (brief === undefined) return record;
    const quotes = [citation.quote, ...(citation.otherQuotes ?? [])];
    return { ...record, citation: { ...citation, selectors: brief.map((selectors, i) => selectorsOf(selectors, quotes[i] ?? '')) } };
  }) as unknown as List;
}

/** The sources with the SHA-256 of each one's archived copy added where `sha256s` has it. */
export function withSha256<const List extends readonly { readonly id: string }[]>(sources: List, sha256s: Sha256s): List {
  return sources.map((source) => {
    const sha256 = sha256s[source.id];
    return sha256 === undefined ? source : { ...source, sha256 };
  }) as unknown as List;
}
