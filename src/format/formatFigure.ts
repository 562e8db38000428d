import { requireFiniteNumber, requireObject, requireOneOf, requireString } from '../arguments.js';
import { decimal, decimalValue, type Rounding, toSignificantDigits } from '../arithmetic/decimalDigits.js';
import type { DerivedFigure } from '../derived/DerivedFigure.js';
import type { Precision } from '../types.js';
import { PRECISIONS } from '../vocabulary.js';
import { enUsAmount } from './enUsAmount.js';
import { requireUnit } from './formatValue.js';

const FN = 'formatFigure';

/** How many significant digits a derived figure is read to: 33.3%, 5.42×, $24.5B. */
const SIGNIFICANT_DIGITS = 3;

/**
 * How each precision is read, and the way a dropped digit rounds so that the
 * words stay true: a lower bound rounds down, an upper bound up.
 */
const READINGS: Readonly<Record<Precision, { readonly words: string; readonly rounding: Rounding }>> = {
  exact: { words: '', rounding: 'nearest' },
  approximate: { words: 'about', rounding: 'nearest' },
  'lower-bound': { words: 'at least', rounding: 'down' },
  'upper-bound': { words: 'at most', rounding: 'up' },
};

/**
 * A derived figure's value as a person reads it: at most three significant
 * digits, a fraction as a percentage, a ratio as a multiple (`×`), a sum in
 * the facts' unit written as {@link formatValue} writes it (`$320B`), and
 * the precision in words. A lower bound reads `at least` and rounds down, an
 * upper bound `at most` and rounds up, so that the words stay true of the
 * exact value; an approximate figure, or an exact one whose digits were cut,
 * reads `about`. The text is en-US. The figure's `value` stays exact: this is
 * for reading, not for computing.
 *
 * @param figure - a derived figure, from a dataset's `growthOf`, `cagrOf`, `shareOf`, `ratioOf` or `sumOf`.
 * @returns the value as text, such as `at least 90%`, `about 33.3%`, `at least 5.42×` or `$320B`.
 * @throws {TypeError} if `figure` is not an object, its `value` not a number or its `unit` not a string.
 * @throws {RangeError} if its `value` is `NaN` or infinite, its `unit` is not
 * `fraction`, `ratio` or a fact unit, or its `precision` not one of `PRECISIONS`.
 * @example
 * ```ts
 * import { dataset, formatFigure } from 'ai-investment-facts';
 * formatFigure(dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024')); // 'at least 90%'
 * formatFigure(dataset.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024')); // 'at least 5.42×'
 * formatFigure(dataset.sumOf(['amazon-ai-spending-2025', 'microsoft-ai-spending-2025', 'google-ai-spending-2025', 'meta-ai-spending-2025'])); // '$320B'
 * ```
 * @category Formatting
 */
export function formatFigure(figure: DerivedFigure): string {
  const record = requireObject(FN, 'figure', figure, 'a derived figure (an object)');
  const value = requireFiniteNumber(FN, 'figure.value', record['value']);
  const unit = record['unit'];
  requireString(FN, 'figure.unit', unit);
  requireUnit(FN, 'figure.unit', unit, ['fraction', 'ratio']);
  const { words, rounding } = READINGS[requireOneOf(FN, 'figure.precision', record['precision'], PRECISIONS)];
  // A fraction is read as a percentage: shifted two places in decimal, so that no binary error is read.
  const shift = unit === 'fraction' ? 2 : 0;
  const read = toSignificantDigits(decimal(decimalValue(decimal(value), shift)), SIGNIFICANT_DIGITS, rounding);
  const amount = decimalValue(read.value);
  const text = unit === 'fraction' ? enUsAmount(amount, 'percent') : unit === 'ratio' ? `${enUsAmount(amount, 'count')}×` : enUsAmount(amount, unit);
  const qualifier = words === '' && read.rounded ? READINGS.approximate.words : words;
  return qualifier === '' ? text : `${qualifier} ${text}`;
}
