import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offenders } from '../helpers/badInput.js';
import { type DerivedFigure, formatFigure, PRECISIONS } from '../../src/index.js';

/** `formatFigure` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedFormatFigure = formatFigure as (figure: unknown) => string;

/** A figure of one's own: only the fields formatFigure reads matter. */
function figure(
  value: number,
  unit: DerivedFigure['unit'],
  precision: DerivedFigure['precision'],
  lower: number | null = value,
  upper: number | null = value,
): DerivedFigure {
  const [derivedFrom, entityIds, periods] = [['example-a-2023', 'example-a-2024'], ['example-a'], ['2023', '2024']];
  return {
    derivation: 'growth-rate',
    value,
    unit,
    bounds: { lower, upper },
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
      // (over 76 - 40) / 40 = 0.9, at least (76 - 40.5) / 40.5 = 0.8765…, read down.
      figure(0.9, 'fraction', 'lower-bound', 35.5 / 40.5, null),
      // (14 - about 10.5) / about 10.5 = 1/3, from (13.5 - 10.55) / 10.55 = 0.27962… to (14.5 - 10.45) / 10.45 = 0.38755…
      figure(1 / 3, 'fraction', 'approximate', 2.95 / 10.55, 4.05 / 10.45),
      // 4.3% of nearly 80%: at least 4.25 / 80 = 0.053125, read down.
      figure(0.05375, 'fraction', 'lower-bound', 0.053125, null),
      // over 76 / 14 = 5.428…, at least 76 / 14.5 = 5.2413…, read down.
      figure(76 / 14, 'ratio', 'lower-bound', 76 / 14.5, null),
      // 100 + 80 + 75 + 65 billion dollars, each ± 0.5 billion.
      figure(320e9, 'USD', 'approximate', 318e9, 322e9),
      // 65% + 10% + 4.3%, each ± half its last digit: four digits show the bounds exactly.
      figure(79.3, 'percent', 'approximate', 78.25, 80.35),
      // 310 / 140 startups, exact counts.
      figure(310 / 140, 'ratio', 'exact'),
    ].map(formatFigure);
    expect(readings).toEqual([
      'at least 87.6%',
      'about 33.3% (27.9% to 38.8%)',
      'at least 5.31%',
      'at least 5.24×',
      'about $320B ($318B to $322B)',
      'about 79.3% (78.25% to 80.35%)',
      'about 2.21×',
    ]);
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
        figure(1e9, 'USD', 'upper-bound', null, 1.2345e9),
        figure(380e9, 'CNY', 'approximate', null, null),
        figure(-0.4, 'fraction', 'lower-bound', -0.4567, null),
        figure(5, 'ratio', 'approximate', 4.5, null),
      ].map(formatFigure),
    ).toEqual(['$24.5B', 'at most $1.24B', 'about CNY\u00a0380B', 'at least -45.67%', 'about 5× (at least 4.5×)']);
  });

  it('keeps its words true: a lower bound reads at most the bound, an upper bound at least it, within one digit in the third place', () => {
    const values = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((value) => Math.abs(value) > 1e-6);
    fc.assert(
      fc.property(values, fc.constantFrom(...PRECISIONS), fc.constantFrom('fraction' as const, 'ratio' as const), (value, precision, unit) => {
        const [lower, upper] = { 'lower-bound': [value, null], 'upper-bound': [null, value], exact: [value, value], approximate: [null, null] }[precision];
        const text = formatFigure(figure(value, unit, precision, lower, upper));
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

  it('reads bounds on both sides outward, "about" the value: the range it prints holds the bounds', () => {
    const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, (a, b, c) => {
        const [lower, value, upper] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        fc.pre(lower < upper);
        const text = formatFigure(figure(value, 'ratio', 'approximate', lower, upper));
        const [, least, most] = /^about [\d.,]+× \(([\d.,]+)× to ([\d.,]+)×\)$/.exec(text) ?? [];
        expect(Number(least?.replace(/,/g, '')) <= lower && Number(most?.replace(/,/g, '')) >= upper).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('names the argument and the value it cannot read', () => {
    const valid = { value: 1, unit: 'ratio', precision: 'exact', bounds: { lower: 1, upper: 1 } };
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
        [{ ...valid, bounds: undefined }, 'TypeError', 'formatFigure: expected `figure.bounds` to be an object, received undefined'],
        [{ ...valid, bounds: { lower: '1', upper: 1 } }, 'TypeError', 'formatFigure: expected `figure.bounds.lower` to be a number, received "1" (string)'],
        [
          { ...valid, bounds: { lower: 1, upper: Number.POSITIVE_INFINITY } },
          'RangeError',
          'formatFigure: expected `figure.bounds.upper` to be a finite number, received Infinity',
        ],
      ]),
    ).toEqual([]);
  });
});
