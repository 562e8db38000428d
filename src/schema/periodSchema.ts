import { z } from 'zod';
import { parsePeriod, PERIOD_REGEX } from '../period.js';

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
