import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/openDataset.js';
import { createDataset } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';
import { arbitraryAuditRecords } from './arbitraryAuditRecords.js';

const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

describe('auditConsistency() names each finding once', () => {
  it('auditConsistency() of random records gives no two sum, pair or repeated-figure findings one ID', () => {
    fc.assert(
      fc.property(arbitraryAuditRecords, (records) => {
        // A note may list one difference twice, so note-difference IDs are left to the schema.
        const found = ids(
          openDataset(records)
            .auditConsistency()
            .filter((f) => f.check !== 'note-difference'),
        );
        expect(found).toEqual([...new Set(found)]);
      }),
      { numRuns: 300 },
    );
  });

  it('auditConsistency() pairs no currency the source states twice: CNY 7 twice beside USD 1 makes no currency-pair finding', () => {
    const cny = (id: string) => userFact('a', 7, { id, unit: 'CNY', citation: { sourceId: 'report-one', section: 'body', quote: 'CNY7' } });
    const findings = createDataset(userRecords([cny('a-cny'), cny('a-cny-again'), userFact('a', 1)])).auditConsistency();
    expect(findings.map((f) => f.check)).toEqual(['repeated-figure']);
  });

  it('auditConsistency() writes the rate over an amount of 0 as Infinity: CNY 7 / USD 0 is at least 6.5 / 0.5 = 13', () => {
    const cny = userFact('a', 7, { id: 'a-cny', unit: 'CNY', citation: { sourceId: 'report-one', section: 'body', quote: 'CNY7' } });
    const [pair] = createDataset(userRecords([cny, userFact('a', 0)])).auditConsistency();
    expect([pair?.summary, pair?.computed, pair?.computedInterval]).toEqual([
      'a amount 2024: CNY\u00a07 / $0 implies Infinity CNY per USD (at least 13 within the printed digits and qualifiers); the sources state no exchange rate to check it against.',
      Infinity,
      { low: 13, high: null },
    ]);
  });

  it('auditConsistency() checks no remainder with two facts in one cell', () => {
    const findings = createDataset(
      userRecords([userFact('rest', 5), userFact('rest', 6, { id: 'rest-again' }), userFact('a', 10), userFact('b', 20), userFact('all', 40)]),
    ).auditConsistency();
    expect(findings.filter((f) => f.check === 'remainder-sum')).toEqual([]);
  });
});
