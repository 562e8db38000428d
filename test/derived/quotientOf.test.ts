import { describe, expect, it } from 'vitest';
import { share } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';
import { nestedRecords } from '../fixtures/nestedGroups.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const example = createDataset(exampleRecords);

describe('dataset.shareOf(partFactId, wholeFactId), on the example records', () => {
  it('shareOf(a 65%, ab "nearly 80%") is 0.8125 computed, at least 64.5 / 80 = 0.80625: the whole is an upper bound', () => {
    expect(example.shareOf('a-share', 'ab-share')).toEqual({
      derivation: 'share',
      value: 0.8125,
      unit: 'fraction',
      bounds: { lower: 0.80625, upper: null },
      precision: 'lower-bound',
      status: 'reported',
      metricId: 'share',
      entityIds: ['a', 'ab'],
      periods: ['2023/2024'],
      formula: 'a / ab = 65 / 80',
      derivedFrom: ['a-share', 'ab-share'],
      caveats: [
        'A lower bound, because ab-share is an upper bound and the result falls with it.',
        'The period of ab-share is read from context, not stated by the source for that figure; see its caveats.',
      ],
    });
  });

  it('shareOf(b 10%, ab) is 0.125, and each share is recomputed from its facts', () => {
    const [a, b] = [example.shareOf('a-share', 'ab-share'), example.shareOf('b-share', 'ab-share')];
    expect([a.value, b.value]).toEqual([0.8125, 0.125]);
    for (const figure of [a, b]) {
      const [part, whole] = figure.derivedFrom.map((id) => example.fact(id).value as number);
      expect(figure.value).toBe(share(part!, whole!));
    }
  });

  it('shareOf(b, a) throws: b is not a member of a; ratioOf compares them', () => {
    expect(() => example.shareOf('b-2024', 'a-2024')).toThrow(
      new RangeError(
        'shareOf: expected the part\'s entity to be a member of the whole\'s, received "b" (b-2024), which is not a member of "a" (a-2024); for two entities side by side, use ratioOf',
      ),
    );
  });

  it('shareOf(a share, an amount) throws: different metrics are never mixed', () => {
    expect(() => example.shareOf('b-share', 'b-2024')).toThrow(
      new RangeError(
        'shareOf: expected facts of one metric, received "share" (b-share) and "amount" (b-2024); facts of different metrics are not comparable, however alike their names',
      ),
    );
  });
});

describe('shareOf on user records', () => {
  it('shareOf(...) takes a subgroup as a member of its group (subsetOf)', () => {
    const user = createDataset(userRecords([userFact('ab', 30), userFact('all', 120)]));
    expect(user.shareOf('ab-amount-2024-usd-report-one-reported', 'all-amount-2024-usd-report-one-reported').value).toBe(0.25);
  });

  it('shareOf(...) throws for a part above the whole, a non-additive metric, and a zero whole', () => {
    const larger = createDataset(userRecords([userFact('a', 30), userFact('ab', 20)]));
    expect(() => larger.shareOf('a-amount-2024-usd-report-one-reported', 'ab-amount-2024-usd-report-one-reported')).toThrow(
      new RangeError(
        'shareOf: expected the part to be at most the whole (20, ab-amount-2024-usd-report-one-reported), received 30 (a-amount-2024-usd-report-one-reported)',
      ),
    );
    const concentration = createDataset(userRecords([userFact('a', 30, { metricId: 'concentration' }), userFact('ab', 40, { metricId: 'concentration' })]));
    expect(() => concentration.shareOf('a-concentration-2024-percent-report-one-reported', 'ab-concentration-2024-percent-report-one-reported')).toThrow(
      new RangeError('shareOf: expected facts of an additive metric, received "concentration", whose figures are not additive across entities (Concentration)'),
    );
    const zero = createDataset(userRecords([userFact('a', 0), userFact('ab', 0)]));
    const zeroShare = () => zero.shareOf('a-amount-2024-usd-report-one-reported', 'ab-amount-2024-usd-report-one-reported');
    expect(zeroShare).toThrow(new RangeError('shareOf: expected the whole to be > 0, received 0 (ab-amount-2024-usd-report-one-reported)'));
    expect(zeroShare).toThrow(
      expect.objectContaining({
        message: 'shareOf: expected the whole to be > 0, received 0 (ab-amount-2024-usd-report-one-reported)',
        argument: 'wholeFactId',
        value: 'ab-amount-2024-usd-report-one-reported',
      }),
    );
  });
});

describe('shareOf with nested groups', () => {
  it('shareOf(fr, world) takes a member of a member as part of the whole', () => {
    const nested = createDataset(nestedRecords);
    expect(nested.shareOf('fr', 'world').value).toBe(0.2);
    expect(() => nested.shareOf('us', 'eu')).toThrow(/^shareOf: expected the part's entity to be a member of the whole's, received "us"/);
  });
});

describe('dataset.ratioOf(numeratorFactId, denominatorFactId), on the example records', () => {
  it('ratioOf(a 2024, b 2024) is 76/14 = 5.428571428571429 computed, at least 76/14.5 supported, from two producers', () => {
    expect(example.ratioOf('a-2024', 'b-2024')).toEqual({
      derivation: 'ratio',
      value: 5.428571428571429,
      unit: 'ratio',
      bounds: { lower: 76 / 14.5, upper: null },
      precision: 'lower-bound',
      status: 'reported',
      metricId: 'amount',
      entityIds: ['a', 'b'],
      periods: ['2024'],
      formula: 'a / b = 76 / 14',
      derivedFrom: ['a-2024', 'b-2024'],
      caveats: [
        'A lower bound, because a-2024 is a lower bound and the result rises with it.',
        'The inputs come from different producers (Example Research and Sample Analytics), which may count differently.',
      ],
    });
  });

  it('ratioOf(a 2023, b 2023) is 40/10.5 = 3.8095238095238093, approximate for "around 10.5"', () => {
    const ratio = example.ratioOf('a-2023', 'b-2023');
    expect([ratio.value, ratio.precision, ratio.bounds]).toEqual([3.8095238095238093, 'approximate', { lower: 39.5 / 10.55, upper: 40.5 / 10.45 }]);
    expect(ratio.value).toBe(40 / 10.5);
  });

  it('ratioOf(...) throws for two facts of one entity (suggesting growthOf only for one metric over time), for different periods, for different currencies, and for a missing value', () => {
    expect(() => example.ratioOf('acme-plan-usd', 'acme-horizon')).toThrow(
      new RangeError('ratioOf: expected facts of two entities, received two of "acme" (acme-plan-usd, acme-horizon)'),
    );
    expect(() => example.ratioOf('b-2024', 'b-2023')).toThrow(
      new RangeError('ratioOf: expected facts of two entities, received two of "b" (b-2024, b-2023); for one entity over time, use growthOf'),
    );
    expect(() => example.ratioOf('a-2024', 'b-2023')).toThrow(
      new RangeError('ratioOf: expected facts of one period, received "2024" (a-2024) and "2023" (b-2023); figures of different periods are not combined'),
    );
    expect(() => example.ratioOf('a-plan-2025', 'acme-plan-cny')).toThrow(
      new RangeError(
        'ratioOf: expected facts of one unit, received "USD" (a-plan-2025) and "CNY" (acme-plan-cny); different units are never combined, and the package converts no currency',
      ),
    );
    expect(() => example.ratioOf('c-concentration', 'b-concentration')).toThrow(
      new RangeError('ratioOf: expected `numeratorFactId` to be a fact with a value, received "c-concentration", whose value is null (Not specified.)'),
    );
  });

  it('ratioOf(...) throws for a denominator of 0, naming it', () => {
    const zero = createDataset(userRecords([userFact('a', 3), userFact('b', 0)]));
    const [numerator, denominator] = zero.facts.map((fact) => fact.id) as [string, string];
    expect(() => zero.ratioOf(numerator, denominator)).toThrow(RangeError);
    expect(() => zero.ratioOf(numerator, denominator)).toThrow(
      expect.objectContaining({
        message: 'ratioOf: expected the denominator to be > 0, received 0 (b-amount-2024-usd-report-one-reported)',
        argument: 'denominatorFactId',
        value: denominator,
      }),
    );
  });
});

describe('ratioOf(numeratorFactId, denominatorFactId) beyond the doubles', () => {
  it('ratioOf(1e308, 5e-324) is an error naming the method and the formula, never an "exact" Infinity', () => {
    const tiny = createDataset(userRecords([userFact('a', 1e308), userFact('c', 5e-324)]));
    const [numerator, denominator] = tiny.facts.map((fact) => fact.id) as [string, string];
    expect(() => tiny.ratioOf(numerator, denominator)).toThrow(
      new RangeError('ratioOf: expected a finite result, received Infinity for a / c = 1e+308 / 5e-324: the result overflows a double'),
    );
    expect(() => tiny.ratioOf(numerator, denominator)).toThrow(
      expect.objectContaining({
        message: 'ratioOf: expected a finite result, received Infinity for a / c = 1e+308 / 5e-324: the result overflows a double',
        argument: 'numeratorFactId, denominatorFactId',
        value: Infinity,
      }),
    );
  });
});
