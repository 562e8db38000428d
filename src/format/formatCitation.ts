import { requireArray, requireObject, requireOptions, requireString } from '../arguments.js';
import { arg, ArgumentRangeError, ArgumentTypeError, parts } from '../errors.js';
import { sources as builtInSources } from '../records.js';
import type { Citation, Claim, Fact, Source } from '../types.js';

/**
 * The options of {@link formatCitation}.
 *
 * @example
 * ```ts
 * import { formatCitation, type Fact, type FormatCitationOptions } from 'ai-investment-facts';
 * const options: FormatCitationOptions = {
 *   sources: [{ id: 'acme-report', title: 'Acme AI Report', publisher: 'Acme', publishedOn: '2025-01-15',
 *     publishedOnQuote: 'January 15, 2025', kind: 'analysis', notes: [] }],
 * };
 * declare const myFact: Fact; // a fact whose citation.sourceId is 'acme-report'
 * formatCitation(myFact, options); // 'Acme, 2025-01-15: "..."'
 * ```
 * @category Formatting
 */
export interface FormatCitationOptions {
  /** The sources to look the fact's `citation.sourceId` up in; default: the built-in `sources`. */
  readonly sources?: readonly Source[];
  /** Whether to end with the quote (default `true`); `false` gives the credit alone, for a table's source column. */
  readonly quote?: boolean;
}

const FN = 'formatCitation';

/** What `formatCitation` prints for a source without a date. */
const UNDATED = 'undated';

/**
 * A fact's or a claim's citation as one line: the original producer of the
 * data where the source names one, then `via`; for a passage of a
 * related-article teaser, the teased article's title in double quotes (and its
 * publisher, where the page gives one) and `as teased on`; then the source's
 * publisher (its title where the publisher is not known), the publication date
 * as ISO 8601 (`undated` where the source gives none); for a claim, whose
 * statement it is and its stance in brackets (`(Duane Kuang's view)`); and the
 * verbatim quote in double quotes, each run of whitespace in it written as one
 * space so the line stays one line.
 *
 * @param fact - a fact or a claim: a built-in one or one of your own records.
 * @param options - `sources`, the sources to look the citation up in
 * (default: the built-in `sources`); `quote: false` to leave the quote out.
 * @returns `<producer>, via <publisher or title>, <date or undated>: "<quote>"`,
 * without `<producer>, via ` where the source names no producer, with
 * `"<teased title>" (<its publisher>), as teased on ` before the publisher for
 * a teaser, ` (<whose> <stance>)` after the date for a claim, and without
 * `: "<quote>"` for `quote: false`.
 * @throws {TypeError} if `fact` or `fact.citation` is not an object, if
 * `citation.sourceId` or `citation.quote` is not a string, if `options` is not
 * a plain object, if `options.sources` is not an array, or if `options.quote`
 * is not a boolean.
 * @throws {RangeError} if no source has the fact's `citation.sourceId`, or if
 * `options` has another field than `sources` and `quote`.
 * @example
 * ```ts
 * import { dataset, formatCitation } from 'ai-investment-facts';
 * formatCitation(dataset.fact('united-states-ai-vc-investment-2024'));
 * // 'CB Insights, via Yicai, 2025-03-26: "US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights."'
 * formatCitation(dataset.fact('ami-labs-seed-round-size'));
 * // '"Yann LeCun\'s AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round", as teased on Paris emerges as a leading AI hub outside Silicon Valley, undated: "Meta\'s former chief AI scientist Yann LeCun has launched a new AI startup called AMI Labs, which has raised over $1 billion"'
 * formatCitation(dataset.fact('china-ai-vc-investment-2024'), { quote: false });
 * // 'Zero2IPO Research, via Yicai, 2025-03-26'
 * formatCitation(dataset.claim('china-investment-gap-not-necessarily-negative'), { quote: false });
 * // "Yicai, 2025-03-26 (Duane Kuang's view)"
 * ```
 * @category Formatting
 */
export function formatCitation(fact: Fact | Claim, options?: FormatCitationOptions): string {
  const given = requireOptions(FN, 'options', options, ['sources', 'quote']);
  const withQuote = given['quote'] ?? true;
  if (typeof withQuote !== 'boolean') {
    throw new ArgumentTypeError({ method: FN, argument: 'options.quote', value: withQuote, expected: parts`${arg('options.quote')} to be a boolean` });
  }
  const sources = (
    given['sources'] === undefined ? builtInSources : requireArray(FN, 'options.sources', given['sources'], 'an array of sources')
  ) as readonly Source[];
  const citation = requireObject(FN, 'fact.citation', requireObject(FN, 'fact', fact, 'a fact (an object)')['citation'], 'a citation (an object)');
  const sourceId = citation['sourceId'];
  requireString(FN, 'fact.citation.sourceId', sourceId);
  const quote = citation['quote'];
  requireString(FN, 'fact.citation.quote', quote);
  const source = sources.find((s) => s.id === sourceId);
  if (source === undefined) {
    const among = given['sources'] === undefined ? 'the built-in sources' : arg('options.sources');
    throw new ArgumentRangeError({
      method: FN,
      argument: 'fact.citation.sourceId',
      value: sourceId,
      expected: parts`${arg('fact.citation.sourceId')} to be the ID of one of ${among}`,
    });
  }
  const stance = 'stance' in fact ? ` (${stanceText(fact)})` : '';
  const credit = `${creditLine(source, citation as Partial<Citation>)}${stance}`;
  return withQuote ? `${credit}: "${quote.replace(/\s+/gu, ' ')}"` : credit;
}

/**
 * Who states a figure, and where: the producer the source credits (where it
 * names one), then `via`; for a related-article teaser, the teased article's
 * title (and publisher, where the page gives one) and `as teased on`; then the
 * source's publisher (its title where the publisher is not known), and the
 * publication date (`undated` where the source gives none). The one credit
 * line of the package: citations, the command's tables, the charts and the
 * data files all give it.
 *
 * @example
 * ```ts
 * creditLine(dataset.source('2025-03-26-yicai-china-ai-vc-lags-us'), { attributedTo: 'CB Insights' }); // 'CB Insights, via Yicai, 2025-03-26'
 * ```
 * @internal
 */
export function creditLine(source: Source, citation: Partial<Pick<Citation, 'attributedTo' | 'teasedTitle' | 'teasedPublisher'>> = {}): string {
  const { attributedTo, teasedTitle, teasedPublisher } = citation;
  const producer = typeof attributedTo === 'string' ? `${attributedTo}, via ` : '';
  const teaser = typeof teasedTitle === 'string' ? `"${teasedTitle}"${typeof teasedPublisher === 'string' ? ` (${teasedPublisher})` : ''}, as teased on ` : '';
  return `${producer}${teaser}${source.publisher ?? source.title}, ${source.publishedOn ?? UNDATED}`;
}

/**
 * A source document named by its title and its credit line: `China's VC …
 * Says (Yicai, 2025-03-26)`, or the credit line alone where it already names
 * the document by its title (no publisher known): `Top Cities … In 2025,
 * 2025-06-02`.
 *
 * @internal
 */
export function documentCredit(source: Source): string {
  return source.publisher === null ? creditLine(source) : `${source.title} (${creditLine(source)})`;
}

/**
 * Whose statement a claim is, and its stance: the speaker the citation names
 * (`statedBy`, up to its first comma), else the teased article, the page's
 * summary or the author, by the citation's section: "Duane Kuang's view",
 * "The teased article's report", "The summary's view", "The author's forecast".
 *
 * @example
 * ```ts
 * import { dataset, stanceText } from 'ai-investment-facts';
 * stanceText(dataset.claim('paris-ai-growth-drivers')); // "The author's view"
 * ```
 * @category Formatting
 */
export function stanceText(claim: Pick<Claim, 'stance' | 'citation'>): string {
  const { statedBy, section } = claim.citation ?? {};
  const whose =
    typeof statedBy === 'string'
      ? statedBy.split(',')[0]
      : section === 'related-article-teaser'
        ? 'The teased article'
        : section === 'summary'
          ? 'The summary'
          : 'The author';
  return `${whose}'s ${claim.stance}`;
}
