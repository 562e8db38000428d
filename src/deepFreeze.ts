/**
 * Freezes `value` and everything reachable from it, so that assigning to any
 * part of it throws in strict mode. Returns `value` itself, typed as before.
 * Calls are marked pure where the result is exported, so that a bundler drops
 * the call when nothing uses the result.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
