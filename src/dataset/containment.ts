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
import { appendTo, getOrInsert } from '../grouping.js';
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
 * The first of `entityIds` found to contain another of them, with that other,
 * or `undefined` where none contains another. One walk down from all of them,
 * each entity visited once: what an earlier walk reached holds none of
 * `entityIds` but the ones it reported, so a later walk need not enter it, and
 * the cost is linear in the entities and their links however much the groups
 * share. (Records whose containment has a cycle, which the schema rejects, may
 * hide a pair behind it; the walk still ends.)
 */
export function containingPair(index: RecordIndex, entityIds: Iterable<string>): readonly [outer: string, inner: string] | undefined {
  const direct = index.containedBy();
  const wanted = new Set(entityIds);
  const visited = new Set<string>();
  for (const outer of wanted) {
    const pending = [...(direct.get(outer) ?? [])];
    for (let inner = pending.pop(); inner !== undefined; inner = pending.pop()) {
      if (inner === outer) continue;
      if (wanted.has(inner)) return [outer, inner];
      if (visited.has(inner)) continue;
      visited.add(inner);
      for (const next of direct.get(inner) ?? []) pending.push(next);
    }
  }
  return undefined;
}

/**
 * For each entity that contains itself, a chain of containment from it back
 * to itself (`a > b > a`), found without recursion: the entities on cycles
 * are the strongly connected components of containment (Tarjan's algorithm,
 * linear in the entities and their links). In a small component each chain
 * is the shortest way back to its entity; in a large one (more than
 * {@link SMALL_COMPONENT} entities) each is the way through one root of the
 * component, shortened to its first and last links around a `…`, so that the
 * chains of a cycle of 100,000 groups cost time and text in proportion to the
 * groups, not to their square.
 */
export function containmentCycles(index: RecordIndex): ReadonlyMap<string, readonly string[]> {
  const direct = index.containedBy();
  const component = stronglyConnected(direct);
  const cycles = new Map<string, readonly string[]>();
  const rooted = new Map<ReadonlySet<string>, (id: string) => readonly string[]>();
  for (const id of direct.keys()) {
    const members = component.get(id)!;
    if (members.size > SMALL_COMPONENT) {
      cycles.set(id, getOrInsert(rooted, members, () => chainsThroughRoot(id, direct, members))(id));
    } else if (members.size > 1 || (direct.get(id) ?? []).includes(id)) {
      cycles.set(id, shortestWayBack(id, direct, members));
    }
  }
  return cycles;
}

/** The most entities of a component whose chains are each the shortest way back, found by a search from each. */
const SMALL_COMPONENT = 64;

/** The links a shortened chain shows on each side of its `…`. */
const SHOWN_LINKS = 5;

/**
 * The chains of a large component, each through `root`: from an entity along
 * the shortest way to the root, then along the shortest way from the root
 * back to the entity (the root's own chain goes out through its first link
 * in the component). Two breadth-first searches from the root, one along the
 * links and one against them, serve every entity; a chain of more than
 * twice {@link SHOWN_LINKS} links shows only its first and last ones, around
 * a `…`, so each chain costs at most that many steps.
 */
function chainsThroughRoot(root: string, edges: ReadonlyMap<string, readonly string[]>, within: ReadonlySet<string>): (id: string) => readonly string[] {
  const against = new Map<string, string[]>();
  for (const node of within) {
    for (const next of edges.get(node) ?? []) if (within.has(next)) appendTo(against, next, node);
  }
  const fromRoot = searchTree(root, edges, within);
  const toRoot = searchTree(root, against, within);
  /** The way from `id` to the root, at most `most` entities of it. */
  const wayToRoot = (id: string, most: number) => {
    const way = [id];
    for (let at = id; at !== root && way.length < most; way.push(at)) at = toRoot.cameFrom.get(at)!;
    return way;
  };
  /** The last `most` entities of the way from the root to `id`, without the root. */
  const wayFromRoot = (id: string, most: number) => {
    const way: string[] = [];
    for (let at = id; at !== root && way.length < most; at = fromRoot.cameFrom.get(at)!) way.push(at);
    return way.reverse();
  };
  const first = (edges.get(root) ?? []).find((next) => within.has(next))!;
  const rootChain = [root, ...wayToRoot(first, Infinity)];
  return (id) => {
    if (id === root) return shortened(rootChain);
    const length = toRoot.distance.get(id)! + 1 + fromRoot.distance.get(id)!;
    if (length <= SHOWN_LINKS * 2 + 2) return [...wayToRoot(id, Infinity), ...wayFromRoot(id, Infinity)];
    return [...wayToRoot(id, SHOWN_LINKS + 1), '…', ...wayFromRoot(id, SHOWN_LINKS)];
  };
}

/** `chain` itself, or its first and last links around a `…` if it has more than twice {@link SHOWN_LINKS}. */
function shortened(chain: readonly string[]): readonly string[] {
  return chain.length <= SHOWN_LINKS * 2 + 2 ? chain : [...chain.slice(0, SHOWN_LINKS + 1), '…', ...chain.slice(-SHOWN_LINKS)];
}

/** A breadth-first search from `start` within `within`: each entity's distance and the entity it was reached from. */
function searchTree(start: string, edges: ReadonlyMap<string, readonly string[]>, within: ReadonlySet<string>) {
  const cameFrom = new Map<string, string>();
  const distance = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of edges.get(node) ?? []) {
      if (!within.has(next) || distance.has(next)) continue;
      distance.set(next, distance.get(node)! + 1);
      cameFrom.set(next, node);
      queue.push(next);
    }
  }
  return { cameFrom, distance };
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
