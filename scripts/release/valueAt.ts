/**
 * The value at a dotted path of an object (`citation.quote`), or `undefined`
 * where any step of the path is missing or not an object.
 *
 * @param object - the object to read, typically a record or a snapshot entry.
 * @param path - the field names joined by dots, as the corrections ledger names a field.
 * @returns The value found, unchecked; `undefined` for a missing path.
 * @example
 * ```ts
 * valueAt({ citation: { quote: 'It topped USD76 billion.' } }, 'citation.quote'); // 'It topped USD76 billion.'
 * valueAt({ value: 66 }, 'citation.quote'); // undefined
 * ```
 * @category Release
 */
export function valueAt(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
