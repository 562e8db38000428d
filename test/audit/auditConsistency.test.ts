import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const SHARE = (entity: string) => `${entity}-share-of-top-40-ai-native-funding-2023-2024`;

describe('dataset.auditConsistency(), worked out by hand from the sources', () => {
  const findings = dataset.auditConsistency();
  const finding = (id: string) => findings.find((f) => f.id === id);

  it('finds five cross-checks: three sums of shares, the remainder twice, and Alibaba\'s two currencies', () => {
    expect(findings.map((f) => [f.id, f.outcome])).toEqual([
      ['members-sum:top-40-startup-ecosystems:share-of-top-40-ai-native-funding:2023/2024', 'consistent'],
      ['members-sum:big-three:share-of-top-40-ai-native-funding:2023/2024', 'consistent'],
      ['remainder-sum:rest-of-top-40+beijing+silicon-valley+paris:share-of-top-40-ai-native-funding:2023/2024', 'consistent'],
      ['remainder-sum:rest-of-top-40+big-three:share-of-top-40-ai-native-funding:2023/2024', 'consistent'],
      ['currency-pair:alibaba-group:ai-spending:2025/2027:CNY/USD', 'not-checkable'],
    ]);
  });

  it('65 + 10 + 4.3 = 79.3 (78.25 to 80.35 within rounding) is consistent with the big three\'s "nearly 80%" (at most 80)', () => {
    expect(finding('members-sum:big-three:share-of-top-40-ai-native-funding:2023/2024')).toEqual({
      id: 'members-sum:big-three:share-of-top-40-ai-native-funding:2023/2024',
      check: 'members-sum',
      outcome: 'consistent',
      summary:
        'beijing + silicon-valley + paris = 10% + 65% + 4.3% = 79.3% (78.25% to 80.35% within the printed digits and qualifiers), against 80% stated for big-three (0% to 80%): consistent.',
      factIds: [SHARE('beijing'), SHARE('silicon-valley'), SHARE('paris'), SHARE('big-three')],
      unit: 'percent',
      computed: 79.3,
      computedInterval: { low: 78.25, high: 80.35 },
      expected: 80,
      expectedInterval: { low: 0, high: 80 },
      expectedBasis: 'fact',
      difference: -0.7,
      notes: ['The difference of -0.7% is within what the printed digits and qualifiers allow.'],
    });
  });

  it('the three leaders and the stated remainder, 65 + 10 + 4.3 + 20.6 = 99.9, are consistent with 100%: the 0.1 is rounding (98.8 to 101)', () => {
    expect(finding('remainder-sum:rest-of-top-40+beijing+silicon-valley+paris:share-of-top-40-ai-native-funding:2023/2024')).toMatchObject({
      check: 'remainder-sum',
      outcome: 'consistent',
      factIds: [SHARE('rest-of-top-40'), SHARE('beijing'), SHARE('silicon-valley'), SHARE('paris')],
      computed: 99.9,
      computedInterval: { low: 98.8, high: 101 },
      expected: 100,
      expectedInterval: { low: 100, high: 100 },
      expectedBasis: 'definition',
      difference: -0.1,
    });
  });

  it('"nearly 80%" and the remainder 20.6% make 20.55 to 100.65, which holds 100', () => {
    expect(finding('remainder-sum:rest-of-top-40+big-three:share-of-top-40-ai-native-funding:2023/2024')).toMatchObject({
      factIds: [SHARE('rest-of-top-40'), SHARE('big-three')],
      computed: 100.6,
      computedInterval: { low: 20.55, high: 100.65 },
      expected: 100,
      difference: 0.6,
    });
  });

  it('the named members of the top 40, 79.3%, are at most its 100%', () => {
    expect(finding('members-sum:top-40-startup-ecosystems:share-of-top-40-ai-native-funding:2023/2024')).toMatchObject({
      outcome: 'consistent',
      computed: 79.3,
      expected: 100,
      expectedBasis: 'definition',
      notes: ['The member list of top-40-startup-ecosystems is incomplete, so its listed members\' sum may only be smaller than its figure.'],
    });
  });

  it('CNY380 billion and USD52 billion imply 7.3076923076923075 CNY per USD (379.5/52.5 to 380.5/51.5), with nothing to check it against', () => {
    expect(finding('currency-pair:alibaba-group:ai-spending:2025/2027:CNY/USD')).toEqual({
      id: 'currency-pair:alibaba-group:ai-spending:2025/2027:CNY/USD',
      check: 'currency-pair',
      outcome: 'not-checkable',
      summary:
        'alibaba-group ai-spending 2025/2027: 380000000000 CNY / 52000000000 USD implies 7.3076923076923075 CNY per USD (7.228571428571429 CNY per USD to 7.388349514563107 CNY per USD within the printed digits and qualifiers); the sources state no exchange rate to check it against.',
      factIds: ['alibaba-group-ai-spending-2025-2027-cny', 'alibaba-group-ai-spending-2025-2027-usd'],
      unit: 'CNY per USD',
      computed: 380 / 52,
      computedInterval: { low: 379.5 / 52.5, high: 380.5 / 51.5 },
      expected: null,
      expectedInterval: null,
      expectedBasis: null,
      difference: null,
      notes: ['An implied rate, shown for checking by hand; the package converts no currency.'],
    });
  });

  it('returns frozen findings in a new array each time', () => {
    const again = dataset.auditConsistency();
    expect(again).toEqual(findings);
    expect(again).not.toBe(findings);
    expect(Object.isFrozen(again[0]) && Object.isFrozen(again[0]?.computedInterval)).toBe(true);
  });
});

describe('auditConsistency() on user records', () => {
  const audit = (...facts: Parameters<typeof userRecords>[0]) => createDataset(userRecords(facts)).auditConsistency();

  it('finds a group figure its members\' sum cannot reach, beyond rounding, inconsistent', () => {
    const [finding] = audit(userFact('a', 10), userFact('b', 20), userFact('ab', 32));
    expect(finding).toMatchObject({
      id: 'members-sum:ab:amount:2024',
      outcome: 'inconsistent',
      computed: 30,
      computedInterval: { low: 29, high: 31 },
      expected: 32,
      expectedInterval: { low: 31.5, high: 32.5 },
      difference: -2,
      notes: [],
    });
  });

  it('finds the listed members of an incomplete group above its figure inconsistent, and below it consistent', () => {
    const over = audit(userFact('a', 60, { metricId: 'share' }), userFact('b', 50, { metricId: 'share' }));
    expect(over.map((f) => [f.id, f.outcome, f.computed])).toEqual([['members-sum:all:share:2024', 'inconsistent', 110]]);
    const under = audit(userFact('a', 60), userFact('c', 30), userFact('all', 100));
    expect(under.map((f) => [f.id, f.outcome])).toEqual([['members-sum:all:amount:2024', 'consistent']]);
  });

  it('checks nothing where a member of a complete group has no fact, or two', () => {
    expect(audit(userFact('a', 10), userFact('ab', 30))).toEqual([]);
    const twoSources = { citation: { sourceId: 'report-two', quote: 'Figure 11' } };
    const findings = audit(userFact('a', 10), userFact('a', 11, twoSources), userFact('b', 20), userFact('ab', 30));
    expect(findings.map((f) => f.check)).toEqual(['cross-source']);
  });

  it('notes an approximate input: its interval is only that of its printed digits', () => {
    const [finding] = audit(userFact('a', 10, { precision: 'approximate' }), userFact('b', 20), userFact('ab', 30));
    expect(finding?.notes).toEqual([
      'a-amount-2024-usd-report-one-reported is approximate: the interval used is only that of the printed digits, and the source allows more.',
    ]);
  });

  it('compares two sources\' figures for the same cell: within rounding consistent, beyond it inconsistent', () => {
    const two = (value: number) => ({ citation: { sourceId: 'report-two', quote: `Figure ${value}` } });
    expect(audit(userFact('c', 10.4), userFact('c', 10.5, two(10.5))).map((f) => [f.id, f.outcome, f.difference])).toEqual([
      ['cross-source:c:amount:2024:report-one+report-two', 'consistent', -0.1],
    ]);
    expect(audit(userFact('c', 10), userFact('c', 12, two(12))).map((f) => [f.outcome, f.summary])).toEqual([
      [
        'inconsistent',
        'c amount 2024: 10 USD in report-one (9.5 USD to 10.5 USD) against 12 USD in report-two (11.5 USD to 12.5 USD): inconsistent.',
      ],
    ]);
  });

  it('checks a remainder and the parts it excludes against the whole\'s own fact', () => {
    const findings = audit(userFact('rest', 5), userFact('a', 10), userFact('b', 20), userFact('all', 40));
    expect(findings.map((f) => [f.id, f.outcome, f.computed, f.expected])).toEqual([
      ['members-sum:all:amount:2024', 'consistent', 30, 40],
      ['remainder-sum:rest+a+b:amount:2024', 'inconsistent', 35, 40],
    ]);
  });

  it('leaves out facts without a value or period, and non-additive metrics', () => {
    expect(
      audit(
        userFact('a', null),
        userFact('b', 20),
        userFact('ab', 30),
        userFact('a', 10, { period: null, id: 'a-undated' }),
        userFact('a', 50, { metricId: 'concentration' }),
        userFact('b', 50, { metricId: 'concentration' }),
        userFact('ab', 50, { metricId: 'concentration' }),
      ),
    ).toEqual([]);
  });
});
