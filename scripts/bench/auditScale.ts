/**
 * How long `auditConsistency()` takes on 1,000,000 generated facts, beside a
 * plain group-by that finds the same groups, in one run: each round times the
 * group-by and then the audit, so that a change in the machine's load falls
 * on both alike. Prints each one's median time, the ratio (the goal is at most
 * 2), and the heap the records and the audit hold per million facts.
 *
 * The group-by is what any audit of repeated figures must do at least: keep
 * the facts with a value and a period, group them in a `Map` by the key the
 * repeated-figure check groups by (entity, metric, period, unit and status,
 * joined into one string), and keep the groups of more than one fact. The
 * audit is timed from a freshly opened dataset, so it includes every index it
 * builds, as the first call of a user's does.
 *
 * Run with `node --expose-gc --import tsx scripts/bench/auditScale.ts` for
 * the heap figures after a forced collection (without `--expose-gc` they are
 * `process.memoryUsage()` as it stands). `AUDIT_SCALE_FACTS` and
 * `AUDIT_SCALE_ROUNDS` change the size and the rounds. Reports, never fails on
 * the goal: machines vary.
 *
 * @module
 */
import { openDataset } from '../../src/dataset/openDataset.js';
import { deepFreeze } from '../../src/deepFreeze.js';
import type { Fact } from '../../src/types.js';
import { generatedRecords } from '../../test/bench/generatedRecords.js';

const FACTS = Number(process.env['AUDIT_SCALE_FACTS'] ?? 1_000_000);
const ROUNDS = Number(process.env['AUDIT_SCALE_ROUNDS'] ?? 5);
const GOAL = 2;

const collect = (globalThis as { gc?: () => void }).gc;

/** The heap in use, in bytes, after a full collection where one can be forced. */
function heapUsed(): number {
  collect?.();
  collect?.();
  return process.memoryUsage().heapUsed;
}

/** The groups of more than one usable fact, by entity, metric, period, unit and status: the plain group-by. */
function plainGroupBy(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.value === null || fact.period === null) continue;
    const key = `${fact.entityId}\u0000${fact.metricId}\u0000${fact.period}\u0000${fact.unit}\u0000${fact.status}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [fact]);
    else group.push(fact);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const perMillion = (bytes: number) => `${((bytes / 2 ** 20) * (1_000_000 / FACTS)).toFixed(0)} MiB`;

const heapBefore = heapUsed();
const records = deepFreeze(generatedRecords(FACTS));
const heapOfRecords = heapUsed() - heapBefore;

const times = { groupBy: [] as number[], audit: [] as number[] };
let groups = 0;
let repeated = 0;
let findings = 0;
// The first round warms the JIT and is not counted.
for (let round = 0; round <= ROUNDS; round++) {
  collect?.();
  const byGroup = timed(() => plainGroupBy(records.facts));
  collect?.();
  const byAudit = timed(() => openDataset(records).auditConsistency());
  groups = byGroup.result.length;
  findings = byAudit.result.length;
  repeated = byAudit.result.filter((finding) => finding.check === 'repeated-figure').length;
  if (round > 0) {
    times.groupBy.push(byGroup.ms);
    times.audit.push(byAudit.ms);
  }
}
if (repeated !== groups) throw new Error(`auditScale: the audit found ${repeated} repeated figures, the group-by ${groups} groups`);

const heapBeforeAudit = heapUsed();
const audited = openDataset(records);
audited.auditConsistency();
const heapOfAudit = heapUsed() - heapBeforeAudit;

const [groupBy, audit] = [median(times.groupBy), median(times.audit)];
const ratio = audit / groupBy;
console.log(`auditConsistency() on ${FACTS} generated facts: ${findings} findings, ${repeated} of them repeated figures; median of ${ROUNDS} rounds`);
console.log(`plain group-by (Map, entity+metric+period+unit+status)  ${groupBy.toFixed(0).padStart(6)} ms  (${groups} groups of more than one fact)`);
console.log(`openDataset(records).auditConsistency()                 ${audit.toFixed(0).padStart(6)} ms`);
console.log(`ratio ${ratio.toFixed(2)}×, goal at most ${GOAL}×: ${ratio <= GOAL ? 'met' : 'not met'}`);
console.log(
  `heap per million facts${collect === undefined ? ' (no forced gc: run with --expose-gc for exact figures)' : ', after a forced gc'}: ` +
    `the records ${perMillion(heapOfRecords)}, the audit's findings and indexes ${perMillion(heapOfAudit)} more`,
);
void audited;
