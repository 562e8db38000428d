/**
 * Which entities a group contains: its members, the entities that are
 * subsets of it, and theirs in turn. The one definition of containment, read
 * from {@link RecordIndex.containedBy} by the rankings and derived figures
 * (never a group beside what it contains, never an entity counted twice) and
 * by the schema (no group contains itself).
 *
 * @internal
 * @module
 */
import type { RecordIndex } from './indexRecords.js';

/** What each group contains directly. */
type Links = ReadonlyMap<string, readonly string[]>;

/**
 * Walks down from `groupId` through what it contains, entering each entity
 * not yet in `seen` once (and adding it there), and returns the first entity
 * reached for which `stop` holds, if any. Without recursion, and each entity
 * entered once, so even unvalidated records with a cycle cannot loop.
 */
function walkDown(links: Links, groupId: string, seen: Set<string>, stop: (id: string) => boolean): string | undefined {
  const pending = [...(links.get(groupId) ?? [])];
  for (let inner = pending.pop(); inner !== undefined; inner = pending.pop()) {
    if (inner === groupId) continue;
    if (stop(inner)) return inner;
    if (seen.has(inner)) continue;
    seen.add(inner);
    for (const next of links.get(inner) ?? []) pending.push(next);
  }
  return undefined;
}

/** Every entity that `groupId` contains, directly or through its subgroups. An entity that is not a group contains nothing. */
export function containedIn(index: RecordIndex, groupId: string): ReadonlySet<string> {
  const found = new Set<string>();
  walkDown(index.containedBy(), groupId, found, () => false);
  return found;
}

/**
 * The first of `entityIds` found to contain another of them, with that other,
 * or `undefined` where none contains another. One walk down from all of them,
 * each entity entered once: what an earlier walk entered holds none of
 * `entityIds` but the ones it reported, so a later walk need not enter it, and
 * the cost is linear in the entities and their links however much the groups
 * share. (Records whose containment has a cycle, which the schema rejects, may
 * hide a pair behind it; the walk still ends.)
 */
export function containingPair(index: RecordIndex, entityIds: Iterable<string>): readonly [outer: string, inner: string] | undefined {
  const wanted = new Set(entityIds);
  const seen = new Set<string>();
  for (const outer of wanted) {
    const inner = walkDown(index.containedBy(), outer, seen, (id) => wanted.has(id));
    if (inner !== undefined) return [outer, inner];
  }
  return undefined;
}

/**
 * For each entity that contains itself, the entity it contains next on the
 * way back (itself, where it lists itself): the entities on cycles are the
 * strongly connected components of containment (Tarjan's algorithm, without
 * recursion, linear in the entities and their links), and every link within
 * a component leads back. One entity each, so that a cycle of 100,000 groups
 * costs time and text in proportion to the groups, not to their square.
 */
export function containmentCycles(index: RecordIndex): ReadonlyMap<string, string> {
  const links = index.containedBy();
  const component = stronglyConnected(links);
  const cycles = new Map<string, string>();
  for (const [id, inner] of links) {
    const next = inner.find((other) => component.get(other) === component.get(id));
    if (next !== undefined) cycles.set(id, next);
  }
  return cycles;
}

/**
 * The strongly connected component of every entity, as the set of its
 * entities: Tarjan's algorithm, with a stack of frames for the recursion, each
 * frame holding its entity's low link.
 */
function stronglyConnected(links: Links): Map<string, Set<string>> {
  const order = new Map<string, number>();
  const stack: string[] = [];
  const component = new Map<string, Set<string>>();
  const frames: { node: string; next: number; low: number }[] = [];
  const enter = (node: string) => {
    frames.push({ node, next: 0, low: order.size });
    order.set(node, order.size);
    stack.push(node);
  };
  for (const root of links.keys()) {
    if (!order.has(root)) enter(root);
    for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
      const targets = links.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        // A target entered but in no component yet is on the stack.
        if (!order.has(target)) enter(target);
        else if (!component.has(target)) frame.low = Math.min(frame.low, order.get(target)!);
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent !== undefined) parent.low = Math.min(parent.low, frame.low);
      if (frame.low !== order.get(frame.node)) continue;
      const members = new Set<string>();
      for (let member = stack.pop(); member !== undefined; member = member === frame.node ? undefined : stack.pop()) {
        members.add(member);
        component.set(member, members);
      }
    }
  }
  return component;
}
