/**
 * The literal ID unions of the built-in records, derived from the records
 * themselves: adding a record adds its ID, and a typo in an ID does not
 * compile.
 *
 * @module
 */
import type { entities } from '../data/entities.js';
import type { claims, facts, sources } from '../data/index.js';
import type { metrics } from '../data/metrics.js';
import type { Claim, Fact } from './types.js';

/**
 * The ID of a built-in source: the union of the built-in sources' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { SourceId } from 'ai-investment-facts';
 * const id: SourceId = '2025-03-26-yicai-china-ai-vc-lags-us';
 * ```
 * @category IDs
 */
export type SourceId = (typeof sources)[number]['id'];

/**
 * The ID of a built-in entity: the union of the built-in entities' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { EntityId } from 'ai-investment-facts';
 * const id: EntityId = 'silicon-valley';
 * ```
 * @category IDs
 */
export type EntityId = (typeof entities)[number]['id'];

/**
 * The ID of a built-in metric: the union of the built-in metrics' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { MetricId } from 'ai-investment-facts';
 * const id: MetricId = 'share-of-top-40-ai-native-funding';
 * ```
 * @category IDs
 */
export type MetricId = (typeof metrics)[number]['id'];

/**
 * The ID of a built-in fact: the union of the built-in facts' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { FactId } from 'ai-investment-facts';
 * const id: FactId = 'china-ai-vc-investment-2024';
 * ```
 * @category IDs
 */
export type FactId = (typeof facts)[number]['id'];

/**
 * The ID of a built-in claim: the union of the built-in claims' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { ClaimId } from 'ai-investment-facts';
 * const id: ClaimId = 'europe-rising-stars-lag-paris';
 * ```
 * @category IDs
 */
export type ClaimId = (typeof claims)[number]['id'];

/**
 * A fact whose entity and metric are built-in ones, citing the given source:
 * the type every built-in fact is written against.
 *
 * @typeParam S - the ID of the source the fact cites.
 * @example
 * ```ts
 * import type { BuiltInFact } from 'ai-investment-facts';
 * const isPlan = (fact: BuiltInFact) => fact.status === 'plan';
 * ```
 * @category IDs
 */
export type BuiltInFact<S extends string = SourceId> = Fact<EntityId, MetricId, S>;

/**
 * A claim about built-in entities, citing the given source.
 *
 * @typeParam S - the ID of the source the claim cites.
 * @example
 * ```ts
 * import type { BuiltInClaim } from 'ai-investment-facts';
 * const isAboutParis = (claim: BuiltInClaim) => claim.entityIds.includes('paris');
 * ```
 * @category IDs
 */
export type BuiltInClaim<S extends string = SourceId> = Claim<EntityId, S>;
