import type { z } from 'zod';
import { describeValue } from '../errors.js';

/**
 * Adds an issue to `ctx` unless `record[field]` is present exactly when
 * `condition` holds: the rule behind every "with its reason" field of the
 * record model (`missingReason` exactly when `value` is `null`, ...).
 *
 * @internal
 */
export function requirePresentExactlyWhen(ctx: z.RefinementCtx, record: object, field: string, condition: boolean, conditionText: string): void {
  const present = (record as Record<string, unknown>)[field] !== undefined;
  if (present === condition) return;
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
