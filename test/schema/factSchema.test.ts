import { describe, expect, it } from 'vitest';
import { factSchema } from '../../src/schema/index.js';

const valid = {
  id: 'example-land-ai-vc-investment-2024',
  entityId: 'example-land',
  metricId: 'example-investment',
  period: '2024',
  periodBasis: 'relative',
  value: 14_000_000_000,
  unit: 'USD',
  precision: 'exact',
  status: 'reported',
  citation: { sourceId: 'report-two', section: 'body', quote: 'the figure in Example Land stood at USD14 billion last year' },
  caveats: [],
} as const;

/** The paths and messages of every issue `factSchema` reports for `input`. */
function problems(input: unknown): [string, string][] {
  const result = factSchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('factSchema', () => {
  it('factSchema.parse(fact) accepts a complete fact and freezes the result', () => {
    const parsed = factSchema.parse(valid);
    expect(parsed).toEqual(valid);
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('factSchema.parse(fact) rejects a null value without missingReason, and a precision beside it', () => {
    expect(problems({ ...valid, value: null })).toEqual([
      ['missingReason', 'Expected `missingReason` because `value` is null'],
      ['precision', 'Expected `precision` to be null exactly when `value` is null, received "exact"'],
    ]);
  });

  it('factSchema.parse(fact) accepts a null value with its reason and a null precision', () => {
    expect(problems({ ...valid, value: null, precision: null, missingReason: 'The table says "Not specified".' })).toEqual([]);
  });

  it('factSchema.parse(fact) rejects a missingReason beside a value', () => {
    expect(problems({ ...valid, missingReason: 'not known' })).toEqual([['missingReason', 'Expected no `missingReason` unless `value` is null']]);
  });

  it('factSchema.parse(fact) ties periodBasis and periodMissingReason to a null period', () => {
    expect(problems({ ...valid, period: null })).toEqual([
      ['periodMissingReason', 'Expected `periodMissingReason` because `period` is null'],
      ['periodBasis', 'Expected `periodBasis` to be null exactly when `period` is null, received "relative"'],
    ]);
    expect(problems({ ...valid, period: null, periodBasis: null, periodMissingReason: 'No date.' })).toEqual([]);
  });

  it('factSchema.parse(fact) rejects malformed periods and intervals that end before they start', () => {
    expect(problems({ ...valid, period: '2023-2024' })).toEqual([['period', 'Expected a year ("2024") or an interval of years ("2023/2024")']]);
    expect(problems({ ...valid, period: '2024/2023' })).toEqual([['period', 'Expected the interval to end after it starts']]);
  });

  it('factSchema.parse(fact) rejects percentages over 100, fractional counts and negative amounts', () => {
    expect(problems({ ...valid, unit: 'percent', value: 101 })).toEqual([['value', 'Expected a percentage <= 100, received 101']]);
    expect(problems({ ...valid, unit: 'count', value: 9.5 })).toEqual([['value', 'Expected an integer count, received 9.5']]);
    expect(problems({ ...valid, value: -1 })).toEqual([['value', 'Expected a value >= 0, received -1']]);
  });

  it('factSchema.parse(fact) rejects NaN and Infinity as values', () => {
    expect(problems({ ...valid, value: Number.NaN }).map(([path]) => path)).toEqual(['value']);
    expect(problems({ ...valid, value: Number.POSITIVE_INFINITY }).map(([path]) => path)).toEqual(['value']);
  });

  it('factSchema.parse(fact) rejects unknown units, precisions, statuses and fields, listing every problem', () => {
    expect(problems({ ...valid, unit: 'dollars', precision: 'roughly', status: 'rumour', amount: 1 }).map(([path]) => path)).toEqual([
      'unit',
      'precision',
      'status',
      '',
    ]);
  });

  it('factSchema.parse(fact) rejects an empty quote, a padded one and one over 300 characters', () => {
    const withQuote = (quote: string) => ({ ...valid, citation: { ...valid.citation, quote } });
    expect(problems(withQuote('')).map(([path]) => path)).toEqual(['citation.quote']);
    expect(problems(withQuote(' padded ')).map(([path]) => path)).toEqual(['citation.quote']);
    expect(problems(withQuote('x'.repeat(301))).map(([path]) => path)).toEqual(['citation.quote']);
    expect(problems(withQuote('x'.repeat(300)))).toEqual([]);
  });

  it('factSchema.parse(fact) rejects IDs that are not kebab-case', () => {
    expect(problems({ ...valid, id: 'Example Land AI 2024' })).toEqual([['id', 'Expected a kebab-case ID such as "silicon-valley"']]);
  });
});
