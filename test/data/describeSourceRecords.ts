/**
 * The checks every source's records pass, run once per source document:
 * each quote verbatim in its document, each fact's quote printing its value
 * with the qualifier its precision names, and every figure of the document
 * accounted for, by a record's quote or by a listed reason not to record it.
 * Each check collects the offending records, then asserts there are none.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Fact, Source } from '../../src/types.js';
import { readSourceDocument, SOURCES_DIRECTORY } from './sourceDocuments.js';
import {
  figuresIn,
  findPrinted,
  indexesOf,
  normalizeWhitespace,
  precisionOfQualifier,
} from './textMatching.js';

/** A figure of a document that no record carries, and why. */
export interface FigureNotRecorded {
  /** Verbatim text around the figure, enough to make it unique in the document. */
  readonly text: string;
  /** Why the figure is not a fact. */
  readonly reason: string;
}

interface SourceRecords {
  readonly source: Source;
  readonly facts: readonly Fact[];
  readonly claims: readonly Claim[];
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

export function describeSourceRecords(records: SourceRecords, figuresNotRecorded: readonly FigureNotRecorded[]): void {
  const { source, facts, claims } = records;

  describe(`records of ${source.id}`, () => {
    it('cite this source and no other', () => {
      const citingOthers = [...facts, ...claims]
        .filter((record) => record.citation.sourceId !== source.id)
        .map((record) => record.id);
      expect(citingOthers).toEqual([]);
    });

    it('give a caveat with every period read from context', () => {
      const unexplained = facts.filter((fact) => fact.periodBasis === 'context' && fact.caveats.length === 0);
      expect(unexplained.map((fact) => fact.id)).toEqual([]);
    });
  });

  const text = readSourceDocument(source.id);
  describe.skipIf(text === undefined)(`records of ${source.id} against the document in ${SOURCES_DIRECTORY}`, () => {
    const documentText = normalizeWhitespace(text ?? '');

    it('quote the document verbatim (any whitespace run matching any other)', () => {
      const notFound = quotesOf(records).filter(({ quote }) => !documentText.includes(normalizeWhitespace(quote)));
      expect(notFound).toEqual([]);
    });

    it("print each fact's value in its quote and in every other quote", () => {
      const notPrinted = facts.flatMap((fact) =>
        [fact.citation.quote, ...(fact.citation.otherQuotes ?? [])]
          .filter((quote) =>
            fact.value === null
              ? !/not specified|not disclosed|unknown/i.test(quote)
              : findPrinted(normalizeWhitespace(quote), fact.value, fact.unit).length === 0,
          )
          .map((quote) => ({ fact: fact.id, value: fact.value, quote })),
      );
      expect(notPrinted).toEqual([]);
    });

    it("state each fact's precision with the source's own qualifier word before the value", () => {
      const mismatched = facts.flatMap((fact) => {
        if (fact.value === null) return [];
        const quote = normalizeWhitespace(fact.citation.quote);
        const qualifiers = findPrinted(quote, fact.value, fact.unit).map((i) => precisionOfQualifier(quote, i));
        return qualifiers.includes(fact.precision ?? 'exact')
          ? []
          : [{ fact: fact.id, recorded: fact.precision, qualifiersInQuote: qualifiers }];
      });
      expect(mismatched).toEqual([]);
    });

    it('account for every figure of the document: in a quote, or listed as not recorded with a reason', () => {
      const covered = new Array<boolean>(documentText.length).fill(false);
      const cover = (snippet: string) => {
        const normalized = normalizeWhitespace(snippet);
        for (const start of indexesOf(documentText, normalized)) covered.fill(true, start, start + normalized.length);
      };
      quotesOf(records).forEach(({ quote }) => cover(quote));
      figuresNotRecorded.forEach(({ text: snippet }) => cover(snippet));

      const unaccounted = figuresIn(documentText)
        .filter(({ index, text: figure }) => !covered.slice(index, index + figure.length).every(Boolean))
        .map(({ index, text: figure }) => `${figure} in "…${documentText.slice(Math.max(0, index - 40), index + 40)}…"`);
      expect(unaccounted).toEqual([]);
    });

    it('list as not recorded only text that is in the document and holds a figure', () => {
      const stale = figuresNotRecorded.filter(
        ({ text: snippet }) =>
          !documentText.includes(normalizeWhitespace(snippet)) || figuresIn(normalizeWhitespace(snippet)).length === 0,
      );
      expect(stale).toEqual([]);
    });
  });
}
