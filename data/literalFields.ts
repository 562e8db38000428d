/**
 * How the built-in collections are typed for the declarations: each record by
 * its fields that hold an ID, a figure or a vocabulary value, with their own
 * literal types. `src/records.ts` gives each collection its record type
 * besides (a fact is a `BuiltInFact`), so a record's prose (quotes, caveats,
 * reasons, names) and lists are typed by its record type: the declarations
 * carry each record briefly, and none of its text.
 */

/** The fields whose literal types a built-in record's type keeps: `dataset.fact(id).value` is that fact's value, and a ranking of a metric returns facts of that metric. */
type Literal = 'id' | 'metricId' | 'value' | 'unit' | 'kind';

/**
 * Joins lists of records into one list, typed by each record's
 * {@link Literal} fields. The mapped type is written out here, not named, so
 * that the declarations print each record's type resolved.
 */
export function literalFields<const Lists extends readonly (readonly object[])[]>(
  ...lists: Lists
): readonly (Lists[number][number] extends infer R
  ? R extends object
    ? { readonly [K in keyof R as K extends Literal ? K : never]: R[K] }
    : never
  : never)[] {
  return lists.flat() as never;
}
