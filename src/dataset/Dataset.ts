import type { ConsistencyFinding } from '../audit/ConsistencyFinding.js';
import type { DerivedFigure } from '../derived/DerivedFigure.js';
import type { Claim, EntityKind, Entity, Fact, FactUnit, Metric, Note, Source, Stance, Status } from '../types.js';

/**
 * The collections of a dataset, the shape both the built-in records and a
 * user's own records take: five, and notes across them where there are any.
 *
 * @example
 * ```ts
 * import type { DatasetRecords } from 'ai-investment-facts';
 * import { sources, entities, metrics, facts, claims } from 'ai-investment-facts';
 * const records: DatasetRecords = { sources, entities, metrics, facts, claims };
 * ```
 * @category Dataset
 */
export interface DatasetRecords {
  /** The documents the facts and claims cite. */
  readonly sources: readonly Source[];
  /** What the facts and claims are about. */
  readonly entities: readonly Entity[];
  /** What the facts measure. */
  readonly metrics: readonly Metric[];
  /** The figures, each citing one of `sources`. */
  readonly facts: readonly Fact[];
  /** The statements without a figure, each citing one of `sources`. */
  readonly claims: readonly Claim[];
  /** Notes across the other records, in the package's words (none where absent). */
  readonly notes?: readonly Note[];
}

/**
 * The members of the union `Records` whose `Key` field is `Value`; the whole
 * union where none is (as for records whose IDs are plain strings, such as a
 * dataset widened to {@link Dataset}).
 *
 * @example
 * ```ts
 * import type { BuiltInRecords, Entity, WithField } from 'ai-investment-facts';
 * type Us = WithField<BuiltInRecords['entities'][number], 'id', 'united-states'>; // the United States' record
 * type AnyEntity = WithField<Entity, 'id', 'united-states'>; // Entity
 * ```
 * @category Dataset
 */
export type WithField<Records, Key extends PropertyKey, Value> = [Extract<Records, { readonly [K in Key]: Value }>] extends [never]
  ? Records
  : Extract<Records, { readonly [K in Key]: Value }>;

/**
 * The type of a fact of the records `R`; for the built-in records, the union of
 * every fact's literal type.
 *
 * @example
 * ```ts
 * import type { FactOf, DatasetRecords } from 'ai-investment-facts';
 * type AnyFact = FactOf<DatasetRecords>; // Fact
 * ```
 * @category Dataset
 */
export type FactOf<R extends DatasetRecords> = R['facts'][number];

/**
 * The type of a fact ID of the records `R`.
 *
 * @example
 * ```ts
 * import type { FactIdOf, DatasetRecords } from 'ai-investment-facts';
 * type Id = FactIdOf<DatasetRecords>; // string
 * ```
 * @category Dataset
 */
export type FactIdOf<R extends DatasetRecords> = FactOf<R>['id'];

/**
 * The type of an entity ID of the records `R`.
 *
 * @example
 * ```ts
 * import type { EntityIdOf, DatasetRecords } from 'ai-investment-facts';
 * type Id = EntityIdOf<DatasetRecords>; // string
 * ```
 * @category Dataset
 */
export type EntityIdOf<R extends DatasetRecords> = R['entities'][number]['id'];

/**
 * The type of a metric ID of the records `R`.
 *
 * @example
 * ```ts
 * import type { MetricIdOf, DatasetRecords } from 'ai-investment-facts';
 * type Id = MetricIdOf<DatasetRecords>; // string
 * ```
 * @category Dataset
 */
export type MetricIdOf<R extends DatasetRecords> = R['metrics'][number]['id'];

/**
 * The type of a source ID of the records `R`.
 *
 * @example
 * ```ts
 * import type { SourceIdOf, DatasetRecords } from 'ai-investment-facts';
 * type Id = SourceIdOf<DatasetRecords>; // string
 * ```
 * @category Dataset
 */
export type SourceIdOf<R extends DatasetRecords> = R['sources'][number]['id'];

/**
 * The type of a claim ID of the records `R`.
 *
 * @example
 * ```ts
 * import type { ClaimIdOf, DatasetRecords } from 'ai-investment-facts';
 * type Id = ClaimIdOf<DatasetRecords>; // string
 * ```
 * @category Dataset
 */
export type ClaimIdOf<R extends DatasetRecords> = R['claims'][number]['id'];

/**
 * The derived figures of the records `R`, typed with their IDs.
 *
 * @example
 * ```ts
 * import type { DerivedFigureOf, DatasetRecords } from 'ai-investment-facts';
 * type Figure = DerivedFigureOf<DatasetRecords>; // DerivedFigure
 * ```
 * @category Dataset
 */
export type DerivedFigureOf<R extends DatasetRecords> = DerivedFigure<FactIdOf<R>, EntityIdOf<R>, MetricIdOf<R>>;

/**
 * What {@link Dataset.findFacts} selects by. Every field is optional; a fact
 * matches when it matches every field given. An empty query matches every
 * fact.
 *
 * @typeParam R - the records queried.
 * @example
 * ```ts
 * import type { FactQuery } from 'ai-investment-facts';
 * const query: FactQuery = { metricId: 'ai-vc-investment', period: '2024' };
 * ```
 * @category Dataset
 */
export interface FactQuery<R extends DatasetRecords = DatasetRecords> {
  /** The entity the fact is about. */
  readonly entityId?: EntityIdOf<R>;
  /** The metric it measures. */
  readonly metricId?: MetricIdOf<R>;
  /** Its period (`2024`, `2023/2024`), or `null` for facts without one. */
  readonly period?: string | null;
  /** The source it cites. */
  readonly sourceId?: SourceIdOf<R>;
  /** Its status. */
  readonly status?: Status;
  /** Its unit. */
  readonly unit?: FactUnit;
}

/**
 * What {@link Dataset.findClaims} selects by. A claim matches when it matches
 * every field given; an empty query matches every claim.
 *
 * @typeParam R - the records queried.
 * @example
 * ```ts
 * import type { ClaimQuery } from 'ai-investment-facts';
 * const query: ClaimQuery = { entityId: 'paris', stance: 'view' };
 * ```
 * @category Dataset
 */
export interface ClaimQuery<R extends DatasetRecords = DatasetRecords> {
  /** An entity among the claim's `entityIds`. */
  readonly entityId?: EntityIdOf<R>;
  /** The source it cites. */
  readonly sourceId?: SourceIdOf<R>;
  /** Its stance: `report`, `view` or `forecast`. */
  readonly stance?: Stance;
}

/**
 * Which facts of a metric {@link Dataset.topEntities} ranks. Facts of
 * different periods, units or entity kinds are never ranked together: where
 * the metric's facts differ in one of these, the option must choose.
 *
 * @example
 * ```ts
 * import type { RankingOptions } from 'ai-investment-facts';
 * const options: RankingOptions = { period: '2024', kind: 'country' };
 * ```
 * @category Dataset
 */
export interface RankingOptions {
  /** Rank only facts of this period. */
  readonly period?: string;
  /** Rank only facts in this unit (a currency code for money). */
  readonly unit?: FactUnit;
  /** Rank only facts of entities of this kind. */
  readonly kind?: EntityKind;
  /** Rank only facts of this status. Facts of different statuses may be ranked together; each keeps its own. */
  readonly status?: Status;
  /** Rank only facts of this source: where two sources state a figure for one entity, it is not ranked twice. */
  readonly sourceId?: string;
}

/**
 * Which facts {@link Dataset.growthOf} and {@link Dataset.cagrOf} take, where
 * an entity has more than one fact of the metric in a period (one plan in two
 * currencies, two sources).
 *
 * @example
 * ```ts
 * import type { FactChoice } from 'ai-investment-facts';
 * const choice: FactChoice = { unit: 'USD' };
 * ```
 * @category Dataset
 */
export interface FactChoice<R extends DatasetRecords = DatasetRecords> {
  /** Take the facts in this unit. */
  readonly unit?: FactUnit;
  /** Take the facts of this status. */
  readonly status?: Status;
  /** Take the facts of this source. */
  readonly sourceId?: SourceIdOf<R>;
}

/**
 * A set of records with lookups, queries, rankings, derived figures and a
 * consistency audit. The built-in records are one such dataset,
 * {@link dataset}; `createDataset` in `ai-investment-facts/schema` validates a
 * user's own records and makes another.
 *
 * Indexes are built once, on first use, so a dataset of a million facts costs
 * nothing until asked, and each lookup after that is a map access, not a scan.
 * Every method is pure: it returns new arrays and frozen figures and never
 * changes the records. Bad input throws a `TypeError` or `RangeError` that
 * names the method, the argument and the value; an unknown ID throws an
 * {@link UnknownIdError}, which names the nearest IDs there are.
 *
 * @typeParam R - the records: for the built-in dataset, their literal types,
 * so that IDs are checked at compile time.
 * @example
 * ```ts
 * import { dataset } from 'ai-investment-facts';
 * dataset.topEcosystems('share-of-global-ai-native-funding', 3).map((f) => f.entityId);
 * // ['silicon-valley', 'beijing', 'paris']
 * dataset.growthOf('china', 'ai-vc-investment', '2023', '2024').precision; // 'approximate'
 * ```
 * @category Dataset
 */
export interface Dataset<R extends DatasetRecords = DatasetRecords> {
  /** The sources, as given. */
  readonly sources: R['sources'];
  /** The entities, as given. */
  readonly entities: R['entities'];
  /** The metrics, as given. */
  readonly metrics: R['metrics'];
  /** The facts, as given. */
  readonly facts: R['facts'];
  /** The claims, as given. */
  readonly claims: R['claims'];
  /** The notes across records, as given; empty where the records have none. */
  readonly notes: R extends { readonly notes: infer Notes } ? Notes : readonly Note[];

  /**
   * The fact with this ID.
   *
   * @param id - a fact ID of this dataset.
   * @throws {TypeError} if `id` is not a string.
   * @throws {UnknownIdError} (a `RangeError`) if no fact has this ID; the message and its `nearest` list the nearest IDs.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.fact('china-ai-vc-investment-2024').value; // 14000000000
   * ```
   */
  fact<Id extends FactIdOf<R>>(id: Id): WithField<FactOf<R>, 'id', Id>;

  /**
   * The entity with this ID.
   *
   * @param id - an entity ID of this dataset.
   * @throws {TypeError} if `id` is not a string.
   * @throws {UnknownIdError} (a `RangeError`) if no entity has this ID; the message and its `nearest` list the nearest IDs.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.entity('big-three').members; // ['beijing', 'silicon-valley', 'paris']
   * ```
   */
  entity<Id extends EntityIdOf<R>>(id: Id): WithField<R['entities'][number], 'id', Id>;

  /**
   * The metric with this ID.
   *
   * @param id - a metric ID of this dataset.
   * @throws {TypeError} if `id` is not a string.
   * @throws {UnknownIdError} (a `RangeError`) if no metric has this ID; the message and its `nearest` list the nearest IDs.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.metric('ai-vc-investment').unit; // 'currency'
   * ```
   */
  metric<Id extends MetricIdOf<R>>(id: Id): WithField<R['metrics'][number], 'id', Id>;

  /**
   * The source with this ID.
   *
   * @param id - a source ID of this dataset.
   * @throws {TypeError} if `id` is not a string.
   * @throws {UnknownIdError} (a `RangeError`) if no source has this ID; the message and its `nearest` list the nearest IDs.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.source('2025-03-26-yicai-china-ai-vc-lags-us').publisher; // 'Yicai'
   * ```
   */
  source<Id extends SourceIdOf<R>>(id: Id): WithField<R['sources'][number], 'id', Id>;

  /**
   * The claim with this ID.
   *
   * @param id - a claim ID of this dataset.
   * @throws {TypeError} if `id` is not a string.
   * @throws {UnknownIdError} (a `RangeError`) if no claim has this ID; the message and its `nearest` list the nearest IDs.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.claim('europe-rising-stars-lag-paris').entityIds; // ['europe', 'london', 'berlin', 'paris']
   * ```
   */
  claim<Id extends ClaimIdOf<R>>(id: Id): WithField<R['claims'][number], 'id', Id>;

  /**
   * The facts that match every field of `query`, in the dataset's order.
   * Facts without a value (`value: null`) match like any other. A query that
   * names an entity, metric or source the dataset does not have is an error,
   * not an empty result; a valid query that matches nothing returns `[]`.
   *
   * @param query - what to select by; `{}`, or none, selects every fact.
   * @returns A new array of the matching facts.
   * @throws {TypeError} if `query` is not an object, or a field has the wrong type.
   * @throws {RangeError} if a field is not one `FactQuery` has, names an ID
   * the dataset does not have, or holds a malformed period, unknown status
   * or unit.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.findFacts({ metricId: 'ai-vc-investment', period: '2024' }).map((f) => f.entityId);
   * // ['united-states', 'china']
   * ```
   */
  findFacts(query?: FactQuery<R>): FactOf<R>[];

  /**
   * The claims that match every field of `query`, in the dataset's order.
   *
   * @param query - what to select by; `{}`, or none, selects every claim.
   * @returns A new array of the matching claims.
   * @throws {TypeError} if `query` is not an object, or a field has the wrong type.
   * @throws {RangeError} if a field is not one `ClaimQuery` has, names an ID the dataset does not have, or a stance not among `STANCES`.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.findClaims({ entityId: 'london' }).map((c) => c.id); // ['europe-rising-stars-lag-paris']
   * dataset.findClaims({ entityId: 'paris', stance: 'view' }).map((c) => c.id); // ['paris-ai-growth-drivers', 'paris-emerging-ai-hub-outside-silicon-valley']
   * ```
   */
  findClaims(query?: ClaimQuery<R>): R['claims'][number][];

  /**
   * The `n` entities with the largest values of a metric, as their facts,
   * largest first, so that every number keeps its citation.
   *
   * Facts without a value (`null`) are not ranked. Ties keep the dataset's
   * order. Facts of different periods, units or entity kinds are never ranked
   * together: where the metric's facts (after `options`) differ in one of
   * these, it throws and names what differs, and the option that chooses.
   * Nor is an entity ranked twice (where two sources state its figure,
   * `options.sourceId` chooses one), or a group beside an entity it contains,
   * directly or through a subgroup. Facts of different statuses (plans and
   * estimates) may be ranked together; each keeps its own `status`.
   *
   * @param metricId - the metric to rank by.
   * @param n - how many to return: a non-negative integer; more than there are returns them all.
   * @param options - which period, unit, entity kind, status or source to rank.
   * @returns A new array of at most `n` facts.
   * @throws {TypeError} if an argument has the wrong type.
   * @throws {RangeError} if `metricId` is not a metric of the dataset, `n` is
   * not a non-negative integer, an option is unknown or malformed, no fact
   * with a value matches, the matching facts differ in period, unit or entity
   * kind, an entity has two of them, or one contains another.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.topEntities('ai-vc-investment', 2, { period: '2024' }).map((f) => [f.entityId, f.value]);
   * // [['united-states', 76000000000], ['china', 14000000000]]
   * dataset.topEntities('ai-vc-investment', 2);
   * // throws RangeError: topEntities: expected facts of one period, received "2024" (...) and "2023" (...); ...: pass `options.period`
   * ```
   */
  topEntities<M extends MetricIdOf<R>>(metricId: M, n: number, options?: RankingOptions): WithField<FactOf<R>, 'metricId', M>[];

  /**
   * The `n` startup ecosystems with the largest values of a metric: exactly
   * {@link Dataset.topEntities} with `kind: 'startup-ecosystem'`, so groups of
   * ecosystems (the big three) and countries are left out.
   *
   * @param metricId - the metric to rank by.
   * @param n - how many to return: a non-negative integer.
   * @param options - which period, unit or status to rank.
   * @returns A new array of at most `n` facts, largest value first.
   * @throws {TypeError} if an argument has the wrong type.
   * @throws {RangeError} as {@link Dataset.topEntities} does.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.topEcosystems('ai-native-funding-concentration', 4).map((f) => `${f.entityId} ${f.value}%`);
   * // ['beijing 66%', 'silicon-valley 62%', 'seattle 15%', 'new-york 14%']
   * ```
   */
  topEcosystems<M extends MetricIdOf<R>>(metricId: M, n: number, options?: Omit<RankingOptions, 'kind'>): WithField<FactOf<R>, 'metricId', M>[];

  /**
   * The growth rate of an entity's metric from one period to a later one of
   * the same length, `(to - from) / from`, as a fraction, with its lineage.
   *
   * @param entityId - the entity.
   * @param metricId - the metric.
   * @param fromPeriod - the earlier period (`2023`).
   * @param toPeriod - the later period, of the same length (`2024`).
   * @param choice - which fact to take where the entity has several in a period.
   * @returns A frozen derived figure (`derivation: 'growth-rate'`, `unit: 'fraction'`).
   * @throws {TypeError} if an argument has the wrong type.
   * @throws {RangeError} if an ID is unknown, a period malformed, the periods
   * out of order or of different lengths, a period has no fact (the message
   * lists those that have) or more than one (it says what tells them apart),
   * the two facts differ in unit or status, a value is missing, or the
   * earlier value is 0.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * const us = dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024');
   * [us.value, us.precision]; // [0.9, 'lower-bound']: USD40 billion to "over" USD76 billion
   * ```
   */
  growthOf(entityId: EntityIdOf<R>, metricId: MetricIdOf<R>, fromPeriod: string, toPeriod: string, choice?: FactChoice<R>): DerivedFigureOf<R>;

  /**
   * The compound annual growth rate of an entity's metric from one period to a
   * later one of the same length, `(to / from) ** (1 / years) - 1`, where
   * `years` is the number of years between their starts. Over one year it is
   * the growth rate, up to floating-point rounding (0.3333333333333333 for
   * 0.3333333333333333).
   *
   * @param entityId - the entity.
   * @param metricId - the metric.
   * @param fromPeriod - the earlier period.
   * @param toPeriod - the later period, of the same length.
   * @param choice - which fact to take where the entity has several in a period.
   * @returns A frozen derived figure (`derivation: 'cagr'`, `unit: 'fraction'`).
   * @throws {TypeError} if an argument has the wrong type.
   * @throws {RangeError} as {@link Dataset.growthOf} does.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.cagrOf('china', 'ai-vc-investment', '2023', '2024').value; // 0.3333333333333333
   * ```
   */
  cagrOf(entityId: EntityIdOf<R>, metricId: MetricIdOf<R>, fromPeriod: string, toPeriod: string, choice?: FactChoice<R>): DerivedFigureOf<R>;

  /**
   * The share of one fact in another, `part / whole`, as a fraction: the part
   * must be about a member of the whole's group, of an additive metric, in the
   * same period, unit and status.
   *
   * @param partFactId - the member's fact.
   * @param wholeFactId - the group's fact.
   * @returns A frozen derived figure (`derivation: 'share'`, `unit: 'fraction'`).
   * @throws {TypeError} if an ID is not a string.
   * @throws {RangeError} if an ID is unknown, a value missing, the metric not
   * additive, the facts differ in metric, unit, period or status, the part's
   * entity is not a member of the whole's, or the part exceeds the whole.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * const paris = dataset.shareOf(
   *   'paris-share-of-global-ai-native-funding-2023-2024',
   *   'big-three-share-of-global-ai-native-funding-2023-2024',
   * );
   * [paris.value, paris.precision]; // [0.05375, 'lower-bound']: 4.3% of "nearly 80%"
   * ```
   */
  shareOf(partFactId: FactIdOf<R>, wholeFactId: FactIdOf<R>): DerivedFigureOf<R>;

  /**
   * The ratio of two entities' facts, `numerator / denominator`: how many
   * times the one the other is, for one metric, period, unit and status.
   *
   * @param numeratorFactId - the fact divided.
   * @param denominatorFactId - the fact divided by, of another entity.
   * @returns A frozen derived figure (`derivation: 'ratio'`, `unit: 'ratio'`).
   * @throws {TypeError} if an ID is not a string.
   * @throws {RangeError} if an ID is unknown, a value missing, the facts share
   * an entity or differ in metric, unit, period or status, or the denominator is 0.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * const usOverChina = dataset.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024');
   * [usOverChina.value, usOverChina.precision]; // [5.428571428571429, 'lower-bound']
   * ```
   */
  ratioOf(numeratorFactId: FactIdOf<R>, denominatorFactId: FactIdOf<R>): DerivedFigureOf<R>;

  /**
   * The sum of facts of different entities, for one additive metric, period,
   * unit and status: money in one currency, counts, shares of one base. The
   * sum is exact in decimal (65 + 10 + 4.3 is 79.3).
   *
   * @param factIds - the facts to add: at least one, each once, and no entity
   * counted twice: not with a group that contains it (directly or through a
   * subgroup), nor in two groups that share it.
   * @returns A frozen derived figure (`derivation: 'sum'`, in the facts' unit).
   * @throws {TypeError} if `factIds` is not an array of strings.
   * @throws {RangeError} if it is empty or repeats an ID, an ID is unknown, a
   * value missing, the metric not additive, the facts differ in metric, unit,
   * period or status, or two facts count the same entity twice.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * const leaders = dataset.topEcosystems('share-of-global-ai-native-funding', 3);
   * dataset.sumOf(leaders.map((f) => f.id)).value; // 79.3
   * ```
   */
  sumOf(factIds: readonly FactIdOf<R>[]): DerivedFigureOf<R>;

  /**
   * Cross-checks the facts against each other, as data: where a group's figure
   * meets the sum of its members', a remainder and the parts it excludes make
   * the whole (each source's figures against its own), an amount stated in two
   * currencies implies an exchange rate, and a figure stated more than once
   * agrees with itself. Each check is judged within the rounding the printed
   * digits imply and the bounds the qualifiers set, so a difference that
   * rounding explains is `consistent`, with the intervals shown; a check that a
   * bound ("nearly") leaves open on one side says so (`oneSided`). Linear in
   * the facts; computed once, on first call.
   *
   * @returns The findings, a new array, in a stable order: by check, then by
   * the dataset's order of the facts.
   * @example
   * ```ts
   * import { dataset } from 'ai-investment-facts';
   * dataset.auditConsistency().map((f) => [f.check, f.outcome]);
   * // [['members-sum', 'consistent'], ['members-sum', 'consistent'], ['remainder-sum', 'consistent'],
   * //  ['remainder-sum', 'consistent'], ['currency-pair', 'not-checkable']]
   * ```
   */
  auditConsistency(): ConsistencyFinding<FactIdOf<R>>[];
}
