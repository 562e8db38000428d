/**
 * Which fields of which records a release tracks: the values a correction
 * changes, each of which the corrections ledger must account for once a
 * release has published it.
 *
 * @module
 */
import type { RecordType } from '../../src/types.js';

/**
 * The tracked fields of each record type, as the dotted paths the corrections
 * ledger names them by: a fact's entity, metric, value, unit, precision,
 * status, period and quote (a figure moved to another entity or metric is a
 * correction too), and a claim's quote. Sources, entities, metrics and notes have none:
 * of them, a release tracks only the IDs.
 *
 * @example
 * ```ts
 * TRACKED_FIELDS.fact; // ['entityId', 'metricId', 'value', 'unit', 'precision', 'status', 'period', 'citation.quote']
 * TRACKED_FIELDS.entity; // []
 * ```
 * @category Release
 */
export const TRACKED_FIELDS: { readonly [Type in RecordType]: readonly string[] } = {
  source: [],
  entity: [],
  metric: [],
  fact: ['entityId', 'metricId', 'value', 'unit', 'precision', 'status', 'period', 'citation.quote'],
  claim: ['citation.quote'],
  note: [],
};
