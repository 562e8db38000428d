import type { RecordIndex } from './indexRecords.js';

/**
 * Every entity that `groupId` contains, directly or through its subgroups: its
 * members, the entities that are subsets of it, and theirs in turn. An entity
 * that is not a group contains nothing. Each entity is visited once, so even
 * unvalidated records with a cycle cannot loop.
 *
 * @internal
 */
export function containedIn(index: RecordIndex, groupId: string): ReadonlySet<string> {
  const direct = index.containedBy();
  const found = new Set<string>();
  const pending = [...(direct.get(groupId) ?? [])];
  for (let inner = pending.pop(); inner !== undefined; inner = pending.pop()) {
    if (found.has(inner) || inner === groupId) continue;
    found.add(inner);
    pending.push(...(direct.get(inner) ?? []));
  }
  return found;
}
