/**
 * All built-in records, gathered from the per-source files. Adding a source is
 * adding its file and one line to each list below. Nothing here is frozen or
 * validated: `src/records.ts` freezes the collections, and the tests validate
 * them.
 */
import * as yicai from './2025-03-26-yicai-china-ai-vc-lags-us.js';
import * as topCities from './2025-06-02-top-cities-ai-investment-boom.js';
import * as techcrunch from './techcrunch-paris-ai-hub-summary.js';

export { entities } from './entities.js';
export { metrics } from './metrics.js';

export const sources = [topCities.source, yicai.source, techcrunch.source] as const;

export const facts = [...topCities.facts, ...yicai.facts, ...techcrunch.facts] as const;

export const claims = [...topCities.claims, ...yicai.claims, ...techcrunch.claims] as const;
