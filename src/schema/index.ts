/**
 * The zod schemas of the record model, for validating records at run time:
 * your own records, or the JSON files shipped with the package; and
 * `createDataset`, which validates your records and gives them the same
 * lookups, rankings, derived figures and audit as the built-in ones. Importing this
 * entry loads zod (a peer dependency: install `zod` to use it); the main entry
 * does not. The types the schemas infer (`Fact`, `Entity`, ...) are exported
 * from the main entry.
 *
 * @example
 * ```ts
 * import { factSchema } from 'ai-investment-facts/schema';
 * const result = factSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.error(result.error.issues);
 * ```
 * @module ai-investment-facts/schema
 */
export { citationSchema, quoteSelectorsSchema, textPositionSelectorSchema, textQuoteSelectorSchema } from './citationSchema.js';
export { claimSchema } from './claimSchema.js';
export { correctionSchema } from './correctionSchema.js';
export { createDataset } from './createDataset.js';
export { InvalidRecordsError } from '../errors.js';
export type { RecordIssue } from '../errors.js';
export { datasetSchema } from './datasetSchema.js';
export { entitySchema } from './entitySchema.js';
export { factSchema } from './factSchema.js';
export { metricSchema } from './metricSchema.js';
export { noteSchema } from './noteSchema.js';
export { sourceSchema } from './sourceSchema.js';
export { kebabIdSchema, MAX_QUOTE_LENGTH, periodSchema, quoteSchema, textSchema } from './fieldSchemas.js';
