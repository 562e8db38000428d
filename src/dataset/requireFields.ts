import { requireEntityKind, requireFactUnit, requireOptions, requirePeriod, requireStatus } from '../arguments.js';
import type { RecordIndex } from './indexRecords.js';
import { requireRecord } from './requireRecord.js';

/** How each field of a query, a ranking's options or a fact choice is checked: IDs must be the dataset's, the rest well-formed. */
const FIELD_CHECKS = {
  entityId: (index: RecordIndex, method: string, name: string, value: unknown) => void requireRecord(index, 'entity', method, name, value),
  metricId: (index: RecordIndex, method: string, name: string, value: unknown) => void requireRecord(index, 'metric', method, name, value),
  sourceId: (index: RecordIndex, method: string, name: string, value: unknown) => void requireRecord(index, 'source', method, name, value),
  period: (_: RecordIndex, method: string, name: string, value: unknown) => requirePeriod(method, name, value),
  status: (_: RecordIndex, method: string, name: string, value: unknown) => requireStatus(method, name, value),
  unit: (_: RecordIndex, method: string, name: string, value: unknown) => requireFactUnit(method, name, value),
  kind: (_: RecordIndex, method: string, name: string, value: unknown) => requireEntityKind(method, name, value),
};

/** A field that queries, ranking options and fact choices may have. */
export type Field = keyof typeof FIELD_CHECKS;

/**
 * Returns `value` (a query, a ranking's options, a fact choice) once it has
 * checked it: a plain object or `undefined`, every field one of `fields`, and
 * every field given well-formed, its IDs the dataset's. A field left
 * `undefined` is as good as absent; `null` is accepted only for the fields in
 * `nullable` (`period: null` selects facts without a period).
 *
 * @throws {ArgumentTypeError} if `value` is not a plain object, or a field has the wrong type.
 * @throws {ArgumentRangeError} if a field is not among `fields`, or holds a
 * malformed period, unknown status, unit or entity kind.
 * @throws {UnknownIdError} if a field names an ID the dataset does not have.
 * @internal
 */
export function requireFields<T extends object>(
  index: RecordIndex,
  method: string,
  name: string,
  value: T | undefined,
  fields: readonly Field[],
  nullable: readonly Field[] = [],
): Partial<T> {
  const given = requireOptions(method, name, value, fields) as Partial<T>;
  for (const [key, field] of Object.entries(given)) {
    if (field === undefined || (field === null && nullable.includes(key as Field))) continue;
    FIELD_CHECKS[key as Field](index, method, `${name}.${key}`, field);
  }
  return given;
}
