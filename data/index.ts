/**
 * All built-in records, gathered from the per-source files. Adding a source is
 * adding its file and one line to each list below. Nothing here is frozen or
 * validated: `src/records.ts` freezes the collections, and the tests validate
 * them. The lists are joined by calls marked pure, not by spreads (which a
 * bundler must keep, as they run iterators), so that a bundle that uses no
 * record keeps none.
 */
import * as yicai from './2025-03-26-yicai-china-ai-vc-lags-us.js';
import * as topCities from './2025-06-02-top-cities-ai-investment-boom.js';
import * as techcrunch from './techcrunch-paris-ai-hub-summary.js';

export { corrections } from './corrections.js';
export { entities } from './entities.js';
export { metrics } from './metrics.js';

/** Joins the per-source lists into one, keeping the literal type of every record. */
function joinLists<const Lists extends readonly (readonly unknown[])[]>(...lists: Lists): readonly Lists[number][number][] {
  return lists.flat();
}

export const sources = [topCities.source, yicai.source, techcrunch.source] as const;

export const facts = /* @__PURE__ */ joinLists(topCities.facts, yicai.facts, techcrunch.facts);

export const claims = /* @__PURE__ */ joinLists(topCities.claims, yicai.claims, techcrunch.claims);
