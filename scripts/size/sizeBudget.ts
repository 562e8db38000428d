/**
 * Size budgets: how many gzipped bytes a bundle may cost, and whether a
 * measured bundle keeps to its budget and leaves out what it must not hold.
 *
 * @module
 */

/** A bundle as measured, with its budget. */
export interface BundleMeasurement {
  /** The bundle's name, as the table prints it. */
  readonly bundle: string;
  /** Minified bytes. */
  readonly bytes: number;
  /** Minified bytes after gzip level 9. */
  readonly gzip: number;
  /** The most gzipped bytes allowed. */
  readonly budget: number;
  /** How the budget was set, e.g. `1.5 KB` or `115% of 9676 B of JSON`. */
  readonly budgetRule: string;
  /** Texts the bundle must not contain but does (record data, zod). */
  readonly forbiddenFound: readonly string[];
}

/** A measured bundle, judged against its budget. */
export interface BundleVerdict extends BundleMeasurement {
  /** Whether the bundle is within its budget and holds none of its forbidden texts. */
  readonly ok: boolean;
  /** Why it is not ok, one line each; empty when it is. */
  readonly problems: readonly string[];
}

/**
 * A budget of `percent` per cent of a baseline size, in whole bytes: the
 * largest integer size that is at most `percent / 100 × baselineBytes`,
 * computed in integers so that no floating-point error moves it (115% of
 * 100 B is 115 B, where `Math.floor(1.15 * 100)` gives 114).
 *
 * @param baselineBytes - the size to compare with, e.g. the records as gzipped JSON; a whole number.
 * @param percent - how many per cent of the baseline the budget allows; a whole number.
 * @returns `⌊baselineBytes × percent / 100⌋`.
 * @throws {RangeError} when either argument is negative or not an integer.
 * @example
 * ```ts
 * percentBudget(9676, 115); // 11127
 * percentBudget(100, 115); // 115
 * ```
 * @category Size
 */
export function percentBudget(baselineBytes: number, percent: number): number {
  if (!Number.isSafeInteger(baselineBytes) || baselineBytes < 0) {
    throw new RangeError(`percentBudget: expected \`baselineBytes\` to be an integer >= 0, received ${baselineBytes}`);
  }
  if (!Number.isSafeInteger(percent) || percent < 0) {
    throw new RangeError(`percentBudget: expected \`percent\` to be an integer >= 0, received ${percent}`);
  }
  return Math.floor((baselineBytes * percent) / 100);
}

/**
 * The texts of `forbidden` that occur in `code`, in the order given.
 *
 * @example
 * ```ts
 * forbiddenTexts('const a="silicon-valley"', ['silicon-valley', 'zod']); // ['silicon-valley']
 * ```
 * @category Size
 */
export function forbiddenTexts(code: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((text) => code.includes(text));
}

/**
 * Judges a measured bundle: ok when its gzipped size is at most its budget
 * (equal is within) and it holds none of its forbidden texts.
 *
 * @example
 * ```ts
 * judgeBundleSize({ bundle: 'helpers', bytes: 2962, gzip: 1600, budget: 1536, budgetRule: '1.5 KB', forbiddenFound: [] }).problems;
 * // ['gzip 1600 B exceeds the budget of 1536 B (1.5 KB) by 64 B']
 * ```
 * @category Size
 */
export function judgeBundleSize(measurement: BundleMeasurement): BundleVerdict {
  const { gzip, budget, budgetRule, forbiddenFound } = measurement;
  const problems = [
    ...(gzip > budget ? [`gzip ${gzip} B exceeds the budget of ${budget} B (${budgetRule}) by ${gzip - budget} B`] : []),
    ...forbiddenFound.map((text) => `contains ${JSON.stringify(text)}`),
  ];
  return { ...measurement, ok: problems.length === 0, problems };
}
