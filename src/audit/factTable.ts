import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { Fact } from '../types.js';

/** What makes figures comparable for the audit: one metric, period, unit and status. */
export interface Cell {
  readonly metricId: string;
  readonly period: string;
  readonly unit: string;
  readonly status: string;
}

/**
 * The facts the audit can use (with a value and a known period: two unknown
 * periods need not be the same), looked up by entity, and by entity and cell,
 * in maps built once per audit.
 *
 * @internal
 */
export interface FactTable {
  /** Every usable fact, in the dataset's order. */
  readonly facts: readonly ValuedFact[];
  /** The usable facts of `entityId`, in the dataset's order. */
  readonly ofEntity: (entityId: string) => readonly ValuedFact[];
  /** The usable facts of `entityId` in `cell`, in the dataset's order. */
  readonly at: (entityId: string, cell: Cell) => readonly ValuedFact[];
  /** A usable fact's place in the dataset's order. */
  readonly position: (fact: ValuedFact) => number;
}

/** The cell a usable fact lies in. @internal */
export function cellOf(fact: ValuedFact): Cell {
  return { metricId: fact.metricId, period: fact.period as string, unit: fact.unit, status: fact.status };
}

/** A string that tells cells apart. @internal */
export function cellKey({ metricId, period, unit, status }: Cell): string {
  return [metricId, period, unit, status].join('\u0000');
}

/** Builds the audit's table of usable facts. @internal */
export function factTable(index: RecordIndex): FactTable {
  const facts = index.records.facts.filter((fact: Fact): fact is ValuedFact => fact.value !== null && fact.period !== null);
  const byEntity = new Map<string, ValuedFact[]>();
  const byEntityAndCell = new Map<string, ValuedFact[]>();
  const positions = new Map<ValuedFact, number>();
  const append = (map: Map<string, ValuedFact[]>, key: string, fact: ValuedFact) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [fact]);
    else list.push(fact);
  };
  facts.forEach((fact, position) => {
    append(byEntity, fact.entityId, fact);
    append(byEntityAndCell, `${fact.entityId}\u0000${cellKey(cellOf(fact))}`, fact);
    positions.set(fact, position);
  });
  return {
    facts,
    ofEntity: (entityId) => byEntity.get(entityId) ?? [],
    at: (entityId, cell) => byEntityAndCell.get(`${entityId}\u0000${cellKey(cell)}`) ?? [],
    position: (fact) => positions.get(fact) ?? -1,
  };
}
