/**
 * The data index: all built-in records, gathered from the per-source files.
 * Adding a source is importing its file and naming it once in each of the
 * three lists below (a test fails on a source file that is not). Nothing here
 * is frozen or validated: `src/records.ts` freezes the collections, and the
 * tests validate them. The lists are joined by calls marked pure, not by
 * spreads (which a bundler must keep, as they run iterators), so that a
 * bundle that uses no record keeps none.
 */
import * as yicai from './2025-03-26-yicai-china-ai-vc-lags-us.js';
import * as topCities from './2025-06-02-top-cities-ai-investment-boom.js';
import * as techcrunch from './techcrunch-paris-ai-hub-summary.js';
import * as crossRecord from './notes.js';

import { literalFields } from './literalFields.js';

export { corrections } from './corrections.js';
export { entities, type EntityId } from './entities.js';
export { metrics, type MetricId } from './metrics.js';
export type { BuiltInClaim, BuiltInEntity, BuiltInFact, BuiltInMetric } from './builtInRecordTypes.js';

export const sources = /* @__PURE__ */ literalFields([topCities.source, yicai.source, techcrunch.source]);


export const facts = /* @__PURE__ */ literalFields(topCities.facts, yicai.facts, techcrunch.facts);

export const claims = /* @__PURE__ */ literalFields(topCities.claims, yicai.claims, techcrunch.claims);

export const notes = /* @__PURE__ */ literalFields(crossRecord.notes);

/**
 * The ID of a built-in source: the union of the built-in sources' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { SourceId } from 'ai-investment-facts';
 * const id: SourceId = '2025-03-26-yicai-china-ai-vc-lags-us';
 * ```
 * @category IDs
 */
export type SourceId = (typeof sources)[number]['id'];

/**
 * The ID of a built-in fact: the union of the built-in facts' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { FactId } from 'ai-investment-facts';
 * const id: FactId = 'china-ai-vc-investment-2024';
 * ```
 * @category IDs
 */
export type FactId = (typeof facts)[number]['id'];

/**
 * The ID of a built-in claim: the union of the built-in claims' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { ClaimId } from 'ai-investment-facts';
 * const id: ClaimId = 'europe-rising-stars-lag-paris';
 * ```
 * @category IDs
 */
export type ClaimId = (typeof claims)[number]['id'];
