import { z } from 'zod';
import { ENTITY_KINDS } from '../vocabulary.js';
import { idListSchema, kebabIdSchema, listSchema, requirePresentExactlyWhen, textSchema } from './fieldSchemas.js';

/**
 * An entity: an ecosystem, country, region, company or group. A country has an
 * ISO 3166-1 alpha-2 `countryCode`; a group has `members` (the ones the sources
 * name, possibly none), says whether they are complete, and may be a subset of
 * another group less some `excludes`. Only groups have those fields. A group
 * has a `description`; any other entity may have one, where its name alone
 * would mislead (what it may overlap, what the source leaves unnamed).
 *
 * @example
 * ```ts
 * import { entitySchema } from 'ai-investment-facts/schema';
 * entitySchema.parse({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', countryCode: 'FR' });
 * entitySchema.safeParse({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', members: [] }).success; // false
 * ```
 * @category Schemas
 */
export const entitySchema = z
  .strictObject({
    id: kebabIdSchema,
    name: textSchema,
    kind: z.enum(ENTITY_KINDS),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code such as "FR"')
      .exactOptional(),
    aliases: listSchema(textSchema).min(1).readonly().exactOptional(),
    description: textSchema.exactOptional(),
    members: idListSchema.readonly().exactOptional(),
    membersComplete: z.boolean().exactOptional(),
    subsetOf: kebabIdSchema.exactOptional(),
    excludes: idListSchema.min(1).readonly().exactOptional(),
  })
  .superRefine((entity, ctx) => {
    const isGroup = entity.kind === 'group';
    requirePresentExactlyWhen(ctx, entity, 'members', isGroup, '`kind` is "group"');
    requirePresentExactlyWhen(ctx, entity, 'membersComplete', isGroup, '`kind` is "group"');
    if (isGroup) requirePresentExactlyWhen(ctx, entity, 'description', true, '`kind` is "group"');
    if (!isGroup) {
      requirePresentExactlyWhen(ctx, entity, 'subsetOf', false, '`kind` is "group"');
      requirePresentExactlyWhen(ctx, entity, 'excludes', false, '`kind` is "group"');
    }
    if (entity.kind === 'country') {
      requirePresentExactlyWhen(ctx, entity, 'countryCode', true, '`kind` is "country"');
    }
  })
  .readonly();
