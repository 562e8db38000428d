import { z } from 'zod';

const PERIOD_PATTERN = /^(\d{4})(?:\/(\d{4}))?$/;

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
  .regex(PERIOD_PATTERN, 'Expected a year ("2024") or an interval of years ("2023/2024")')
  .refine((period) => {
    const [, start, end] = PERIOD_PATTERN.exec(period) ?? [];
    return end === undefined || Number(start) < Number(end);
  }, 'Expected the interval to end after it starts');
