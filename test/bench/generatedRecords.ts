/**
 * The records the benchmarks run on: generated from a seeded PRNG
 * (mulberry32), so every run measures the same data. `count` facts over 1,000
 * startup ecosystems, two metrics (a USD amount and a percent share), the
 * periods 2020 to 2029 and 50 sources. A USD value is one of 1,000 whole
 * millions and a percent one of 101 whole numbers, so values repeat often and
 * rankings meet many ties.
 */
import type { Entity, Fact, Metric, Source } from '../../src/types.js';

/** A generated fact: every one has a value. */
export type ValuedFact = Fact & { readonly value: number };

/** How many facts the scale benchmarks generate: 1,000,000, or the environment's `BENCH_FACTS`. */
export const BENCH_FACTS = Number(process.env['BENCH_FACTS'] ?? 1_000_000);

export const ENTITY_COUNT = 1_000;
const SOURCE_COUNT = 50;

/** The ID of the `k`th generated entity. */
export const entityId = (k: number) => `ecosystem-${String(k).padStart(4, '0')}`;
const sourceId = (k: number) => `source-${String(k).padStart(2, '0')}`;

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid records (no claims) with `count` generated facts. */
export function generatedRecords(count: number, seed = 20_240_101) {
  const entities: Entity[] = Array.from({ length: ENTITY_COUNT }, (_, k) => ({ id: entityId(k), name: `Ecosystem ${k}`, kind: 'startup-ecosystem' }));
  const metrics: Metric[] = [
    { id: 'ai-vc-funding', name: 'AI VC funding', unit: 'currency', definition: 'Money raised.', additive: true },
    { id: 'ai-share-of-funding', name: 'AI share of funding', unit: 'percent', definition: 'Share of own funding.', additive: false },
  ];
  const sources: Source[] = Array.from({ length: SOURCE_COUNT }, (_, k) => ({
    id: sourceId(k),
    title: `Report ${k}`,
    publisher: 'Example Press',
    publishedOn: '2030-01-31',
    publishedOnQuote: 'Jan 31, 2030',
    kind: 'analysis',
    notes: [],
  }));
  const random = mulberry32(seed);
  const int = (below: number) => Math.floor(random() * below);
  const facts: ValuedFact[] = [];
  for (let i = 0; i < count; i++) {
    const entity = entityId(int(ENTITY_COUNT));
    const isAmount = random() < 0.5;
    const metricId = isAmount ? 'ai-vc-funding' : 'ai-share-of-funding';
    const period = String(2020 + int(10));
    const value = isAmount ? (1 + int(1000)) * 1_000_000 : int(101);
    facts.push({
      id: `${entity}-${metricId}-${period}-${String(i).padStart(7, '0')}`,
      entityId: entity,
      metricId,
      period,
      periodBasis: 'stated',
      value,
      unit: isAmount ? 'USD' : 'percent',
      precision: 'exact',
      status: 'reported',
      citation: { sourceId: sourceId(int(SOURCE_COUNT)), section: 'body', quote: isAmount ? `USD${value / 1_000_000} million` : `${value}%` },
      caveats: [],
    });
  }
  return { sources, entities, metrics, facts, claims: [] };
}
