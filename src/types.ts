/**
 * The record model. Each type here is written once; the zod schemas in
 * `ai-investment-facts/schema` are proven by a type test to infer exactly these
 * types, so the two cannot drift apart. Nothing here imports zod at run time.
 *
 * The ID type parameters default to `string`, which is the shape of a user's
 * own records; the built-in records narrow them to literal unions
 * ({@link EntityId}, {@link MetricId}, {@link SourceId}) so that a typo in an
 * ID does not compile.
 *
 * @module
 */
import type {
  CITATION_SECTIONS,
  CURRENCY_CODES,
  ENTITY_KINDS,
  METRIC_UNITS,
  NOTE_KINDS,
  STANCES,
  PERIOD_BASES,
  PRECISIONS,
  RECORD_TYPES,
  SOURCE_KINDS,
  STATUSES,
} from './vocabulary.js';

/**
 * How precisely a source states a value: one of {@link PRECISIONS}.
 *
 * @example
 * ```ts
 * import type { Precision } from 'ai-investment-facts';
 * const precision: Precision = 'lower-bound'; // "topped USD76 billion"
 * ```
 * @category Records
 */
export type Precision = (typeof PRECISIONS)[number];

/**
 * What kind of statement a fact is: one of {@link STATUSES}.
 *
 * @example
 * ```ts
 * import type { Status } from 'ai-investment-facts';
 * const status: Status = 'plan'; // "Amazon planning to spend USD100 billion"
 * ```
 * @category Records
 */
export type Status = (typeof STATUSES)[number];

/**
 * How a fact's period was established: one of {@link PERIOD_BASES}.
 *
 * @example
 * ```ts
 * import type { PeriodBasis } from 'ai-investment-facts';
 * const basis: PeriodBasis = 'relative'; // "last year" in an article of 2025
 * ```
 * @category Records
 */
export type PeriodBasis = (typeof PERIOD_BASES)[number];

/**
 * What an entity is: one of {@link ENTITY_KINDS}.
 *
 * @example
 * ```ts
 * import type { EntityKind } from 'ai-investment-facts';
 * const kind: EntityKind = 'startup-ecosystem';
 * ```
 * @category Records
 */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * What kind of document a source is: one of {@link SOURCE_KINDS}.
 *
 * @example
 * ```ts
 * import type { SourceKind } from 'ai-investment-facts';
 * const kind: SourceKind = 'news-article';
 * ```
 * @category Records
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What kind of statement a claim is: one of {@link STANCES}.
 *
 * @example
 * ```ts
 * import type { Stance } from 'ai-investment-facts';
 * const stance: Stance = 'forecast';
 * ```
 * @category Vocabulary
 */
export type Stance = (typeof STANCES)[number];

/**
 * Where on its document's page a citation's passage sits: one of {@link CITATION_SECTIONS}.
 *
 * @example
 * ```ts
 * import type { CitationSection } from 'ai-investment-facts';
 * const section: CitationSection = 'related-article-teaser';
 * ```
 * @category Records
 */
export type CitationSection = (typeof CITATION_SECTIONS)[number];

/**
 * The unit a metric is measured in: one of {@link METRIC_UNITS}.
 *
 * @example
 * ```ts
 * import type { MetricUnit } from 'ai-investment-facts';
 * const unit: MetricUnit = 'currency';
 * ```
 * @category Records
 */
export type MetricUnit = (typeof METRIC_UNITS)[number];

/**
 * A kind of record: one of {@link RECORD_TYPES}.
 *
 * @example
 * ```ts
 * import type { RecordType } from 'ai-investment-facts';
 * const type: RecordType = 'fact';
 * ```
 * @category Records
 */
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * An ISO 4217 currency code: one of {@link CURRENCY_CODES}.
 *
 * @example
 * ```ts
 * import type { CurrencyCode } from 'ai-investment-facts';
 * const currency: CurrencyCode = 'USD';
 * ```
 * @category Records
 */
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/**
 * The unit of one fact's value: `percent`, `count` or `years` (as its metric),
 * or, for a `currency` metric, the ISO 4217 code of the currency the source
 * states the amount in.
 *
 * @example
 * ```ts
 * import type { FactUnit } from 'ai-investment-facts';
 * const units: FactUnit[] = ['percent', 'USD', 'CNY', 'count', 'years'];
 * ```
 * @category Records
 */
export type FactUnit = Exclude<MetricUnit, 'currency'> | CurrencyCode;

/**
 * A period in ISO 8601 form: a calendar year (`2024`) or an interval of whole
 * years, both inclusive, the first before the second (`2023/2024`,
 * `2025/2028`). The schema checks the form; the type is a plain string.
 *
 * @example
 * ```ts
 * import type { Period } from 'ai-investment-facts';
 * const period: Period = '2025/2028'; // "over the next four years", said in 2025
 * ```
 * @category Records
 */
export type Period = string;

/**
 * A document the facts are taken from.
 *
 * @typeParam Id - the type of the source's ID.
 * @example
 * ```ts
 * import { sources } from 'ai-investment-facts';
 * const yicai = sources.find((s) => s.publisher === 'Yicai');
 * yicai?.publishedOn; // '2025-03-26'
 * ```
 * @category Records
 */
export interface Source<Id extends string = string> {
  /** Stable kebab-case ID; for the built-in sources, the archived file's name without `.txt`. */
  readonly id: Id;
  /** The title as the document prints it. */
  readonly title: string;
  /** Who published the document, or `null` where the document does not say. */
  readonly publisher: string | null;
  /** Why `publisher` is `null`; present exactly when it is. */
  readonly publisherMissingReason?: string;
  /** The byline, where the document gives one. */
  readonly author?: string;
  /** The editor, where the document names one. */
  readonly editor?: string;
  /** The publication date as an ISO 8601 date (`2025-03-26`), or `null` where the document gives none. */
  readonly publishedOn: string | null;
  /** Why `publishedOn` is `null`; present exactly when it is. */
  readonly publishedOnMissingReason?: string;
  /** The document's own words for its date, verbatim; present exactly when `publishedOn` is a date. */
  readonly publishedOnQuote?: string;
  /** What kind of document this is. */
  readonly kind: SourceKind;
  /** What a reader should know about the document as a source. */
  readonly notes: readonly string[];
  /**
   * The SHA-256 (lowercase hex) of the archived copy's UTF-8 bytes that the
   * quotes and their selectors were checked against; every built-in source has one.
   */
  readonly sha256?: string;
}

/**
 * Something a fact is about: a startup ecosystem, a country, a region, a
 * company, or a group of entities.
 *
 * @typeParam Id - the type of entity IDs (this entity's, and its members').
 * @example
 * ```ts
 * import { entities } from 'ai-investment-facts';
 * const bigThree = entities.find((e) => e.id === 'big-three');
 * bigThree?.members; // ['beijing', 'silicon-valley', 'paris']
 * ```
 * @category Records
 */
export interface Entity<Id extends string = string> {
  /** Stable kebab-case ID. */
  readonly id: Id;
  /** The name a reader knows it by. */
  readonly name: string;
  /** What the entity is. */
  readonly kind: EntityKind;
  /** ISO 3166-1 alpha-2 code of the country it lies in or is headquartered in, where one applies. */
  readonly countryCode?: string;
  /** Other names the sources use for it. */
  readonly aliases?: readonly string[];
  /** For a group: what the group is, in our words. */
  readonly description?: string;
  /** For a group: the members the sources name (possibly none). */
  readonly members?: readonly Id[];
  /** For a group: whether `members` lists every member. */
  readonly membersComplete?: boolean;
  /** For a group that is part of a larger group: that group. */
  readonly subsetOf?: Id;
  /** For a group defined as a larger group less some entities: those entities. */
  readonly excludes?: readonly Id[];
}

/**
 * What a fact measures. Two facts of the same metric, unit and period are
 * comparable; facts of different metrics are not, however alike their names.
 *
 * @typeParam Id - the type of the metric's ID.
 * @typeParam EntityId - the type of entity IDs (of `baseEntityId`).
 * @example
 * ```ts
 * import { metrics } from 'ai-investment-facts';
 * const shareOfTop40 = metrics.find((m) => m.id === 'share-of-global-ai-native-funding');
 * shareOfTop40?.unit; // 'percent'
 * shareOfTop40?.additive; // true: Beijing's 10% and Paris's 4.3% make 14.3% of the same base
 * shareOfTop40?.baseEntityId; // 'top-40-startup-ecosystems'
 * shareOfTop40?.baseInferredReason !== undefined; // true: the source states that base for one figure only
 * ```
 * @category Records
 */
export interface Metric<Id extends string = string, EntityId extends string = string> {
  /** Stable kebab-case ID. */
  readonly id: Id;
  /** A short name. */
  readonly name: string;
  /** The unit every fact of this metric is measured in. */
  readonly unit: MetricUnit;
  /** What exactly is measured, and against which base, in our own words. */
  readonly definition: string;
  /**
   * Whether the figures of different entities, for the same period and unit,
   * add up to the figure of those entities taken together: true for amounts,
   * counts and shares of one common base; false for figures relative to each
   * entity's own base (an ecosystem's concentration on AI) and for durations.
   * Only the figures of an additive metric may be summed, or taken as a share
   * of one another.
   */
  readonly additive: boolean;
  /**
   * For a `percent` metric that is a share of one entity's total: that entity
   * (a group, usually), whose own share is 100% by definition, as the source
   * states it or, with `baseInferredReason`, as the package infers it.
   */
  readonly baseEntityId?: EntityId;
  /** Why the package takes `baseEntityId` as the base, where the source does not state it: present exactly when the base is the package's inference. */
  readonly baseInferredReason?: string;
}

/**
 * A W3C Web Annotation `TextQuoteSelector`: a quote as its document prints it,
 * with the text right before and after it, enough to tell it from any repeat.
 *
 * @example
 * ```ts
 * import type { TextQuoteSelector } from 'ai-investment-facts';
 * const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'topped USD76 billion', prefix: 'investment in AI ', suffix: ' last year' };
 * ```
 * @category Records
 */
export interface TextQuoteSelector {
  /** Always `TextQuoteSelector`. */
  readonly type: 'TextQuoteSelector';
  /** The passage as the document prints it, whitespace included (a quote's no-break spaces and line breaks). */
  readonly exact: string;
  /** The text right before the passage: the shortest (at least 8 characters where there are) that makes the selector unique in the document. */
  readonly prefix: string;
  /** The text right after the passage, as long as `prefix`, or less at the document's end. */
  readonly suffix: string;
}

/**
 * A W3C Web Annotation `TextPositionSelector`: where a passage starts and ends
 * in its document, counted in Unicode code points from the document's start
 * (as W3C says; not JavaScript's UTF-16 string indices, which differ where
 * the text holds characters beyond U+FFFF).
 *
 * @example
 * ```ts
 * import type { TextPositionSelector } from 'ai-investment-facts';
 * const selector: TextPositionSelector = { type: 'TextPositionSelector', start: 931, end: 1055 }; // the US 2024 figure's quote in the Yicai copy
 * ```
 * @category Records
 */
export interface TextPositionSelector {
  /** Always `TextPositionSelector`. */
  readonly type: 'TextPositionSelector';
  /** The code point offset of the passage's first character. */
  readonly start: number;
  /** The code point offset just after the passage's last character. */
  readonly end: number;
}

/**
 * Where one quote sits in its source's archived copy, as the two W3C
 * selectors a Web Annotation's target takes (`selector: [textQuote, textPosition]`).
 *
 * @example
 * ```ts
 * import { facts } from 'ai-investment-facts';
 * const [first] = facts[0]?.citation.selectors ?? [];
 * first?.textPosition.start; // where the fact's quote starts in the archived copy
 * ```
 * @category Records
 */
export interface QuoteSelectors {
  /** The passage with its context. */
  readonly textQuote: TextQuoteSelector;
  /** The passage's offsets. */
  readonly textPosition: TextPositionSelector;
}

/**
 * Where a record comes from: a document and the verbatim words in it.
 *
 * @typeParam SourceId - the type of source IDs.
 * @example
 * ```ts
 * import { facts } from 'ai-investment-facts';
 * const us2024 = facts.find((f) => f.id === 'united-states-ai-vc-investment-2024');
 * us2024?.citation.attributedTo; // 'CB Insights'
 * ```
 * @category Records
 */
export interface Citation<SourceId extends string = string> {
  /** The document. */
  readonly sourceId: SourceId;
  /** Where on the document's page the passage sits. */
  readonly section: CitationSection;
  /** For a related-article teaser: the teased article's title, verbatim as the page gives it. */
  readonly teasedTitle?: string;
  /** For a related-article teaser: the teased article's publisher, where the page gives one, as it gives it. */
  readonly teasedPublisher?: string;
  /**
   * The document's own words, verbatim (any run of whitespace may stand for any
   * other), at most 300 characters. For a fact, they print its value.
   */
  readonly quote: string;
  /** Other passages of the same document that state the same thing, each verbatim. */
  readonly otherQuotes?: readonly string[];
  /** The original producer of the data, only where the document itself names one. */
  readonly attributedTo?: string;
  /** The person the document quotes as saying it, with their role as the document gives it. */
  readonly statedBy?: string;
  /**
   * Where each quote sits in the source's archived copy (the one `Source.sha256`
   * names): one entry per quote, `quote` first, then `otherQuotes` in order.
   * Generated from the archived copies; every built-in record has them.
   */
  readonly selectors?: readonly QuoteSelectors[];
}

/**
 * One figure stated by a source: a value of a metric, for an entity, in a
 * period, with its precision, status and citation.
 *
 * A value the source says is not known is `null`, with `missingReason`, and
 * then `precision` is `null` too. A period that cannot be told is `null`, with
 * `periodMissingReason`, and then `periodBasis` is `null` too.
 *
 * @typeParam EntityId - the type of entity IDs.
 * @typeParam MetricId - the type of metric IDs.
 * @typeParam SourceId - the type of source IDs.
 * @example
 * ```ts
 * import { facts } from 'ai-investment-facts';
 * const fact = facts.find((f) => f.id === 'beijing-ai-native-funding-concentration-2023-2024');
 * fact?.value; // 66
 * fact?.unit; // 'percent'
 * ```
 * @category Records
 */
export interface Fact<EntityId extends string = string, MetricId extends string = string, SourceId extends string = string> {
  /** Stable, human-readable kebab-case ID: entity, metric, period (and currency where one plan is stated in two). */
  readonly id: string;
  /** The entity the figure is about. */
  readonly entityId: EntityId;
  /** What the figure measures. */
  readonly metricId: MetricId;
  /** When: a year or an interval of years, or `null` where neither the source nor its date tells. */
  readonly period: Period | null;
  /** Whether the source states the period, implies it by its own date, or leaves it to context; `null` exactly when `period` is. */
  readonly periodBasis: PeriodBasis | null;
  /** Why `period` is `null`; present exactly when it is. */
  readonly periodMissingReason?: string;
  /** The value in `unit` (66 for 66%, 76_000_000_000 for USD76 billion), or `null` where the source says it is not known. */
  readonly value: number | null;
  /** The unit of `value`. */
  readonly unit: FactUnit;
  /** How precisely the source states the value, from its own words; `null` exactly when `value` is. */
  readonly precision: Precision | null;
  /** Reported figure, estimate, plan or forecast. */
  readonly status: Status;
  /** Why `value` is `null`; present exactly when it is. */
  readonly missingReason?: string;
  /** Where the figure is stated. */
  readonly citation: Citation<SourceId>;
  /** Where the source is loose, ambiguous or inconsistent about this figure, in our words; empty when it is not. */
  readonly caveats: readonly string[];
}

/**
 * A statement of a source that carries no figure but is still a fact a reader
 * wants: who is named as a contender, what is said of a company.
 *
 * @typeParam EntityId - the type of entity IDs.
 * @typeParam SourceId - the type of source IDs.
 * @example
 * ```ts
 * import { claims } from 'ai-investment-facts';
 * claims.filter((c) => c.entityIds.includes('paris')).length > 0; // true
 * ```
 * @category Records
 */
export interface Claim<EntityId extends string = string, SourceId extends string = string> {
  /** Stable, human-readable kebab-case ID. */
  readonly id: string;
  /** The entities the statement is about (none where it is about AI investment in general). */
  readonly entityIds: readonly EntityId[];
  /** What the source says, in our own words. */
  readonly statement: string;
  /** Whether the source states it as a fact, a view or a forecast; whose it is follows from `citation`. */
  readonly stance: Stance;
  /** Where it says so. */
  readonly citation: Citation<SourceId>;
  /** Where the source is loose or the statement needs context, in our words; empty when it does not. */
  readonly caveats: readonly string[];
}

/**
 * What a note says about its records: one of {@link NOTE_KINDS}.
 *
 * @example
 * ```ts
 * import type { NoteKind } from 'ai-investment-facts';
 * const kind: NoteKind = 'overlap';
 * ```
 * @category Vocabulary
 */
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * A difference of two facts of one unit that a note asks the consistency
 * audit to compute: `minuendId`'s value minus `subtrahendId`'s, with the
 * interval their printed digits and qualifiers allow.
 *
 * @typeParam FactId - the type of fact IDs.
 * @example
 * ```ts
 * import type { FactDifference } from 'ai-investment-facts';
 * const gap2024: FactDifference = { minuendId: 'united-states-ai-vc-investment-2024', subtrahendId: 'china-ai-vc-investment-2024' };
 * ```
 * @category Records
 */
export interface FactDifference<FactId extends string = string> {
  /** The fact whose value is subtracted from. */
  readonly minuendId: FactId;
  /** The fact whose value is subtracted. */
  readonly subtrahendId: FactId;
}

/**
 * A note across records, in the package's own words: where records of one
 * source or of several sit uneasily together (a `tension`) or may count the
 * same ground twice (an `overlap`). A note states no figure of its own; the
 * differences it names are computed by the consistency audit from the facts.
 *
 * @typeParam EntityId - the type of entity IDs.
 * @typeParam FactId - the type of fact IDs.
 * @typeParam ClaimId - the type of claim IDs.
 * @example
 * ```ts
 * import { notes } from 'ai-investment-facts';
 * notes.filter((n) => n.kind === 'overlap').map((n) => n.entityIds); // [['san-francisco', 'silicon-valley']]
 * ```
 * @category Records
 */
export interface Note<EntityId extends string = string, FactId extends string = string, ClaimId extends string = string> {
  /** Stable, human-readable kebab-case ID. */
  readonly id: string;
  /** What the note says about its records. */
  readonly kind: NoteKind;
  /** The note, in our words; a passage it quotes is verbatim in a document its records cite. */
  readonly statement: string;
  /** The entities the note is about. */
  readonly entityIds: readonly EntityId[];
  /** The facts the note is about. */
  readonly factIds: readonly FactId[];
  /** The claims the note is about. */
  readonly claimIds: readonly ClaimId[];
  /** The differences of its facts that the consistency audit computes for the note; empty where none helps. */
  readonly differences: readonly FactDifference<FactId>[];
}

/**
 * One entry of the corrections ledger: a value that a release published and a
 * later release changed, with both values and the reason. A correction never
 * removes the record; it changes one field of it. The ledger only grows.
 *
 * @example
 * ```ts
 * import { corrections } from 'ai-investment-facts';
 * for (const c of corrections) {
 *   console.log(`${c.recordId} ${c.field}: ${c.oldValue} -> ${c.newValue} in ${c.release} (${c.reason})`);
 * }
 * ```
 * @category Records
 */
export interface Correction {
  /** What kind of record was corrected. */
  readonly recordType: RecordType;
  /** The ID of the record, which a correction never changes. */
  readonly recordId: string;
  /** The corrected field, as a dotted path in the record: `value`, `precision`, `period`, `citation.quote`. */
  readonly field: string;
  /** The value as the last release before the correction published it (`null` for a `null` value). */
  readonly oldValue: string | number | boolean | null;
  /** The value from `release` on. */
  readonly newValue: string | number | boolean | null;
  /** Why the old value was wrong, in our words, naming the passage of the source that shows it. */
  readonly reason: string;
  /** The first release (a semantic version, `1.2.3`) that carries the new value. */
  readonly release: string;
}
