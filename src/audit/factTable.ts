import type { RecordIndex } from '../dataset/indexRecords.js';
import { appendTo } from '../grouping.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { Fact } from '../types.js';

/**
 * What makes one source's figures comparable for the sum checks: one metric,
 * period, unit, status and source. Each source is checked against itself;
 * figures that two sources state for one entity are compared by the
 * repeated-figure check.
 */
export interface Cell {
  readonly metricId: string;
  readonly period: string;
  readonly unit: string;
  readonly status: string;
  readonly sourceId: string;
}

/**
 * The facts the audit can use (with a value and a known period: two unknown
 * periods need not be the same), looked up by entity, and by entity and cell,
 * in maps built on first asking and kept for the audit: a dataset with no
 * groups never builds them.
 *
 * @internal
 */
export interface FactTable {
  /** Every usable fact, in the dataset's order. */
  readonly facts: readonly ValuedFact[];
  /** The usable facts of `entityId`, in the dataset's order. */
  readonly ofEntity: (entityId: string) => readonly ValuedFact[];
  /** The usable facts of `entityId` by the {@link cellKey} of their cell, in the order of each cell's first fact, facts in the dataset's order; an entity's facts are sorted into cells on first asking. */
  readonly cellsOf: (entityId: string) => ReadonlyMap<string, readonly ValuedFact[]>;
  /** The usable facts of `entityId` in `cell`, in the dataset's order. */
  readonly at: (entityId: string, cell: Cell) => readonly ValuedFact[];
}

/** The cell a usable fact lies in. @internal */
export function cellOf(fact: ValuedFact): Cell {
  return { metricId: fact.metricId, period: fact.period as string, unit: fact.unit, status: fact.status, sourceId: fact.citation.sourceId };
}

/** The parts of a cell, in the order finding IDs name them. @internal */
export function cellParts({ metricId, period, unit, status, sourceId }: Cell): string[] {
  return [metricId, period, unit, status, sourceId];
}

/** The one string that names a cell, for maps of cells. @internal */
export function cellKey(cell: Cell): string {
  return cellParts(cell).join('\u0000');
}

/** Whether the audit can use `fact`: it has a value and a known period. */
function isUsable(fact: Fact): fact is ValuedFact {
  return fact.value !== null && fact.period !== null;
}

/** Builds the audit's table of usable facts. @internal */
export function factTable(index: RecordIndex): FactTable {
  const all = index.records.facts;
  // Most datasets' facts are all usable: then they are the table's, with no copy of a million entries.
  const facts = all.every(isUsable) ? (all as readonly ValuedFact[]) : all.filter(isUsable);
  let byEntity: Map<string, ValuedFact[]> | undefined;
  const ofEntity = (entityId: string): readonly ValuedFact[] => {
    if (byEntity === undefined) {
      byEntity = new Map();
      for (const fact of facts) appendTo(byEntity, fact.entityId, fact);
    }
    return byEntity.get(entityId) ?? [];
  };
  const cellsByEntity = new Map<string, Map<string, ValuedFact[]>>();
  const cellsOf = (entityId: string): ReadonlyMap<string, readonly ValuedFact[]> => {
    let cells = cellsByEntity.get(entityId);
    if (cells === undefined) {
      cells = new Map();
      for (const fact of ofEntity(entityId)) appendTo(cells, cellKey(cellOf(fact)), fact);
      cellsByEntity.set(entityId, cells);
    }
    return cells;
  };
  return { facts, ofEntity, cellsOf, at: (entityId, cell) => cellsOf(entityId).get(cellKey(cell)) ?? [] };
}
