/**
 * The size check's report: one row per bundle, then one line per problem.
 *
 * @module
 */
import type { BundleVerdict } from './sizeBudget.js';

const HEADER = ['bundle', 'bytes', 'gzip', 'budget', 'ok'] as const;

/**
 * A plain-text table of the verdicts (bundle, minified bytes, gzipped bytes,
 * budget with its rule, ok), columns padded to their widest cell, followed by
 * each problem as `bundle: problem`.
 *
 * @example
 * ```ts
 * formatSizeTable([{ bundle: 'helpers', bytes: 2962, gzip: 1193, budget: 1536, budgetRule: '1.5 KB', forbiddenFound: [], ok: true, problems: [] }]);
 * // bundle   bytes  gzip  budget         ok
 * // helpers   2962  1193  1536 (1.5 KB)  yes
 * ```
 * @category Size
 */
export function formatSizeTable(verdicts: readonly BundleVerdict[]): string {
  const rows = verdicts.map((verdict) => [
    verdict.bundle,
    String(verdict.bytes),
    String(verdict.gzip),
    `${verdict.budget} (${verdict.budgetRule})`,
    verdict.ok ? 'yes' : 'NO',
  ]);
  const table = [[...HEADER], ...rows];
  const widths = HEADER.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0)));
  const numeric = [false, true, true, false, false];
  const lines = table.map((row) =>
    row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd(),
  );
  const problems = verdicts.flatMap((verdict) => verdict.problems.map((problem) => `${verdict.bundle}: ${problem}`));
  return [...lines, ...problems].join('\n');
}
