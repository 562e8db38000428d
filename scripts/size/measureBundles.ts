/**
 * The package's size budgets, measured on its build: which bundles a user
 * might make, what each may cost, and what each must leave out.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEntry } from './bundleEntry.js';
import { gzipSize } from './gzipSize.js';
import { type BundleVerdict, forbiddenTexts, judgeBundleSize, percentBudget } from './sizeBudget.js';

/** The most a bundle of only the number helpers may cost, gzipped. */
export const HELPERS_BUDGET_BYTES = 1536;

/** The most a bundle of every record may cost, in per cent of the same records as gzipped JSON. */
export const RECORDS_BUDGET_PERCENT = 115;

/** The measured bundles, and the baseline the records bundle is judged against. */
export interface BundleSizes {
  /** The records as `JSON.stringify` writes them: minified bytes. */
  readonly recordsJsonBytes: number;
  /** The same, gzipped at level 9. */
  readonly recordsJsonGzip: number;
  /** One verdict per bundle. */
  readonly verdicts: readonly BundleVerdict[];
}

async function measure(root: string, bundle: string, entry: string, budget: number, budgetRule: string, forbidden: readonly string[]): Promise<BundleVerdict> {
  const code = await bundleEntry(entry, root);
  return judgeBundleSize({ bundle, bytes: Buffer.byteLength(code), gzip: gzipSize(code), budget, budgetRule, forbiddenFound: forbiddenTexts(code, forbidden) });
}

/**
 * Bundles, from the build in `root/dist/` through the package's own name,
 * (1) only the number helpers `share`, `growthRate`, `cagr` and `topN`:
 * at most 1.5 KB gzipped, with no record data and no zod; (2) every record
 * collection: at most 115% of the same records written as plain JSON,
 * gzipped alike. The JSON is written from the build's own records.
 *
 * @param root - the repository root, holding `package.json` and `dist/`.
 * @returns the JSON baseline and a verdict per bundle.
 * @throws {Error} when `root/dist/index.js` does not exist (run `npm run build`).
 * @example
 * ```ts
 * const { verdicts } = await measureBundles(repositoryRoot);
 * verdicts.every((verdict) => verdict.ok); // true while the budgets hold
 * ```
 * @category Size
 */
export async function measureBundles(root: string): Promise<BundleSizes> {
  const mainEntry = join(root, 'dist/index.js');
  if (!existsSync(mainEntry)) throw new Error(`measureBundles: expected a build at ${mainEntry}, found none; run \`npm run build\` first`);
  const built = (await import(pathToFileURL(mainEntry).href)) as typeof import('../../src/index.js');
  const { sources, entities, metrics, facts, claims, corrections } = built;
  const recordsJson = JSON.stringify({ sources, entities, metrics, facts, claims, corrections });
  const recordsJsonGzip = gzipSize(recordsJson);
  const verdicts = [
    await measure(
      root,
      'helpers (share, growthRate, cagr, topN)',
      "export { share, growthRate, cagr, topN } from 'ai-investment-facts';",
      HELPERS_BUDGET_BYTES,
      '1.5 KB',
      ['silicon-valley', 'Silicon Valley', 'topped USD76', 'entityId', 'zod'],
    ),
    await measure(
      root,
      'records (sources, entities, metrics, facts, claims, corrections)',
      "export { sources, entities, metrics, facts, claims, corrections } from 'ai-investment-facts';",
      percentBudget(recordsJsonGzip, RECORDS_BUDGET_PERCENT),
      `${RECORDS_BUDGET_PERCENT}% of ${recordsJsonGzip} B of JSON`,
      ['zod'],
    ),
  ];
  return { recordsJsonBytes: Buffer.byteLength(recordsJson), recordsJsonGzip, verdicts };
}
