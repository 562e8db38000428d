/**
 * Benchmarks `auditConsistency()` on 1,000,000 facts. The audit must stay
 * linear in the facts (one finding per repeated figure, not one per pair), so
 * that a dataset of a million records is audited in seconds and its findings
 * fit in memory. Each sample opens a new dataset, so it measures the indexes
 * the audit builds as well as the checks; the findings are cached per dataset.
 *
 * Not a CI gate: `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { openDataset } from '../../src/dataset/openDataset.js';
import { generatedRecords } from './generatedRecords.js';

const records = generatedRecords(1_000_000);

// Outside any timing: what one audit finds, so the numbers can be read against it.
const findings = openDataset(records).auditConsistency();
if (findings.length === 0) throw new Error('auditConsistency.bench: expected findings on the generated records, received none');
console.log(`auditConsistency.bench: ${findings.length} findings on ${records.facts.length} facts`);

describe('auditConsistency() on 1,000,000 facts', () => {
  bench(
    'openDataset(records).auditConsistency()',
    () => {
      if (openDataset(records).auditConsistency().length !== findings.length) throw new Error('auditConsistency.bench: findings changed');
    },
    { time: 2_000, iterations: 3, warmupTime: 0, warmupIterations: 1 },
  );
});
