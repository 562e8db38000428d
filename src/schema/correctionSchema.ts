import { z } from 'zod';
import { RECORD_TYPES } from '../vocabulary.js';
import { kebabIdSchema, textSchema } from './fieldSchemas.js';

const correctedValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * An entry of the corrections ledger: one field of one record, its old and new
 * value, the reason and the release (a semantic version) that carries the new
 * value. The old and new value must differ.
 *
 * @example
 * ```ts
 * import { correctionSchema } from 'ai-investment-facts/schema';
 * correctionSchema.parse({
 *   recordType: 'fact',
 *   recordId: 'my-fact',
 *   field: 'value',
 *   oldValue: 76,
 *   newValue: 67,
 *   reason: 'The source prints 67; the digits were transposed.',
 *   release: '1.0.1',
 * });
 * ```
 * @category Schemas
 */
export const correctionSchema = z
  .strictObject({
    recordType: z.enum(RECORD_TYPES),
    recordId: kebabIdSchema,
    field: z.string().regex(/^[a-zA-Z]+(?:\.[a-zA-Z]+)*$/, 'Expected a dotted field path such as "citation.quote"'),
    oldValue: correctedValueSchema,
    newValue: correctedValueSchema,
    reason: textSchema,
    release: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a semantic version such as "1.0.1"'),
  })
  .refine((correction) => correction.oldValue !== correction.newValue, {
    message: 'A correction must change the value: `oldValue` equals `newValue`',
    path: ['newValue'],
  })
  .readonly();
