import { requireFiniteNumber, requireObject, requireOneOf, requireString } from '../arguments.js';
import { forReading, type Rounding } from '../arithmetic/decimalDigits.js';
import type { DerivedFigure } from '../derived/DerivedFigure.js';
import { PRECISIONS } from '../vocabulary.js';
import { enUsAmount } from './enUsAmount.js';
import { requireUnit } from './formatValue.js';

const FN = 'formatFigure';

/**
 * A derived figure's value as a person reads it: a fraction as a percentage,
 * a ratio as a multiple (`×`), a sum in the facts' unit written as
 * {@link formatValue} writes it (`$320B`), and what its `bounds` allow in words.
 *
 * - Bounded on one side only: that bound, `at least 87.6%` or `at most 5.38%`.
 * - Exact (its bounds meet): the value, `$320B`; `about` where digits were cut.
 * - Otherwise `about` the value, then what its bounds allow:
 *   `about 79.3% (78.25% to 80.35%)`, `about 5.43× (at least 5.24×)`, or
 *   nothing where they allow any value.
 *
 * The value is read to three significant digits, rounded to the nearer; a
 * bound to three too, rounded outward (a lower bound down, an upper bound up)
 * so that the words stay true, unless four show it exactly (78.25%). The text
 * is en-US. The figure's `value` and `bounds` stay exact: this is for
 * reading, not for computing.
 *
 * @param figure - a derived figure, from a dataset's `growthOf`, `cagrOf`, `shareOf`, `ratioOf` or `sumOf`.
 * @returns the value as text, such as `at least 87.6%`, `about 33.3% (27.9% to 38.8%)`, `at least 5.24×` or `$320B`.
 * @throws {TypeError} if `figure` or its `bounds` is not an object, its `value` or a bound not a number (a bound may be `null`), or its `unit` not a string.
 * @throws {RangeError} if its `value` or a bound is `NaN` or infinite, its `unit` is not
 * `fraction`, `ratio` or a fact unit, or its `precision` not one of `PRECISIONS`.
 * @example
 * ```ts
 * import { dataset, formatFigure } from 'ai-investment-facts';
 * formatFigure(dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024')); // 'at least 87.6%'
 * formatFigure(dataset.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024')); // 'at least 5.24×'
 * formatFigure(dataset.sumOf(['amazon-ai-spending-2025', 'microsoft-ai-spending-2025', 'google-ai-spending-2025', 'meta-ai-spending-2025'])); // 'about $320B ($318B to $322B)'
 * ```
 * @category Formatting
 */
export function formatFigure(figure: DerivedFigure): string {
  const record = requireObject(FN, 'figure', figure, 'a derived figure (an object)');
  const value = requireFiniteNumber(FN, 'figure.value', record['value']);
  const unit = record['unit'];
  requireString(FN, 'figure.unit', unit);
  requireUnit(FN, 'figure.unit', unit, ['fraction', 'ratio']);
  const precision = requireOneOf(FN, 'figure.precision', record['precision'], PRECISIONS);
  const bounds = requireObject(FN, 'figure.bounds', record['bounds'], 'an object');
  const end = (name: string) => (bounds[name] === null ? null : requireFiniteNumber(FN, `figure.bounds.${name}`, bounds[name]));
  const [lower, upper] = [end('lower'), end('upper')];
  // A fraction is read as a percentage.
  const read = (number: number, rounding: Rounding) => forReading(number, rounding, unit === 'fraction' ? 2 : 0);
  const text = (shown: number) =>
    unit === 'fraction' ? enUsAmount(shown, 'percent') : unit === 'ratio' ? `${enUsAmount(shown, 'count')}×` : enUsAmount(shown, unit);
  const bound = (end: number | null, rounding: Rounding) => (end === null ? '' : text(read(end, rounding).value));
  const [least, most] = [bound(lower, 'down'), bound(upper, 'up')];
  const range = least && most ? `${least} to ${most}` : least ? `at least ${least}` : most && `at most ${most}`;
  if (precision !== 'approximate' && (least === '') !== (most === '')) return range;
  const about = read(value, 'nearest');
  if (precision === 'exact' && least !== '' && lower === upper) return `${about.rounded ? 'about ' : ''}${text(about.value)}`;
  return `about ${text(about.value)}${range && ` (${range})`}`;
}
