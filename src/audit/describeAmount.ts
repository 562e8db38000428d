import { enUsAmount } from '../format/enUsAmount.js';
import { isFactUnit } from '../vocabulary.js';
import type { ValueInterval } from './ConsistencyFinding.js';

/**
 * An amount as the findings' summaries print it: in a fact's unit as
 * `formatValue` writes it (`79.3%`, `2 years`, `91`, `CNY 380B`,
 * `$28,950,000,000`), an exchange rate as `7.3 CNY per USD`: every digit, no rounding.
 *
 * @internal
 */
export function describeAmount(value: number, unit: string): string {
  return isFactUnit(unit) ? enUsAmount(value, unit) : `${value} ${unit}`;
}

/** An interval as the summaries print it: "78.25% to 80.35%", "at most 80%", "at least $76B". @internal */
export function describeInterval({ low, high }: ValueInterval, unit: string): string {
  if (low !== null && high !== null) return low === high ? describeAmount(low, unit) : `${describeAmount(low, unit)} to ${describeAmount(high, unit)}`;
  if (high !== null) return `at most ${describeAmount(high, unit)}`;
  if (low !== null) return `at least ${describeAmount(low, unit)}`;
  return 'any value';
}
