/**
 * The records' citations as W3C Web Annotations (the Web Annotation Data
 * Model, https://www.w3.org/TR/annotation-model/), published as
 * `ai-investment-facts/data/annotations.jsonld`: an annotation collection
 * whose one page holds an annotation per quoted passage, whose target is the
 * passage in the source's archived copy, and whose bodies are what the facts
 * and claims quoting it say of it. The collection states the model's JSON-LD
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
 * The collection of the annotations of every passage that the quote of a
 * fact or claim selects (`first.items`, in the order of their first record,
 * facts first): each annotation's bodies are the records quoting that passage,
 * in record order, each a textual body identified by the record's IRI, saying
 * the fact (`United States, AI venture capital investment, 2024: topped USD76
 * billion`) or, for a claim, whose statement it is, its stance and the
 * statement ("Duane Kuang's view: …"). A passage is named by its source and
 * its code point offsets (`urn:ai-investment-facts:source:<id>:931-1055`).
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
    const sourceIri = recordIri('source', source.id);
    return [
      {
        id: `${sourceIri}:${selectors.textPosition.start}-${selectors.textPosition.end}`,
        type: 'Annotation',
        motivation: 'describing',
        body: [{ id: recordIri(recordType, record.id), type: 'TextualBody', value, format: 'text/plain', language: 'en' }],
        // The archived copy, named by its SHA-256 as an RFC 6920 `ni:` IRI (the exact bytes the selectors count in); the source record's IRI where it has none.
        target: {
          source: source.sha256 === undefined ? sourceIri : `ni:///sha-256;${Buffer.from(source.sha256, 'hex').toString('base64url')}`,
          selector: [selectors.textQuote, selectors.textPosition],
        },
      },
    ];
  };
  const factText = (fact: Fact) => {
    const entity = index.entitiesById().get(fact.entityId)?.name ?? fact.entityId;
    const metric = index.metricsById().get(fact.metricId)?.name ?? fact.metricId;
    return `${entity}, ${metric}, ${fact.period ?? 'period not stated'}: ${formatValue(fact)}`;
  };
  const passages = new Map<string, ReturnType<typeof annotation>[number]>();
  // A passage that several records quote is one annotation, with a body for each, in record order.
  for (const one of [
    ...records.facts.flatMap((fact) => annotation('fact', fact, factText(fact))),
    ...records.claims.flatMap((claim) => annotation('claim', claim, `${stanceText(claim)}: ${claim.statement}`)),
  ]) {
    const passage = passages.get(one.id);
    if (passage === undefined) passages.set(one.id, one);
    else passage.body.push(...one.body);
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: 'urn:ai-investment-facts:annotations',
    type: 'AnnotationCollection',
    label: 'The passages the records quote',
    total: passages.size,
    first: { id: 'urn:ai-investment-facts:annotations:page-1', type: 'AnnotationPage', startIndex: 0, items: [...passages.values()] },
  };
}
