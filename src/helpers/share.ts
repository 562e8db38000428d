import { requireFiniteNumber, requireRange } from '../arguments.js';
import { arg } from '../errors.js';

/**
 * The fraction that `part` makes of `whole`: `part / whole`, from 0 to 1.
 * It returns a fraction, not percentage points: 0.25, not 25.
 *
 * @param part - the part: a finite number from 0 to `whole`.
 * @param whole - the whole: a finite number greater than 0.
 * @returns `part / whole`, in [0, 1] (0, never -0, for a part of 0).
 * @throws {TypeError} if `part` or `whole` is not a number.
 * @throws {RangeError} if either is `NaN` or infinite, if `whole` <= 0, if
 * `part` < 0, or if `part` > `whole`: a share outside [0, 1] is not a share.
 * @example
 * ```ts
 * import { share } from 'ai-investment-facts';
 * share(10, 40); // 0.25
 * share(65, 79.3); // 0.819672131147541: Silicon Valley's part of the big three's 79.3%
 * share(50, 40); // throws RangeError: share: expected `part` <= `whole` (40), received 50
 * ```
 * @category Numbers
 */
export function share(part: number, whole: number): number {
  requireFiniteNumber('share', 'part', part);
  requireFiniteNumber('share', 'whole', whole);
  requireRange('share', 'whole', whole, whole > 0, '> 0');
  requireRange('share', 'part', part, part >= 0, '>= 0');
  requireRange('share', 'part', part, part <= whole, ['<= ', arg('whole'), ` (${whole})`]);
  return part === 0 ? 0 : part / whole;
}
