import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schema/index.js';

const valid = {
  id: 'report',
  title: 'A report',
  publisher: 'Publisher',
  publishedOn: '2025-03-26',
  publishedOnQuote: 'Mar 26 2025',
  kind: 'news-article',
  notes: [],
} as const;

const paths = (input: unknown) => (sourceSchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

describe('sourceSchema', () => {
  it('sourceSchema.parse(source) accepts a dated source with its date quote', () => {
    expect(paths(valid)).toEqual([]);
  });

  it('sourceSchema.parse(source) requires a reason for a null publisher or date, and no date quote without a date', () => {
    expect(paths({ ...valid, publisher: null })).toEqual(['publisherMissingReason']);
    expect(paths({ ...valid, publishedOn: null })).toEqual(['publishedOnMissingReason', 'publishedOnQuote']);
    const { publishedOnQuote: _quote, ...undated } = valid;
    expect(paths({ ...undated, publishedOn: null, publishedOnMissingReason: 'No date on the page.' })).toEqual([]);
    // An optional field is absent or holds its value: a key holding `undefined` is neither (exactOptionalPropertyTypes).
    expect(paths({ ...valid, author: undefined })).toEqual(['author']);
  });

  it('sourceSchema.parse(source) rejects dates that are not ISO 8601 calendar dates', () => {
    expect(paths({ ...valid, publishedOn: '26/03/2025' })).toEqual(['publishedOn']);
    expect(paths({ ...valid, publishedOn: '2025-02-30' })).toEqual(['publishedOn']);
  });
});
