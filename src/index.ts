/**
 * Facts about AI investment as typed, source-cited, immutable records: where
 * venture money for AI goes, by startup ecosystem and by country, and how much
 * large companies plan to spend on AI. Every number carries the verbatim
 * sentence it comes from.
 *
 * This entry loads no zod; the schemas are in `ai-investment-facts/schema`.
 *
 * @example
 * ```ts
 * import { facts, entities, metrics, sources } from 'ai-investment-facts';
 * const fact = facts.find((f) => f.id === 'silicon-valley-share-of-top-40-ai-native-funding-2023-2024');
 * console.log(fact?.value, fact?.unit, fact?.citation.quote);
 * ```
 * @module
 */
export { claims, entities, facts, metrics, sources } from './records.js';
export {
  CURRENCY_CODES,
  ENTITY_KINDS,
  METRIC_UNITS,
  PERIOD_BASES,
  PRECISIONS,
  SOURCE_KINDS,
  STATUSES,
} from './vocabulary.js';
export type { BuiltInClaim, BuiltInFact, ClaimId, EntityId, FactId, MetricId, SourceId } from './ids.js';
export type {
  Citation,
  Claim,
  CurrencyCode,
  Entity,
  EntityKind,
  Fact,
  FactUnit,
  Metric,
  MetricUnit,
  Period,
  PeriodBasis,
  Precision,
  Source,
  SourceKind,
  Status,
} from './types.js';
