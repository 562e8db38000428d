import { z } from 'zod';
import { NOTE_KINDS } from '../vocabulary.js';
import { idListSchema, kebabIdSchema, listSchema, textSchema } from './fieldSchemas.js';

const idsSchema = idListSchema.readonly();

/**
 * A note across records: its kind (`tension` or `overlap`), the statement in
 * our words, the entities, facts and claims it is about (at least one record),
 * and the differences of two facts the consistency audit computes for it. The
 * dataset schema checks that every ID resolves and that each difference's two
 * facts share a unit.
 *
 * @example
 * ```ts
 * import { noteSchema } from 'ai-investment-facts/schema';
 * noteSchema.parse({
 *   id: 'city-and-region-overlap',
 *   kind: 'overlap',
 *   statement: 'The city may lie inside the region, so their figures should not be added.',
 *   entityIds: ['my-city', 'my-region'],
 *   factIds: [],
 *   claimIds: [],
 *   differences: [],
 * });
 * ```
 * @category Schemas
 */
export const noteSchema = z
  .strictObject({
    id: kebabIdSchema,
    kind: z.enum(NOTE_KINDS),
    statement: textSchema,
    entityIds: idsSchema,
    factIds: idsSchema,
    claimIds: idsSchema,
    differences: listSchema(z.strictObject({ minuendId: kebabIdSchema, subtrahendId: kebabIdSchema }).readonly()).readonly(),
  })
  .refine((note) => note.entityIds.length + note.factIds.length + note.claimIds.length > 0, {
    message: 'Expected a note about at least one record: `entityIds`, `factIds` and `claimIds` are all empty',
    path: ['entityIds'],
  })
  .readonly();
