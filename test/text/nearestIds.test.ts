import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestIds } from '../../src/text/nearestIds.js';

describe('nearestIds(wanted, candidates)', () => {
  it('nearestIds(typo) finds the ID one or two edits away, nearest first', () => {
    expect(nearestIds('silicon-vally', ['beijing', 'silicon-valley', 'paris'])).toEqual(['silicon-valley']);
    expect(nearestIds('pars', ['beijing', 'paris', 'parts-unknown'])).toEqual(['paris']);
    expect(nearestIds('BEIJING', ['beijing'])).toEqual(['beijing']);
  });

  it('nearestIds(two adjacent letters swapped) counts the swap as one edit', () => {
    expect(nearestIds('lsit', ['list', 'show', 'top'])).toEqual(['list']);
    expect(nearestIds('chnia', ['china', 'chile'])).toEqual(['china']);
    // One swap and one substitution in a name of up to 8 letters: 2 edits, near enough.
    expect(nearestIds('epxrot', ['export', 'verify'])).toEqual(['export']);
    // Two swaps in a 4-letter name are 2 edits: too far.
    expect(nearestIds('lsti', ['list'])).toEqual([]);
  });

  it('nearestIds(a candidate with two adjacent letters swapped) finds the candidate', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/), fc.nat(), (id, at) => {
        const i = at % (id.length - 1);
        const swapped = `${id.slice(0, i)}${id[i + 1]}${id[i]}${id.slice(i + 2)}`;
        expect(nearestIds(swapped, ['zzzzzzzzzzzzzzzzzzzz', id])).toEqual([id]);
      }),
    );
  });

  it('nearestIds(bad arguments) throws a TypeError or RangeError naming the argument', () => {
    expect(() => nearestIds(42 as unknown as string, ['a'])).toThrow(new TypeError('nearestIds: expected `wanted` to be a string, received 42'));
    expect(() => nearestIds('a', 'abc')).toThrow(
      new TypeError('nearestIds: expected `candidates` to be an iterable of strings (an array, a set), received "abc"'),
    );
    expect(() => nearestIds('a', ['a', 1] as unknown as string[])).toThrow(new TypeError('nearestIds: expected `candidates[1]` to be a string, received 1'));
    expect(() => nearestIds('a', ['a'], -1)).toThrow(new RangeError('nearestIds: expected `limit` to be a non-negative integer, received -1'));
  });

  it('nearestIds(part) finds IDs that contain it', () => {
    expect(nearestIds('ai-vc', ['ai-spending', 'ai-vc-investment'])).toEqual(['ai-vc-investment']);
  });

  it('nearestIds(id with a part left out or mistyped) falls back to the IDs that share most of its parts', () => {
    const ids = ['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2023', 'china-ai-vc-investment-2024', 'amazon-ai-spending-2025'];
    // Shared letters: 13 of 13, 9 and 8; amazon's 2 ("ai") are under half.
    expect(nearestIds('china-ai-vc-2024', ids)).toEqual(['china-ai-vc-investment-2024', 'china-ai-vc-investment-2023', 'united-states-ai-vc-investment-2024']);
    // "natve" is one edit from "native"; ties keep the candidates' order.
    expect(nearestIds('ai-natve-funding', ['ai-vc-investment', 'share-of-global-ai-native-funding', 'ai-native-funding-concentration'])).toEqual([
      'share-of-global-ai-native-funding',
      'ai-native-funding-concentration',
    ]);
    // Short parts and numbers must match exactly ("vx" is not "vc"), and the shared parts must hold half the letters:
    // "2024" is 4 of 8 letters in "xx-vx-2024", but 4 of 10 in "xx-vx-yy-2024".
    expect(nearestIds('xx-vx-2024', ['beijing-ai-vc-investment-2024'])).toEqual(['beijing-ai-vc-investment-2024']);
    expect(nearestIds('xx-vx-yy-2024', ['beijing-ai-vc-investment-2024'])).toEqual([]);
    expect(nearestIds('china-2025', ['china-ai-vc-investment-2024'])).toEqual(['china-ai-vc-investment-2024']);
    expect(nearestIds('chinese-2025', ['china-ai-vc-investment-2024'])).toEqual([]);
  });

  it('nearestIds(wanted, an iterator) reads it once, so the fallback sees every candidate', () => {
    const ids = new Map([['china-ai-vc-investment-2024', 1]]);
    expect(nearestIds('china-ai-vc-2024', ids.keys())).toEqual(['china-ai-vc-investment-2024']);
  });

  it('nearestIds(no parts) is []', () => {
    expect(nearestIds('-', ['a-b'])).toEqual([]);
    expect(nearestIds('', ['abcdef'])).toEqual([]);
  });

  it('nearestIds(far) is [] when nothing is near', () => {
    expect(nearestIds('gdp', ['ai-spending', 'valuation'])).toEqual([]);
    expect(nearestIds('x', [])).toEqual([]);
  });

  it("nearestIds(wanted, candidates, limit) keeps at most `limit`, ties in the candidates' order", () => {
    expect(nearestIds('a-1', ['a-2', 'a-3', 'a-4', 'a-5'], 2)).toEqual(['a-2', 'a-3']);
  });

  it('nearestIds(wanted, candidates, 0) and (…, -0) are [], as a limit of 0 says', () => {
    for (const limit of [0, -0]) {
      expect([nearestIds('abc', ['abd', 'abc'], limit), nearestIds('china-ai-vc-2024', ['china-ai-vc-investment-2024'], limit)]).toEqual([[], []]);
    }
  });

  it('nearestIds(wanted, candidates, limit) is the first `limit` of all the near candidates, for every limit from 0 to past their number', () => {
    const id = fc.stringMatching(/^[a-c]{1,4}(-[a-c1]{1,5}){0,2}$/);
    fc.assert(
      fc.property(id, fc.array(id, { maxLength: 12 }), (wanted, ids) => {
        const all = nearestIds(wanted, ids, ids.length);
        for (let limit = 0; limit <= ids.length + 1; limit++) expect(nearestIds(wanted, ids, limit)).toEqual(all.slice(0, limit));
      }),
    );
  });

  it('nearestIds(id, candidates) always puts an exact match first', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,6}){0,2}$/), { minLength: 1, maxLength: 30 }), fc.nat(), (ids, pick) => {
        const wanted = ids[pick % ids.length]!;
        expect(nearestIds(wanted, ids)[0]).toBe(wanted);
      }),
    );
  });
});

describe('nearestIds(wanted, many candidates)', () => {
  it('nearestIds("f-1234567", a million IDs) prefers one edit to a short part of it', () => {
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `f-${i}`);
    expect(nearestIds('f-1234567', ids)).toEqual(['f-123456', 'f-123457', 'f-123467']);
  });

  it('nearestIds("planned") finds "plan", which it contains and is at least half of', () => {
    expect(nearestIds('planned', ['reported', 'estimate', 'plan', 'forecast'])).toEqual(['plan']);
    expect(nearestIds('f-1234567', ['f-1'])).toEqual([]);
  });
});
