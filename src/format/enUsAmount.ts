/**
 * A fact's amount as `formatValue` writes it in en-US, its default locale,
 * written here without `Intl`: the first `Intl.NumberFormat` of a process
 * loads ICU's number data, which takes longer than the rest of a command of
 * `ai-investment-facts`. The text is exactly what `Intl.NumberFormat('en-US')`
 * writes with `formatValue`'s options (a property test compares the two over
 * every unit and currency code), and stays the same whatever ICU a runtime
 * ships.
 *
 * @internal
 * @module
 */

import { type Decimal, decimal } from '../arithmetic/decimalDigits.js';
import { MONEY_SCALES } from '../vocabulary.js';

/** The en-US symbols that have no letters, each its currency's alone; every other currency is written by its code. */
const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', GBP: '£', ILS: '₪', INR: '₹', JPY: '¥', KRW: '₩', PHP: '₱', USD: '$', VND: '₫' };

/**
 * Whether a money amount is written compact (`$76B`, `$10.5B`): from a
 * million up, where at most three significant digits show it exactly; in
 * full otherwise (`$76,123,456,789`). The rule of every locale.
 *
 * @example
 * ```ts
 * [isCompact(decimal(10.5e9)), isCompact(decimal(76_123_456_789)), isCompact(decimal(999_000))]; // [true, false, false]
 * ```
 */
export function isCompact({ digits, exponent }: Decimal): boolean {
  return digits.length + exponent > 6 && digits.length <= 3;
}

/** The digits of `number` × 10^`shift` written out, grouped by commas in threes where the whole part has at least `groupFrom` digits. */
function written({ digits, exponent }: Decimal, shift: number, groupFrom: number): string {
  const at = exponent - shift;
  const whole = digits === '' ? '0' : at >= 0 ? `${digits}${'0'.repeat(at)}` : digits.slice(0, Math.max(0, digits.length + at)) || '0';
  const fraction = at >= 0 ? '' : digits.slice(Math.max(0, digits.length + at)).padStart(-at, '0');
  const grouped = whole.length >= groupFrom ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return fraction === '' ? grouped : `${grouped}.${fraction}`;
}

/**
 * The en-US text of an amount in `unit`, every digit shown: `66%`, `2 years`,
 * `91`, `$76B`, `CNY 380B` (a no-break space after the code), and a money
 * amount of a million or more compact where at most three significant digits
 * show it exactly, in full otherwise (`$76,123,456,789`).
 */
export function enUsAmount(value: number, unit: string): string {
  const number = decimal(value);
  const sign = number.negative ? '-' : '';
  const digits = written(number, 0, 4);
  if (unit === 'percent') return `${sign}${digits}%`;
  if (unit === 'count') return sign + digits;
  if (unit === 'years') return `${sign}${digits} ${Math.abs(value) === 1 ? 'year' : 'years'}`;
  const currency = SYMBOLS[unit] ?? `${unit}\u00a0`;
  const [shift, , letter] = MONEY_SCALES.find(([power]) => number.digits.length + number.exponent > power) ?? [0, '', ''];
  // A compact amount groups its whole part only from five digits up.
  return isCompact(number) ? `${sign}${currency}${written(number, shift, 5)}${letter}` : sign + currency + digits;
}
