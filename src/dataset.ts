/**
 * The built-in records as a {@link Dataset}, typed with their literal IDs.
 *
 * @module
 */
import type { Dataset } from './dataset/Dataset.js';
import { openDataset } from './dataset/openDataset.js';
import { claims, entities, facts, metrics, notes, sources } from './records.js';

/**
 * The types of the built-in records: the shape of {@link dataset}.
 *
 * @example
 * ```ts
 * import type { BuiltInRecords, FactOf } from 'ai-investment-facts';
 * type BuiltInFactUnion = FactOf<BuiltInRecords>; // one literal type per built-in fact
 * ```
 * @category Dataset
 */
export interface BuiltInRecords {
  /** The type of {@link sources}: one literal type per built-in source. */
  readonly sources: typeof sources;
  /** The type of {@link entities}: one literal type per built-in entity. */
  readonly entities: typeof entities;
  /** The type of {@link metrics}: one literal type per built-in metric. */
  readonly metrics: typeof metrics;
  /** The type of {@link facts}: one literal type per built-in fact. */
  readonly facts: typeof facts;
  /** The type of {@link claims}: one literal type per built-in claim. */
  readonly claims: typeof claims;
  /** The type of {@link notes}: one literal type per built-in note. */
  readonly notes: typeof notes;
}

/**
 * The built-in records as a {@link Dataset}: lookups by ID, queries, rankings,
 * derived figures with their lineage, and the consistency audit. Its indexes
 * are built on first use; a bundle that does not use it keeps none of it.
 *
 * @example
 * ```ts
 * import { dataset } from 'ai-investment-facts';
 * const [leader] = dataset.topEcosystems('share-of-global-ai-native-funding', 1);
 * leader.entityId; // 'silicon-valley'
 * dataset.source(leader.citation.sourceId).title; // 'Top Cities Leading The AI Investment Boom In 2025'
 * ```
 * @category Dataset
 */
export const dataset: Dataset<BuiltInRecords> = /* @__PURE__ */ openDataset({ sources, entities, metrics, facts, claims, notes });
