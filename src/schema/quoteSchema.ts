import { z } from 'zod';

/**
 * The longest verbatim excerpt a record may carry, in characters.
 *
 * @example
 * ```ts
 * import { MAX_QUOTE_LENGTH } from 'ai-investment-facts/schema';
 * MAX_QUOTE_LENGTH; // 300
 * ```
 * @category Schemas
 */
export const MAX_QUOTE_LENGTH = 300;

/**
 * A short verbatim excerpt of a source: not empty, not padded with whitespace,
 * at most 300 characters.
 *
 * @example
 * ```ts
 * import { quoteSchema } from 'ai-investment-facts/schema';
 * quoteSchema.safeParse('The remaining 20.6% is spread thin across other hubs').success; // true
 * quoteSchema.safeParse('').success; // false
 * ```
 * @category Schemas
 */
export const quoteSchema = z
  .string()
  .min(1)
  .max(MAX_QUOTE_LENGTH)
  .refine((quote) => quote.trim() === quote, 'Expected a quote without leading or trailing whitespace');
