/**
 * The bounds of a derived figure, checked against their meaning: the value
 * computed from any true values that its inputs' printed digits and
 * qualifiers allow lies within them; and its precision says what they say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset, type DerivedFigure, formatFigure, type Precision } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const statedPrecision = fc.constantFrom<Precision>('exact', 'lower-bound', 'upper-bound', 'approximate');

/** A printed figure: up to six digits, up to two of them after the point, so that its last digit is worth at least `step`. */
const printed = fc
  .record({ digits: fc.integer({ min: 1, max: 999_999 }), places: fc.integer({ min: 0, max: 2 }) })
  .map(({ digits, places }) => ({ value: digits / 10 ** places, step: 10 ** -places }));

/** Where in what its precision allows a true value lies, the ends included: 0 is the lowest allowed, 1 the highest. */
const where = fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));

/**
 * A true value that a printed figure and its precision allow, worked out here
 * and not by the package: within half its last digit either side (what the
 * printed digits allow; for an approximate figure the least its source allows),
 * up to three times more for a lower bound, anything down to 0 for an upper bound.
 */
function trueValue({ value, step }: { value: number; step: number }, precision: Precision, at: number): number {
  if (precision === 'lower-bound') return value * (1 + 2 * at);
  if (precision === 'upper-bound') return value * at;
  return Math.max(0, value + (at - 0.5) * step);
}

/** Whether `actual` lies within the figure's bounds (up to floating point), and its precision says what they do. */
function within({ bounds: { lower, upper }, precision, value }: DerivedFigure, actual: number): boolean {
  const slack = (bound: number) => 1e-9 * Math.max(1, Math.abs(bound));
  const inside = (lower === null || actual >= lower - slack(lower)) && (upper === null || actual <= upper + slack(upper));
  const said: Precision =
    lower !== null && upper !== null
      ? lower === upper
        ? 'exact'
        : 'approximate'
      : lower !== null
        ? 'lower-bound'
        : upper !== null
          ? 'upper-bound'
          : 'approximate';
  const value_inside = (lower === null || value >= lower) && (upper === null || value <= upper);
  return inside && value_inside && (precision === said || precision === 'approximate');
}

const fact = (entityId: string, figure: { value: number }, precision: Precision, period = '2024') => userFact(entityId, figure.value, { precision, period });

describe('the bounds of a derived figure', () => {
  it('growthOf(...) and cagrOf(...) hold every growth the printed digits and qualifiers allow', () => {
    fc.assert(
      fc.property(printed, printed, statedPrecision, statedPrecision, where, where, (from, to, pFrom, pTo, atFrom, atTo) => {
        const user = createDataset(userRecords([fact('a', from, pFrom, '2020'), fact('a', to, pTo, '2023')]));
        const [trueFrom, trueTo] = [trueValue(from, pFrom, atFrom), trueValue(to, pTo, atTo)];
        fc.pre(trueFrom > 0);
        const growth = user.growthOf('a', 'amount', '2020', '2023');
        expect(within(growth, (trueTo - trueFrom) / trueFrom)).toBe(true);
        expect(within(user.cagrOf('a', 'amount', '2020', '2023'), (trueTo / trueFrom) ** (1 / 3) - 1)).toBe(true);
        if (pFrom === 'approximate' || pTo === 'approximate') expect(growth.precision).toBe('approximate');
      }),
      { numRuns: 500 },
    );
  });

  it('ratioOf(...) and sumOf(...) hold every ratio and sum the printed digits and qualifiers allow', () => {
    fc.assert(
      fc.property(printed, printed, statedPrecision, statedPrecision, where, where, (a, b, pA, pB, atA, atB) => {
        const user = createDataset(userRecords([fact('a', a, pA), fact('b', b, pB)]));
        const [idA, idB] = user.facts.map((f) => f.id) as [string, string];
        const [trueA, trueB] = [trueValue(a, pA, atA), trueValue(b, pB, atB)];
        expect(within(user.sumOf([idA, idB]), trueA + trueB)).toBe(true);
        fc.pre(trueB > 0);
        expect(within(user.ratioOf(idA, idB), trueA / trueB)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('shareOf(...) holds every share the printed digits and qualifiers allow (a part no larger than its whole)', () => {
    fc.assert(
      fc.property(printed, printed, statedPrecision, statedPrecision, where, where, (x, y, pPart, pWhole, atPart, atWhole) => {
        const [part, whole] = x.value <= y.value ? [x, y] : [y, x];
        const [truePart, trueWhole] = [trueValue(part, pPart, atPart), trueValue(whole, pWhole, atWhole)];
        fc.pre(truePart <= trueWhole && trueWhole > 0);
        const user = createDataset(userRecords([fact('a', part, pPart), fact('ab', whole, pWhole)]));
        const [partId, wholeId] = user.facts.map((f) => f.id) as [string, string];
        expect(within(user.shareOf(partId, wholeId), truePart / trueWhole)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('bounds pulling both ways give approximate, and say so', () => {
    const user = createDataset(
      userRecords([userFact('a', 10, { period: '2023', precision: 'lower-bound' }), userFact('a', 20, { period: '2024', precision: 'lower-bound' })]),
    );
    const growth = user.growthOf('a', 'amount', '2023', '2024');
    expect([growth.precision, growth.bounds]).toEqual(['approximate', { lower: null, upper: null }]);
    expect(growth.caveats).toEqual([
      'Neither a lower nor an upper bound, so recorded as approximate: a-amount-2023-usd-report-one-reported is a lower bound and the result falls with it and a-amount-2024-usd-report-one-reported is a lower bound and the result rises with it, so the true value may lie on either side.',
    ]);
  });

  it('the sum or quotient of exact counts is exact: its bounds meet', () => {
    const count = (entityId: string, value: number) => userFact(entityId, value, { metricId: 'startups', unit: 'count' });
    const records = userRecords([count('a', 310), count('b', 140)]);
    const startups = { id: 'startups', name: 'Startups', unit: 'count', definition: 'AI startups.', additive: true } as const;
    const user = createDataset({ ...records, metrics: [...records.metrics, startups] });
    const [idA, idB] = user.facts.map((f) => f.id) as [string, string];
    expect([user.sumOf([idA, idB]).bounds, user.sumOf([idA, idB]).precision]).toEqual([{ lower: 450, upper: 450 }, 'exact']);
    expect(user.ratioOf(idA, idB).bounds).toEqual({ lower: 310 / 140, upper: 310 / 140 });
  });
});

describe('the bounds of the built-in derived figures, worked out by hand from the sources', () => {
  it('growthOf(united-states, 2023, 2024): "topped USD76 billion" over a printed USD40 billion (39.5 to 40.5) is at least (76 - 40.5) / 40.5 = 87.65%, never 90%', () => {
    const growth = dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024');
    expect([growth.value, growth.bounds, growth.precision]).toEqual([0.9, { lower: (76e9 - 40.5e9) / 40.5e9, upper: null }, 'lower-bound']);
    expect(growth.bounds.lower).toBeCloseTo(0.876543, 6);
    expect(formatFigure(growth)).toBe('at least 87.6%');
  });

  it('ratioOf(united-states 2024, china 2024): "topped USD76 billion" over a printed USD14 billion (13.5 to 14.5) is at least 76 / 14.5 = 5.24×', () => {
    const ratio = dataset.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024');
    expect([ratio.value, ratio.bounds, ratio.precision]).toEqual([76 / 14, { lower: 76 / 14.5, upper: null }, 'lower-bound']);
    expect(formatFigure(ratio)).toBe('at least 5.24×');
  });

  it('sumOf(silicon valley, beijing, paris): 65% + 10% + 4.3% is 79.3% computed, 64.5 + 9.5 + 4.25 = 78.25% to 65.5 + 10.5 + 4.35 = 80.35% allowed, never exact', () => {
    const leaders = dataset.topEcosystems('share-of-global-ai-native-funding', 3, { period: '2023/2024' });
    const sum = dataset.sumOf(leaders.map((f) => f.id));
    expect([sum.value, sum.bounds, sum.precision]).toEqual([79.3, { lower: 78.25, upper: 80.35 }, 'approximate']);
    expect(sum.caveats[0]).toBe("Approximate, within its bounds: the rounding of the inputs' printed digits.");
    expect(formatFigure(sum)).toBe('about 79.3% (78.25% to 80.35%)');
  });

  it('growthOf(china, 2023, 2024): USD14 billion (13.5 to 14.5) over "around USD10.5 billion" (10.45 to 10.55 at least) is about 1/3, 27.96% to 38.76% at least', () => {
    const growth = dataset.growthOf('china', 'ai-vc-investment', '2023', '2024');
    expect([growth.bounds, growth.precision]).toEqual([{ lower: (13.5e9 - 10.55e9) / 10.55e9, upper: (14.5e9 - 10.45e9) / 10.45e9 }, 'approximate']);
    expect(formatFigure(growth)).toBe('about 33.3% (27.9% to 38.8%)');
  });
});
