/**
 * The types every built-in record is written against: a fact or claim whose
 * entity and metric IDs are built-in ones, so that a typo in an ID does not
 * compile.
 */
import type { Claim, Entity, Fact, Metric } from '../src/types.js';
import type { EntityId } from './entities.js';
import type { MetricId } from './metrics.js';

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
export type BuiltInFact<S extends string = string> = Fact<EntityId, MetricId, S>;

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
export type BuiltInClaim<S extends string = string> = Claim<EntityId, S>;

/**
 * An entity whose ID, members and groups are built-in entities' IDs: the record type of `entities`.
 *
 * @example
 * ```ts
 * import type { BuiltInEntity } from 'ai-investment-facts';
 * const isGroup = (entity: BuiltInEntity) => entity.kind === 'group';
 * ```
 * @category IDs
 */
export type BuiltInEntity = Entity<EntityId>;

/**
 * A metric whose ID is a built-in metric's and whose base is a built-in entity: the record type of `metrics`.
 *
 * @example
 * ```ts
 * import type { BuiltInMetric } from 'ai-investment-facts';
 * const canSum = (metric: BuiltInMetric) => metric.additive;
 * ```
 * @category IDs
 */
export type BuiltInMetric = Metric<MetricId, EntityId>;
