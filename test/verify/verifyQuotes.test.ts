/**
 * verifyQuotes on a fixture source (test/fixtures/syntheticSource.ts, with
 * selectors made as `npm run docs` makes them) and on the archived copies of
 * the built-in sources.
 */
import { describe, expect, it } from 'vitest';
import { ArgumentRangeError, ArgumentTypeError, type Fact, sources, UnknownIdError, verifyQuotes } from '../../src/index.js';
import { quoteOccurrences, selectorsOf } from '../../src/verify/quoteMatches.js';
import { sha256 } from '../../src/verify/sha256.js';
import * as synthetic from '../fixtures/syntheticSource.js';
import { requireDocument } from '../support/sharedFiles.js';

/** A record with the selectors of its quotes in `document`, as the generator gives the built-in ones. */
function anchored<R extends Pick<Fact, 'citation'>>(record: R, document: string): R {
  const quotes = [record.citation.quote, ...(record.citation.otherQuotes ?? [])];
  return { ...record, citation: { ...record.citation, selectors: quotes.map((quote) => selectorsOf(document, quoteOccurrences(document, quote)[0]!)) } };
}

const document = synthetic.document;
const records = {
  sources: [{ ...synthetic.source, sha256: sha256(document) }],
  facts: synthetic.facts.map((fact) => anchored(fact, document)),
  claims: synthetic.claims.map((claim) => anchored(claim, document)),
};
const SOURCE = synthetic.source.id;

describe('verifyQuotes(document, { records }) on a fixture source', () => {
  it('verifyQuotes(archived copy) identifies the source by its SHA-256 and finds every quote at its recorded position', () => {
    const result = verifyQuotes(document, { records });
    expect(result).toMatchObject({ sourceId: SOURCE, identifiedBy: 'sha256', isArchivedCopy: true, ok: true, failed: [], sha256: sha256(document) });
    expect(result.counts).toEqual({ quotes: 4, 'at-recorded-position': 4, elsewhere: 0, found: 0, 'not-found': 0 });
    expect(result.records.map((record) => [record.recordType, record.id])).toEqual([
      ...synthetic.facts.map((fact) => ['fact', fact.id]),
      ...synthetic.claims.map((claim) => ['claim', claim.id]),
    ]);
  });

  it('verifyQuotes(copy with other whitespace) identifies the source by the quotes it holds, and reports quotes that moved as elsewhere', () => {
    const rewrapped = `\n\n${document.replace(/ /g, '  ')}`;
    const result = verifyQuotes(rewrapped, { records });
    expect([result.identifiedBy, result.isArchivedCopy, result.ok, result.counts.elsewhere]).toEqual(['quotes', false, true, 4]);
    const quote = result.records[0]?.quotes[0];
    expect(quote?.found?.start).toBeGreaterThan(quote?.recorded?.start ?? Infinity);
  });

  it('verifyQuotes(copy with a figure changed) reports the quote not found, names the records, and finds the others', () => {
    const changed = document.replace('140 AI startups', '410 AI startups');
    const result = verifyQuotes(changed, { records });
    expect(result.ok).toBe(false);
    expect(result.failed).toEqual(['berlin-example-ai-startup-count-2025', 'paris-example-ai-startup-count-2025']);
    expect(result.records[1]?.quotes[0]).toMatchObject({ status: 'not-found', index: 0 });
    expect(result.records[1]?.quotes[0]?.found).toBeUndefined();
    expect(result.counts['not-found']).toBe(2);
  });

  it('verifyQuotes(document, { sourceId, records }) checks the named source, and records without selectors report quotes as found', () => {
    const plain = { ...synthetic, sources: [synthetic.source] };
    const result = verifyQuotes(`${document}\n`, { sourceId: SOURCE, records: plain });
    expect([result.identifiedBy, result.isArchivedCopy, result.ok, result.counts.found]).toEqual(['option', false, true, 4]);
    expect(result.records[0]?.quotes[0]?.recorded).toBeUndefined();
  });

  it('verifyQuotes throws UnknownIdError for an unknown source, ArgumentRangeError for a text with no quote or an unknown option, ArgumentTypeError for a non-string', () => {
    expect(() => verifyQuotes(document, { sourceId: 'example-lisbon', records })).toThrow(UnknownIdError);
    try {
      verifyQuotes(document, { sourceId: 'example-lisbon', records });
    } catch (error) {
      expect(error).toMatchObject({ recordType: 'source', value: 'example-lisbon', method: 'verifyQuotes', argument: 'options.sourceId' });
    }
    expect(() => verifyQuotes('nothing of the source', { records })).toThrow(ArgumentRangeError);
    expect(() => verifyQuotes('nothing of the source', { records })).toThrow(/^verifyQuotes: expected `document` to be a copy of a source document/);
    expect(() => verifyQuotes(document, { source: SOURCE } as never)).toThrow(ArgumentRangeError);
    expect(() => verifyQuotes(42 as never)).toThrow(new TypeError('verifyQuotes: expected `document` to be a string, received 42'));
    expect(() => verifyQuotes(document, { records: { sources: [] } as never })).toThrow(ArgumentTypeError);
  });
});

describe('verifyQuotes(document) on the archived copies of the built-in sources', () => {
  it.for(sources.map((source) => source.id))(
    'verifyQuotes(archived copy of %s) identifies it by its SHA-256 and finds every quote at its recorded position',
    (sourceId, context) => {
      const result = verifyQuotes(requireDocument(context, sourceId));
      expect([result.sourceId, result.identifiedBy, result.isArchivedCopy, result.ok]).toEqual([sourceId, 'sha256', true, true]);
      expect(result.counts['at-recorded-position']).toBe(result.counts.quotes);
    },
  );

  it('verifyQuotes(Yicai copy with USD76 changed to USD67) fails, naming united-states-ai-vc-investment-2024', (context) => {
    const yicai = '2025-03-26-yicai-china-ai-vc-lags-us';
    const result = verifyQuotes(requireDocument(context, yicai).replace('USD76', 'USD67'));
    expect([result.sourceId, result.identifiedBy, result.ok]).toEqual([yicai, 'quotes', false]);
    expect(result.failed).toContain('united-states-ai-vc-investment-2024');
  });
});
