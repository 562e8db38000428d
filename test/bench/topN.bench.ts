/**
 * Benchmarks `topN` against sorting a copy and slicing. `topN` keeps the best
 * `n` in a heap, so it must run in O(length × log n) and, at 1,000,000
 * records and n = 10, be at least 5 times faster than
 * `[...records].sort(...).slice(0, 10)`, which is O(length × log length). The
 * 1,000-record case shows what the heap's overhead costs on small input.
 *
 * The records come from `generatedRecords`, the same on every run. Values
 * repeat a lot, so the top 10 are all ties and
 * the tie rule (earlier record first, as a stable sort gives) is exercised.
 * Before any timing, a top-level check throws unless both ways return the
 * same records in the same order: the two sides do equal work.
 *
 * Not a CI gate: `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { topN } from '../../src/helpers/topN.js';
import { generatedRecords, type ValuedFact } from './generatedRecords.js';

const N = 10;
const large = generatedRecords(1_000_000).facts;
const small = large.slice(0, 1_000);

const byHeap = (records: readonly ValuedFact[]) => topN(records, N, (r) => r.value);
const bySort = (records: readonly ValuedFact[]) => [...records].sort((a, b) => b.value - a.value).slice(0, N);

// Outside any timing: both ways must pick the same records in the same order.
for (const [name, records] of [
  ['1,000,000', large],
  ['1,000', small],
] as const) {
  const heap = byHeap(records);
  const sorted = bySort(records);
  if (heap.length !== N || sorted.length !== N || heap.some((r, i) => r !== sorted[i])) {
    throw new Error(
      `topN.bench: topN and sort-then-slice disagree on ${name} records: ${JSON.stringify(heap.map((r) => r.id))} vs ${JSON.stringify(sorted.map((r) => r.id))}`,
    );
  }
}

/** Keeps the result alive (so the call cannot be dropped) at the cost of one comparison. */
function use(result: readonly ValuedFact[]): void {
  if (result.length !== N) throw new Error(`topN.bench: expected ${N} records, received ${result.length}`);
}

// Sorting a million objects takes several hundred milliseconds, so the large
// pair runs a fixed, small number of samples rather than the defaults.
const LARGE = { time: 2_000, iterations: 5, warmupTime: 0, warmupIterations: 2 };

describe('top 10 of 1,000,000 records', () => {
  bench('topN(records, 10, (r) => r.value)', () => use(byHeap(large)), LARGE);
  bench('[...records].sort((a, b) => b.value - a.value).slice(0, 10)', () => use(bySort(large)), LARGE);
});

describe('top 10 of 1,000 records', () => {
  bench('topN(records, 10, (r) => r.value)', () => use(byHeap(small)));
  bench('[...records].sort((a, b) => b.value - a.value).slice(0, 10)', () => use(bySort(small)));
});
