/**
 * A derived figure from what a derivation computes: its value, its bounds and
 * precision from its inputs' intervals, its caveats, and its lineage.
 *
 * @internal
 * @module
 */
import { factInterval, monotoneInterval, sumOfIntervals } from '../arithmetic/intervals.js';
import { decimalSum } from '../arithmetic/decimalSum.js';
import { deepFreeze } from '../deepFreeze.js';
import { ArgumentRangeError, describeValue } from '../errors.js';
import { listed } from '../text/listed.js';
import type { Fact, Precision } from '../types.js';
import type { DerivedFigure } from './DerivedFigure.js';
import type { ValuedFact } from './requireInputs.js';

/** What a derivation computes, for {@link deriveFigure} to complete with its value, bounds and lineage. */
export interface Computed extends Pick<DerivedFigure, 'derivation' | 'unit' | 'formula'> {
  /** The method asked, and the arguments that name the inputs: what an error about the result names. */
  readonly method: string;
  readonly argument: string;
  /** The inputs, in the formula's order. */
  readonly facts: readonly ValuedFact[];
  /**
   * The input the result falls as it rises (the one divided by), and the
   * result as a function of it and the other input, rising with that one:
   * `(from, to) => (to - from) / from`. Absent for a sum, which rises with every input.
   */
  readonly divisor?: ValuedFact;
  readonly of?: (divisor: number, other: number) => number;
}

/**
 * A frozen derived figure from what a derivation computes: its value from
 * the inputs' printed values, its bounds from the intervals they allow
 * ({@link factInterval}), its precision and caveats from those, and its
 * lineage (metric, entities, periods, fact IDs). The inputs have already been
 * checked to share metric and status.
 *
 * @throws {ArgumentRangeError} if the value is not finite (finite inputs can
 * overflow: 1e308 + 1e308), naming the method and the formula with its inputs.
 */
export function deriveFigure({ method, argument, derivation, unit, formula, facts, divisor, of }: Computed): DerivedFigure {
  const other = facts.find((fact) => fact !== divisor)!;
  const value = divisor && of ? of(divisor.value, other.value) : decimalSum(facts.map((fact) => fact.value));
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError({
      method,
      argument,
      value,
      expected: ['a finite result'],
      received: [`${describeValue(value)} for ${formula}: the result overflows a double`],
    });
  }
  const { low, high } = divisor && of ? monotoneInterval(of, factInterval(divisor), factInterval(other)) : sumOfIntervals(facts.map(factInterval));
  const { precision, caveats } = precisionOf(facts, divisor, low, high);
  return deepFreeze({
    derivation,
    value,
    unit,
    bounds: { lower: low, upper: high },
    precision,
    status: other.status,
    metricId: other.metricId,
    entityIds: unique(facts.map((fact) => fact.entityId)),
    periods: unique(facts.flatMap((fact) => fact.period ?? [])),
    formula,
    derivedFrom: facts.map((fact) => fact.id),
    caveats: [...caveats, ...lineageCaveats(facts)],
  });
}

const IN_WORDS = { 'lower-bound': 'a lower bound', 'upper-bound': 'an upper bound' } as const;

/**
 * The precision of a derived figure, from its bounds, and the caveat that
 * explains it:
 *
 * - any input `approximate`: `approximate`, its bounds only those of that
 *   input's printed digits, which the source may exceed;
 * - bounded on both sides: `exact` where the two meet (sums and quotients of
 *   exact counts), otherwise `approximate`, within the rounding of the inputs'
 *   printed digits;
 * - bounded on one side: `lower-bound` or `upper-bound` (40 to "over 76"
 *   grows at least (76 - 40.5) / 40.5);
 * - on neither (bounds pulling both ways, a lower bound over a lower bound):
 *   `approximate`.
 *
 * A caveat names the inputs that are bounds and which way the result moves
 * with each.
 */
function precisionOf(
  facts: readonly ValuedFact[],
  divisor: Fact | undefined,
  low: number | null,
  high: number | null,
): { precision: Precision; caveats: string[] } {
  const approximate = facts.filter((fact) => fact.precision === 'approximate').map((fact) => fact.id);
  if (approximate.length > 0) {
    return {
      precision: 'approximate',
      caveats: [
        `Approximate, because ${listed(approximate)} ${approximate.length === 1 ? 'is' : 'are'} approximate: its bounds allow only the rounding of the printed digits, which the source may exceed.`,
      ],
    };
  }
  // Past the approximate ones, each input is exact or a bound.
  const bounds = facts.filter((fact) => fact.precision !== 'exact') as (Fact & { precision: keyof typeof IN_WORDS })[];
  const falls = (fact: Fact) => fact === divisor;
  const reasons = listed(bounds.map((fact) => `${fact.id} is ${IN_WORDS[fact.precision]} and the result ${falls(fact) ? 'falls' : 'rises'} with it`));
  if (low !== null && high !== null) {
    if (low === high) return { precision: 'exact', caveats: [] };
    return {
      precision: 'approximate',
      caveats: [`Approximate, within its bounds: the rounding of the inputs' printed digits${bounds.length > 0 ? `, and ${reasons}` : ''}.`],
    };
  }
  if (low === null && high === null) {
    return {
      precision: 'approximate',
      caveats: [`Neither a lower nor an upper bound, so recorded as approximate: ${reasons}, so the true value may lie on either side.`],
    };
  }
  const result = low === null ? 'upper-bound' : 'lower-bound';
  return { precision: result, caveats: [`${IN_WORDS[result].replace(/^a/, 'A')}, because ${reasons}.`] };
}

/** What a reader should know about where the inputs come from. */
function lineageCaveats(facts: readonly Fact[]): string[] {
  const caveats: string[] = [];
  const producers = unique(facts.flatMap((fact) => fact.citation.attributedTo ?? []));
  if (producers.length > 1) caveats.push(`The inputs come from different producers (${listed(producers)}), which may count differently.`);
  const sources = unique(facts.map((fact) => fact.citation.sourceId));
  if (sources.length > 1) caveats.push(`The inputs come from different sources (${listed(sources)}).`);
  const fromContext = facts.filter((fact) => fact.periodBasis === 'context').map((fact) => fact.id);
  if (fromContext.length > 0) {
    caveats.push(
      `The period of ${listed(fromContext)} is read from context, not stated by the source for that figure; see ${fromContext.length === 1 ? 'its' : 'their'} caveats.`,
    );
  }
  return caveats;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
