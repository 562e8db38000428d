/**
 * The records' citations as W3C Web Annotations (the Web Annotation Data
 * Model, https://www.w3.org/TR/annotation-model/), published as
 * `ai-investment-facts/data/annotations.jsonld`: one annotation per fact and
 * per claim, whose target is the passage its quote selects in the source's
 * archived copy, and whose body is what the record says of it.
 *
 * @internal
 * @module
 */
import { formatValue } from '../../src/format/formatValue.js';
import type { DatasetRecords } from '../../src/dataset/Dataset.js';
import { indexRecords } from '../../src/dataset/indexRecords.js';
import type { Claim, Fact, QuoteSelectors, Source, TextPositionSelector, TextQuoteSelector } from '../../src/types.js';

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRI of a record of the package: `urn:ai-investment-facts:fact:<id>`. */
export function recordIri(recordType: 'fact' | 'claim' | 'source', id: string): string {
  return `urn:ai-investment-facts:${recordType}:${id}`;
}

/** One Web Annotation, as the file writes it. */
export interface WebAnnotation {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  /** `describing`: the body describes what the target passage states. */
  readonly motivation: 'describing';
  readonly body: readonly [
    { readonly type: 'TextualBody'; readonly value: string; readonly format: 'text/plain'; readonly language: 'en' },
    { readonly id: string },
  ];
  readonly target: {
    /** The archived copy, named by its SHA-256 as an RFC 6920 `ni:` IRI; the source record's IRI where it has no SHA-256. */
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/** 64 hex digits as unpadded base64url, for an RFC 6920 `ni:///sha-256;` IRI. */
function hexToBase64Url(hex: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bits = [...hex].map((digit) => Number.parseInt(digit, 16).toString(2).padStart(4, '0')).join('');
  let text = '';
  for (let i = 0; i < bits.length; i += 6) text += alphabet[Number.parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)];
  return text;
}

/**
 * The IRI of a source's archived copy: `ni:///sha-256;<base64url>` (RFC 6920,
 * naming the exact bytes the selectors count in), or the source record's IRI
 * where it records no SHA-256.
 */
export function archivedCopyIri(source: Source): string {
  return source.sha256 === undefined ? recordIri('source', source.id) : `ni:///sha-256;${hexToBase64Url(source.sha256)}`;
}

/**
 * The annotations of every fact and claim whose quote has selectors, facts
 * first, in record order: the body says the fact (`United States, AI venture
 * capital investment, 2024: topped USD76 billion`) or the claim's statement,
 * and links the record.
 *
 * @example
 * ```ts
 * webAnnotations({ ...dataset })[0]?.target.selector[1].start;
 * ```
 */
export function webAnnotations(records: DatasetRecords): WebAnnotation[] {
  const index = indexRecords(records);
  const annotation = (recordType: 'fact' | 'claim', record: Fact | Claim, value: string): WebAnnotation[] => {
    const selectors: QuoteSelectors | undefined = record.citation.selectors?.[0];
    const source = index.sourcesById().get(record.citation.sourceId);
    if (selectors === undefined || source === undefined) return [];
    return [
      {
        '@context': ANNOTATION_CONTEXT,
        id: `${recordIri(recordType, record.id)}:annotation`,
        type: 'Annotation',
        motivation: 'describing',
        body: [{ type: 'TextualBody', value, format: 'text/plain', language: 'en' }, { id: recordIri(recordType, record.id) }],
        target: { source: archivedCopyIri(source), selector: [selectors.textQuote, selectors.textPosition] },
      },
    ];
  };
  const factText = (fact: Fact) => {
    const entity = index.entitiesById().get(fact.entityId)?.name ?? fact.entityId;
    const metric = index.metricsById().get(fact.metricId)?.name ?? fact.metricId;
    return `${entity}, ${metric}, ${fact.period ?? 'no period'}: ${formatValue(fact)}`;
  };
  return [
    ...records.facts.flatMap((fact) => annotation('fact', fact, factText(fact))),
    ...records.claims.flatMap((claim) => annotation('claim', claim, claim.statement)),
  ];
}
