/**
 * Exact sums of decimal figures. Figures are printed in decimal (4.3%, USD10.5
 * billion), and binary floating point cannot hold most decimals exactly, so a
 * plain `+` may print 0.1 + 0.2 as 0.30000000000000004. Summing the figures as
 * whole multiples of their smallest decimal place, then dividing once, gives
 * the double nearest the exact decimal sum: no rounding of ours, only the
 * one of floating point itself.
 *
 * @internal
 * @module
 */
import { decimal } from './decimalDigits.js';

/** The number of decimal places JavaScript prints for `value`: 2 for 4.25, 0 for 76e9, 7 for 1e-7. */
export function decimalPlaces(value: number): number {
  return Number.isInteger(value) ? 0 : Math.max(0, -decimal(value).exponent);
}

/**
 * The sum of `values` (each finite), exact in decimal as far as the result can
 * be held: `decimalSum([65, 10, 4.3, 20.6])` is 99.9, `decimalSum([0.1, 0.2])`
 * is 0.3. Values with more than 15 decimal places, or too large to scale
 * safely, are summed in floating point.
 */
export function decimalSum(values: readonly number[]): number {
  if (values.every(Number.isSafeInteger)) return values.reduce((total, value) => total + value, 0);
  const places = values.reduce((most, value) => Math.max(most, decimalPlaces(value)), 0);
  const scale = 10 ** places;
  const scaled = values.map((value) => Math.round(value * scale));
  const exact = places <= 15 && scaled.every((v, i) => Number.isSafeInteger(v) && v / scale === values[i]);
  if (!exact) return values.reduce((total, value) => total + value, 0);
  return scaled.reduce((total, value) => total + value, 0) / scale;
}
