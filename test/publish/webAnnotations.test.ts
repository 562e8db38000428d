/**
 * `annotations.jsonld`: every fact's and claim's citation as a W3C Web
 * Annotation, checked against the Web Annotation Data Model's requirements
 * (https://www.w3.org/TR/annotation-model/): the file is an annotation
 * collection with the model's `@context`, an `id` IRI and its `total`, whose
 * first page (an `id` IRI, the type `AnnotationPage`) holds the annotations
 * as its `items`, one per quoted passage, whose bodies are the records quoting
 * it; an annotation has an `id` IRI, the type `Annotation` and a `target`; a
 * TextQuoteSelector has `exact`, a TextPositionSelector non-negative integer
 * `start` and `end`; a TextualBody has a `value`. And each selects its quote
 * in the archived copy the target's `ni:` IRI names.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claims, facts, sources } from '../../src/index.js';
import { ANNOTATION_CONTEXT } from '../../scripts/dataFiles/webAnnotations.js';
import { requireDocument } from '../support/sharedFiles.js';
import { dataFiles } from './builtInDataFiles.js';

const collection = JSON.parse(dataFiles.get('annotations.jsonld') ?? 'null') as Record<string, unknown> & { first: Record<string, unknown> };
const annotations = collection.first['items'] as Record<string, unknown>[];
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

/** What the model requires of one annotation and its selectors that `annotation` lacks. */
function modelProblems(annotation: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof annotation['id'] !== 'string' || !IRI.test(annotation['id'])) problems.push('id');
  const type = annotation['type'];
  if (!(type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation')))) problems.push('type');
  if (annotation['motivation'] !== undefined && !MOTIVATIONS.includes(annotation['motivation'] as string)) problems.push('motivation');
  const bodies = ([annotation['body']].flat() as (Record<string, unknown> | undefined)[]).filter((body) => body !== undefined);
  for (const body of bodies) {
    if (body['type'] === 'TextualBody' ? typeof body['value'] !== 'string' : typeof body['id'] !== 'string' || !IRI.test(body['id'])) problems.push('body');
  }
  const target = annotation['target'] as Record<string, unknown> | undefined;
  if (target === undefined || typeof target['source'] !== 'string' || !IRI.test(target['source'])) problems.push('target.source');
  for (const selector of [target?.['selector']].flat() as Record<string, unknown>[]) {
    if (selector['type'] === 'TextQuoteSelector') {
      if (typeof selector['exact'] !== 'string' || selector['exact'] === '') problems.push('TextQuoteSelector.exact');
      for (const side of ['prefix', 'suffix'])
        if (selector[side] !== undefined && typeof selector[side] !== 'string') problems.push(`TextQuoteSelector.${side}`);
    } else if (selector['type'] === 'TextPositionSelector') {
      const { start, end } = selector as { start: unknown; end: unknown };
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number))
        problems.push('TextPositionSelector');
    } else problems.push(`selector type ${String(selector['type'])}`);
  }
  return problems;
}

describe('annotations.jsonld', () => {
  it("is an AnnotationCollection stating the model's context once, whose first page holds every annotation", () => {
    const { first, ...rest } = collection;
    expect(rest).toEqual({
      '@context': ANNOTATION_CONTEXT,
      id: 'urn:ai-investment-facts:annotations',
      type: 'AnnotationCollection',
      label: 'The passages the records quote',
      total: annotations.length,
    });
    expect({ ...first, items: undefined }).toEqual({
      id: 'urn:ai-investment-facts:annotations:page-1',
      type: 'AnnotationPage',
      startIndex: 0,
      items: undefined,
    });
    expect(annotations.filter((annotation) => '@context' in annotation)).toEqual([]);
  });

  it('holds one annotation per quoted passage, named by its source and offsets, whose bodies are the facts and claims quoting it, each once', () => {
    const bodies = (annotation: Record<string, unknown>) => annotation['body'] as { id: string; type: string; value: string }[];
    expect(new Set(annotations.map((annotation) => annotation['id'])).size).toBe(annotations.length);
    expect(annotations.flatMap((annotation) => bodies(annotation).map((body) => body.id)).sort()).toEqual(
      [...facts.map((fact) => `urn:ai-investment-facts:fact:${fact.id}`), ...claims.map((claim) => `urn:ai-investment-facts:claim:${claim.id}`)].sort(),
    );
    const positionOf = new Map(
      annotations.flatMap((annotation) => bodies(annotation).map((body) => [body.id, (annotation['target'] as { selector: unknown[] }).selector[1]])),
    );
    const misplaced = [...facts.map((fact) => ['fact', fact] as const), ...claims.map((claim) => ['claim', claim] as const)].filter(
      ([type, record]) => !isDeepStrictEqual(positionOf.get(`urn:ai-investment-facts:${type}:${record.id}`), record.citation.selectors?.[0]?.textPosition),
    );
    expect(misplaced.map(([, record]) => record.id)).toEqual([]);
    // The Yicai article's 24 records quote 14 passages (its `verify` table): two facts each on 931-1055, 1056-1203 and 1769-1900, four on
    // 1205-1407, three on 1421-1579 (two facts and a claim) and on 1668-1761, and eight claims one passage each.
    const yicai = annotations.filter((annotation) =>
      String(annotation['id']).startsWith('urn:ai-investment-facts:source:2025-03-26-yicai-china-ai-vc-lags-us:'),
    );
    expect(yicai.map((annotation) => bodies(annotation).length).sort((a, b) => a - b)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
    const openAi = yicai.find((annotation) => annotation['id'] === 'urn:ai-investment-facts:source:2025-03-26-yicai-china-ai-vc-lags-us:1421-1579');
    expect(bodies(openAi ?? {}).map((body) => [body.id, body.type])).toEqual([
      ['urn:ai-investment-facts:fact:openai-ai-spending-2025-2028', 'TextualBody'],
      ['urn:ai-investment-facts:fact:openai-ai-spending-horizon-2025-2028', 'TextualBody'],
      ['urn:ai-investment-facts:claim:openai-stargate-collaboration', 'TextualBody'],
    ]);
  });

  it("gives each claim's body whose statement it is and its stance: Duane Kuang's view, the author's report", () => {
    const body = (id: string) =>
      annotations
        .flatMap((annotation) => annotation['body'] as { id: string; value: string }[])
        .find((candidate) => candidate.id === `urn:ai-investment-facts:claim:${id}`)?.value;
    expect(body('china-investment-gap-not-necessarily-negative')).toBe(
      "Duane Kuang's view: Because companies and VC funds in China can take a more rational approach to sizing investments, China’s gap with the US is not necessarily negative.",
    );
    expect(body('deepseek-prompted-ai-infrastructure-reassessment')).toBe(
      "The author's report: DeepSeek’s global success has led to reassessments of how much AI infrastructure investment is needed.",
    );
    expect(body('san-francisco-ai-hub-yet-economic-underperformer')).toMatch(/^The teased article's view: San Francisco/);
  });

  it("validates against the Web Annotation Data Model's required fields, with a TextQuoteSelector and a TextPositionSelector", () => {
    expect(annotations.flatMap((annotation) => modelProblems(annotation).map((problem) => `${String(annotation['id'])}: ${problem}`))).toEqual([]);
    expect(annotations.map((annotation) => (annotation['target'] as { selector: { type: string }[] }).selector.map((s) => s.type).join())).toEqual(
      annotations.map(() => 'TextQuoteSelector,TextPositionSelector'),
    );
    expect(modelProblems({ id: 'not an iri', type: 'Note', target: { source: 'x:y', selector: [{ type: 'TextQuoteSelector' }] } })).toEqual([
      'id',
      'type',
      'TextQuoteSelector.exact',
    ]);
  });

  it.for(sources.map((source) => source.id))('selects each quote of %s in the archived copy its target names by SHA-256', (sourceId, context) => {
    const document = requireDocument(context, sourceId);
    const digest = createHash('sha256').update(document, 'utf8').digest('base64url');
    const codePoints = [...document];
    const ofSource = annotations.filter((annotation) => (annotation['target'] as { source: string }).source === `ni:///sha-256;${digest}`);
    const passages = [...facts, ...claims].flatMap(({ citation }) =>
      citation.sourceId === sourceId ? [`${citation.selectors?.[0]?.textPosition.start}-${citation.selectors?.[0]?.textPosition.end}`] : [],
    );
    expect(ofSource).toHaveLength(new Set(passages).size);
    const wrong = ofSource.filter((annotation) => {
      const [quote, position] = (annotation['target'] as { selector: [{ exact: string }, { start: number; end: number }] }).selector;
      return codePoints.slice(position.start, position.end).join('') !== quote.exact;
    });
    expect(wrong).toEqual([]);
  });
});
