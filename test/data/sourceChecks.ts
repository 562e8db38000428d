/**
 * The checks every source's records pass, as functions that collect the
 * offending records: each quote verbatim in its document, each fact's quote
 * printing its value with the qualifier its precision names, and every figure
 * of the document accounted for, by a record's quote or by a listed reason not
 * to record it. `describeSourceRecords` runs them once per source; the
 * synthetic-source test runs them on a fixture source.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import { statedValues } from '../../src/format/statedValues.js';
import { entities, metrics } from '../../src/records.js';
import { createDataset } from '../../src/schema/createDataset.js';
import type { Claim, Fact, Metric, Source } from '../../src/types.js';
import { quoteOccurrences } from '../../src/verify/quoteMatches.js';
import { verifyQuotes } from '../../src/verify/verifyQuotes.js';
import { requireDocument } from '../support/sharedFiles.js';
import { figuresIn, indexesOf, normalizeWhitespace } from './textMatching.js';

/** A figure of a document that no record carries, and why. */
export interface FigureNotRecorded {
  /** Verbatim text around the figure, enough to make it unique in the document. */
  readonly text: string;
  /** Why the figure is not a fact. */
  readonly reason: string;
}

/** One source's records (and the metrics they add, if any). */
export interface SourceRecords {
  readonly source: Source;
  readonly facts: readonly Fact[];
  readonly claims: readonly Claim[];
  readonly metrics?: readonly Metric[];
}

/** `verifyQuotes`'s check of a source's records in `document`: as a dataset of their own, with the built-in entities and metrics. */
function verification(records: SourceRecords, document: string) {
  const { source, facts, claims } = records;
  const dataset = createDataset({ sources: [source], entities, metrics: [...metrics, ...(records.metrics ?? [])], facts, claims });
  return verifyQuotes(document, { sourceId: source.id, dataset });
}

/** Every quote a source's records carry, with the record it belongs to. */
function quotesOf({ source, facts, claims }: SourceRecords): { owner: string; quote: string }[] {
  const ofCitation = (owner: string, citation: Fact['citation']) => [
    { owner, quote: citation.quote },
    ...(citation.otherQuotes ?? []).map((quote) => ({ owner, quote })),
  ];
  return [
    { owner: `${source.id} (title)`, quote: source.title },
    ...(source.publishedOnQuote === undefined ? [] : [{ owner: `${source.id} (date)`, quote: source.publishedOnQuote }]),
    ...facts.flatMap((fact) => ofCitation(fact.id, fact.citation)),
    ...claims.flatMap((claim) => ofCitation(claim.id, claim.citation)),
  ];
}

/** The checks that need only the records, each collecting its offenders. */
export const RECORD_CHECKS: Readonly<Record<string, (records: SourceRecords) => unknown[]>> = {
  'cite this source and no other': ({ source, facts, claims }) =>
    [...facts, ...claims].filter((record) => record.citation.sourceId !== source.id).map((record) => record.id),
  'give a caveat with every period read from context': ({ facts }) =>
    facts.filter((fact) => fact.periodBasis === 'context' && fact.caveats.length === 0).map((fact) => fact.id),
  "print each fact's value in its quote and in every other quote": ({ facts }) =>
    facts.flatMap((fact) =>
      [fact.citation.quote, ...(fact.citation.otherQuotes ?? [])]
        .filter((quote) =>
          fact.value === null
            ? !/not specified|not disclosed|unknown/i.test(quote)
            : statedValues(normalizeWhitespace(quote), fact.value, fact.unit).length === 0,
        )
        .map((quote) => ({ fact: fact.id, value: fact.value, quote })),
    ),
  "state each fact's precision with the source's own qualifier word before the value": ({ facts }) =>
    facts.flatMap((fact) => {
      if (fact.value === null) return [];
      const qualifiers = statedValues(normalizeWhitespace(fact.citation.quote), fact.value, fact.unit).map((stated) => stated.precision);
      return qualifiers.includes(fact.precision ?? 'exact') ? [] : [{ fact: fact.id, recorded: fact.precision, qualifiersInQuote: qualifiers }];
    }),
};

/** The checks against the source's document, each collecting its offenders. */
export const DOCUMENT_CHECKS: Readonly<Record<string, (records: SourceRecords, document: string, notRecorded: readonly FigureNotRecorded[]) => unknown[]>> = {
  // The facts' and claims' quotes are checked by verifyQuotes, the check users run; the title and date by the matching it uses.
  'quote the document verbatim (any whitespace run matching any other)': (records, document) => [
    ...verification(records, document).records.flatMap((record) =>
      record.quotes.filter((quote) => quote.found === undefined).map(({ quote }) => ({ owner: record.id, quote })),
    ),
    ...quotesOf(records)
      .filter(({ owner }) => owner.startsWith(`${records.source.id} (`))
      .filter(({ quote }) => quoteOccurrences(document, quote).length === 0),
  ],
  'account for every figure of the document: in a quote, or listed as not recorded with a reason': (records, document, notRecorded) => {
    const text = normalizeWhitespace(document);
    const covered = new Array<boolean>(text.length).fill(false);
    const cover = (snippet: string) => {
      const normalized = normalizeWhitespace(snippet);
      for (const start of indexesOf(text, normalized)) covered.fill(true, start, start + normalized.length);
    };
    for (const { quote } of quotesOf(records)) cover(quote);
    for (const { text: snippet } of notRecorded) cover(snippet);
    return figuresIn(text)
      .filter(({ index, text: figure }) => !covered.slice(index, index + figure.length).every(Boolean))
      .map(({ index, text: figure }) => `${figure} in "…${text.slice(Math.max(0, index - 40), index + 40)}…"`);
  },
  'list as not recorded only text that is in the document and holds a figure': (_, document, notRecorded) => {
    const text = normalizeWhitespace(document);
    return notRecorded.filter(({ text: snippet }) => !text.includes(normalizeWhitespace(snippet)) || figuresIn(normalizeWhitespace(snippet)).length === 0);
  },
};

/**
 * Runs every check on one source's records: those that need only the records
 * always, those against its document where the document is there (else they
 * skip, saying which file is missing). `documentOf` gives the document; by
 * default the archived copy.
 */
export function describeSourceRecords(
  records: SourceRecords,
  notRecorded: readonly FigureNotRecorded[],
  documentOf: (context: TestContext) => string = (context) => requireDocument(context, records.source.id),
): void {
  describe(`records of ${records.source.id}`, () => {
    it.for(Object.entries(RECORD_CHECKS))('%s', ([, check]) => {
      expect(check(records)).toEqual([]);
    });
    it.for(Object.entries(DOCUMENT_CHECKS))('%s (against its document)', ([, check], context) => {
      expect(check(records, documentOf(context), notRecorded)).toEqual([]);
    });
  });
}

/**
 * What is wrong with a source's anchors in its document: a quote not at its
 * selectors' position, a selector whose triple is not unique in the document
 * or whose position does not hold its exact text, and a SHA-256 that is not
 * the document's.
 */
export function anchorProblems(records: SourceRecords, document: string): unknown[] {
  const verified = verification(records, document);
  const notAtPosition = verified.records.flatMap((record) =>
    record.quotes
      .filter((quote) => quote.status !== 'at-recorded-position')
      .map((quote) => ({ record: record.id, quote: quote.index, status: quote.status, found: quote.found, recorded: quote.recorded })),
  );
  const codePoints = [...document];
  const notUnique = [...records.facts, ...records.claims].flatMap((record) =>
    (record.citation.selectors ?? []).flatMap(({ textQuote, textPosition }, i) => {
      const triple = textQuote.prefix + textQuote.exact + textQuote.suffix;
      const at = codePoints.slice(textPosition.start, textPosition.end).join('');
      return indexesOf(document, triple).length === 1 && at === textQuote.exact ? [] : [{ record: record.id, quote: i, textQuote, textPosition }];
    }),
  );
  const hash = records.source.sha256 === verified.sha256 ? [] : [{ source: records.source.id, sha256: records.source.sha256, document: verified.sha256 }];
  return [...notAtPosition, ...notUnique, ...hash];
}
