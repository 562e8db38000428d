import type { ValueInterval } from './ConsistencyFinding.js';

/**
 * An amount as the findings' summaries print it: `79.3%`, `2 years`, `91`,
 * `380000000000 CNY`, `7.3 CNY per USD`: every digit, no rounding.
 *
 * @internal
 */
export function describeAmount(value: number, unit: string): string {
  if (unit === 'percent') return `${value}%`;
  if (unit === 'count') return String(value);
  return `${value} ${unit}`;
}

/** An interval as the summaries print it: "78.25% to 80.35%", "at most 80%", "at least 76000000000 USD". @internal */
export function describeInterval({ low, high }: ValueInterval, unit: string): string {
  if (low !== null && high !== null) return low === high ? describeAmount(low, unit) : `${describeAmount(low, unit)} to ${describeAmount(high, unit)}`;
  if (high !== null) return `at most ${describeAmount(high, unit)}`;
  if (low !== null) return `at least ${describeAmount(low, unit)}`;
  return 'any value';
}
