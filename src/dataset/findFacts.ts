import type { Fact } from '../types.js';
import { requireFields } from './requireFields.js';
import type { FactQuery } from './Dataset.js';
import { FACT_KEYS, type FactKey, type RecordIndex } from './indexRecords.js';

const FACT_QUERY_FIELDS = /* @__PURE__ */ Object.keys(FACT_KEYS) as FactKey[];

/**
 * The facts that match every field of `query`, in the dataset's order. It
 * starts from the smallest of the indexed lists the query names and filters
 * that by the other fields, so a query costs the size of its answer's
 * candidates, not of the dataset.
 *
 * @internal
 */
export function findFacts(index: RecordIndex, fn: string, query: FactQuery | undefined): Fact[] {
  const fields = requireFields(index, fn, 'query', query, FACT_QUERY_FIELDS, ['period']);
  const given = (Object.entries(fields) as [FactKey, unknown][]).filter(([, value]) => value !== undefined);
  if (given.length === 0) return [...index.records.facts];

  const candidateLists = given.map(([key, value]) => index.factsBy(key).get(value as string | null) ?? []);
  const smallest = candidateLists.reduce((a, b) => (b.length < a.length ? b : a));
  return smallest.filter((fact) => given.every(([key, value]) => FACT_KEYS[key](fact) === value));
}
