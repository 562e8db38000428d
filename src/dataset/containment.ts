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

/**
 * Every entity that `groupId` contains, directly or through its subgroups. An
 * entity that is not a group contains nothing. Each entity is visited once,
 * so even unvalidated records with a cycle cannot loop.
 */
export function containedIn(index: RecordIndex, groupId: string): ReadonlySet<string> {
  const direct = index.containedBy();
  const found = new Set<string>();
  const pending = [...(direct.get(groupId) ?? [])];
  for (let inner = pending.pop(); inner !== undefined; inner = pending.pop()) {
    if (found.has(inner) || inner === groupId) continue;
    found.add(inner);
    for (const next of direct.get(inner) ?? []) pending.push(next);
  }
  return found;
}

/**
 * For each entity that contains itself, a chain of containment from it back
 * to itself (`a > b > a`), found without recursion: the entities on cycles
 * are the strongly connected components of containment (Tarjan's algorithm,
 * linear in the entities and their links), and each one's chain is the
 * shortest way back to it within its component.
 */
export function containmentCycles(index: RecordIndex): ReadonlyMap<string, readonly string[]> {
  const direct = index.containedBy();
  const component = stronglyConnected(direct);
  const cycles = new Map<string, readonly string[]>();
  for (const [id, members] of component) {
    if (members.size > 1 || (direct.get(id) ?? []).includes(id)) cycles.set(id, shortestWayBack(id, direct, members));
  }
  return cycles;
}

/** The strongly connected component of every node, as the set of its nodes. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, Set<string>>();
  for (const root of edges.keys()) {
    if (order.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    order.set(root, order.size);
    low.set(root, order.get(root)!);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!order.has(target)) {
          order.set(target, order.size);
          low.set(target, order.get(target)!);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, order.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === order.get(frame.node)) {
        const members = new Set<string>();
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
          onStack.delete(node);
          members.add(node);
          component.set(node, members);
          if (node === frame.node) break;
        }
      }
    }
  }
  return component;
}

/** The shortest chain from `start` back to itself, within `within`: a breadth-first search. */
function shortestWayBack(start: string, edges: ReadonlyMap<string, readonly string[]>, within: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const chain = [start];
        for (let at: string | undefined = node; at !== start && at !== undefined; at = cameFrom.get(at)) chain.splice(1, 0, at);
        return [...chain, start];
      }
      if (within.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
