import type { Dataset, FactQuery } from '../index.js';
import { dataset } from '../index.js';
import { FACT_QUERY_FLAGS, fieldsFrom, type Flags } from './grammar.js';

/**
 * The built-in dataset with its IDs widened to `string`, for IDs typed on a
 * command line (the dataset checks them, and names the nearest where one is unknown).
 *
 * @example
 * ```ts
 * cliDataset.fact(process.argv[2] ?? '');
 * ```
 * @category CLI
 */
export const cliDataset: Dataset = dataset;

/**
 * The fact query the filter flags (`--entity`, `--metric`, `--period`,
 * `--source`, `--status`, `--unit`) ask for; flags not given are left out.
 *
 * @example
 * ```ts
 * factQueryFrom({ metric: 'ai-vc-investment', period: '2024' }); // { metricId: 'ai-vc-investment', period: '2024' }
 * ```
 * @category CLI
 */
export function factQueryFrom(flags: Flags): FactQuery {
  return fieldsFrom(flags, FACT_QUERY_FLAGS) as FactQuery;
}

/**
 * A value as indented JSON, ending in a newline.
 *
 * @example
 * ```ts
 * toJson({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 * @category CLI
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
