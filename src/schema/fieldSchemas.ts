/**
 * The schemas of the values records share (IDs and lists of them, free text,
 * quotes, periods) and the rules that tie one field's presence to another's.
 *
 * @module
 */
import { z } from 'zod';
import { describeValue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { PERIOD_REGEX, parsePeriod } from '../period.js';
import { ID_PATTERN, wholeMatch } from '../vocabulary.js';

/** The message of a string over its length limit: what was expected, and the length received. */
const tooLong = (expected: string) => (issue: { input: unknown }) => `Expected ${expected}, received ${String((issue.input as string).length)}`;

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
  .max(LIMITS.idLength, { abort: true, error: tooLong(`an ID of at most ${LIMITS.idLength} characters`) })
  .regex(wholeMatch(ID_PATTERN), 'Expected a kebab-case ID such as "silicon-valley"');

/**
 * A list inside a record (its caveats, aliases, quotes, selectors, IDs): at
 * most `LIMITS.listLength` (10,000) items.
 *
 * @internal
 */
export const listSchema = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listLength);

/**
 * A list of record IDs, each at most once: a group's members, the entities a
 * claim is about. A repeated ID would count a member twice in a sum, so it is
 * an error at the place of the repeat. The published JSON Schema says
 * `uniqueItems`.
 *
 * @internal
 */
export const idListSchema = listSchema(kebabIdSchema)
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: `Expected each ID once, received "${id}" again` });
      seen.add(id);
    });
  })
  .meta({ uniqueItems: true });

/** Text that may be empty (a selector's `prefix` or `suffix`), at most `LIMITS.textLength` characters. @internal */
export const contextSchema = z.string().max(LIMITS.textLength, { error: tooLong(`at most ${LIMITS.textLength} characters`) });

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
export const textSchema = contextSchema.min(1);

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

/**
 * A period in ISO 8601 form: a year (`2024`) or an interval of whole years
 * whose first year is before its last (`2023/2024`).
 *
 * @example
 * ```ts
 * import { periodSchema } from 'ai-investment-facts/schema';
 * periodSchema.safeParse('2025/2028').success; // true
 * periodSchema.safeParse('2024/2023').success; // false
 * periodSchema.safeParse('2023-2024').success; // false: ISO 8601 uses a solidus
 * ```
 * @category Schemas
 */
export const periodSchema = z
  .string()
  .regex(PERIOD_REGEX, 'Expected a year ("2024") or an interval of years ("2023/2024")')
  .refine((period) => !PERIOD_REGEX.test(period) || parsePeriod(period) !== undefined, 'Expected the interval to end after it starts');

/**
 * Adds an issue to `ctx` unless `record[field]` is present exactly when
 * `condition` holds: the rule behind every "with its reason" field of the
 * record model (`missingReason` exactly when `value` is `null`, ...).
 *
 * @internal
 */
export function requirePresentExactlyWhen(ctx: z.RefinementCtx, record: object, field: string, condition: boolean, conditionText: string): void {
  if (((record as Record<string, unknown>)[field] !== undefined) === condition) return;
  ctx.addIssue({
    code: 'custom',
    path: [field],
    message: condition ? `Expected \`${field}\` because ${conditionText}` : `Expected no \`${field}\` unless ${conditionText}`,
  });
}

/**
 * Adds an issue to `ctx` unless `record[field]` is `null` exactly when the
 * record's `otherField` is: the rule that ties `precision` to `value` and
 * `periodBasis` to `period`.
 *
 * @internal
 */
export function requireNullExactlyWhen(ctx: z.RefinementCtx, record: object, field: string, otherIsNull: boolean, otherField: string): void {
  const value = (record as Record<string, unknown>)[field];
  if ((value === null) === otherIsNull) return;
  ctx.addIssue({
    code: 'custom',
    path: [field],
    message: `Expected \`${field}\` to be null exactly when \`${otherField}\` is null, received ${describeValue(value)}`,
  });
}
