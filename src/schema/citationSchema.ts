import { z } from 'zod';
import { textSchema } from './textSchema.js';
import { CITATION_SECTIONS } from '../vocabulary.js';
import { kebabIdSchema } from './kebabIdSchema.js';
import { requirePresentExactlyWhen } from './presenceRules.js';
import { quoteSchema } from './quoteSchema.js';
import { quoteSelectorsSchema } from './selectorSchemas.js';

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
    otherQuotes: z.array(quoteSchema).min(1).readonly().exactOptional(),
    attributedTo: textSchema.exactOptional(),
    statedBy: textSchema.exactOptional(),
    selectors: z.array(quoteSelectorsSchema).min(1).readonly().exactOptional(),
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
