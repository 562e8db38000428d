import { describe, expect, it } from 'vitest';
import { offenders } from '../helpers/badInput.js';
import type { Fact, Source } from '../../src/index.js';
import { formatCitation } from '../../src/format/formatCitation.js';

/** `formatCitation` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedFormatCitation = formatCitation as (fact: unknown, options?: unknown) => string;

/** A source of one's own. */
const acme: Source = {
  id: 'example-acme-report',
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
    id: 'example-acme-ai-spending-2025',
    entityId: 'example-acme',
    metricId: 'example-spending',
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
  it('formatCitation(fact, { sources }) looks the citation up in your own sources', () => {
    const sources = [acme, { ...acme, id: 'example-undated-note', title: 'A note', publisher: null, publishedOn: null }];
    expect(formatCitation(factCiting('example-acme-report', 'Acme will spend USD76 billion.'), { sources })).toBe(
      'Acme, 2025-01-15: "Acme will spend USD76 billion."',
    );
    expect(formatCitation(factCiting('example-acme-report', 'Acme will spend USD76 billion.', 'Acme Research'), { sources })).toBe(
      'Acme Research, via Acme, 2025-01-15: "Acme will spend USD76 billion."',
    );
    expect(formatCitation(factCiting('example-undated-note', 'USD76 billion.'), { sources })).toBe('A note, undated: "USD76 billion."');
    const teaser = factCiting('example-acme-report', 'Acme will spend USD76 billion.');
    const fromTeaser = {
      ...teaser,
      citation: { ...teaser.citation, section: 'related-article-teaser', teasedTitle: 'Acme goes big', teasedPublisher: 'example.com' },
    } as const;
    expect(formatCitation(fromTeaser, { sources })).toBe('"Acme goes big" (example.com), as teased on Acme, 2025-01-15: "Acme will spend USD76 billion."');
  });

  it('formatCitation(claim, options) says after the date whose statement it is and its stance: the speaker, the teased article, the summary or the author', () => {
    const claim = {
      id: 'example-acme-leads',
      entityIds: ['example-acme'],
      statement: 'Acme leads.',
      stance: 'view',
      citation: { sourceId: 'example-acme-report', section: 'body', quote: 'Acme leads.' },
      caveats: [],
    } as const;
    const credit = (citation: object, stance = 'view') =>
      formatCitation({ ...claim, stance, citation: { ...claim.citation, ...citation } } as never, { sources: [acme], quote: false });
    expect(formatCitation(claim, { sources: [acme] })).toBe('Acme, 2025-01-15 (The author\'s view): "Acme leads."');
    expect(credit({ statedBy: 'Ann Example, CEO of Acme' }, 'forecast')).toBe("Acme, 2025-01-15 (Ann Example's forecast)");
    expect(credit({ section: 'related-article-teaser', teasedTitle: 'Acme goes big' }, 'report')).toBe(
      '"Acme goes big", as teased on Acme, 2025-01-15 (The teased article\'s report)',
    );
    expect(credit({ section: 'summary' })).toBe("Acme, 2025-01-15 (The summary's view)");
  });

  it('formatCitation(fact, { quote: false }) gives the credit alone, for a column of sources', () => {
    const fact = factCiting('example-acme-report', 'Acme will spend USD76 billion.', 'Acme Research');
    expect(formatCitation(fact, { sources: [acme], quote: false })).toBe('Acme Research, via Acme, 2025-01-15');
    expect(formatCitation(fact, { sources: [acme], quote: true })).toBe(formatCitation(fact, { sources: [acme] }));
    const teaser = {
      ...fact,
      citation: { sourceId: acme.id, section: 'related-article-teaser', quote: 'Acme goes big.', teasedTitle: 'Acme goes big' },
    } as const;
    expect(formatCitation(teaser, { sources: [acme], quote: false })).toBe('"Acme goes big", as teased on Acme, 2025-01-15');
  });

  it('formatCitation(fact) writes each run of whitespace in the quote as one space, so the line stays one line', () => {
    const line = formatCitation(factCiting('example-acme-report', 'Acme will\n  spend\tUSD76 billion.'), { sources: [acme] });
    expect(line).toBe('Acme, 2025-01-15: "Acme will spend USD76 billion."');
  });

  it('formatCitation(fact, options) throws a TypeError or RangeError naming the argument and the value', () => {
    const mine = factCiting('example-acme-report', 'Acme will spend USD76 billion.');
    const other = { ...acme, id: 'example-other-report' };
    const bad = offenders(untypedFormatCitation, [
      [
        mine,
        undefined,
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of the built-in sources, received "example-acme-report"',
      ],
      [
        mine,
        { sources: [other] },
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of `options.sources`, received "example-acme-report"',
      ],
      [
        mine,
        { sources: [] },
        'RangeError',
        'formatCitation: expected `fact.citation.sourceId` to be the ID of one of `options.sources`, received "example-acme-report"',
      ],
      [mine, { sources: acme }, 'TypeError', 'formatCitation: expected `options.sources` to be an array of sources, received an object'],
      [
        mine,
        { source: [acme] },
        'RangeError',
        'formatCitation: expected the fields of `options` to be among "sources", "quote", received "source"; did you mean "sources"?',
      ],
      [mine, { quote: 'no' }, 'TypeError', 'formatCitation: expected `options.quote` to be a boolean, received "no"'],
      [mine, [acme], 'TypeError', 'formatCitation: expected `options` to be a plain object, received an array of 1'],
      [mine.id, undefined, 'TypeError', 'formatCitation: expected `fact` to be a fact (an object), received "example-acme-ai-spending-2025"'],
      [undefined, undefined, 'TypeError', 'formatCitation: expected `fact` to be a fact (an object), received undefined'],
      [{ ...mine, citation: null }, undefined, 'TypeError', 'formatCitation: expected `fact.citation` to be a citation (an object), received null'],
      [
        { ...mine, citation: { ...mine.citation, sourceId: 3 } },
        undefined,
        'TypeError',
        'formatCitation: expected `fact.citation.sourceId` to be a string, received 3',
      ],
      [
        { ...mine, citation: { ...mine.citation, quote: undefined } },
        undefined,
        'TypeError',
        'formatCitation: expected `fact.citation.quote` to be a string, received undefined',
      ],
    ]);
    expect(bad).toEqual([]);
  });
});
