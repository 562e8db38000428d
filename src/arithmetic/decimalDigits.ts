/**
 * Numbers as the decimal digits their shortest round-trip form prints
 * (`String(76e9)`): what a reader sees of a double, and so what shifting by
 * powers of ten and rounding to significant digits work on, free of the
 * binary error that `0.05375 * 100` would add.
 *
 * @internal
 * @module
 */

/** A number's decimal digits, as its shortest round-trip form has them: `digits` × 10^`exponent`, and its sign. */
export interface Decimal {
  readonly negative: boolean;
  /** The significant digits, without leading or trailing zeros (`"76"` for 76e9); `""` for 0. */
  readonly digits: string;
  /** The power of ten of the last digit. */
  readonly exponent: number;
}

/** `value`'s decimal digits (finite values only). */
export function decimal(value: number): Decimal {
  const [mantissa = '', power = '0'] = String(Math.abs(value)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = `${whole}${fraction}`.replace(/^0+/, '');
  const digits = all.replace(/0+$/, '');
  return { negative: value < 0 || Object.is(value, -0), digits, exponent: Number(power) - fraction.length + (all.length - digits.length) };
}

/** The number `number`'s digits write, times 10^`shift`: the double nearest that decimal. */
export function decimalValue({ negative, digits, exponent }: Decimal, shift = 0): number {
  return digits === '' ? (negative ? -0 : 0) : Number(`${negative ? '-' : ''}${digits}e${exponent + shift}`);
}

/** Which way {@link toSignificantDigits} rounds: to the nearer (half away from zero), down (toward -∞) or up (toward +∞). */
export type Rounding = 'nearest' | 'down' | 'up';

/**
 * `number` rounded to at most `significant` significant digits, in the
 * direction asked for: 1/3 to three digits is 0.333 whichever way; 5.375 is
 * 5.38 to the nearest and 5.37 down. `rounded` says whether any digit was
 * dropped.
 */
export function toSignificantDigits(number: Decimal, significant: number, rounding: Rounding): { readonly value: Decimal; readonly rounded: boolean } {
  const { negative, digits, exponent } = number;
  if (digits.length <= significant) return { value: number, rounded: false };
  const kept = digits.slice(0, significant);
  const awayFromZero = rounding === 'nearest' ? (digits[significant] ?? '0') >= '5' : (rounding === 'up') !== negative;
  const magnitude = (BigInt(kept) + (awayFromZero ? 1n : 0n)).toString();
  const trimmed = magnitude.replace(/0+$/, '');
  return { value: { negative, digits: trimmed, exponent: exponent + digits.length - significant + magnitude.length - trimmed.length }, rounded: true };
}

/**
 * `number` × 10^`shift` as a person reads it: to three significant digits,
 * rounded as `rounding` says. A bound is rounded outward (a lower bound
 * `down`, an upper bound `up`) so that the words stay true, and keeps a
 * fourth digit where four show it exactly (78.25). `rounded` says whether any
 * digit was dropped. The shift is in decimal, so that no binary error is read.
 * `Infinity` and `NaN` (a rate over an amount of 0) stay as they are.
 *
 * @example
 * ```ts
 * [forReading(380 / 52, 'nearest'), forReading(379.5 / 52.5, 'down'), forReading(0.7825, 'down', 2)];
 * // [{ value: 7.31, rounded: true }, { value: 7.22, rounded: true }, { value: 78.25, rounded: false }]
 * ```
 */
export function forReading(number: number, rounding: Rounding, shift = 0): { readonly value: number; readonly rounded: boolean } {
  if (!Number.isFinite(number)) return { value: number, rounded: false };
  const shifted = decimal(shift ? decimalValue(decimal(number), shift) : number);
  const { value, rounded } = toSignificantDigits(shifted, rounding === 'nearest' || shifted.digits.length > 4 ? 3 : 4, rounding);
  return { value: decimalValue(value), rounded };
}
