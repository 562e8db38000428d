import type { Dataset, FactQuery } from '../index.js';
import { dataset } from '../index.js';

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
 * `--source`, `--status`) ask for; flags not given are left out.
 *
 * @example
 * ```ts
 * factQueryFrom({ metric: 'ai-vc-investment', period: '2024' }); // { metricId: 'ai-vc-investment', period: '2024' }
 * ```
 * @category CLI
 */
export function factQueryFrom(flags: Readonly<Record<string, string | boolean | undefined>>): FactQuery {
  const fields: Record<string, string> = {};
  const pairs = [
    ['entity', 'entityId'],
    ['metric', 'metricId'],
    ['period', 'period'],
    ['source', 'sourceId'],
    ['status', 'status'],
  ] as const;
  for (const [flag, field] of pairs) {
    const value = flags[flag];
    if (typeof value === 'string') fields[field] = value;
  }
  return fields as FactQuery;
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
