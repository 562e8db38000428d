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

/** The most entities of a component whose chains are each the shortest way back, found by a search from each. */
const SMALL_COMPONENT = 64;

/** The links a shortened chain shows on each side of its `…`. */
const SHOWN_LINKS = 5;

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
  const links = index.containedBy();
  const component = stronglyConnected(links);
  const cycles = new Map<string, readonly string[]>();
  const rooted = new Map<ReadonlySet<string>, (id: string) => readonly string[]>();
  for (const [id, inner] of links) {
    const members = component.get(id)!;
    if (members.size > SMALL_COMPONENT) cycles.set(id, getOrInsert(rooted, members, () => chainsThroughRoot(id, links, members))(id));
    else if (members.size > 1 || inner.includes(id)) cycles.set(id, shortestWayBack(id, links, members));
  }
  return cycles;
}

/**
 * The chains of a large component, each through `root`: from an entity along
 * the shortest way to the root, then along the shortest way from the root
 * back to the entity (the root's own chain goes out through its first link
 * in the component). Two breadth-first searches from the root, one along the
 * links and one against them, serve every entity; a chain of more than
 * twice {@link SHOWN_LINKS} links shows only its first and last ones, around
 * a `…`, so each chain costs at most that many steps.
 */
function chainsThroughRoot(root: string, links: Links, within: ReadonlySet<string>): (id: string) => readonly string[] {
  const against = new Map<string, string[]>();
  for (const node of within) for (const next of links.get(node) ?? []) if (within.has(next)) appendTo(against, next, node);
  const out = searchTree(root, links, within);
  const back = searchTree(root, against, within);
  const first = links.get(root)!.find((next) => within.has(next))!;
  const chain = [root, ...climb(back.cameFrom, first, root, Infinity)];
  const rootChain = chain.length <= SHOWN_LINKS * 2 + 2 ? chain : [...chain.slice(0, SHOWN_LINKS + 1), '…', ...chain.slice(-SHOWN_LINKS)];
  return (id) => {
    if (id === root) return rootChain;
    const whole = back.distance.get(id)! + 1 + out.distance.get(id)! <= SHOWN_LINKS * 2 + 2;
    const most = whole ? Infinity : SHOWN_LINKS + 1;
    // To the root, then from it: the way from the root read backwards, from `id`, without the root (or the entity beyond the shown ones).
    const toRoot = climb(back.cameFrom, id, root, most);
    const fromRoot = climb(out.cameFrom, id, root, most).reverse().slice(1);
    return whole ? [...toRoot, ...fromRoot] : [...toRoot, '…', ...fromRoot];
  };
}

/** The shortest chain from `start` back to itself within `within`: the first entity a breadth-first search reaches that links back, and the way to it. */
function shortestWayBack(start: string, links: Links, within: ReadonlySet<string>): string[] {
  const { cameFrom, distance } = searchTree(start, links, within);
  const last = [...distance.keys()].find((id) => links.get(id)?.includes(start))!;
  return [...climb(cameFrom, last, start, Infinity).reverse(), start];
}

/** `from`, then each entity `tree` leads to from there, up to `to` (included) or `most` entities. */
function climb(tree: ReadonlyMap<string, string>, from: string, to: string, most: number): string[] {
  const way = [from];
  for (let at = from; at !== to && way.length < most; way.push(at)) at = tree.get(at)!;
  return way;
}

/** A breadth-first search from `start` within `within`: each entity's distance, in the order reached, and the entity it was reached from. */
function searchTree(start: string, links: Links, within: ReadonlySet<string>) {
  const cameFrom = new Map<string, string>();
  const distance = new Map<string, number>([[start, 0]]);
  // The map is the queue: iterating it visits the entries added while it runs, in order.
  for (const node of distance.keys()) {
    for (const next of links.get(node) ?? []) {
      if (!within.has(next) || distance.has(next)) continue;
      distance.set(next, distance.get(node)! + 1);
      cameFrom.set(next, node);
    }
  }
  return { cameFrom, distance };
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
