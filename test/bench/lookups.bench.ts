/**
 * Benchmarks the dataset's lookups on 1,000,000 facts against linear scans of
 * the facts array. `dataset.fact(id)` must be a map lookup and
 * `dataset.findFacts(query)` must start from an indexed list (a map from
 * field value to facts), not scan every fact: each pair below shows how far
 * apart the two are.
 *
 * The dataset comes from `openDataset`, which skips validation (validating a
 * million records with zod would dominate the set-up); the records come from
 * `generatedRecords`, the same on every run. Before any timing, a top-level check throws unless both ways find the
 * same records; it is also the warm-up call that builds the lazy indexes
 * (facts by ID, by entity and by period, entities by ID), so no index is built
 * inside a timed sample.
 *
 * Not a CI gate: `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { openDataset } from '../../src/dataset/openDataset.js';
import { entityId, generatedRecords } from './generatedRecords.js';

const records = generatedRecords(1_000_000);
const { facts } = records;
const dataset = openDataset(records);

/** 100 IDs spread evenly over the array, so a scan reads half of it on average. */
const ids = Array.from({ length: 100 }, (_, k) => facts[Math.floor(((k + 0.5) * facts.length) / 100)]!.id);

/** 10 queries: spread-out entities, each with one period; each matches about 100 facts. */
const queries = Array.from({ length: 10 }, (_, k) => ({ entityId: entityId(k * 97 + 13), period: String(2020 + k) }));

const factByMap = (id: string) => dataset.fact(id);
const factByScan = (id: string) => facts.find((f) => f.id === id);
const findByIndex = (query: { entityId: string; period: string }) => dataset.findFacts(query);
const findByScan = (query: { entityId: string; period: string }) => facts.filter((f) => f.entityId === query.entityId && f.period === query.period);

// Outside any timing, and the warm-up that builds every index the timed calls use.
for (const id of ids) {
  if (factByMap(id) !== factByScan(id)) throw new Error(`lookups.bench: dataset.fact and facts.find disagree on ${id}`);
}
for (const query of queries) {
  const indexed = findByIndex(query);
  const scanned = findByScan(query);
  if (indexed.length === 0 || indexed.length !== scanned.length || indexed.some((f, i) => f !== scanned[i])) {
    throw new Error(`lookups.bench: dataset.findFacts and facts.filter disagree on ${JSON.stringify(query)}`);
  }
}

/** Keeps a result alive (so the call cannot be dropped) at the cost of one comparison. */
function use(result: unknown): void {
  if (result === undefined) throw new Error('lookups.bench: a lookup found nothing');
}

// A scan of a million facts takes milliseconds, so the scans run a fixed,
// small number of samples rather than the defaults.
const SCAN = { time: 1_000, iterations: 5, warmupTime: 0, warmupIterations: 1 };

describe('100 lookups by ID in 1,000,000 facts', () => {
  bench('dataset.fact(id)', () => {
    for (const id of ids) use(factByMap(id));
  });
  bench(
    'facts.find((f) => f.id === id)',
    () => {
      for (const id of ids) use(factByScan(id));
    },
    SCAN,
  );
});

describe('10 queries by entity and period in 1,000,000 facts', () => {
  bench('dataset.findFacts({ entityId, period })', () => {
    for (const query of queries) use(findByIndex(query)[0]);
  });
  bench(
    'facts.filter((f) => f.entityId === entityId && f.period === period)',
    () => {
      for (const query of queries) use(findByScan(query)[0]);
    },
    SCAN,
  );
});
