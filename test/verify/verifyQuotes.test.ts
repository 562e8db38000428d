/**
 * verifyQuotes on a fixture source (test/fixtures/syntheticSource.ts, with
 * selectors made as `npm run docs` makes them) and on the archived copies of
 * the built-in sources.
 */
import { describe, expect, it } from 'vitest';
import {
  ArgumentRangeError,
  ArgumentTypeError,
  type Claim,
  dataset,
  entities,
  type Fact,
  LIMITS,
  sources,
  UnknownIdError,
  verifyQuotes,
} from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { citationQuotes, quoteOccurrences, selectorsOf } from '../../src/verify/quoteMatches.js';
import { sha256 } from '../../src/verify/sha256.js';
import * as synthetic from '../fixtures/syntheticSource.js';
import { requireDocument } from '../support/sharedFiles.js';

/** A record with the selectors of its quotes in `document`, as the generator gives the built-in ones. */
function anchored<R extends Pick<Fact, 'citation'>>(record: R, document: string): R {
  const quotes = [record.citation.quote, ...(record.citation.otherQuotes ?? [])];
  return { ...record, citation: { ...record.citation, selectors: quotes.map((quote) => selectorsOf(document, quoteOccurrences(document, quote)[0]!)) } };
}

/** The synthetic source's records as a dataset of their own, with the built-in entities they are about. */
function syntheticDataset(source: typeof synthetic.source, facts: readonly Fact[], claims: readonly Claim[]) {
  return createDataset({ sources: [source], entities, metrics: synthetic.metrics, facts, claims });
}

const document = synthetic.document;
const anchoredDataset = syntheticDataset(
  { ...synthetic.source, sha256: sha256(document) },
  synthetic.facts.map((fact) => anchored(fact, document)),
  synthetic.claims.map((claim) => anchored(claim, document)),
);
const SOURCE = synthetic.source.id;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('verifyQuotes(document, { dataset }) on a fixture source', () => {
  it('verifyQuotes(archived copy) identifies the source by its SHA-256 and finds every quote at its recorded position', () => {
    const result = verifyQuotes(document, { dataset: anchoredDataset });
    expect(result).toMatchObject({ sourceId: SOURCE, identifiedBy: 'sha256', isArchivedCopy: true, ok: true, failed: [], sha256: sha256(document) });
    expect(result.counts).toEqual({ quotes: 4, 'at-recorded-position': 4, elsewhere: 0, found: 0, changed: 0, 'not-found': 0 });
    expect(result.records.map((record) => [record.recordType, record.id])).toEqual([
      ...synthetic.facts.map((fact) => ['fact', fact.id]),
      ...synthetic.claims.map((claim) => ['claim', claim.id]),
    ]);
    expect(verifyQuotes(utf8(document), { dataset: anchoredDataset })).toEqual(result);
  });

  it('verifyQuotes(copy with other whitespace) identifies the source by the quotes it holds, and reports quotes that moved as elsewhere', () => {
    const rewrapped = `\n\n${document.replace(/ /g, '  ')}`;
    const result = verifyQuotes(rewrapped, { dataset: anchoredDataset });
    expect([result.identifiedBy, result.isArchivedCopy, result.ok, result.counts.elsewhere]).toEqual(['quotes', false, true, 4]);
    const quote = result.records[0]?.quotes[0];
    expect(quote?.found?.start).toBeGreaterThan(quote?.recorded?.start ?? Infinity);
  });

  it('verifyQuotes(copy with a figure changed in place) reports the quote changed, names the records, and finds the others', () => {
    const changed = document.replace('140 AI startups', '410 AI startups');
    const result = verifyQuotes(changed, { dataset: anchoredDataset });
    expect(result.ok).toBe(false);
    expect(result.failed).toEqual(['berlin-example-ai-startup-count-2025', 'paris-example-ai-startup-count-2025']);
    expect(result.records[1]?.quotes[0]).toMatchObject({ status: 'changed', index: 0 });
    expect(result.records[1]?.quotes[0]?.found).toBeUndefined();
    expect(result.counts).toMatchObject({ changed: 2, 'not-found': 0, 'at-recorded-position': 2 });
  });

  it('verifyQuotes(copy without a passage, the rest moved) reports its quote not found, and a passage cut in place changed', () => {
    const passage = 'The city is home to 140 AI startups, against 310 in Paris.';
    expect(verifyQuotes(document.replace(passage, ''), { dataset: anchoredDataset }).counts).toMatchObject({ changed: 2, 'not-found': 0 });
    const cut = `A new header.\n${document.replace(passage, '')}`;
    const result = verifyQuotes(cut, { dataset: anchoredDataset });
    expect([result.ok, result.failed, result.counts['not-found'], result.counts.changed]).toEqual([
      false,
      ['berlin-example-ai-startup-count-2025', 'paris-example-ai-startup-count-2025'],
      2,
      0,
    ]);
    expect(result.records[1]?.quotes[0]).toMatchObject({ status: 'not-found', recorded: { start: 265, end: 323 } });
    expect(result.records[1]?.quotes[0]?.found).toBeUndefined();
  });

  it('verifyQuotes(document, { sourceId, dataset }) checks the named source, and records without selectors report quotes as found', () => {
    const plain = syntheticDataset(synthetic.source, synthetic.facts, synthetic.claims);
    const result = verifyQuotes(`${document}\n`, { sourceId: SOURCE, dataset: plain });
    expect([result.identifiedBy, result.isArchivedCopy, result.ok, result.counts.found]).toEqual(['option', false, true, 4]);
    expect(result.records[0]?.quotes[0]?.recorded).toBeUndefined();
  });

  it('verifyQuotes throws UnknownIdError for an unknown source, ArgumentRangeError for a text with no quote or an unknown option, ArgumentTypeError for a non-string', () => {
    expect(() => verifyQuotes(document, { sourceId: 'example-lisbon', dataset: anchoredDataset })).toThrow(UnknownIdError);
    try {
      verifyQuotes(document, { sourceId: 'example-lisbon', dataset: anchoredDataset });
    } catch (error) {
      expect(error).toMatchObject({ recordType: 'source', value: 'example-lisbon', method: 'verifyQuotes', argument: 'options.sourceId' });
    }
    expect(() => verifyQuotes('nothing of the source', { dataset: anchoredDataset })).toThrow(ArgumentRangeError);
    expect(() => verifyQuotes('nothing of the source', { dataset: anchoredDataset })).toThrow(
      /^verifyQuotes: expected `document` to be a copy of a source document/,
    );
    expect(() => verifyQuotes(document, { source: SOURCE } as never)).toThrow(ArgumentRangeError);
    expect(() => verifyQuotes(document, { records: dataset } as never)).toThrow(
      /^verifyQuotes: expected the fields of `options` to be among "sourceId", "dataset"/,
    );
    expect(() => verifyQuotes(42 as never)).toThrow(new TypeError('verifyQuotes: expected `document` to be a string or a Uint8Array, received 42'));
    expect(() => verifyQuotes([104, 105] as never)).toThrow(ArgumentTypeError);
  });

  it('verifyQuotes(document, { dataset }) takes only a dataset (built-in or from createDataset): never records whose shape it would trust', () => {
    const notDatasets = [
      { sources: [], facts: [null], claims: [] },
      { facts: [null] },
      { ...dataset },
      { ...dataset, facts: [null] },
      { sources: dataset.sources, facts: dataset.facts, claims: dataset.claims },
      null,
    ];
    for (const value of notDatasets) {
      expect(() => verifyQuotes(document, { dataset: value as never })).toThrow(
        new TypeError(
          `verifyQuotes: expected \`options.dataset\` to be a dataset (the built-in \`dataset\` or one from \`createDataset\`), received ${value === null ? 'null' : 'an object'}`,
        ),
      );
      expect(() => verifyQuotes(document, { dataset: value as never })).toThrow(ArgumentTypeError);
    }
  });
});

describe('verifyQuotes(bytes) and the size of a document', () => {
  it('verifyQuotes(bytes that are not UTF-8) refuses them, naming the likely encoding and where the first bad byte is', () => {
    expect(() => verifyQuotes(Uint8Array.from([0x78, 0xff]))).toThrow(
      new RangeError(
        'verifyQuotes: expected `document` to be text in UTF-8, received bytes that are not UTF-8 (perhaps Windows-1252 or Latin-1), the first at byte 1',
      ),
    );
    // The fixture document in Latin-1: ASCII up to its first "·", a byte that is not UTF-8.
    const latin1 = Uint8Array.from(Buffer.from(document.replace('’', "'"), 'latin1'));
    expect(() => verifyQuotes(latin1)).toThrow(new RegExp(`, the first at byte ${document.indexOf('·')}$`));
    expect(() => verifyQuotes(Uint8Array.from([0xe2, 0x82]))).toThrow(ArgumentRangeError);
  });

  it('verifyQuotes(a UTF-16 copy of an archived document) refuses it, naming UTF-16 and its byte order', (context) => {
    const yicai = requireDocument(context, '2025-03-26-yicai-china-ai-vc-lags-us');
    const littleEndian = Uint8Array.from(Buffer.from(yicai, 'utf16le'));
    const bigEndian = Uint8Array.from(Buffer.from(yicai, 'utf16le').swap16());
    const received = (order: string) => `received text in UTF-16 ${order} (by its byte-order mark or its NUL bytes)`;
    expect(() => verifyQuotes(littleEndian)).toThrow(received('LE'));
    expect(() => verifyQuotes(Uint8Array.from([0xff, 0xfe, ...littleEndian]))).toThrow(received('LE'));
    expect(() => verifyQuotes(bigEndian)).toThrow(received('BE'));
    expect(() => verifyQuotes(Uint8Array.from(Buffer.from('Title', 'utf16le')))).toThrow(received('LE'));
  });

  it('verifyQuotes(an archived copy with a UTF-8 byte-order mark) reports the SHA-256 of the bytes given, and every quote at its recorded position', (context) => {
    const yicai = requireDocument(context, '2025-03-26-yicai-china-ai-vc-lags-us');
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(yicai)]);
    const result = verifyQuotes(bytes);
    expect([result.sha256, result.identifiedBy, result.isArchivedCopy, result.ok]).toEqual([sha256(bytes), 'quotes', false, true]);
    expect(result.sha256).not.toBe(sha256(yicai));
    expect(result.counts['at-recorded-position']).toBe(result.counts.quotes);
  });

  it(`verifyQuotes(document) refuses a document over ${LIMITS.documentLength} characters or bytes before any work`, () => {
    const long = 'a'.repeat(LIMITS.documentLength + 1);
    expect(() => verifyQuotes(long)).toThrow(/^verifyQuotes: expected `document` to hold at most 20000000 characters, received 20000001 characters$/);
    expect(() => verifyQuotes(new Uint8Array(LIMITS.documentLength + 1))).toThrow(
      new RangeError('verifyQuotes: expected `document` to hold at most 20000000 bytes, received 20000001 bytes'),
    );
  });
});

describe('verifyQuotes(document) on the archived copies of the built-in sources', () => {
  it.for(sources.map((source) => source.id))(
    'verifyQuotes(archived copy of %s) identifies it by its SHA-256 and finds every quote at its recorded position',
    (sourceId, context) => {
      const result = verifyQuotes(requireDocument(context, sourceId));
      expect([result.sourceId, result.identifiedBy, result.isArchivedCopy, result.ok]).toEqual([sourceId, 'sha256', true, true]);
      expect(result.counts['at-recorded-position']).toBe(result.counts.quotes);
      expect(verifyQuotes(utf8(requireDocument(context, sourceId)))).toEqual(result);
    },
  );

  it('verifyQuotes(Yicai copy with USD76 changed to USD67) fails, naming united-states-ai-vc-investment-2024', (context) => {
    const yicai = '2025-03-26-yicai-china-ai-vc-lags-us';
    const result = verifyQuotes(requireDocument(context, yicai).replace('USD76', 'USD67'));
    expect([result.sourceId, result.identifiedBy, result.ok]).toEqual([yicai, 'quotes', false]);
    expect(result.failed).toContain('united-states-ai-vc-investment-2024');
  });

  it('verifyQuotes(Yicai copy with USD76 changed in place, the intact passage further on) fails: the quote is changed where it is cited', (context) => {
    const archived = requireDocument(context, '2025-03-26-yicai-china-ai-vc-lags-us');
    const passage = archived.split('\n').find((line) => line.includes('USD76')) ?? '';
    const result = verifyQuotes(`${archived.replace('USD76', 'USD67')}\n${passage}\n`);
    const check = result.records.find((record) => record.id === 'united-states-ai-vc-investment-2024');
    expect([result.ok, check?.ok, check?.quotes[0]?.status, check?.quotes[0]?.found?.start]).toEqual([false, false, 'changed', [...archived].length + 1]);
    expect(result.failed).toEqual(['united-states-ai-vc-investment-2024', 'united-states-ai-vc-investment-2023']);
  });

  it('verifyQuotes(an NFD copy of a document with accented quotes) finds each quote at its recorded position', () => {
    const text = 'Un rapport fictif.\nÀ Montréal, les jeunes pousses d’IA ont levé 12 millions d’euros en 2025.\n';
    const quote = 'À Montréal, les jeunes pousses d’IA ont levé 12 millions d’euros en 2025.';
    const claim: Claim = {
      id: 'example-montreal-ai-startups-raised',
      entityIds: ['paris'],
      statement: 'A made-up statement.',
      stance: 'report',
      citation: { sourceId: 'example-montreal-report', section: 'body', quote },
      caveats: [],
    };
    const montreal = createDataset({
      sources: [
        {
          id: 'example-montreal-report',
          title: 'Un rapport fictif.',
          publisher: 'Example Press',
          publishedOn: '2026-02-01',
          publishedOnQuote: '1 February 2026',
          kind: 'news-article',
          notes: [],
        },
      ],
      entities,
      metrics: [],
      facts: [],
      claims: [anchored(claim, text)],
    });
    const result = verifyQuotes(text.normalize('NFD'), { dataset: montreal });
    expect([result.ok, result.records[0]?.quotes[0]?.status, result.records[0]?.quotes[0]?.found]).toEqual([
      true,
      'at-recorded-position',
      { start: 19, end: 19 + [...quote].length },
    ]);
  });

  it('verifyQuotes(1 MB of the shortest built-in quote with a character outside ASCII, repeated) takes linear time, not quadratic', { timeout: 10_000 }, () => {
    // Outside ASCII, the text is two-byte: before, each occurrence's offset was counted by rescanning the text before it.
    const quotes = [...dataset.facts, ...dataset.claims].flatMap((record) => citationQuotes(record.citation)).filter((quote) => /\P{ASCII}/u.test(quote));
    const shortest = quotes.reduce((a, b) => (b.length < a.length ? b : a));
    const result = verifyQuotes(`${shortest}\n`.repeat(Math.ceil(1_000_000 / (shortest.length + 1))));
    expect(result.identifiedBy).toBe('quotes');
    expect(result.records.flatMap((record) => record.quotes).some((quote) => quote.quote === shortest && quote.found !== undefined)).toBe(true);
  });
});
