import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/schema/index.js';
import { auditNotes, auditRecords } from '../fixtures/auditRecords.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const made = createDataset(auditRecords);
const CELL = 'example-share:2023/2024:percent:reported:report-one';
const finding = (id: string) => made.auditConsistency().find((f) => f.id === id);

describe("auditConsistency() computes each note's differences, worked out by hand", () => {
  const differences = made.auditConsistency().filter((f) => f.check === 'note-difference');
  const row = (f: (typeof differences)[number]) => [f.id.split(':')[1], f.factIds.join(' - '), f.computed, f.computedInterval, f.unit, f.outcome, f.oneSided];

  it('40 - about 10.5 = 29.5 billion in 2023, over 76 - 14 = 62 billion in 2024; 66 - 62 = 4 points ahead in concentration, 10 - 65 = -55 in share', () => {
    expect(differences.map(row)).toEqual([
      [
        'example-gap-widening',
        'example-land-investment-2023 - example-island-investment-2023',
        29.5e9,
        { low: 28.95e9, high: 30.05e9 },
        'USD',
        'not-checkable',
        false,
      ],
      [
        'example-gap-widening',
        'example-land-investment-2024 - example-island-investment-2024',
        62e9,
        { low: 61.5e9, high: null },
        'USD',
        'not-checkable',
        true,
      ],
      [
        'example-north-ahead-in-concentration',
        'example-north-concentration - example-south-concentration',
        4,
        { low: 3, high: 5 },
        'percentage points',
        'not-checkable',
        false,
      ],
      ['example-north-behind-in-share', 'example-north-share - example-south-share', -55, { low: -56, high: -54 }, 'percentage points', 'not-checkable', false],
    ]);
  });

  it("gives the note's statement first among the finding's notes, then what its precision means", () => {
    const [gap2023] = differences;
    expect(gap2023?.summary).toBe(
      'example-land - example-island example-investment 2023: $40B - $10.5B = $29.5B ($28,950,000,000 to $30,050,000,000 within the printed digits and qualifiers), for the tension example-gap-widening.',
    );
    // 66% - 62%: 65.5 - 62.5 = 3 to 66.5 - 61.5 = 5, the unit written once.
    expect(differences.map((f) => f.summary).find((summary) => summary.includes('percentage points'))).toBe(
      'example-north - example-south example-concentration 2023/2024: 66% - 62% = 4 percentage points (3 to 5 within the printed digits and qualifiers), for the overlap example-north-ahead-in-concentration.',
    );
    expect(gap2023?.notes).toEqual([
      auditNotes[0]?.statement,
      'example-island-investment-2023 is approximate: the interval used is only that of the printed digits, and the source allows more.',
    ]);
  });

  it("computes the differences of a user's own notes, and none for records without notes", () => {
    const records = userRecords([userFact('a', 5), userFact('b', 2.5)]);
    const difference = { minuendId: records.facts[0]!.id, subtrahendId: records.facts[1]!.id };
    const note = {
      id: 'a-ahead',
      kind: 'tension',
      statement: 'A is ahead.',
      entityIds: [],
      factIds: [difference.minuendId],
      claimIds: [],
      differences: [difference],
    } as const;
    expect(
      createDataset({ ...records, notes: [note] })
        .auditConsistency()
        .filter((f) => f.check === 'note-difference')
        .map((f) => [f.computed, f.computedInterval]),
    ).toEqual([[2.5, { low: 1.95, high: 3.05 }]]);
    expect(
      createDataset(records)
        .auditConsistency()
        .filter((f) => f.check === 'note-difference'),
    ).toEqual([]);
  });
});

describe('auditConsistency() of a ranking and a news report, worked out by hand', () => {
  it('finds two sums of members, the remainder twice, a pair of currencies and four differences, in that order', () => {
    expect(made.auditConsistency().map((f) => [f.id, f.outcome])).toEqual([
      [`members-sum:example-top-ten:${CELL}`, 'consistent'],
      [`members-sum:example-big-three:${CELL}`, 'consistent'],
      [`remainder-sum:example-rest+example-north+example-south+example-east:${CELL}`, 'consistent'],
      [`remainder-sum:example-rest+example-big-three:${CELL}`, 'consistent'],
      ['currency-pair:example-conglomerate:example-spending:2025/2027:CNY/USD:plan:report-two', 'not-checkable'],
      ['note-difference:example-gap-widening:example-land-investment-2023:example-island-investment-2023', 'not-checkable'],
      ['note-difference:example-gap-widening:example-land-investment-2024:example-island-investment-2024', 'not-checkable'],
      ['note-difference:example-north-ahead-in-concentration:example-north-concentration:example-south-concentration', 'not-checkable'],
      ['note-difference:example-north-behind-in-share:example-north-share:example-south-share', 'not-checkable'],
    ]);
  });

  it('65 + 10 + 4.3 = 79.3 (78.25 to 80.35 within rounding) is consistent with the big three\'s "nearly 80%" (at most 80)', () => {
    expect(finding(`members-sum:example-big-three:${CELL}`)).toEqual({
      id: `members-sum:example-big-three:${CELL}`,
      check: 'members-sum',
      outcome: 'consistent',
      oneSided: true,
      summary:
        'example-north + example-south + example-east = 10% + 65% + 4.3% = 79.3% (78.25% to 80.35% within the printed digits and qualifiers), against 80% stated for example-big-three (0% to 80%): consistent.',
      factIds: ['example-north-share', 'example-south-share', 'example-east-share', 'example-big-three-share'],
      unit: 'percent',
      computed: 79.3,
      computedInterval: { low: 78.25, high: 80.35 },
      expected: 80,
      expectedInterval: { low: 0, high: 80 },
      expectedBasis: 'fact',
      difference: -0.7,
      notes: [
        'One-sided: example-big-three-share is an upper bound, and the source does not say how far from the bound the true value lies, so this check can catch a figure beyond the bound but not one far short of it.',
      ],
    });
  });

  it('the three leaders and the stated remainder, 65 + 10 + 4.3 + 20.6 = 99.9, are consistent with 100%: the 0.1 is rounding (98.8 to 101)', () => {
    expect(finding(`remainder-sum:example-rest+example-north+example-south+example-east:${CELL}`)).toMatchObject({
      check: 'remainder-sum',
      outcome: 'consistent',
      factIds: ['example-rest-share', 'example-north-share', 'example-south-share', 'example-east-share'],
      computed: 99.9,
      computedInterval: { low: 98.8, high: 101 },
      expected: 100,
      expectedInterval: { low: 100, high: 100 },
      expectedBasis: 'definition',
      difference: -0.1,
      oneSided: false,
      notes: ['The difference of -0.1% is within the rounding of the printed digits.'],
    });
  });

  it('"nearly 80%" and the remainder 20.6% make 20.55 to 100.65, which holds 100: a one-sided check, saying so', () => {
    expect(finding(`remainder-sum:example-rest+example-big-three:${CELL}`)).toMatchObject({
      factIds: ['example-rest-share', 'example-big-three-share'],
      computed: 100.6,
      computedInterval: { low: 20.55, high: 100.65 },
      expected: 100,
      difference: 0.6,
      oneSided: true,
    });
  });

  it('the named members of the top ten, 79.3%, are at most its 100%', () => {
    expect(finding(`members-sum:example-top-ten:${CELL}`)).toMatchObject({
      outcome: 'consistent',
      computed: 79.3,
      expected: 100,
      expectedBasis: 'definition',
      notes: ["The member list of example-top-ten is incomplete, so its listed members' sum may only be smaller than its figure."],
    });
  });

  it('CNY380 billion and USD52 billion imply 380/52 CNY per USD (379.5/52.5 to 380.5/51.5), written as about 7.31 (7.22 to 7.39), with nothing to check it against', () => {
    const id = 'currency-pair:example-conglomerate:example-spending:2025/2027:CNY/USD:plan:report-two';
    expect(finding(id)).toEqual({
      id,
      check: 'currency-pair',
      outcome: 'not-checkable',
      oneSided: false,
      summary:
        'example-conglomerate example-spending 2025/2027: CNY\u00a0380B / $52B implies about 7.31 CNY per USD (7.22 to 7.39 within the printed digits and qualifiers); the sources state no exchange rate to check it against.',
      factIds: ['example-conglomerate-spending-cny', 'example-conglomerate-spending-usd'],
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
    const [findings, again] = [made.auditConsistency(), made.auditConsistency()];
    expect(again).toEqual(findings);
    expect(again).not.toBe(findings);
    expect(Object.isFrozen(again[0]) && Object.isFrozen(again[0]?.computedInterval) && Object.isFrozen(again[0]?.factIds)).toBe(true);
  });
});

describe('auditConsistency() on user records', () => {
  const audit = (...facts: Parameters<typeof userRecords>[0]) => createDataset(userRecords(facts)).auditConsistency();
  const fromReportTwo = (value: number) => ({ citation: { sourceId: 'report-two', section: 'body' as const, quote: `Figure ${value}` } });
  const USER_CELL = 'amount:2024:USD:reported:report-one';

  it("finds a group figure its members' sum cannot reach, beyond rounding, inconsistent", () => {
    const [finding] = audit(userFact('a', 10), userFact('b', 20), userFact('ab', 32));
    expect(finding).toMatchObject({
      id: `members-sum:ab:${USER_CELL}`,
      outcome: 'inconsistent',
      oneSided: false,
      computed: 30,
      computedInterval: { low: 29, high: 31 },
      expected: 32,
      expectedInterval: { low: 31.5, high: 32.5 },
      difference: -2,
      notes: [],
    });
  });

  it('finds the listed members of an incomplete group above its figure inconsistent, and below it consistent, one-sided', () => {
    const over = audit(userFact('a', 60, { metricId: 'share' }), userFact('b', 50, { metricId: 'share' }));
    expect(over.map((f) => [f.id, f.outcome, f.computed, f.oneSided])).toEqual([
      ['members-sum:all:share:2024:percent:reported:report-one', 'inconsistent', 110, true],
    ]);
    const under = audit(userFact('a', 60), userFact('c', 30), userFact('all', 100));
    expect(under.map((f) => [f.id, f.outcome])).toEqual([[`members-sum:all:${USER_CELL}`, 'consistent']]);
  });

  it('says a check against "nearly" is one-sided: a sum far below the bound still passes, with the note that says why', () => {
    const [finding] = audit(userFact('a', 10), userFact('b', 20), userFact('ab', 80, { precision: 'upper-bound' }));
    expect(finding).toMatchObject({ outcome: 'consistent', oneSided: true, computed: 30, expected: 80 });
    expect(finding?.notes).toEqual([
      'One-sided: ab-amount-2024-usd-report-one-reported is an upper bound, and the source does not say how far from the bound the true value lies, so this check can catch a figure beyond the bound but not one far short of it.',
    ]);
  });

  it("checks each source's figures against its own: a second source stating one member's figure changes no sum check", () => {
    const findings = audit(userFact('a', 10), userFact('b', 20), userFact('ab', 30), userFact('a', 10, fromReportTwo(10)));
    expect(findings.map((f) => [f.id, f.outcome])).toEqual([
      [`members-sum:ab:${USER_CELL}`, 'consistent'],
      ['repeated-figure:a:amount:2024:USD:reported', 'consistent'],
    ]);
  });

  it('checks nothing where a member of a complete group has no fact', () => {
    expect(audit(userFact('a', 10), userFact('ab', 30))).toEqual([]);
  });

  it('notes an approximate input: its interval is only that of its printed digits', () => {
    const [finding] = audit(userFact('a', 10, { precision: 'approximate' }), userFact('b', 20), userFact('ab', 30));
    expect(finding?.notes).toEqual([
      'a-amount-2024-usd-report-one-reported is approximate: the interval used is only that of the printed digits, and the source allows more.',
    ]);
  });

  it('compares every statement of a repeated figure in one finding: within rounding consistent, beyond it inconsistent', () => {
    expect(audit(userFact('c', 10.4), userFact('c', 10.5, fromReportTwo(10.5))).map((f) => [f.id, f.outcome, f.difference])).toEqual([
      ['repeated-figure:c:amount:2024:USD:reported', 'consistent', -0.1],
    ]);
    const [conflict] = audit(
      userFact('c', 12),
      userFact('c', 10, fromReportTwo(10)),
      userFact('c', 11, { id: 'c-again', citation: { sourceId: 'report-two', section: 'body' as const, quote: 'Figure 11' } }),
    );
    expect(conflict).toMatchObject({
      id: 'repeated-figure:c:amount:2024:USD:reported',
      outcome: 'inconsistent',
      factIds: ['c-amount-2024-usd-report-one-reported', 'c-amount-2024-usd-report-two-reported', 'c-again'],
      computed: 10,
      computedInterval: { low: 9.5, high: 10.5 },
      expected: 12,
      expectedInterval: { low: 11.5, high: 12.5 },
      difference: -2,
      summary:
        'c amount 2024 is stated 3 times: $12 in report-one ($11.5 to $12.5), $10 in report-two ($9.5 to $10.5), $11 in report-two ($10.5 to $11.5): inconsistent.',
    });
  });

  it('compares two statements of one figure by the same source too', () => {
    const findings = audit(userFact('c', 10), userFact('c', 14, { id: 'c-again' }));
    expect(findings.map((f) => [f.check, f.outcome, f.factIds])).toEqual([
      ['repeated-figure', 'inconsistent', ['c-amount-2024-usd-report-one-reported', 'c-again']],
    ]);
  });

  it('reads an approximate count at the resolution of its digits, an exact one as itself', () => {
    const about = audit(userFact('c', 90, { precision: 'approximate' }), userFact('c', 90.4, fromReportTwo(90.4)));
    expect(about[0]?.computedInterval).toEqual({ low: 89.5, high: 90.5 });
  });

  it("checks a remainder and the parts it excludes against the whole's own fact", () => {
    const findings = audit(userFact('rest', 5), userFact('a', 10), userFact('b', 20), userFact('all', 40));
    expect(findings.map((f) => [f.id, f.outcome, f.computed, f.expected])).toEqual([
      [`members-sum:all:${USER_CELL}`, 'consistent', 30, 40],
      [`remainder-sum:rest+a+b:${USER_CELL}`, 'inconsistent', 35, 40],
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

  it('makes one finding per repeated figure, not one per pair: 20,000 statements of 1,000 figures give 1,000 findings', () => {
    const entities = Array.from({ length: 1_000 }, (_, i) => ({ id: `e-${i}`, name: `E ${i}`, kind: 'startup-ecosystem' as const }));
    const facts = Array.from({ length: 20_000 }, (_, i) => userFact(`e-${i % 1_000}`, 7, { id: `f-${i}` }));
    const user = createDataset({ ...userRecords(facts), entities: [...userRecords([]).entities, ...entities] });
    const findings = user.auditConsistency();
    expect(findings).toHaveLength(1_000);
    expect(findings.every((f) => f.check === 'repeated-figure' && f.outcome === 'consistent' && f.factIds.length === 20)).toBe(true);
    expect(findings[0]?.summary).toBe(
      'e-0 amount 2024 is stated 20 times: $7 in report-one ($6.5 to $7.5), $7 in report-one ($6.5 to $7.5), $7 in report-one ($6.5 to $7.5), $7 in report-one ($6.5 to $7.5), $7 in report-one ($6.5 to $7.5) and 15 more: consistent.',
    );
  });
});
