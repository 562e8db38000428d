import { describe, expect, it } from 'vitest';
import { decimalSum } from '../../src/arithmetic/decimalSum.js';
import { createDataset } from '../../src/schema/index.js';
import { nestedRecords } from '../fixtures/nestedGroups.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const example = createDataset(exampleRecords);

describe('dataset.sumOf(factIds), on the example records', () => {
  it("sumOf(the three leading ecosystems' shares) is 65 + 10 + 4.3 = 79.3% with no float noise, 78.25% to 80.35% within the printed digits: approximate", () => {
    const leaders = example.topEcosystems('share', 3);
    expect(example.sumOf(leaders.map((f) => f.id))).toEqual({
      derivation: 'sum',
      value: 79.3,
      unit: 'percent',
      bounds: { lower: 78.25, upper: 80.35 },
      precision: 'approximate',
      status: 'reported',
      metricId: 'share',
      entityIds: ['a', 'b', 'c'],
      periods: ['2023/2024'],
      formula: 'a + b + c = 65 + 10 + 4.3',
      derivedFrom: ['a-share', 'b-share', 'c-share'],
      caveats: ["Approximate, within its bounds: the rounding of the inputs' printed digits."],
    });
  });

  it('sumOf(the 2025 plans) is USD180, a plan, USD179 to USD181 within the printed digits (100 and 80, each ± 0.5)', () => {
    const plans = example.findFacts({ metricId: 'amount', period: '2025', status: 'plan' });
    const total = example.sumOf(plans.map((f) => f.id));
    expect([total.value, total.unit, total.status, total.precision, total.bounds]).toEqual([180, 'USD', 'plan', 'approximate', { lower: 179, upper: 181 }]);
    expect(total.entityIds).toEqual(['a', 'b']);
  });

  it('sumOf(a 2024, b 2024) is at least USD90, naming both producers', () => {
    const total = example.sumOf(['a-2024', 'b-2024']);
    expect([total.value, total.precision, total.bounds]).toEqual([90, 'lower-bound', { lower: 89.5, upper: null }]);
    expect(total.caveats).toContain('The inputs come from different producers (Example Research and Sample Analytics), which may count differently.');
  });

  it('sumOf(...) is recomputed from the facts it names', () => {
    const total = example.sumOf(['rest-share', 'b-share', 'a-share', 'c-share']);
    expect(total.value).toBe(99.9);
    expect(total.value).toBe(decimalSum(total.derivedFrom.map((id) => example.fact(id).value as number)));
  });

  it('sumOf(...) throws rather than count an ecosystem twice, mix plans with estimates, add concentrations, or convert a currency', () => {
    expect(() => example.sumOf(['ab-share', 'b-share'])).toThrow(
      new RangeError('sumOf: expected facts of distinct entities, received "b" together with "ab", which contains it; its figure would be counted twice'),
    );
    expect(() => example.sumOf(['a-plan-2025', 'c-estimate-2025'])).toThrow(
      new RangeError(
        'sumOf: expected facts of one status, received "plan" (a-plan-2025) and "estimate" (c-estimate-2025); a plan, an estimate and a reported figure are not combined',
      ),
    );
    expect(() => example.sumOf(['a-concentration', 'b-concentration'])).toThrow(
      new RangeError('sumOf: expected facts of an additive metric, received "concentration", whose figures are not additive across entities (Concentration)'),
    );
    expect(() => example.sumOf(['acme-plan-cny', 'acme-plan-usd'])).toThrow(
      new RangeError(
        'sumOf: expected facts of one unit, received "CNY" (acme-plan-cny) and "USD" (acme-plan-usd); different units are never combined, and the package converts no currency',
      ),
    );
  });

  it('sumOf(...) throws for no IDs, a repeated ID, a non-array, and facts of unknown periods', () => {
    expect(() => example.sumOf([])).toThrow(new RangeError('sumOf: expected `factIds` to name at least one fact, received an empty array'));
    expect(() => example.sumOf(['b-share', 'b-share'])).toThrow(new RangeError('sumOf: expected each fact once, received "b-share" twice'));
    expect(() => example.sumOf('b-share' as never)).toThrow(TypeError);
    expect(() => example.sumOf(['a-undated', 'c-undated'])).toThrow(
      new RangeError(
        'sumOf: expected facts of a known period, received "a-undated", whose period is null (No date.); two unknown periods need not be the same',
      ),
    );
    const twice = createDataset(
      userRecords([userFact('a', 1), userFact('a', 2, { citation: { sourceId: 'report-two', section: 'body', quote: 'Figure 2' } })]),
    );
    expect(() => twice.sumOf(twice.facts.map((f) => f.id))).toThrow(
      new RangeError('sumOf: expected facts of distinct entities, received two of "a"; its figure would be counted twice'),
    );
  });
});

describe('sumOf on many facts', () => {
  it('sumOf(2,000 facts) sums exactly and abbreviates the formula, keeping every ID in derivedFrom', () => {
    const entities = Array.from({ length: 2_000 }, (_, i) => ({ id: `e-${i}`, name: `E ${i}`, kind: 'startup-ecosystem' as const }));
    const facts = entities.map((entity, i) => userFact(entity.id, 0.1, { id: `f-${i}` }));
    const user = createDataset({ ...userRecords(facts), entities: [...userRecords([]).entities, ...entities] });
    const total = user.sumOf(facts.map((fact) => fact.id));
    expect(total.value).toBe(200);
    expect(total.derivedFrom).toHaveLength(2_000);
    expect(total.formula).toBe(
      'e-0 + e-1 + e-2 + e-3 + e-4 + e-5 + e-6 + e-7 + e-8 + e-9 + ... + e-1999 (2000 terms) = 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + ... + 0.1 (2000 terms)',
    );
  });
});

describe('sumOf with nested and overlapping groups', () => {
  const nested = createDataset(nestedRecords);

  it('sumOf([world, fr]) throws: world contains fr through eu', () => {
    expect(() => nested.sumOf(['world', 'fr'])).toThrow(
      new RangeError('sumOf: expected facts of distinct entities, received "fr" together with "world", which contains it; its figure would be counted twice'),
    );
    expect(() => nested.sumOf(['fr', 'world'])).toThrow(
      new RangeError('sumOf: expected facts of distinct entities, received "fr" together with "world", which contains it; its figure would be counted twice'),
    );
  });

  it('sumOf([eu, g2]) throws: both contain de', () => {
    expect(() => nested.sumOf(['eu', 'g2'])).toThrow(
      new RangeError('sumOf: expected facts of distinct entities, received "eu" and "g2", which both contain "de"; its figure would be counted twice'),
    );
  });

  it('sumOf([fr, de, us]) and sumOf([eu, us]) add distinct entities', () => {
    expect(nested.sumOf(['fr', 'de', 'us']).value).toBe(6);
    expect(nested.sumOf(['eu', 'us']).value).toBe(7);
  });
});

describe('sumOf(factIds) with hostile input: holes, re-reads, overflow, huge lengths', () => {
  const huge = createDataset(userRecords([userFact('a', 1e308), userFact('b', 1e308), userFact('c', 1)]));
  const [a, b, c] = huge.facts.map((fact) => fact.id) as [string, string, string];

  it('sumOf([, id]) names the hole as an argument that is not an ID', () => {
    expect(() => huge.sumOf([undefined, a] as unknown as string[])).toThrow(
      new TypeError('sumOf: expected `factIds[0]` to be the ID of a fact, received undefined'),
    );
  });

  it('sumOf(ids) reads each ID once: a Proxy that answers another ID on a second read is summed as first read', () => {
    let reads = 0;
    const shifty = new Proxy([a, c], { get: (target, key) => (key === '1' && reads++ > 0 ? b : Reflect.get(target, key)) });
    expect(huge.sumOf(shifty).derivedFrom).toEqual([a, c]);
    expect(reads).toBe(1);
  });

  it('sumOf(two facts of 1e308) is an error naming the method and the formula, never Infinity', () => {
    expect(() => huge.sumOf([a, b])).toThrow(
      new RangeError('sumOf: expected a finite result, received Infinity for a + b = 1e+308 + 1e+308: the result overflows a double'),
    );
  });

  it('sumOf(an array of length 2 ** 32 - 1) is refused at once, by its length, before any item is read', () => {
    expect(() => huge.sumOf(new Array(2 ** 32 - 1))).toThrow(
      new RangeError('sumOf: expected `factIds` to hold at most 10000000 items, received an array of 4294967295'),
    );
  });
});
