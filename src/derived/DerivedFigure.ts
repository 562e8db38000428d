import type { FactUnit, Precision, Status } from '../types.js';

/**
 * How a derived figure was computed from its facts:
 *
 * - `growth-rate`: `(to - from) / from`, between two periods of one entity.
 * - `cagr`: `(to / from) ** (1 / years) - 1`, the same per year.
 * - `share`: `part / whole`, of a member in its group.
 * - `ratio`: `numerator / denominator`, of two entities.
 * - `sum`: the total of several entities.
 *
 * @example
 * ```ts
 * import type { Derivation } from 'ai-investment-facts';
 * const derivation: Derivation = 'growth-rate';
 * ```
 * @category Derived figures
 */
export type Derivation = 'growth-rate' | 'cagr' | 'share' | 'ratio' | 'sum';

/**
 * The unit of a derived figure: `fraction` for growth rates, CAGRs and shares
 * (0.9 is 90%), `ratio` for ratios (5.43 is 5.43 times), and the facts' own
 * unit for sums.
 *
 * @example
 * ```ts
 * import type { DerivedUnit } from 'ai-investment-facts';
 * const units: DerivedUnit[] = ['fraction', 'ratio', 'percent', 'USD'];
 * ```
 * @category Derived figures
 */
export type DerivedUnit = 'fraction' | 'ratio' | FactUnit;

/**
 * A figure computed from facts, never stated by a source, with its lineage:
 * the facts it comes from, the formula, and the interval of values its
 * inputs allow. `value` is computed from the printed numbers; `bounds` from
 * every value the printed digits and qualifiers allow (a printed USD40
 * billion is 39.5 to 40.5 billion, "topped USD76 billion" is 76 billion or
 * more; see {@link ValueInterval}), the same intervals the consistency audit
 * uses. Growth from 40 to "topped 76" is 0.9 computed, but only at least
 * (76 - 40.5) / 40.5 = 0.8765… supported. `precision` follows from the
 * bounds: `lower-bound` or `upper-bound` where only one is known,
 * `exact` where they meet, `approximate` otherwise or where an input is
 * approximate. `caveats` say why, and what else a reader should know (inputs
 * from different producers, periods read from context).
 *
 * Derived figures are deeply frozen, like the records.
 *
 * @typeParam FactId - the type of fact IDs.
 * @typeParam EntityId - the type of entity IDs.
 * @typeParam MetricId - the type of metric IDs.
 * @example
 * ```ts
 * import { dataset } from 'ai-investment-facts';
 * const growth = dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024');
 * growth.value; // 0.9
 * growth.bounds; // { lower: 0.8765432098765432, upper: null }
 * growth.precision; // 'lower-bound'
 * growth.derivedFrom; // ['united-states-ai-vc-investment-2023', 'united-states-ai-vc-investment-2024']
 * ```
 * @category Derived figures
 */
export interface DerivedFigure<FactId extends string = string, EntityId extends string = string, MetricId extends string = string> {
  /** How it was computed. */
  readonly derivation: Derivation;
  /** The computed value, in `unit`. Never rounded. */
  readonly value: number;
  /** `fraction`, `ratio`, or for a sum the facts' unit. */
  readonly unit: DerivedUnit;
  /**
   * The least and the greatest value the inputs' printed digits and
   * qualifiers allow, or `null` for a side they leave open: a figure computed
   * from any values they allow lies within. Computed in floating point, so
   * within a unit in the last place.
   */
  readonly bounds: { readonly lower: number | null; readonly upper: number | null };
  /** What the bounds say of the result (see {@link DerivedFigure}). */
  readonly precision: Precision;
  /** The inputs' status, which they share: a sum of plans is a plan. */
  readonly status: Status;
  /** The metric of every input. */
  readonly metricId: MetricId;
  /** The entities of the inputs, in the order of `derivedFrom`, each once. */
  readonly entityIds: readonly EntityId[];
  /** The periods of the inputs, in the order of `derivedFrom`, each once: `['2023', '2024']` for a growth rate. */
  readonly periods: readonly string[];
  /** The formula in words, then with the inputs' values: `(value in 2024 - value in 2023) / value in 2023 = (76000000000 - 40000000000) / 40000000000`. */
  readonly formula: string;
  /** The IDs of the facts it was computed from, in the formula's order. */
  readonly derivedFrom: readonly FactId[];
  /** Why the precision is what it is, and what else a reader should know; empty when nothing needs saying. */
  readonly caveats: readonly string[];
}
