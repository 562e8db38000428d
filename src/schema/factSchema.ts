import { z } from 'zod';
import { describeValue } from '../errors.js';
import { FACT_UNITS, PERIOD_BASES, PRECISIONS, STATUSES } from '../vocabulary.js';
import { citationSchema } from './citationSchema.js';
import { kebabIdSchema, listSchema, periodSchema, requireNullExactlyWhen, requirePresentExactlyWhen, textSchema } from './fieldSchemas.js';

/**
 * A fact. Beyond each field's own type it checks that a `null` value comes with
 * a `missingReason` and a `null` precision (and only then), that a `null`
 * period comes with a `periodMissingReason` and a `null` period basis (and
 * only then), that a percentage
 * lies in 0..100, that a count is an integer, and that amounts and durations
 * are not negative. Whether `unit` suits the metric is checked by
 * {@link datasetSchema}, which sees the metrics.
 *
 * @example
 * ```ts
 * import { factSchema } from 'ai-investment-facts/schema';
 * const result = factSchema.safeParse({
 *   id: 'paris-ai-native-funding-concentration-2023-2024',
 *   entityId: 'paris',
 *   metricId: 'ai-native-funding-concentration',
 *   period: '2023/2024',
 *   periodBasis: 'stated',
 *   value: null,
 *   unit: 'percent',
 *   precision: 'exact', // wrong: a missing value has no precision
 *   status: 'reported',
 *   missingReason: 'The table gives "Not specified".',
 *   citation: { sourceId: 'my-source', section: 'body', quote: 'ParisNot specified4.3%' },
 *   caveats: [],
 * });
 * result.success; // false
 * ```
 * @category Schemas
 */
export const factSchema = z
  .strictObject({
    id: kebabIdSchema,
    entityId: kebabIdSchema,
    metricId: kebabIdSchema,
    period: periodSchema.nullable(),
    periodBasis: z.enum(PERIOD_BASES).nullable(),
    periodMissingReason: textSchema.exactOptional(),
    value: z.number().nullable(),
    unit: z.enum(FACT_UNITS, {
      error: (issue) => `Expected "percent", "count", "years" or an ISO 4217 currency code such as "USD", received ${describeValue(issue.input)}`,
    }),
    precision: z.enum(PRECISIONS).nullable(),
    status: z.enum(STATUSES),
    missingReason: textSchema.exactOptional(),
    citation: citationSchema,
    caveats: listSchema(textSchema).readonly(),
  })
  .superRefine((fact, ctx) => {
    const valueMissing = fact.value === null;
    requirePresentExactlyWhen(ctx, fact, 'missingReason', valueMissing, '`value` is null');
    requireNullExactlyWhen(ctx, fact, 'precision', valueMissing, 'value');
    const periodMissing = fact.period === null;
    requirePresentExactlyWhen(ctx, fact, 'periodMissingReason', periodMissing, '`period` is null');
    requireNullExactlyWhen(ctx, fact, 'periodBasis', periodMissing, 'period');
    if (fact.value === null) return;
    const problem = valueProblem(fact.value, fact.unit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  })
  .readonly();

function valueProblem(value: number, unit: (typeof FACT_UNITS)[number]): string | undefined {
  if (value < 0) return `Expected a value >= 0, received ${value}`;
  if (unit === 'percent' && value > 100) return `Expected a percentage <= 100, received ${value}`;
  if (unit === 'count' && !Number.isInteger(value)) return `Expected an integer count, received ${value}`;
  return undefined;
}
