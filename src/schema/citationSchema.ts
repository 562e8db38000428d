import { z } from 'zod';
import { CITATION_SECTIONS } from '../vocabulary.js';
import { contextSchema, kebabIdSchema, listSchema, quoteSchema, requirePresentExactlyWhen, textSchema } from './fieldSchemas.js';

const offsetSchema = z.number().int().nonnegative();

/**
 * A W3C Web Annotation `TextQuoteSelector`: `exact` not empty, `prefix` and
 * `suffix` possibly empty; each at most `LIMITS.textLength` characters.
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
    prefix: contextSchema,
    suffix: contextSchema,
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

/**
 * A citation: the source's ID, where on its page the passage sits, a verbatim
 * quote of at most 300 characters, optional further quotes of the same source,
 * who produced or said it, and optionally the W3C selectors of each quote in
 * the source's archived copy (one per quote). A passage from a related-article teaser names
 * the teased article by its title (and its publisher, where the page gives one).
 *
 * @example
 * ```ts
 * import { citationSchema } from 'ai-investment-facts/schema';
 * citationSchema.parse({
 *   sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
 *   section: 'body',
 *   quote: 'US venture capital investment in AI topped USD76 billion last year',
 *   attributedTo: 'CB Insights',
 * });
 * ```
 * @category Schemas
 */
export const citationSchema = z
  .strictObject({
    sourceId: kebabIdSchema,
    section: z.enum(CITATION_SECTIONS),
    teasedTitle: textSchema.exactOptional(),
    teasedPublisher: textSchema.exactOptional(),
    quote: quoteSchema,
    otherQuotes: listSchema(quoteSchema).min(1).readonly().exactOptional(),
    attributedTo: textSchema.exactOptional(),
    statedBy: textSchema.exactOptional(),
    selectors: listSchema(quoteSelectorsSchema).min(1).readonly().exactOptional(),
  })
  .superRefine((citation, ctx) => {
    const isTeaser = citation.section === 'related-article-teaser';
    requirePresentExactlyWhen(ctx, citation, 'teasedTitle', isTeaser, '`section` is "related-article-teaser"');
    if (!isTeaser) requirePresentExactlyWhen(ctx, citation, 'teasedPublisher', false, '`section` is "related-article-teaser"');
    const quotes = 1 + (citation.otherQuotes?.length ?? 0);
    if (citation.selectors !== undefined && citation.selectors.length !== quotes) {
      ctx.addIssue({ code: 'custom', path: ['selectors'], message: `Expected one entry per quote (${quotes}), received ${citation.selectors.length}` });
    }
  })
  .readonly();
