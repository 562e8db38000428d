import { deepFreeze } from '../deepFreeze.js';
import { ArgumentRangeError, describeValue } from '../errors.js';
import type { Fact } from '../types.js';
import type { Derivation, DerivedFigure, DerivedUnit } from './DerivedFigure.js';
import { listed } from '../text/listed.js';
import { type DerivationInput, derivedPrecision } from './derivedPrecision.js';

/** What a derivation computed, for {@link deriveFigure} to complete with the lineage. */
export interface Computed {
  readonly derivation: Derivation;
  readonly value: number;
  readonly unit: DerivedUnit;
  readonly formula: string;
  /** The inputs in the formula's order, with how the result moves with each. */
  readonly inputs: readonly DerivationInput[];
}

/** The method that makes each derivation, and the arguments that name its inputs: what an error about its result names. */
const ASKED_BY: Readonly<Record<Derivation, readonly [method: string, argument: string]>> = {
  sum: ['sumOf', 'factIds'],
  ratio: ['ratioOf', 'numeratorFactId, denominatorFactId'],
  share: ['shareOf', 'partFactId, wholeFactId'],
  'growth-rate': ['growthOf', 'fromPeriod, toPeriod'],
  cagr: ['cagrOf', 'fromPeriod, toPeriod'],
};

/**
 * A frozen derived figure from what a derivation computed: its precision and
 * caveats from the inputs, and its lineage (metric, entities, periods, fact
 * IDs). The inputs have already been checked to share metric and status.
 *
 * @throws {ArgumentRangeError} if the value is not finite (finite inputs can
 * overflow: 1e308 + 1e308), naming the method and the formula with its inputs.
 * @internal
 */
export function deriveFigure({ derivation, value, unit, formula, inputs }: Computed): DerivedFigure {
  if (!Number.isFinite(value)) {
    const [method, argument] = ASKED_BY[derivation];
    throw new ArgumentRangeError({
      method,
      argument,
      value,
      expected: ['a finite result'],
      received: [`${describeValue(value)} for ${formula}: the result overflows a double`],
    });
  }
  const facts = inputs.map(({ fact }) => fact);
  const [first] = facts as [Fact, ...Fact[]];
  const { precision, caveats } = derivedPrecision(inputs);
  return deepFreeze({
    derivation,
    value,
    unit,
    precision,
    status: first.status,
    metricId: first.metricId,
    entityIds: unique(facts.map((fact) => fact.entityId)),
    periods: unique(facts.flatMap((fact) => (fact.period === null ? [] : [fact.period]))),
    formula,
    derivedFrom: facts.map((fact) => fact.id),
    caveats: [...caveats, ...lineageCaveats(facts)],
  });
}

/** What a reader should know about where the inputs come from. */
function lineageCaveats(facts: readonly Fact[]): string[] {
  const caveats: string[] = [];
  const producers = unique(facts.flatMap((fact) => (fact.citation.attributedTo === undefined ? [] : [fact.citation.attributedTo])));
  if (producers.length > 1) {
    caveats.push(`The inputs come from different producers (${listed(producers)}), which may count differently.`);
  }
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
