import { z } from 'zod';
import { textSchema } from './textSchema.js';

const offsetSchema = z.number().int().nonnegative();

/**
 * A W3C Web Annotation `TextQuoteSelector`: `exact` not empty, `prefix` and `suffix` possibly empty.
 *
 * @example
 * ```ts
 * import { textQuoteSelectorSchema } from 'ai-investment-facts/schema';
 * textQuoteSelectorSchema.parse({ type: 'TextQuoteSelector', exact: 'topped USD76 billion', prefix: 'in AI ', suffix: ' last' });
 * ```
 * @category Schemas
 */
export const textQuoteSelectorSchema = z
  .strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: textSchema,
    prefix: z.string(),
    suffix: z.string(),
  })
  .readonly();

/**
 * A W3C Web Annotation `TextPositionSelector`: code point offsets, `start` before `end`.
 *
 * @example
 * ```ts
 * import { textPositionSelectorSchema } from 'ai-investment-facts/schema';
 * textPositionSelectorSchema.parse({ type: 'TextPositionSelector', start: 10, end: 30 });
 * ```
 * @category Schemas
 */
export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: offsetSchema,
    end: offsetSchema,
  })
  .refine((selector) => selector.start < selector.end, { message: 'Expected `start` < `end`', path: ['end'] })
  .readonly();

/**
 * Where one quote sits in its source's archived copy: a `TextQuoteSelector`
 * and a `TextPositionSelector` whose length is that of `exact`, in code points.
 *
 * @example
 * ```ts
 * import { quoteSelectorsSchema } from 'ai-investment-facts/schema';
 * quoteSelectorsSchema.parse({
 *   textQuote: { type: 'TextQuoteSelector', exact: 'USD76', prefix: 'topped ', suffix: ' billion' },
 *   textPosition: { type: 'TextPositionSelector', start: 40, end: 45 },
 * });
 * ```
 * @category Schemas
 */
export const quoteSelectorsSchema = z
  .strictObject({ textQuote: textQuoteSelectorSchema, textPosition: textPositionSelectorSchema })
  .refine(({ textQuote, textPosition }) => textPosition.end - textPosition.start === [...textQuote.exact].length, {
    message: 'Expected `textPosition` to span as many code points as `textQuote.exact`',
    path: ['textPosition'],
  })
  .readonly();
