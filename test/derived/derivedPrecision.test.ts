/**
 * The precision rules, checked against the meaning of a bound: a derived
 * figure said to be a lower bound must not exceed the value computed from any
 * true values its inputs' precisions allow; an upper bound must not fall
 * below it; an exact one must equal it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Precision } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const statedPrecision = fc.constantFrom<Precision>('exact', 'lower-bound', 'upper-bound', 'approximate');
const amount = fc.integer({ min: 1, max: 1_000_000 });
const factor = fc.double({ min: 1, max: 3, noNaN: true });

/** A true value the stated value and precision allow: more for a lower bound, less for an upper bound. */
function trueValue(stated: number, precision: Precision, by: number): number {
  if (precision === 'lower-bound') return stated * by;
  if (precision === 'upper-bound') return stated / by;
  return stated;
}

/** Whether `actual` is on the side of `derived` that `precision` promises (approximate promises nothing). */
function honours(precision: Precision, derived: number, actual: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(derived));
  if (precision === 'lower-bound') return actual >= derived - slack;
  if (precision === 'upper-bound') return actual <= derived + slack;
  if (precision === 'exact') return Math.abs(actual - derived) <= slack;
  return true;
}

describe('the precision of a derived figure', () => {
  it('growthOf(...) is honoured by every pair of true values its inputs allow', () => {
    fc.assert(
      fc.property(amount, amount, statedPrecision, statedPrecision, factor, factor, (from, to, pFrom, pTo, f1, f2) => {
        const user = createDataset(
          userRecords([userFact('a', from, { period: '2023', precision: pFrom }), userFact('a', to, { period: '2024', precision: pTo })]),
        );
        const growth = user.growthOf('a', 'amount', '2023', '2024');
        const actual = (trueValue(to, pTo, f2) - trueValue(from, pFrom, f1)) / trueValue(from, pFrom, f1);
        expect(honours(growth.precision, growth.value, actual)).toBe(true);
        if (pFrom === 'approximate' || pTo === 'approximate') expect(growth.precision).toBe('approximate');
        if (pFrom === 'exact' && pTo === 'exact') expect(growth.precision).toBe('exact');
      }),
    );
  });

  it('ratioOf(...) and sumOf(...) are honoured by every true value their inputs allow', () => {
    fc.assert(
      fc.property(amount, amount, statedPrecision, statedPrecision, factor, factor, (a, b, pA, pB, f1, f2) => {
        const user = createDataset(userRecords([userFact('a', a, { precision: pA }), userFact('b', b, { precision: pB })]));
        const [idA, idB] = user.facts.map((fact) => fact.id) as [string, string];
        const [trueA, trueB] = [trueValue(a, pA, f1), trueValue(b, pB, f2)];
        const ratio = user.ratioOf(idA, idB);
        expect(honours(ratio.precision, ratio.value, trueA / trueB)).toBe(true);
        const sum = user.sumOf([idA, idB]);
        expect(honours(sum.precision, sum.value, trueA + trueB)).toBe(true);
      }),
    );
  });

  it('shareOf(...) is honoured by every pair of true values its inputs allow (a part no larger than its whole)', () => {
    fc.assert(
      fc.property(amount, amount, statedPrecision, statedPrecision, factor, factor, (x, y, pPart, pWhole, f1, f2) => {
        const [part, whole] = x <= y ? [x, y] : [y, x];
        const [truePart, trueWhole] = [trueValue(part, pPart, f1), trueValue(whole, pWhole, f2)];
        fc.pre(truePart <= trueWhole);
        const user = createDataset(userRecords([userFact('a', part, { precision: pPart }), userFact('ab', whole, { precision: pWhole })]));
        const [partId, wholeId] = user.facts.map((fact) => fact.id) as [string, string];
        const figure = user.shareOf(partId, wholeId);
        expect(honours(figure.precision, figure.value, truePart / trueWhole)).toBe(true);
      }),
    );
  });

  it('cagrOf(...) is honoured by every pair of true values its inputs allow', () => {
    fc.assert(
      fc.property(amount, amount, statedPrecision, statedPrecision, factor, factor, (from, to, pFrom, pTo, f1, f2) => {
        const user = createDataset(
          userRecords([userFact('a', from, { period: '2020', precision: pFrom }), userFact('a', to, { period: '2023', precision: pTo })]),
        );
        const figure = user.cagrOf('a', 'amount', '2020', '2023');
        const actual = (trueValue(to, pTo, f2) / trueValue(from, pFrom, f1)) ** (1 / 3) - 1;
        expect(honours(figure.precision, figure.value, actual)).toBe(true);
      }),
    );
  });

  it('bounds pulling both ways give approximate, and say so', () => {
    const user = createDataset(
      userRecords([userFact('a', 10, { period: '2023', precision: 'lower-bound' }), userFact('a', 20, { period: '2024', precision: 'lower-bound' })]),
    );
    const growth = user.growthOf('a', 'amount', '2023', '2024');
    expect(growth.precision).toBe('approximate');
    expect(growth.caveats).toEqual([
      'Neither a lower nor an upper bound, so recorded as approximate: a-amount-2023-usd-report-one-reported is a lower bound and the result falls with it and a-amount-2024-usd-report-one-reported is a lower bound and the result rises with it, so the true value may lie on either side.',
    ]);
  });
});
