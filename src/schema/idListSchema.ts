import { z } from 'zod';
import { kebabIdSchema } from './kebabIdSchema.js';

/**
 * A list of record IDs, each at most once: a group's members, the entities a
 * claim is about. A repeated ID would count a member twice in a sum, so it is
 * an error at the place of the repeat. The published JSON Schema says
 * `uniqueItems`.
 *
 * @internal
 */
export const idListSchema = z
  .array(kebabIdSchema)
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: `Expected each ID once, received "${id}" again` });
      seen.add(id);
    });
  })
  .meta({ uniqueItems: true });
