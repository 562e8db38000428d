/**
 * The built-in records, deeply frozen. Each collection is frozen by its own
 * call, marked pure, so a bundle that uses none of a collection keeps none of
 * its freezing, and one that uses no record at all keeps no record.
 *
 * @module
 */
import * as data from '../data/index.js';
import type { BuiltInClaim, BuiltInEntity, BuiltInFact, BuiltInMetric } from '../data/index.js';
import { deepFreeze } from './deepFreeze.js';
import type { Correction, Note, Source } from './types.js';

/**
 * A built-in collection, as the declarations type it: each record is of its
 * record type, with its IDs, figures and vocabulary values of their own
 * literal types (`List`'s element types).
 */
type Collection<List extends readonly object[], RecordType> = readonly (RecordType & List[number])[];

/**
 * Every source document the records are taken from.
 *
 * @example
 * ```ts
 * import { sources } from 'ai-investment-facts';
 * sources.map((s) => s.publishedOn); // ['2025-06-02', '2025-03-26', null]
 * ```
 * @category Records
 */
export const sources: Collection<typeof data.sources, Source> = /* @__PURE__ */ deepFreeze(data.sources) as never;

/**
 * Every entity the facts and claims are about: startup ecosystems, countries,
 * regions, companies and groups.
 *
 * @example
 * ```ts
 * import { entities } from 'ai-investment-facts';
 * entities.filter((e) => e.kind === 'startup-ecosystem').map((e) => e.name);
 * // ['Beijing', 'Silicon Valley', 'Paris', ...]
 * ```
 * @category Records
 */
export const entities: Collection<typeof data.entities, BuiltInEntity> = /* @__PURE__ */ deepFreeze(data.entities) as never;

/**
 * Every metric the facts measure, each with a definition precise enough to
 * tell which facts are comparable.
 *
 * @example
 * ```ts
 * import { metrics } from 'ai-investment-facts';
 * metrics.find((m) => m.id === 'ai-native-funding-concentration')?.unit; // 'percent'
 * ```
 * @category Records
 */
export const metrics: Collection<typeof data.metrics, BuiltInMetric> = /* @__PURE__ */ deepFreeze(data.metrics) as never;

/**
 * Every figure the sources state, each with its entity, metric, period,
 * precision, status and a verbatim quote of its source.
 *
 * @example
 * ```ts
 * import { facts } from 'ai-investment-facts';
 * const us = facts.filter((f) => f.entityId === 'united-states' && f.metricId === 'ai-vc-investment');
 * us.map((f) => [f.period, f.value, f.precision]);
 * // [['2024', 76000000000, 'lower-bound'], ['2023', 40000000000, 'exact']]
 * ```
 * @category Records
 */
export const facts: Collection<typeof data.facts, BuiltInFact> = /* @__PURE__ */ deepFreeze(data.facts) as never;

/**
 * The sources' statements that carry no figure, in our words, each with a
 * verbatim quote.
 *
 * @example
 * ```ts
 * import { claims } from 'ai-investment-facts';
 * claims.find((c) => c.id === 'europe-rising-stars-lag-paris')?.entityIds;
 * // ['europe', 'london', 'berlin', 'paris']
 * ```
 * @category Records
 */
export const claims: Collection<typeof data.claims, BuiltInClaim> = /* @__PURE__ */ deepFreeze(data.claims) as never;

/**
 * Notes across records, in the package's words: records that sit uneasily
 * together (the article's "the gap is narrowing" beside a US lead over China
 * that grew) and entities that may overlap (San Francisco and Silicon Valley).
 * The consistency audit computes the differences each names.
 *
 * @example
 * ```ts
 * import { notes } from 'ai-investment-facts';
 * notes.find((n) => n.kind === 'overlap')?.entityIds; // ['san-francisco', 'silicon-valley']
 * ```
 * @category Records
 */
export const notes: Collection<typeof data.notes, Note<BuiltInEntity['id'], BuiltInFact['id'], BuiltInClaim['id']>> = /* @__PURE__ */ deepFreeze(
  data.notes,
) as never;

/**
 * The corrections ledger: every published value that a later release changed,
 * with the old value, the new one, the reason and the release. Empty until a
 * released value is corrected.
 *
 * @example
 * ```ts
 * import { corrections } from 'ai-investment-facts';
 * corrections.filter((c) => c.recordId === 'united-states-ai-vc-investment-2024');
 * ```
 * @category Records
 */
export const corrections: readonly Correction[] = /* @__PURE__ */ deepFreeze(data.corrections);
