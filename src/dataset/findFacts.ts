import type { Fact } from '../types.js';
import { requireFactUnit, requireOptions, requirePeriod, requireStatus } from './checkOptions.js';
import type { FactQuery } from './Dataset.js';
import { FACT_KEYS, type FactKey, type RecordIndex } from './indexRecords.js';
import { requireRecord } from './requireRecord.js';

type FieldCheck = (index: RecordIndex, fn: string, name: string, value: unknown) => void;

/** How each field of a fact query is checked: IDs must be the dataset's, the rest well-formed. */
const FACT_FIELD_CHECKS: Readonly<Record<FactKey, FieldCheck>> = {
  entityId: (index, fn, name, value) => requireRecord(index, 'entity', fn, name, value),
  metricId: (index, fn, name, value) => requireRecord(index, 'metric', fn, name, value),
  sourceId: (index, fn, name, value) => requireRecord(index, 'source', fn, name, value),
  period: (_, fn, name, value) => {
    if (value !== null) requirePeriod(fn, name, value);
  },
  status: (_, fn, name, value) => requireStatus(fn, name, value),
  unit: (_, fn, name, value) => requireFactUnit(fn, name, value),
};

const FACT_QUERY_FIELDS = Object.keys(FACT_KEYS);

/**
 * The facts that match every field of `query`, in the dataset's order. It
 * starts from the smallest of the indexed lists the query names and filters
 * that by the other fields, so a query costs the size of its answer's
 * candidates, not of the dataset.
 *
 * @internal
 */
export function findFacts(index: RecordIndex, fn: string, query: FactQuery | undefined): Fact[] {
  const fields = requireOptions(fn, 'query', query, FACT_QUERY_FIELDS);
  const given = (Object.entries(fields) as [FactKey, unknown][]).filter(([, value]) => value !== undefined);
  for (const [key, value] of given) FACT_FIELD_CHECKS[key](index, fn, `query.${key}`, value);
  if (given.length === 0) return [...index.records.facts];

  const candidateLists = given.map(([key, value]) => index.factsBy(key).get(value as string | null) ?? []);
  const smallest = candidateLists.reduce((a, b) => (b.length < a.length ? b : a));
  return smallest.filter((fact) => given.every(([key, value]) => FACT_KEYS[key](fact) === value));
}
