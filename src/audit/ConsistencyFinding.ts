/**
 * The kind of cross-check a finding reports:
 *
 * - `members-sum`: a group's figure against the sum of its members' figures
 *   (Beijing + Silicon Valley + Paris against the big three's "nearly 80%").
 *   For a group whose member list is incomplete, the sum may only be smaller.
 * - `remainder-sum`: a remainder ("the remaining 20.6%") plus the parts it
 *   excludes, against the whole: the whole's own figure, or 100% where the
 *   metric is a share of that whole. Where several remainders and groups
 *   cover the same entities, the first remainder is summed with each group,
 *   and the others with the first group (the rest follow from these).
 * - `currency-pair`: one amount stated in two currencies, and the exchange
 *   rate the pair implies. The sources state no rate to check it against.
 *   An amount stated in more currencies makes a pair of each with the first
 *   (the rate of any other pair is the quotient of two of these).
 * - `repeated-figure`: the figures stated more than once for the same
 *   entity, metric, period, unit and status (by two sources, or twice by one),
 *   against each other.
 * - `note-difference`: a difference of two facts that a note names (the US
 *   lead over China in AI venture investment, each year), shown beside the
 *   note's statement; a note weighs records that do not contradict each
 *   other, so the difference is not checked against anything.
 *
 * The sum checks compare each source's figures with its own; figures of
 * different sources meet only in `repeated-figure`.
 *
 * @example
 * ```ts
 * import type { ConsistencyCheck } from 'ai-investment-facts';
 * const check: ConsistencyCheck = 'remainder-sum';
 * ```
 * @category Consistency audit
 */
export type ConsistencyCheck = 'members-sum' | 'remainder-sum' | 'currency-pair' | 'repeated-figure' | 'note-difference';

/**
 * The verdict of a finding:
 *
 * - `consistent`: the figures agree within the rounding their printed digits
 *   imply and the bounds their qualifiers set.
 * - `inconsistent`: no values within those intervals agree.
 *   Round figures ("USD100 billion") are taken at the resolution of their
 *   digits, which a source may have rounded more coarsely, so read an
 *   `inconsistent` of a few units in the last digit with that in mind.
 * - `not-checkable`: the figure is derived and shown, but the sources give
 *   nothing to check it against (an implied exchange rate, a note's
 *   difference).
 *
 * @example
 * ```ts
 * import type { ConsistencyOutcome } from 'ai-investment-facts';
 * const outcome: ConsistencyOutcome = 'consistent';
 * ```
 * @category Consistency audit
 */
export type ConsistencyOutcome = 'consistent' | 'inconsistent' | 'not-checkable';

/**
 * The values a figure may have, given the digits printed and the qualifier:
 * a printed 4.3 is 4.25 to 4.35, "nearly 80%" is at most 80, "topped USD76
 * billion" at least 76 billion. `null` is an open end.
 *
 * @example
 * ```ts
 * import type { ValueInterval } from 'ai-investment-facts';
 * const printed65: ValueInterval = { low: 64.5, high: 65.5 };
 * const topped76Billion: ValueInterval = { low: 76e9, high: null };
 * ```
 * @category Consistency audit
 */
export interface ValueInterval {
  /** The least value, or `null` for none. */
  readonly low: number | null;
  /** The greatest value, or `null` for none. */
  readonly high: number | null;
}

/**
 * One cross-check of the facts against each other: what was computed from
 * which facts, what it is checked against, and whether the two agree within
 * the intervals their printed digits and qualifiers allow. A difference that
 * rounding explains is `consistent`, with the intervals shown.
 *
 * @typeParam FactId - the type of fact IDs.
 * @example
 * ```ts
 * import { dataset } from 'ai-investment-facts';
 * const remainder = dataset.auditConsistency().find((f) => f.check === 'remainder-sum');
 * remainder?.computed; // 99.9
 * remainder?.computedInterval; // { low: 98.8, high: 101 }
 * remainder?.expected; // 100
 * remainder?.outcome; // 'consistent'
 * remainder?.oneSided; // false
 * ```
 * @category Consistency audit
 */
export interface ConsistencyFinding<FactId extends string = string> {
  /** Stable and readable: the check, the entity, the metric, the period. */
  readonly id: string;
  /** The kind of cross-check. */
  readonly check: ConsistencyCheck;
  /** The verdict. */
  readonly outcome: ConsistencyOutcome;
  /**
   * Whether the check is open on one side: where a figure is a bound
   * ("nearly 80%", "topped USD76 billion") or a group's member list is
   * incomplete, it can catch a value beyond the bound but not one far short of
   * it, so `consistent` says less. `notes` say which figure makes it so.
   */
  readonly oneSided: boolean;
  /**
   * The finding in one sentence, with its numbers as a person reads them: a
   * fact's amounts with every digit, an exchange rate or a difference in
   * percentage points to three significant digits, its interval rounded
   * outward (`about 7.31 CNY per USD (7.22 to 7.39 …)`). `computed` and the
   * intervals keep the exact values.
   */
  readonly summary: string;
  /** Every fact the finding uses: those computed from first, then the one checked against (for `repeated-figure`, every statement of the figure). */
  readonly factIds: readonly FactId[];
  /** The unit of `computed` and `expected`: a fact unit, "percentage points" for a difference of percentages, or for an exchange rate "CNY per USD". */
  readonly unit: string;
  /** The value computed from the facts, as printed; for `repeated-figure`, the lowest of the figures. */
  readonly computed: number;
  /** The values `computed` may have, given its inputs' printed digits and qualifiers. */
  readonly computedInterval: ValueInterval;
  /** The value it is checked against, or `null` where there is none; for `repeated-figure`, the highest of the figures. */
  readonly expected: number | null;
  /** The values `expected` may have, or `null` where there is none. */
  readonly expectedInterval: ValueInterval | null;
  /** Where `expected` comes from: a fact's statement, or the metric's definition (a share of the whole is 100%). */
  readonly expectedBasis: 'fact' | 'definition' | null;
  /** `computed - expected`, exact in decimal, or `null` where there is nothing to check against. */
  readonly difference: number | null;
  /** What else a reader should know about the check. */
  readonly notes: readonly string[];
}
