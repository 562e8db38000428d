/**
 * What the consistency audit's checks share (the finding itself is defined in
 * `ConsistencyFinding.ts`): the intervals a printed figure allows (from
 * `arithmetic/intervals.ts`, which the derived figures use too), the table
 * of the facts the checks use, sorted into cells, the notes on bounds, the
 * amounts as the summaries write them, and the two kinds of finding the
 * checks make: a sum against what it should make, and a figure with nothing
 * to check it against.
 *
 * @internal
 * @module
 */
import { forReading, type Rounding } from '../arithmetic/decimalDigits.js';
import { decimalSum } from '../arithmetic/decimalSum.js';
import { factInterval, sumOfIntervals } from '../arithmetic/intervals.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { enUsAmount } from '../format/enUsAmount.js';
import { appendTo, getOrInsert } from '../grouping.js';
import { listed } from '../text/listed.js';
import type { Fact } from '../types.js';
import { isFactUnit } from '../vocabulary.js';
import type { ConsistencyCheck, ConsistencyFinding, ValueInterval } from './ConsistencyFinding.js';

export { factInterval, sumOfIntervals };

/** Whether some value lies in both intervals. @internal */
export function intervalsMeet(a: ValueInterval, b: ValueInterval): boolean {
  return (a.low ?? -Infinity) <= (b.high ?? Infinity) && (b.low ?? -Infinity) <= (a.high ?? Infinity);
}

/**
 * The facts the audit can use (with a value and a known period: two unknown
 * periods need not be the same), in the dataset's order, with the index they
 * come from; and `cellsOf`, an entity's usable facts by the {@link cellKey} of
 * their cell, in the order of each cell's first fact, facts in the dataset's
 * order. The facts are sorted by entity on first asking, and an entity's
 * into cells on first asking for it: a dataset with no groups never sorts them.
 *
 * @internal
 */
export function factTable(index: RecordIndex) {
  const all = index.records.facts;
  // Most datasets' facts are all usable: then they are the table's, with no copy of a million entries.
  const facts = all.every(isUsable) ? (all as readonly ValuedFact[]) : all.filter(isUsable);
  let byEntity: Map<string, ValuedFact[]> | undefined;
  const cells = new Map<string, Map<string, ValuedFact[]>>();
  const cellsOf = (entityId: string): ReadonlyMap<string, readonly ValuedFact[]> =>
    getOrInsert(cells, entityId, () => {
      if (byEntity === undefined) {
        byEntity = new Map();
        for (const fact of facts) appendTo(byEntity, fact.entityId, fact);
      }
      const ofEntity = new Map<string, ValuedFact[]>();
      for (const fact of byEntity.get(entityId) ?? []) appendTo(ofEntity, cellKey(fact), fact);
      return ofEntity;
    });
  return { index, facts, cellsOf };
}

/** The audit's table of usable facts: see {@link factTable}. @internal */
export type FactTable = ReturnType<typeof factTable>;

/** Whether the audit can use `fact`: it has a value and a known period. */
function isUsable(fact: Fact): fact is ValuedFact {
  return fact.value !== null && fact.period !== null;
}

/**
 * The one string that names a fact's cell, in finding IDs and maps of cells:
 * what makes one source's figures comparable for the sum checks, one metric,
 * period, unit, status and source, joined by `:` (which no ID, period, unit or
 * status holds). Each source is checked against itself; figures that two
 * sources state for one entity are compared by the repeated-figure check.
 *
 * @internal
 */
export function cellKey(fact: ValuedFact): string {
  return [fact.metricId, fact.period, fact.unit, fact.status, fact.citation.sourceId].join(':');
}

/**
 * For each cell of `cellKeys` (by {@link cellKey}), the one usable fact there
 * of each entity of `entityIds` that has any, in their order (an entity listed
 * twice, twice); or `undefined`, where one of them has two or more, since a
 * sum is not checked where anyone has two figures. A cell where none has any
 * is absent.
 *
 * Each entity's cells meet `cellKeys` from whichever side is smaller, so a
 * group of many members, each with a figure or two, costs what those figures
 * do, and so does a member with many figures in a group with few: the work is
 * at most the smaller of the two counts for each entity, never their product.
 *
 * @internal
 */
export function factsInCells(table: FactTable, cellKeys: ReadonlyMap<string, unknown>, entityIds: readonly string[]): Map<string, ValuedFact[] | undefined> {
  const found = new Map<string, ValuedFact[] | undefined>();
  for (const entityId of entityIds) {
    const cells = table.cellsOf(entityId);
    for (const key of (cells.size <= cellKeys.size ? cells : cellKeys).keys()) {
      const facts = cells.get(key);
      if (facts === undefined || !cellKeys.has(key)) continue;
      if (facts.length > 1) found.set(key, undefined);
      else if (found.has(key)) found.get(key)?.push(facts[0]!);
      else found.set(key, [facts[0]!]);
    }
  }
  return found;
}

/**
 * What a sum for `entityId` in the cell of `cell` (a fact of it) is checked
 * against: the entity's one fact there, or else 100% (`'definition'`) if the
 * metric is a share of the entity's total; or nothing, where the entity has
 * two facts there or neither applies.
 *
 * @internal
 */
export function expectedFor(entityId: string, cell: ValuedFact, table: FactTable): ValuedFact | 'definition' | undefined {
  const own = table.cellsOf(entityId).get(cellKey(cell)) ?? [];
  if (own.length > 0) return own.length === 1 ? own[0] : undefined;
  return table.index.metricsById().get(cell.metricId)?.baseEntityId === entityId && cell.unit === 'percent' ? 'definition' : undefined;
}

/**
 * What a finding must say about the precision of the facts it uses: that a
 * check with a bound among its figures ("nearly", "topped") is one-sided, and
 * that an approximate figure ("around") may lie outside the interval of its
 * printed digits.
 *
 * @internal
 */
export function boundNotes(facts: readonly ValuedFact[]): { oneSided: boolean; notes: string[] } {
  const bounds = facts.filter((fact) => fact.precision === 'lower-bound' || fact.precision === 'upper-bound');
  const approximate = facts.filter((fact) => fact.precision === 'approximate').map((fact) => fact.id);
  const notes: string[] = [];
  if (bounds.length > 0) {
    const described = bounds.map((fact) => `${fact.id} is ${fact.precision === 'lower-bound' ? 'a lower' : 'an upper'} bound`);
    notes.push(
      `One-sided: ${listed(described)}, and the source does not say how far from the bound the true value lies, so this check can catch a figure beyond the bound but not one far short of it.`,
    );
  }
  if (approximate.length > 0) {
    notes.push(
      `${listed(approximate)} ${approximate.length === 1 ? 'is' : 'are'} approximate: the interval used is only that of the printed digits, and the source allows more.`,
    );
  }
  return { oneSided: bounds.length > 0, notes };
}

/**
 * An amount as the findings' summaries write it: in a fact's unit as
 * `formatValue` writes it, every digit (`79.3%`, `2 years`, `91`,
 * `CNY 380B`, `$28,950,000,000`); in any other unit (an exchange rate,
 * percentage points) as a person reads it, with `formatFigure`'s rule
 * (`about 7.31 CNY per USD`). The findings' numeric fields keep the exact values.
 *
 * @internal
 */
export function describeAmount(value: number, unit: string): string {
  if (isFactUnit(unit)) return enUsAmount(value, unit);
  const { value: shown, rounded } = forReading(value, 'nearest');
  return `${rounded ? 'about ' : ''}${shown} ${unit}`;
}

/**
 * An interval as the summaries write it: "78.25% to 80.35%", "at most 80%",
 * "at least $76B"; in a unit not a fact's, the ends alone, rounded outward
 * ("7.22 to 7.39"), as the amount written beside it names the unit.
 *
 * @internal
 */
export function describeInterval({ low, high }: ValueInterval, unit: string): string {
  const end = (value: number | null, rounding: Rounding) =>
    value === null ? '' : isFactUnit(unit) ? enUsAmount(value, unit) : String(forReading(value, rounding).value);
  const [least, most] = [end(low, 'down'), end(high, 'up')];
  if (least && most) return least === most ? least : `${least} to ${most}`;
  return most ? `at most ${most}` : least ? `at least ${least}` : 'any value';
}

/** A computed figure as the summaries write it: "79.3% (78.25% to 80.35% within the printed digits and qualifiers)". @internal */
export function describeComputed(value: number, interval: ValueInterval, unit: string): string {
  return `${describeAmount(value, unit)} (${describeInterval(interval, unit)} within the printed digits and qualifiers)`;
}

/**
 * A `not-checkable` finding: a figure computed from two facts, with nothing to
 * check it against, shown with `note` and what the facts' precision means. Its
 * ID is the check and `idParts`.
 *
 * @internal
 */
export function notCheckable(
  check: ConsistencyCheck,
  idParts: readonly unknown[],
  facts: readonly [ValuedFact, ValuedFact],
  unit: string,
  computed: number,
  computedInterval: ValueInterval,
  summary: string,
  note: string,
): ConsistencyFinding {
  const precision = boundNotes(facts);
  return {
    id: [check, ...idParts].join(':'),
    check,
    outcome: 'not-checkable',
    oneSided: precision.oneSided,
    summary,
    factIds: facts.map((fact) => fact.id),
    unit,
    computed,
    computedInterval,
    expected: null,
    expectedInterval: null,
    expectedBasis: null,
    difference: null,
    notes: [note, ...precision.notes],
  };
}

/**
 * A finding that compares the sum of `parts` (facts of one cell) with what
 * they should make, `expected` of the entity `whole` (see {@link expectedFor}),
 * judged on intervals: the sum's, from the parts' printed digits and
 * qualifiers, and the expected figure's. Its ID is the check, `label` and the
 * cell. Where `incompleteGroup` is given, the parts are the listed members of
 * that group, whose member list is incomplete, so their sum may only be
 * smaller than the figure.
 *
 * @internal
 */
export function sumFinding(
  check: ConsistencyCheck,
  label: string,
  parts: readonly ValuedFact[],
  whole: string,
  expected: ValuedFact | 'definition',
  incompleteGroup?: string,
): ConsistencyFinding {
  const unit = parts[0]!.unit;
  const computed = decimalSum(parts.map((fact) => fact.value));
  const computedInterval = sumOfIntervals(parts.map(factInterval));
  const byFact = expected !== 'definition';
  const expectedValue = byFact ? expected.value : 100;
  const expectedInterval = byFact ? factInterval(expected) : { low: 100, high: 100 };
  const atMost = incompleteGroup !== undefined;
  const outcome = intervalsMeet(computedInterval, atMost ? { low: null, high: expectedInterval.high } : expectedInterval) ? 'consistent' : 'inconsistent';
  const difference = decimalSum([computed, -expectedValue]);
  const factsUsed = byFact ? [...parts, expected] : parts;
  const precision = boundNotes(factsUsed);
  const against = byFact ? `stated for ${whole} (${describeInterval(expectedInterval, unit)})` : `for ${whole}, by the metric's definition`;
  const roundingExplains = outcome === 'consistent' && !atMost && difference !== 0 && !precision.oneSided;
  return {
    id: [check, label, cellKey(parts[0]!)].join(':'),
    check,
    outcome,
    oneSided: precision.oneSided || atMost,
    summary:
      `${parts.map((fact) => fact.entityId).join(' + ')} = ${parts.map((fact) => describeAmount(fact.value, unit)).join(' + ')} = ` +
      `${describeComputed(computed, computedInterval, unit)}, ${atMost ? 'at most' : 'against'} ${describeAmount(expectedValue, unit)} ${against}: ${outcome}.`,
    factIds: factsUsed.map((fact) => fact.id),
    unit,
    computed,
    computedInterval,
    expected: expectedValue,
    expectedInterval,
    expectedBasis: byFact ? 'fact' : 'definition',
    difference,
    notes: [
      ...(atMost ? [`The member list of ${incompleteGroup} is incomplete, so its listed members' sum may only be smaller than its figure.`] : []),
      ...(roundingExplains ? [`The difference of ${describeAmount(difference, unit)} is within the rounding of the printed digits.`] : []),
      ...precision.notes,
    ],
  };
}
