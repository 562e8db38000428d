import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offenders } from '../helpers/badInput.js';
import { type DerivedFigure, formatFigure, PRECISIONS } from '../../src/index.js';

/** `formatFigure` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedFormatFigure = formatFigure as (figure: unknown) => string;

/** A figure of one's own: only the fields formatFigure reads matter. */
function figure(value: number, unit: DerivedFigure['unit'], precision: DerivedFigure['precision']): DerivedFigure {
  const [derivedFrom, entityIds, periods] = [['example-a-2023', 'example-a-2024'], ['example-a'], ['2023', '2024']];
  return {
    derivation: 'growth-rate',
    value,
    unit,
    precision,
    status: 'reported',
    metricId: 'example-amount',
    entityIds,
    periods,
    formula: '(b - a) / a',
    derivedFrom,
    caveats: [],
  };
}

/** The number a reading states, in the reading's unit (percent for a fraction, times for a ratio). */
function statedNumber(text: string): number {
  return Number(text.replace(/^(about|at least|at most) /, '').replace(/[%×,]/g, ''));
}

describe('formatFigure(figure)', () => {
  it('reads the kinds of derived figure as worked out by hand: a growth or share as a percentage, a ratio as a multiple, a sum in its unit', () => {
    const readings = [
      // (over 76 - 40) / 40: at least 0.9.
      figure(0.9, 'fraction', 'lower-bound'),
      // (14 - about 10.5) / about 10.5 = 1/3.
      figure(1 / 3, 'fraction', 'approximate'),
      // 4.3% of nearly 80%: at least 0.05375, read down.
      figure(0.05375, 'fraction', 'lower-bound'),
      // over 76 / 14 = 5.428…, read down.
      figure(76 / 14, 'ratio', 'lower-bound'),
      // 100 + 80 + 75 + 65 billion dollars.
      figure(320e9, 'USD', 'exact'),
    ].map(formatFigure);
    expect(readings).toEqual(['at least 90%', 'about 33.3%', 'at least 5.37%', 'at least 5.42×', '$320B']);
  });

  it('reads an exact figure plainly where three digits show it, and as "about" where digits were cut', () => {
    expect(
      [figure(0.125, 'fraction', 'exact'), figure(0.1234, 'fraction', 'exact'), figure(2, 'ratio', 'exact'), figure(79.3, 'percent', 'exact')].map(
        formatFigure,
      ),
    ).toEqual(['12.5%', 'about 12.3%', '2×', '79.3%']);
    expect(
      [
        figure(24.5e9, 'USD', 'exact'),
        figure(1.2345e9, 'USD', 'upper-bound'),
        figure(380e9, 'CNY', 'approximate'),
        figure(-0.4567, 'fraction', 'lower-bound'),
      ].map(formatFigure),
    ).toEqual(['$24.5B', 'at most $1.24B', 'about CNY\u00a0380B', 'at least -45.7%']);
  });

  it('keeps its words true: a lower bound reads at most the value, an upper bound at least it, within one digit in the third place', () => {
    const values = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((value) => Math.abs(value) > 1e-6);
    fc.assert(
      fc.property(values, fc.constantFrom(...PRECISIONS), fc.constantFrom('fraction' as const, 'ratio' as const), (value, precision, unit) => {
        const text = formatFigure(figure(value, unit, precision));
        const exact = unit === 'fraction' ? value * 100 : value;
        const read = statedNumber(text);
        // The exact value is read shifted in decimal, which `value * 100` may miss by a unit in the last place.
        const slack = Math.abs(exact) * 1e-12;
        const step = 10 ** (Math.floor(Math.log10(Math.abs(exact))) - 2);
        if (precision === 'lower-bound') expect(text.startsWith('at least ') && read <= exact + slack).toBe(true);
        if (precision === 'upper-bound') expect(text.startsWith('at most ') && read >= exact - slack).toBe(true);
        expect(Math.abs(read - exact)).toBeLessThanOrEqual(step + slack);
      }),
      { numRuns: 2_000 },
    );
  });

  it('names the argument and the value it cannot read', () => {
    const valid = { value: 1, unit: 'ratio', precision: 'exact' };
    expect(
      offenders(untypedFormatFigure, [
        [null, 'TypeError', 'formatFigure: expected `figure` to be a derived figure (an object), received null'],
        [{ ...valid, value: '1' }, 'TypeError', 'formatFigure: expected `figure.value` to be a number, received "1" (string)'],
        [{ ...valid, value: Number.NaN }, 'RangeError', 'formatFigure: expected `figure.value` to be a finite number, received NaN'],
        [{ ...valid, unit: 7 }, 'TypeError', 'formatFigure: expected `figure.unit` to be a string, received 7'],
        [
          { ...valid, unit: 'furlong' },
          'RangeError',
          'formatFigure: expected `figure.unit` to be "fraction", "ratio", "percent", "count", "years" or a currency code such as "USD", received "furlong"',
        ],
        [
          { ...valid, precision: 'rough' },
          'RangeError',
          'formatFigure: expected `figure.precision` to be one of "exact", "approximate", "lower-bound", "upper-bound", received "rough"; none is near it',
        ],
      ]),
    ).toEqual([]);
  });
});
