import { z } from 'zod';
import { ID_PATTERN, wholeMatch } from '../vocabulary.js';

/**
 * A stable record ID: lowercase letters and digits in words joined by single
 * hyphens (`beijing`, `united-states-ai-vc-investment-2024`).
 *
 * @example
 * ```ts
 * import { kebabIdSchema } from 'ai-investment-facts/schema';
 * kebabIdSchema.safeParse('silicon-valley').success; // true
 * kebabIdSchema.safeParse('Silicon Valley').success; // false
 * ```
 * @category Schemas
 */
export const kebabIdSchema = z.string().regex(wholeMatch(ID_PATTERN), 'Expected a kebab-case ID such as "silicon-valley"');
