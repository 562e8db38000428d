/**
 * The IDs nearest to a mistyped one, for error messages: by edit distance
 * (insertions, deletions and substitutions), ignoring case, with IDs that
 * contain the mistyped one (or are contained in it) counted as near. Only a
 * band of the distance table is computed, so even a million IDs are searched
 * in well under a second.
 *
 * @internal
 * @module
 */

/** At most `limit` of `candidates` near `wanted`, nearest first, ties in the candidates' order. */
export function nearestIds(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = wanted.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(target.length / 3));
  const near: { id: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const id of candidates) {
    const candidate = id.toLowerCase();
    const contains = target.length >= 3 && (candidate.includes(target) || target.includes(candidate));
    const distance = candidate === target ? 0 : contains ? 1 : boundedEditDistance(target, candidate, maxDistance);
    if (distance <= maxDistance) near.push({ id, distance, order });
    order++;
  }
  return near
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map(({ id }) => id);
}

/** The edit distance of `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(max + 1);
    current[0] = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    let rowMin = i;
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}
