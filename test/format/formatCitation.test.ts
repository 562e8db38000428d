import { describe, expect, it } from 'vitest';
import { offenders } from '../helpers/badInput.js';
import { dataset, facts, type Fact, type FactId, type Source, type SourceId } from '../../src/index.js';
import { formatCitation } from '../../src/format/formatCitation.js';

/** `formatCitation` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedFormatCitation = formatCitation as (fact: unknown, options?: unknown) => string;

const TOP_CITIES = 'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02'; // publisher null: the title
const YICAI = 'Yicai, 2025-03-26';
const TECHCRUNCH = 'Paris emerges as a leading AI hub outside Silicon Valley, undated'; // publisher and date null
/** How a passage of a related-article teaser on the TechCrunch page is credited: the teased title, then the page. */
const teased = (title: string): string => `"${title}", as teased on ${TECHCRUNCH}`;

/**
 * What named built-in facts' citation lines start with, worked out by hand
 * from data/*.ts: the producer the source names (`attributedTo`), or the
 * teased article's title for a related-article teaser, then the publisher (the
 * title where it is null) and the date (or "undated").
 */
const PREFIXES: { readonly [Id in FactId]?: string } = {
  'beijing-ai-native-funding-concentration-2023-2024': TOP_CITIES,
  'beijing-share-of-global-ai-native-funding-2023-2024': TOP_CITIES,
  'silicon-valley-ai-native-funding-concentration-2023-2024': TOP_CITIES,
  'silicon-valley-share-of-global-ai-native-funding-2023-2024': TOP_CITIES,
  'paris-ai-native-funding-concentration-2023-2024': TOP_CITIES,
  'paris-share-of-global-ai-native-funding-2023-2024': TOP_CITIES,
  'big-three-share-of-global-ai-native-funding-2023-2024': TOP_CITIES,
  'rest-of-top-40-share-of-global-ai-native-funding-2023-2024': TOP_CITIES,
  'new-york-ai-native-funding-concentration-2023-2024': TOP_CITIES,
  'seattle-ai-native-funding-concentration-2023-2024': TOP_CITIES,
  'silicon-valley-share-of-overall-tech-funding-2023-2024': TOP_CITIES,
  'united-states-ai-vc-investment-2024': `CB Insights, via ${YICAI}`,
  'united-states-ai-vc-investment-2023': `CB Insights, via ${YICAI}`,
  'china-ai-vc-investment-2024': `Zero2IPO Research, via ${YICAI}`,
  'china-ai-vc-investment-2023': `Zero2IPO Research, via ${YICAI}`,
  'amazon-ai-spending-2025': YICAI,
  'microsoft-ai-spending-2025': YICAI,
  'google-ai-spending-2025': YICAI,
  'meta-ai-spending-2025': YICAI,
  'stargate-project-ai-spending-2025-2028': YICAI,
  'stargate-project-ai-spending-horizon-2025-2028': YICAI,
  'alibaba-group-ai-spending-2025-2027-cny': YICAI,
  'alibaba-group-ai-spending-2025-2027-usd': YICAI,
  'alibaba-group-ai-spending-horizon-2025-2027': YICAI,
  'bytedance-ai-spending-2025': YICAI,
  'tencent-ai-spending-2025': YICAI,
  'mistral-ai-valuation': teased('How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative'),
  'san-francisco-ai-unicorn-count': teased('San Francisco: AI capital of the world, yet an economic underperformer'),
  'ami-labs-seed-round-size': teased("Yann LeCun's AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round"),
  'europe-sovereign-ai-infrastructure-window': teased(
    'Mistral CEO Arthur Mensch warns Europe has two years to build sovereign AI infrastructure or face US dependence',
  ),
};

/** A source of one's own. */
const acme: Source = {
  id: 'acme-report',
  title: 'Acme AI Report',
  publisher: 'Acme',
  publishedOn: '2025-01-15',
  publishedOnQuote: 'January 15, 2025',
  kind: 'analysis',
  notes: [],
};

/** A fact of one's own, citing `sourceId`. */
function factCiting(sourceId: string, quote: string, attributedTo?: string): Fact {
  return {
    id: 'acme-ai-spending-2025',
    entityId: 'acme',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'stated',
    value: 76_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId, section: 'body', quote, ...(attributedTo === undefined ? {} : { attributedTo }) },
    caveats: [],
  };
}

describe('formatCitation(fact, options)', () => {
  it('formatCitation(fact) gives each fact of the table its hand-worked producer, publisher or title, date and quote', () => {
    const wrong = Object.entries(PREFIXES).flatMap(([id, prefix]) => {
      const fact = dataset.fact(id as FactId);
      const expected = `${prefix}: "${fact.citation.quote}"`;
      return formatCitation(fact) === expected ? [] : [{ id, got: formatCitation(fact), expected }];
    });
    expect(wrong).toEqual([]);
  });

  it("formatCitation(fact) gives every built-in fact its producer, then the teased article, then its source's publisher or title and date, then its quote", () => {
    const wrong = facts.flatMap((f) => {
      const source = dataset.source(f.citation.sourceId as SourceId);
      const { attributedTo, teasedTitle, teasedPublisher } = f.citation;
      const producer = attributedTo === undefined ? '' : `${attributedTo}, via `;
      const teaser = teasedTitle === undefined ? '' : `"${teasedTitle}"${teasedPublisher === undefined ? '' : ` (${teasedPublisher})`}, as teased on `;
      const expected = `${producer}${teaser}${source.publisher ?? source.title}, ${source.publishedOn ?? 'undated'}: "${f.citation.quote.replace(/\s+/gu, ' ')}"`;
      return formatCitation(f) === expected ? [] : [{ id: f.id, got: formatCitation(f), expected }];
    });
    expect(wrong).toEqual([]);
  });

  it('formatCitation(fact) returns the TSDoc examples exactly, one per source', () => {
    expect(formatCitation(dataset.fact('united-states-ai-vc-investment-2024'))).toBe(
      'CB Insights, via Yicai, 2025-03-26: "US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights."',
    );
    expect(formatCitation(dataset.fact('ami-labs-seed-round-size'))).toBe(
      `${teased("Yann LeCun's AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round")}: "Meta's former chief AI scientist Yann LeCun has launched a new AI startup called AMI Labs, which has raised over $1 billion"`,
    );
    expect(formatCitation(dataset.fact('big-three-share-of-global-ai-native-funding-2023-2024'))).toBe(
      'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02: "Together, Beijing, Silicon Valley, and Paris account for nearly 80% of all AI-native investment among the top 40 global startup ecosystems."',
    );
  });

  it('formatCitation(fact, { sources }) looks the citation up in your own sources', () => {
    const sources = [acme, { ...acme, id: 'undated-note', title: 'A note', publisher: null, publishedOn: null }];
    expect(formatCitation(factCiting('acme-report', 'Acme will spend USD76 billion.'), { sources })).toBe('Acme, 2025-01-15: "Acme will spend USD76 billion."');
    expect(formatCitation(factCiting('acme-report', 'Acme will spend USD76 billion.', 'Acme Research'), { sources })).toBe(
      'Acme Research, via Acme, 2025-01-15: "Acme will spend USD76 billion."',
    );
    expect(formatCitation(factCiting('undated-note', 'USD76 billion.'), { sources })).toBe('A note, undated: "USD76 billion."');
    const teaser = factCiting('acme-report', 'Acme will spend USD76 billion.');
    const fromTeaser = {
      ...teaser,
      citation: { ...teaser.citation, section: 'related-article-teaser', teasedTitle: 'Acme goes big', teasedPublisher: 'example.com' },
    } as const;
    expect(formatCitation(fromTeaser, { sources })).toBe('"Acme goes big" (example.com), as teased on Acme, 2025-01-15: "Acme will spend USD76 billion."');
  });

  it('formatCitation(fact, { quote: false }) gives the credit alone, for a column of sources', () => {
    expect(formatCitation(dataset.fact('united-states-ai-vc-investment-2024'), { quote: false })).toBe('CB Insights, via Yicai, 2025-03-26');
    expect(formatCitation(dataset.fact('mistral-ai-valuation'), { quote: false })).toBe(
      '"How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative", as teased on Paris emerges as a leading AI hub outside Silicon Valley, undated',
    );
    expect(formatCitation(dataset.fact('china-ai-vc-investment-2024'), { quote: true })).toBe(formatCitation(dataset.fact('china-ai-vc-investment-2024')));
  });

  it('formatCitation(fact) writes each run of whitespace in the quote as one space, so the line stays one line', () => {
    const line = formatCitation(factCiting('acme-report', 'Acme will\n  spend\tUSD76 billion.'), { sources: [acme] });
    expect(line).toBe('Acme, 2025-01-15: "Acme will spend USD76 billion."');
  });

  it('formatCitation(fact, options) throws a TypeError or RangeError naming the argument and the value', () => {
    const us = dataset.fact('united-states-ai-vc-investment-2024');
    const bad = offenders(untypedFormatCitation, [
      [
        factCiting('acme-report', 'Acme will spend USD76 billion.'),
        undefined,
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of the built-in sources, received "acme-report"',
      ],
      [
        us,
        { sources: [acme] },
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of `options.sources`, received "2025-03-26-yicai-china-ai-vc-lags-us"',
      ],
      [
        us,
        { sources: [] },
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of `options.sources`, received "2025-03-26-yicai-china-ai-vc-lags-us"',
      ],
      [us, { sources: acme }, 'TypeError', 'formatCitation: expected `options.sources` to be an array of sources, received an object'],
      [
        us,
        { source: [acme] },
        'RangeError',
        'formatCitation: expected the fields of `options` to be among "sources", "quote", received "source"; did you mean "sources"?',
      ],
      [us, { quote: 'no' }, 'TypeError', 'formatCitation: expected `options.quote` to be a boolean, received "no"'],
      [us, [acme], 'TypeError', 'formatCitation: expected `options` to be a plain object, received an array of 1'],
      [
        'united-states-ai-vc-investment-2024',
        undefined,
        'TypeError',
        'formatCitation: expected `fact` to be a fact (an object), received "united-states-ai-vc-investment-2024"',
      ],
      [undefined, undefined, 'TypeError', 'formatCitation: expected `fact` to be a fact (an object), received undefined'],
      [{ ...us, citation: null }, undefined, 'TypeError', 'formatCitation: expected `fact.citation` to be a citation (an object), received null'],
      [
        { ...us, citation: { ...us.citation, sourceId: 3 } },
        undefined,
        'TypeError',
        'formatCitation: expected `fact.citation.sourceId` to be a string, received 3',
      ],
      [
        { ...us, citation: { ...us.citation, quote: undefined } },
        undefined,
        'TypeError',
        'formatCitation: expected `fact.citation.quote` to be a string, received undefined',
      ],
    ]);
    expect(bad).toEqual([]);
  });
});
