import { z } from 'zod';
import { LIMITS } from '../limits.js';

/**
 * A record's free text (a name, definition, description, statement, caveat or
 * reason): not empty, and at most `LIMITS.textLength` (100,000) characters.
 *
 * @example
 * ```ts
 * import { textSchema } from 'ai-investment-facts/schema';
 * textSchema.safeParse('Money raised.').success; // true
 * textSchema.safeParse('').success; // false
 * ```
 * @category Schemas
 */
export const textSchema = z
  .string()
  .min(1)
  .max(LIMITS.textLength, { error: (issue) => `Expected at most ${LIMITS.textLength} characters, received ${String((issue.input as string).length)}` });
