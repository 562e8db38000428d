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

/** An entity whose members and groups are built-in entities. @internal */
export type BuiltInEntity = Entity<EntityId>;

/** A metric whose base is a built-in entity. @internal */
export type BuiltInMetric = Metric<MetricId, EntityId>;
