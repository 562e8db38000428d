/**
 * The version of the package, package.json's: the release's tooling writes it
 * here (`npm run version` runs `scripts/release/writeVersion.ts` after
 * `changeset version`), and a test checks the two agree.
 *
 * @module
 */

/**
 * The version of the installed package, as in its package.json (semantic
 * versioning from 1.0.0: a minor release adds records, a patch corrects them).
 * Print it beside figures you publish, so that readers can tell which release
 * of the records they came from.
 *
 * @example
 * ```ts
 * import { VERSION } from 'ai-investment-facts';
 * console.log(`Figures from ai-investment-facts ${VERSION}`); // e.g. "Figures from ai-investment-facts 1.0.0"
 * ```
 * @category Records
 */
export const VERSION: string = '0.0.0';
