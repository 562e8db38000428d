import { z } from 'zod';
import { SOURCE_KINDS } from '../vocabulary.js';
import { kebabIdSchema, listSchema, quoteSchema, requirePresentExactlyWhen, textSchema } from './fieldSchemas.js';

/**
 * A source document. `publisher` and `publishedOn` may be `null`, each with its
 * reason; a date comes with the document's own words for it; `sha256`, where
 * given, names the archived copy the quotes were checked against.
 *
 * @example
 * ```ts
 * import { sourceSchema } from 'ai-investment-facts/schema';
 * sourceSchema.parse({
 *   id: 'my-report',
 *   title: 'My report',
 *   publisher: null,
 *   publisherMissingReason: 'The page names no publisher.',
 *   publishedOn: '2025-01-31',
 *   publishedOnQuote: 'Jan 31, 2025',
 *   kind: 'analysis',
 *   notes: [],
 * });
 * ```
 * @category Schemas
 */
export const sourceSchema = z
  .strictObject({
    id: kebabIdSchema,
    title: textSchema,
    publisher: textSchema.nullable(),
    publisherMissingReason: textSchema.exactOptional(),
    author: textSchema.exactOptional(),
    editor: textSchema.exactOptional(),
    publishedOn: z.iso.date().nullable(),
    publishedOnMissingReason: textSchema.exactOptional(),
    publishedOnQuote: quoteSchema.exactOptional(),
    kind: z.enum(SOURCE_KINDS),
    notes: listSchema(textSchema).readonly(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 as 64 lowercase hex digits')
      .exactOptional(),
  })
  .superRefine((source, ctx) => {
    requirePresentExactlyWhen(ctx, source, 'publisherMissingReason', source.publisher === null, '`publisher` is null');
    requirePresentExactlyWhen(ctx, source, 'publishedOnMissingReason', source.publishedOn === null, '`publishedOn` is null');
    requirePresentExactlyWhen(ctx, source, 'publishedOnQuote', source.publishedOn !== null, '`publishedOn` is a date');
  })
  .readonly();
