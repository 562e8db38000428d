/**
 * The one definition of a period's form (a year, `2024`, or an interval of
 * whole years, `2023/2024`), shared by the zod schema and the helpers, which
 * must not load zod.
 *
 * @internal
 * @module
 */

/** A year, or two years joined by a solidus; the schema also requires the first before the second. */
export const PERIOD_PATTERN = /^(\d{4})(?:\/(\d{4}))?$/;

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
  const match = PERIOD_PATTERN.exec(period);
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return match[2] !== undefined && end <= start ? undefined : { start, end };
}
