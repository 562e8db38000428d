/**
 * Benchmarks `auditConsistency()` on 1,000,000 generated facts (or
 * `BENCH_FACTS`) beside a plain group-by that finds the same groups. The
 * audit must stay linear in the facts (one finding per repeated figure, not
 * one per pair): the goal is at most 2 times the group-by. Each sample opens
 * a new dataset, so it measures the indexes the audit builds as well as the
 * checks, as a user's first call does; the findings are cached per dataset.
 *
 * The group-by is what any audit of repeated figures must do at least: keep
 * the facts with a value and a period, group them in a `Map` by the key the
 * repeated-figure check groups by (entity, metric, period, unit and status),
 * and keep the groups of more than one fact. Before any timing, a top-level
 * check throws unless the audit finds one repeated figure per group, and the
 * heap the records and the audit's findings and indexes hold is printed, per
 * million facts, and so is the ratio of the two times, each the best of three
 * runs taken in turn (so that a load on the machine weighs on both alike).
 *
 * Not a CI gate: `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { openDataset } from '../../src/dataset/openDataset.js';
import { deepFreeze } from '../../src/deepFreeze.js';
import { getOrInsert } from '../../src/grouping.js';
import type { Fact } from '../../src/types.js';
import { BENCH_FACTS, generatedRecords } from './generatedRecords.js';
import { heapUsed, mibPerMillion } from './heapUsed.js';

/** The groups of more than one usable fact, by entity, metric, period, unit and status: the plain group-by. */
function plainGroupBy(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.value === null || fact.period === null) continue;
    getOrInsert(groups, `${fact.entityId}\u0000${fact.metricId}\u0000${fact.period}\u0000${fact.unit}\u0000${fact.status}`, () => []).push(fact);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

// Outside any timing: the heap the records and one audit hold, and what the audit finds, so the numbers can be read against it.
const heapBefore = heapUsed();
const records = deepFreeze(generatedRecords(BENCH_FACTS));
const heapOfRecords = heapUsed() - heapBefore;
const findings = openDataset(records).auditConsistency();
const heapOfAudit = heapUsed() - heapBefore - heapOfRecords;
const groups = plainGroupBy(records.facts).length;
const repeated = findings.filter((finding) => finding.check === 'repeated-figure').length;
if (repeated !== groups) throw new Error(`auditConsistency.bench: the audit found ${repeated} repeated figures, the group-by ${groups} groups`);
console.log(
  `auditConsistency.bench: ${findings.length} findings (${repeated} repeated figures) on ${records.facts.length} facts; heap per million facts: ` +
    `the records ${mibPerMillion(heapOfRecords, BENCH_FACTS)}, the audit's findings and indexes ${mibPerMillion(heapOfAudit, BENCH_FACTS)} more`,
);

/** The least time of `runs` runs of each of `tasks`, in milliseconds, the tasks taking turns. */
function bestOfInTurn(runs: number, tasks: readonly (() => unknown)[]): number[] {
  const best = tasks.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    tasks.forEach((task, i) => {
      const start = performance.now();
      task();
      best[i] = Math.min(best[i]!, performance.now() - start);
    });
  }
  return best;
}

const [audit, groupBy] = bestOfInTurn(3, [() => openDataset(records).auditConsistency(), () => plainGroupBy(records.facts)]) as [number, number];
console.log(
  `auditConsistency.bench: best of 3 in turn, the audit ${audit.toFixed(0)} ms, the group-by ${groupBy.toFixed(0)} ms: ${(audit / groupBy).toFixed(2)} times (goal: at most 2)`,
);

const SAMPLES = { time: 2_000, iterations: 3, warmupTime: 0, warmupIterations: 1 };

describe(`auditConsistency() on ${BENCH_FACTS.toLocaleString('en')} facts (goal: at most 2 times the group-by)`, () => {
  bench(
    'openDataset(records).auditConsistency()',
    () => {
      if (openDataset(records).auditConsistency().length !== findings.length) throw new Error('auditConsistency.bench: findings changed');
    },
    SAMPLES,
  );
  bench(
    'plain group-by (Map, entity+metric+period+unit+status)',
    () => {
      if (plainGroupBy(records.facts).length !== groups) throw new Error('auditConsistency.bench: groups changed');
    },
    SAMPLES,
  );
});
