/**
 * Facts about AI investment as typed, source-cited, immutable records: where
 * venture money for AI goes, by startup ecosystem and by country, and how much
 * large companies plan to spend on AI. Every number carries the verbatim
 * sentence it comes from.
 *
 * The records are plain arrays (`facts`, `entities`, ...); `dataset` adds
 * lookups, rankings, derived figures with their lineage and a consistency
 * audit over them; `share`, `growthRate`, `cagr` and `topN` work on plain
 * numbers. This entry loads no zod; the schemas, and `createDataset` for a
 * user's own records, are in `ai-investment-facts/schema`.
 *
 * @example
 * ```ts
 * import { dataset, facts } from 'ai-investment-facts';
 * const fact = facts.find((f) => f.id === 'silicon-valley-share-of-global-ai-native-funding-2023-2024');
 * console.log(fact?.value, fact?.unit, fact?.citation.quote);
 * console.log(dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024').value); // 0.9
 * ```
 * @module ai-investment-facts
 */
export { claims, corrections, entities, facts, metrics, notes, sources } from './records.js';
export { dataset } from './dataset.js';
export { AiInvestmentFactsError, ArgumentRangeError, ArgumentTypeError, UnknownIdError } from './errors.js';
export { cagr } from './helpers/cagr.js';
export { growthRate } from './helpers/growthRate.js';
export { share } from './helpers/share.js';
export { topN } from './helpers/topN.js';
export { formatValue } from './format/formatValue.js';
export { formatFigure } from './format/formatFigure.js';
export { formatCitation, stanceText } from './format/formatCitation.js';
export { TABLE_HEADERS, TABLE_NAMES } from './publish/publishedTables.js';
export { recordTable } from './publish/recordTable.js';
export { toCsv } from './publish/toCsv.js';
export { verifyQuotes } from './verify/verifyQuotes.js';
export { LIMITS } from './limits.js';
export { VERSION } from './version.js';
export { nearestIds } from './text/nearestIds.js';
export {
  CURRENCY_CODES,
  ENTITY_KINDS,
  METRIC_UNITS,
  NOTE_KINDS,
  PERIOD_BASES,
  PRECISIONS,
  RECORD_COLLECTIONS,
  RECORD_TYPES,
  SOURCE_KINDS,
  CITATION_SECTIONS,
  STANCES,
  STATUSES,
} from './vocabulary.js';
export type { BuiltInRecords } from './dataset.js';
export type { FormatValueOptions } from './format/formatValue.js';
export type { FormatCitationOptions } from './format/formatCitation.js';
export type { PublishedRecords, TableName } from './publish/publishedTables.js';
export type { ColumnLabel, RecordTable } from './publish/recordTable.js';
export type { ArgumentProblem, ArgumentReference, MessageNaming, MessagePart, MethodReference } from './errors.js';
export type {
  IdentifiedBy,
  QuoteCheck,
  QuoteStatus,
  QuoteVerification,
  RecordCheck,
  TextSpan,
  VerifyQuotesOptions,
} from './verify/verifyQuotes.js';
export type {
  ClaimIdOf,
  ClaimQuery,
  Dataset,
  DatasetRecords,
  DerivedFigureOf,
  EntityIdOf,
  FactChoice,
  FactIdOf,
  FactOf,
  FactQuery,
  MetricIdOf,
  RankingOptions,
  SourceIdOf,
  WithField,
} from './dataset/Dataset.js';
export type { Derivation, DerivedFigure, DerivedUnit } from './derived/DerivedFigure.js';
export type {
  ConsistencyCheck,
  ConsistencyFinding,
  ConsistencyOutcome,
  ValueInterval,
} from './audit/ConsistencyFinding.js';
export type { BuiltInClaim, BuiltInEntity, BuiltInFact, BuiltInMetric, ClaimId, EntityId, FactId, MetricId, SourceId } from '../data/index.js';
export type {
  Citation,
  Claim,
  Correction,
  CurrencyCode,
  Entity,
  EntityKind,
  Fact,
  FactDifference,
  FactUnit,
  Metric,
  MetricUnit,
  Note,
  NoteKind,
  Period,
  PeriodBasis,
  Precision,
  QuoteSelectors,
  RecordType,
  Source,
  SourceKind,
  CitationSection,
  Stance,
  Status,
  TextPositionSelector,
  TextQuoteSelector,
} from './types.js';
