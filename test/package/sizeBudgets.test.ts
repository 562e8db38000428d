/**
 * The size budgets: the pure parts of `scripts/size/` on fixture numbers
 * (a violation is reported), and the budgets on the build itself.
 */
import { describe, expect, it } from 'vitest';
import { formatSizeTable } from '../../scripts/size/formatSizeTable.js';
import { gzipSize } from '../../scripts/size/gzipSize.js';
import { measureBundles } from '../../scripts/size/measureBundles.js';
import { type BundleMeasurement, forbiddenTexts, judgeBundleSize, percentBudget } from '../../scripts/size/sizeBudget.js';
import { REPOSITORY_ROOT, packedInstall } from './packedInstall.js';

const withinBudget: BundleMeasurement = { bundle: 'helpers', bytes: 2962, gzip: 1193, budget: 1536, budgetRule: '1.5 KB', forbiddenFound: [] };

describe('gzipSize(contents)', () => {
  it('gzipSize(contents) counts gzip level 9 bytes, header and trailer included, of text as UTF-8', () => {
    expect(gzipSize('')).toBe(20);
    expect(gzipSize('a'.repeat(1000))).toBe(29);
    expect(gzipSize('é')).toBe(gzipSize(new TextEncoder().encode('é')));
  });
});

describe('percentBudget(baselineBytes, percent)', () => {
  it('percentBudget(baselineBytes, percent) rounds down to whole bytes, without floating-point error', () => {
    expect(percentBudget(9676, 115)).toBe(11127); // 11127.4
    expect(percentBudget(100, 115)).toBe(115); // Math.floor(1.15 * 100) is 114
    expect(percentBudget(0, 115)).toBe(0);
  });

  it('percentBudget(baselineBytes, percent) throws a RangeError for a negative or fractional argument', () => {
    expect(() => percentBudget(-1, 115)).toThrow(new RangeError('percentBudget: expected `baselineBytes` to be an integer >= 0, received -1'));
    expect(() => percentBudget(100, 1.15)).toThrow(new RangeError('percentBudget: expected `percent` to be an integer >= 0, received 1.15'));
  });
});

describe('forbiddenTexts(code, forbidden)', () => {
  it('forbiddenTexts(code, forbidden) lists the texts found, in the order given', () => {
    expect(forbiddenTexts('const a="silicon-valley",b="zod"', ['zod', 'topped USD76', 'silicon-valley'])).toEqual(['zod', 'silicon-valley']);
    expect(forbiddenTexts('', ['zod'])).toEqual([]);
  });
});

describe('judgeBundleSize(measurement)', () => {
  it('judgeBundleSize(measurement) passes a bundle under or at its budget', () => {
    expect(judgeBundleSize(withinBudget)).toEqual({ ...withinBudget, ok: true, problems: [] });
    expect(judgeBundleSize({ ...withinBudget, gzip: 1536 }).ok).toBe(true);
  });

  it('judgeBundleSize(measurement) reports a bundle one byte over its budget', () => {
    expect(judgeBundleSize({ ...withinBudget, gzip: 1537 })).toEqual({
      ...withinBudget,
      gzip: 1537,
      ok: false,
      problems: ['gzip 1537 B exceeds the budget of 1536 B (1.5 KB) by 1 B'],
    });
  });

  it('judgeBundleSize(measurement) reports each forbidden text found, even within budget', () => {
    expect(judgeBundleSize({ ...withinBudget, forbiddenFound: ['silicon-valley', 'zod'] }).problems).toEqual(['contains "silicon-valley"', 'contains "zod"']);
  });
});

describe('formatSizeTable(verdicts)', () => {
  it('formatSizeTable(verdicts) prints a row per bundle, marks a violation NO, then lists its problems', () => {
    const over = judgeBundleSize({ bundle: 'records', bytes: 39658, gzip: 11200, budget: 11127, budgetRule: '115% of 9676 B of JSON', forbiddenFound: [] });
    expect(formatSizeTable([judgeBundleSize(withinBudget), over]).split('\n')).toEqual([
      'bundle   bytes   gzip  budget                          ok',
      'helpers   2962   1193  1536 (1.5 KB)                   yes',
      'records  39658  11200  11127 (115% of 9676 B of JSON)  NO',
      'records: gzip 11200 B exceeds the budget of 11127 B (115% of 9676 B of JSON) by 73 B',
    ]);
  });
});

describe('the built package', () => {
  it('keeps every bundle within its size budget', async () => {
    packedInstall(); // the global setup has built dist/
    const { verdicts } = await measureBundles(REPOSITORY_ROOT);
    const table = formatSizeTable(verdicts);
    expect(verdicts.map((verdict) => verdict.bundle)).toEqual([
      'helpers (share, growthRate, cagr, topN)',
      'records (sources, entities, metrics, facts, claims, corrections)',
    ]);
    expect(verdicts.filter((verdict) => !verdict.ok), table).toEqual([]);
  });
});
