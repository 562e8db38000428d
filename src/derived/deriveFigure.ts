/**
 * A derived figure from what a derivation computed: its precision and caveats
 * from its inputs', and its lineage.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../deepFreeze.js';
import { ArgumentRangeError, describeValue } from '../errors.js';
import { listed } from '../text/listed.js';
import type { Fact, Precision } from '../types.js';
import type { DerivedFigure } from './DerivedFigure.js';

/** What a derivation computed, for {@link deriveFigure} to complete with the lineage. */
export interface Computed extends Pick<DerivedFigure, 'derivation' | 'value' | 'unit' | 'formula'> {
  /** The method asked, and the arguments that name the inputs: what an error about the result names. */
  readonly method: string;
  readonly argument: string;
  /** The inputs, in the formula's order. */
  readonly facts: readonly Fact[];
  /** The input the result falls as it rises (the one divided by), if any: it rises with every other. */
  readonly divisor?: Fact;
}

/**
 * A frozen derived figure from what a derivation computed: its precision and
 * caveats from the inputs, and its lineage (metric, entities, periods, fact
 * IDs). The inputs have already been checked to share metric and status.
 *
 * @throws {ArgumentRangeError} if the value is not finite (finite inputs can
 * overflow: 1e308 + 1e308), naming the method and the formula with its inputs.
 */
export function deriveFigure({ method, argument, derivation, value, unit, formula, facts, divisor }: Computed): DerivedFigure {
  if (!Number.isFinite(value)) {
    throw new ArgumentRangeError({
      method,
      argument,
      value,
      expected: ['a finite result'],
      received: [`${describeValue(value)} for ${formula}: the result overflows a double`],
    });
  }
  const [first] = facts as [Fact];
  const { precision, caveats } = precisionOf(facts, divisor);
  return deepFreeze({
    derivation,
    value,
    unit,
    precision,
    status: first.status,
    metricId: first.metricId,
    entityIds: unique(facts.map((fact) => fact.entityId)),
    periods: unique(facts.flatMap((fact) => fact.period ?? [])),
    formula,
    derivedFrom: facts.map((fact) => fact.id),
    caveats: [...caveats, ...lineageCaveats(facts)],
  });
}

const IN_WORDS = { 'lower-bound': 'a lower bound', 'upper-bound': 'an upper bound' } as const;

/**
 * The precision a derived figure inherits from its inputs, and the caveat
 * that explains it:
 *
 * - all inputs `exact`: `exact`;
 * - any input `approximate`: `approximate`;
 * - otherwise each bound carries over in the direction the result moves with
 *   its input: a result that rises with a lower bound is a lower bound (40 to
 *   "over 76" grows at least 0.9), one that falls with a lower bound is an
 *   upper bound. Bounds pulling both ways leave the result unbounded, which
 *   is recorded as `approximate` with a caveat that says so.
 */
function precisionOf(facts: readonly Fact[], divisor: Fact | undefined): { precision: Precision; caveats: string[] } {
  const approximate = facts.filter((fact) => fact.precision === 'approximate').map((fact) => fact.id);
  if (approximate.length > 0) {
    return { precision: 'approximate', caveats: [`Approximate, because ${listed(approximate)} ${approximate.length === 1 ? 'is' : 'are'} approximate.`] };
  }
  // Past the approximate ones, each input is exact or a bound.
  const bounds = facts.filter((fact) => fact.precision !== 'exact') as (Fact & { precision: keyof typeof IN_WORDS })[];
  const falls = (fact: Fact) => fact === divisor;
  const results = new Set(bounds.map((fact) => ((fact.precision === 'lower-bound') !== falls(fact) ? 'lower-bound' : 'upper-bound')));
  const reasons = listed(bounds.map((fact) => `${fact.id} is ${IN_WORDS[fact.precision]} and the result ${falls(fact) ? 'falls' : 'rises'} with it`));
  const [result, ...others] = results;
  if (result === undefined) return { precision: 'exact', caveats: [] };
  if (others.length === 0) return { precision: result, caveats: [`${IN_WORDS[result].replace(/^a/, 'A')}, because ${reasons}.`] };
  return {
    precision: 'approximate',
    caveats: [`Neither a lower nor an upper bound, so recorded as approximate: ${reasons}, so the true value may lie on either side.`],
  };
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
