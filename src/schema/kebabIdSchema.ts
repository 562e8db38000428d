import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { ID_PATTERN, wholeMatch } from '../vocabulary.js';

/**
 * A stable record ID: lowercase letters and digits in words joined by single
 * hyphens (`beijing`, `united-states-ai-vc-investment-2024`), at most
 * `LIMITS.idLength` (200) characters, a limit checked before the pattern.
 *
 * @example
 * ```ts
 * import { kebabIdSchema } from 'ai-investment-facts/schema';
 * kebabIdSchema.safeParse('silicon-valley').success; // true
 * kebabIdSchema.safeParse('Silicon Valley').success; // false
 * ```
 * @category Schemas
 */
export const kebabIdSchema = z
  .string()
  .max(LIMITS.idLength, {
    abort: true,
    error: (issue) => `Expected an ID of at most ${LIMITS.idLength} characters, received ${String((issue.input as string).length)}`,
  })
  .regex(wholeMatch(ID_PATTERN), 'Expected a kebab-case ID such as "silicon-valley"');
