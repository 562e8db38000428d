/**
 * The search behind every "did you mean" of the package: the public
 * {@link nearestIds}, which checks its arguments first, and the argument
 * checks, which offer the nearest allowed values. See `nearestIds` for the
 * rules.
 *
 * @internal
 * @module
 */
import { LIMITS } from '../limits.js';

/**
 * At most `limit` of `pool` near `wanted`, nearest first, ties in the pool's
 * order (see `nearestIds`); none for a limit below 1 (0, -0), so that the
 * search below can count on keeping at least one.
 */
export function nearest(wanted: string, pool: readonly string[], limit = 3): string[] {
  if (wanted.length > LIMITS.idLength || limit < 1) return [];
  const target = wanted.toLowerCase();
  const best: Ranked[] = [];
  const rows: Rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  let max = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3;
  let worst = Infinity;
  for (const id of pool) {
    const distance = distanceTo(target, id.toLowerCase(), max, rows);
    if ((distance !== CONTAINS && distance > max) || distance >= worst) continue;
    worst = keep(best, { id, rank: distance }, limit);
    // Once `limit` are kept, only a strictly nearer candidate can enter: search no farther than that.
    max = Math.min(max, Math.ceil(worst) - 1);
  }
  return best.length > 0 ? best.map(({ id }) => id) : bySharedParts(target, pool, limit, rows);
}

/** A candidate kept, with its rank: the lower, the nearer. */
interface Ranked {
  readonly id: string;
  readonly rank: number;
}

/**
 * Puts `candidate` into `best`, which is in rank order (ties in the order
 * they came), keeping at most `limit`; returns the rank a candidate must beat
 * to enter now: the last kept's once `limit` are kept, else `Infinity`.
 */
function keep(best: Ranked[], candidate: Ranked, limit: number): number {
  const at = best.findIndex((kept) => kept.rank > candidate.rank);
  best.splice(at === -1 ? best.length : at, 0, candidate);
  if (best.length > limit) best.pop();
  return best.length === limit ? best[limit - 1]!.rank : Infinity;
}

/**
 * At most `limit` candidates whose parts shared with `target` hold at least
 * half its letters, most shared letters first, ties in the candidates' order.
 * Which of the target's parts a candidate's word matches is worked out once
 * per distinct word, since IDs repeat their words.
 */
function bySharedParts(target: string, candidates: readonly string[], limit: number, rows: Rows): string[] {
  // At most 30 parts, so that the parts a candidate shares fit in the bits of one number.
  const wanted = [...new Set(target.split('-').filter((part) => part !== ''))].slice(0, 30);
  const letters = wanted.reduce((sum, part) => sum + part.length, 0);
  if (letters === 0) return [];
  const isWord = wanted.map((part) => WORD.test(part));
  const wordMatches = new Map<string, number>();
  /** The target's parts that a candidate's part matches, as bits: the same part, or for two words, one edit apart. */
  const matchesOf = (part: string): number => {
    const word = WORD.test(part);
    let mask = word ? wordMatches.get(part) : undefined;
    if (mask !== undefined) return mask;
    mask = 0;
    for (let i = 0; i < wanted.length; i++) {
      const other = wanted[i]!;
      if (other === part || (word && isWord[i] && boundedEditDistance(other, part, 1, rows) <= 1)) mask |= 1 << i;
    }
    if (word) wordMatches.set(part, mask);
    return mask;
  };
  // Ranked by the letters not shared, fewest first.
  const best: Ranked[] = [];
  let worst = Infinity;
  for (const id of candidates) {
    const lower = id.toLowerCase();
    let mask = 0;
    for (let from = 0; from <= lower.length; ) {
      const hyphen = lower.indexOf('-', from);
      const to = hyphen === -1 ? lower.length : hyphen;
      if (to > from) mask |= matchesOf(lower.slice(from, to));
      from = to + 1;
    }
    const unshared = wanted.reduce((sum, part, i) => (mask & (1 << i) ? sum : sum + part.length), 0);
    if (2 * unshared > letters || unshared >= worst) continue;
    worst = keep(best, { id, rank: unshared }, limit);
    // Every kept candidate shares every part: none after them can come before them.
    if (worst === 0) break;
  }
  return best.map(({ id }) => id);
}

/** A part that may be mistyped: a word of 4 letters or more (never a number: 2023 is not 2024). */
const WORD = /^[a-z]{4,}$/;

/** The distance of a candidate that contains the target, or is contained in it: after every single edit, before two. */
const CONTAINS = 1.5;

/**
 * The distance the search ranks by: 0 for the same; else the edit distance,
 * or more than `max` where it exceeds that; but at most 1.5 for a candidate
 * that contains the target ("ai-vc-investment" for "ai-vc"), or that the
 * target contains and is at least half of ("plan" for "planned").
 */
function distanceTo(target: string, candidate: string, max: number, rows: Rows): number {
  if (candidate === target) return 0;
  const edits = boundedEditDistance(target, candidate, max, rows);
  const containsTarget = target.length >= 3 && candidate.length > target.length && candidate.includes(target);
  const inTarget = candidate.length >= 3 && 2 * candidate.length >= target.length && target.includes(candidate);
  return containsTarget || inTarget ? Math.min(edits, CONTAINS) : edits;
}

/** Three rows of the distance table, reused from one candidate to the next and grown when one is longer. */
type Rows = [Int32Array, Int32Array, Int32Array];

/**
 * The edit distance of `a` and `b` (a swap of two adjacent letters is one
 * edit: the optimal string alignment distance), or `max + 1` as soon as it is known to
 * exceed `max`: the common prefix and suffix are set aside first (IDs often
 * share long ones), then only a band of width `2 × max + 1` is computed.
 */
function boundedEditDistance(a: string, b: string, max: number, rows: Rows): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0 || y.length === 0) return Math.min(Math.max(x.length, y.length), max + 1);
  if (rows[0].length <= y.length) for (let k = 0; k < 3; k++) rows[k] = new Int32Array(2 * (y.length + 1));
  // A cell outside the band counts as max + 1.
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current.fill(max + 1, 0, y.length + 1);
    current[0] = i;
    let rowMin = i;
    for (let j = Math.max(1, i - max); j <= Math.min(y.length, i + max); j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
      rowMin = Math.min(rowMin, current[j]!);
    }
    // Past max here, every later row is too: a swap reaching back two rows costs more than the substitution before it.
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[y.length]!, max + 1);
}
