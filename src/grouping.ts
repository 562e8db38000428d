/**
 * Grouping items by keys, the one way the library does it: lists in maps, in
 * the items' order.
 *
 * @internal
 * @module
 */

/** The value at `key` in `map`, made by `make` and stored there the first time it is asked for (as `Map.prototype.getOrInsertComputed` will). */
export function getOrInsert<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Adds `item` to the list at `key` in `map`, starting the list if there is none. */
export function appendTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  getOrInsert(map, key, () => []).push(item);
}

/** The items under each of their keys (each item once per distinct key), in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): ReadonlyMap<K, readonly T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) appendTo(map, key, item);
  }
  return map;
}

/**
 * Groups `items` by several keys at once, in nested maps, without building a
 * key string for each item (which, for a million facts, costs more in string
 * hashing and garbage than the grouping itself). Groups come in the order of
 * their first item, items in input order.
 */
export function groupByKeys<T>(items: Iterable<T>, keysOf: (item: T) => readonly unknown[]): T[][] {
  const root = new Map<unknown, unknown>();
  const groups: T[][] = [];
  for (const item of items) {
    const keys = keysOf(item);
    let node = root;
    for (let i = 0; i < keys.length - 1; i++) node = getOrInsert(node, keys[i], () => new Map()) as Map<unknown, unknown>;
    const group = getOrInsert(node, keys.at(-1), () => {
      const created: T[] = [];
      groups.push(created);
      return created;
    });
    (group as T[]).push(item);
  }
  return groups;
}
