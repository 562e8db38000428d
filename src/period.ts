/**
 * A period's years, read from its one definition (`PERIOD_PATTERN`), shared
 * by the zod schema and the helpers, which must not load zod.
 *
 * @internal
 * @module
 */
import { PERIOD_PATTERN, wholeMatch } from './vocabulary.js';

/** A year, or two years joined by a solidus; the schema also requires the first before the second. */
export const PERIOD_REGEX = /* @__PURE__ */ wholeMatch(PERIOD_PATTERN);

/** The first and last year of a period, both inclusive. */
export interface PeriodYears {
  readonly start: number;
  readonly end: number;
}

/**
 * The first and last year of `period` (`2024` is 2024 to 2024), or `undefined`
 * if it is not a period: not of the form, or an interval that does not end
 * after it starts.
 */
export function parsePeriod(period: string): PeriodYears | undefined {
  const match = PERIOD_REGEX.exec(period);
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = match[3] === undefined ? start : Number(match[3]);
  return match[3] !== undefined && end <= start ? undefined : { start, end };
}
