import { describe, expect, it } from 'vitest';
import { cagr, growthRate } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const example = createDataset(exampleRecords);

describe('dataset.growthOf(entityId, metricId, fromPeriod, toPeriod), on the example records', () => {
  it('growthOf("a", ...) from a printed 40 (39.5 to 40.5) to "over 76" is 0.9 computed, a lower bound of (76 - 40.5) / 40.5 supported', () => {
    expect(example.growthOf('a', 'amount', '2023', '2024')).toEqual({
      derivation: 'growth-rate',
      value: 0.9,
      unit: 'fraction',
      bounds: { lower: 35.5 / 40.5, upper: null },
      precision: 'lower-bound',
      status: 'reported',
      metricId: 'amount',
      entityIds: ['a'],
      periods: ['2023', '2024'],
      formula: '(value in 2024 - value in 2023) / value in 2023 = (76 - 40) / 40',
      derivedFrom: ['a-2023', 'a-2024'],
      caveats: ['A lower bound, because a-2024 is a lower bound and the result rises with it.'],
    });
  });

  it('growthOf("b", ...) from "around 10.5" (10.45 to 10.55 at least) to 14 (13.5 to 14.5) is about 1/3, approximate', () => {
    const b = example.growthOf('b', 'amount', '2023', '2024');
    expect(b.value).toBe(0.3333333333333333);
    expect(b.bounds).toEqual({ lower: (13.5 - 10.55) / 10.55, upper: (14.5 - 10.45) / 10.45 });
    expect(b.precision).toBe('approximate');
    expect(b.caveats).toEqual([
      'Approximate, because b-2023 is approximate: its bounds allow only the rounding of the printed digits, which the source may exceed.',
    ]);
    expect(b.derivedFrom).toEqual(['b-2023', 'b-2024']);
  });

  it('growthOf(...) is recomputed from the facts it names', () => {
    for (const entity of ['a', 'b']) {
      const growth = example.growthOf(entity, 'amount', '2023', '2024');
      const [from, to] = growth.derivedFrom.map((id) => example.fact(id).value as number);
      expect(growth.value).toBe(growthRate(from!, to!));
    }
  });

  it('growthOf(...) returns a frozen figure', () => {
    const growth = example.growthOf('a', 'amount', '2023', '2024');
    expect(Object.isFrozen(growth) && Object.isFrozen(growth.derivedFrom) && Object.isFrozen(growth.caveats)).toBe(true);
  });

  it('growthOf(...) throws for a period without a fact, listing the periods that have one', () => {
    expect(() => example.growthOf('a', 'amount', '2022', '2023')).toThrow(
      new RangeError(
        'growthOf: expected a fact of "a" for metric "amount" in `fromPeriod` "2022", received none; it has facts in "2023", "2024", "2025", "no period"',
      ),
    );
  });

  it('growthOf(...) throws for periods out of order, of different lengths, or malformed', () => {
    expect(() => example.growthOf('b', 'amount', '2024', '2023')).toThrow(
      new RangeError('growthOf: expected `toPeriod` to start after `fromPeriod` ("2024") ends, received "2023"'),
    );
    expect(() => example.growthOf('acme', 'amount', '2025/2027', '2028')).toThrow(
      new RangeError(
        'growthOf: expected `toPeriod` to be as long as `fromPeriod` ("2025/2027", 3 years), received "2028" (1 years); totals over periods of different lengths do not show growth',
      ),
    );
    expect(() => example.growthOf('b', 'amount', '23', '2024')).toThrow(
      new RangeError('growthOf: expected `fromPeriod` to be a year ("2024") or an interval of years ("2023/2024"), received "23"'),
    );
  });
});

describe('dataset.cagrOf(entityId, metricId, fromPeriod, toPeriod)', () => {
  it('cagrOf over one year, 2023 to 2024, is the growth rate up to floating point, with the same precision', () => {
    expect(example.cagrOf('a', 'amount', '2023', '2024')).toMatchObject({
      derivation: 'cagr',
      value: 0.9,
      unit: 'fraction',
      bounds: { lower: cagr(40.5, 76, 1), upper: null },
      precision: 'lower-bound',
      formula: '(value in 2024 / value in 2023) ^ (1 / years between them) - 1 = (76 / 40) ^ (1 / 1) - 1',
      derivedFrom: ['a-2023', 'a-2024'],
    });
    const b = example.cagrOf('b', 'amount', '2023', '2024');
    expect(b.value).toBe(0.3333333333333333);
    expect(b.precision).toBe('approximate');
  });

  it("cagrOf(...) counts the years between the periods' starts and is recomputed from its facts", () => {
    const user = createDataset(userRecords([userFact('a', 100, { period: '2020' }), userFact('a', 121, { period: '2022' })]));
    const figure = user.cagrOf('a', 'amount', '2020', '2022');
    expect(figure.value).toBe(0.09999999999999999);
    expect(figure.formula).toBe('(value in 2022 / value in 2020) ^ (1 / years between them) - 1 = (121 / 100) ^ (1 / 2) - 1');
    const [from, to] = figure.derivedFrom.map((id) => user.fact(id).value as number);
    expect(figure.value).toBe(cagr(from!, to!, 2));
  });

  it('cagrOf(...) throws as growthOf does, under its own name', () => {
    expect(() => example.cagrOf('b', 'amount', '2024', '2023')).toThrow(
      new RangeError('cagrOf: expected `toPeriod` to start after `fromPeriod` ("2024") ends, received "2023"'),
    );
    expect(() => example.cagrOf('acme', 'amount', '2025/2027', '2028/2030')).toThrow(
      new RangeError('cagrOf: expected facts of one unit, received "CNY" (acme-plan-cny) and "USD" (acme-plan-usd); choose one with `choice.unit`'),
    );
  });
});

describe('growthOf on user records', () => {
  it('growthOf(...) throws for an unknown entity or metric, naming the nearest', () => {
    const user = createDataset(userRecords([]));
    expect(() => user.growthOf('usa', 'amount', '2023', '2024')).toThrow(/^growthOf: expected `entityId` to be the ID of an entity/);
    expect(() => user.growthOf('a', 'amounts', '2023', '2024')).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'growthOf: expected `metricId` to be the ID of a metric of this dataset, received "amounts"; did you mean "amount"?',
        recordType: 'metric',
        value: 'amounts',
        nearest: ['amount'],
        method: 'growthOf',
        argument: 'metricId',
      }),
    );
  });

  it('growthOf(...) throws where a period has two facts, saying what tells them apart, and takes `choice`', () => {
    const user = createDataset(
      userRecords([
        userFact('a', 100, { period: '2023', unit: 'USD' }),
        userFact('a', 700, { period: '2023', unit: 'CNY' }),
        userFact('a', 150, { period: '2024', unit: 'USD' }),
        userFact('a', 900, { period: '2024', unit: 'CNY' }),
      ]),
    );
    expect(() => user.growthOf('a', 'amount', '2023', '2024')).toThrow(
      new RangeError(
        'growthOf: expected facts of one unit, received "USD" (a-amount-2023-usd-report-one-reported) and "CNY" (a-amount-2023-cny-report-one-reported); choose one with `choice.unit`',
      ),
    );
    expect(user.growthOf('a', 'amount', '2023', '2024', { unit: 'USD' }).value).toBe(0.5);
    expect(() => user.growthOf('a', 'amount', '2023', '2024', { unit: 'EUR' })).toThrow(
      new RangeError(
        'growthOf: expected a fact of "a" for metric "amount" in `fromPeriod` "2023", received none; none of its facts of this metric matches `choice` {"unit":"EUR"}',
      ),
    );
    expect(() => user.growthOf('b', 'amount', '2023', '2024')).toThrow(
      new RangeError('growthOf: expected a fact of "b" for metric "amount" in `fromPeriod` "2023", received none; it has no facts of this metric'),
    );
    expect(user.growthOf('a', 'amount', '2023', '2024', { unit: 'CNY' }).value).toBe(0.2857142857142857);
  });

  it('growthOf(...) throws from a value of 0, from a missing value, and across statuses', () => {
    const zero = createDataset(userRecords([userFact('a', 0, { period: '2023' }), userFact('a', 5, { period: '2024' })]));
    expect(() => zero.growthOf('a', 'amount', '2023', '2024')).toThrow(
      new RangeError(
        'growthOf: expected the value in `fromPeriod` to be > 0, received 0 (a-amount-2023-usd-report-one-reported); no growth can be measured from it',
      ),
    );
    const missing = createDataset(userRecords([userFact('a', null, { period: '2023' }), userFact('a', 5, { period: '2024' })]));
    expect(() => missing.growthOf('a', 'amount', '2023', '2024')).toThrow(
      new RangeError(
        'growthOf: expected `fromPeriod` to be a fact with a value, received "a-amount-2023-usd-report-one-reported", whose value is null (Not given.)',
      ),
    );
    const planned = createDataset(userRecords([userFact('a', 4, { period: '2023' }), userFact('a', 5, { period: '2024', status: 'plan' })]));
    expect(() => planned.growthOf('a', 'amount', '2023', '2024')).toThrow(
      /^growthOf: expected facts of one status, received "reported" \(.*\) and "plan" \(.*\); a plan, an estimate and a reported figure are not combined$/,
    );
  });

  it('growthOf(...) over intervals of equal length compares their totals', () => {
    const user = createDataset(userRecords([userFact('a', 10, { period: '2020/2021' }), userFact('a', 15, { period: '2022/2023' })]));
    expect(user.growthOf('a', 'amount', '2020/2021', '2022/2023')).toMatchObject({ value: 0.5, periods: ['2020/2021', '2022/2023'] });
  });
});
