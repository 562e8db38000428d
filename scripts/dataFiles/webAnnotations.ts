/**
 * The records' citations as W3C Web Annotations (the Web Annotation Data
 * Model, https://www.w3.org/TR/annotation-model/), published as
 * `ai-investment-facts/data/annotations.jsonld`: an annotation collection
 * whose one page holds an annotation per fact and per claim, whose target is
 * the passage its quote selects in the source's archived copy, and whose body
 * is what the record says of it. The collection states the model's JSON-LD
 * context once for all of them.
 *
 * @internal
 * @module
 */
import { stanceText } from '../../src/format/formatCitation.js';
import { formatValue } from '../../src/format/formatValue.js';
import type { DatasetRecords } from '../../src/dataset/Dataset.js';
import { indexRecords } from '../../src/dataset/indexRecords.js';
import type { Claim, Fact } from '../../src/types.js';

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRI of a record of the package: `urn:ai-investment-facts:fact:<id>`. */
export function recordIri(recordType: 'fact' | 'claim' | 'source', id: string): string {
  return `urn:ai-investment-facts:${recordType}:${id}`;
}

/**
 * The collection of the annotations of every fact and claim whose quote has
 * selectors, facts first, in record order (`first.items`): the body says the fact (`United States, AI venture
 * capital investment, 2024: topped USD76 billion`) or, for a claim, whose
 * statement it is, its stance and the statement ("Duane Kuang's view: …"),
 * and links the record.
 *
 * @example
 * ```ts
 * webAnnotations({ ...dataset }).first.items[0]?.target.selector[1].start;
 * ```
 */
export function webAnnotations(records: DatasetRecords) {
  const index = indexRecords(records);
  const annotation = (recordType: 'fact' | 'claim', record: Fact | Claim, value: string) => {
    const selectors = record.citation.selectors?.[0];
    const source = index.sourcesById().get(record.citation.sourceId);
    if (selectors === undefined || source === undefined) return [];
    return [
      {
        id: `${recordIri(recordType, record.id)}:annotation`,
        type: 'Annotation',
        motivation: 'describing',
        body: [{ type: 'TextualBody', value, format: 'text/plain', language: 'en' }, { id: recordIri(recordType, record.id) }],
        // The archived copy, named by its SHA-256 as an RFC 6920 `ni:` IRI (the exact bytes the selectors count in); the source record's IRI where it has none.
        target: {
          source: source.sha256 === undefined ? recordIri('source', source.id) : `ni:///sha-256;${Buffer.from(source.sha256, 'hex').toString('base64url')}`,
          selector: [selectors.textQuote, selectors.textPosition],
        },
      },
    ];
  };
  const factText = (fact: Fact) => {
    const entity = index.entitiesById().get(fact.entityId)?.name ?? fact.entityId;
    const metric = index.metricsById().get(fact.metricId)?.name ?? fact.metricId;
    return `${entity}, ${metric}, ${fact.period ?? 'no period'}: ${formatValue(fact)}`;
  };
  const items = [
    ...records.facts.flatMap((fact) => annotation('fact', fact, factText(fact))),
    ...records.claims.flatMap((claim) => annotation('claim', claim, `${stanceText(claim)}: ${claim.statement}`)),
  ];
  const id = 'urn:ai-investment-facts:annotations';
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: "The citations of ai-investment-facts' facts and claims",
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
