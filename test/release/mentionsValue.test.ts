import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsValue } from '../../scripts/release/mentionsValue.js';

describe('mentionsValue', () => {
  it('mentionsValue(text, number) finds the number as String(value) gives it, not inside a longer number or word', () => {
    expect(mentionsValue('Correct from 67000000000 to 76000000000.', 76_000_000_000)).toBe(true);
    expect(mentionsValue('Correct the share to 65%.', 65)).toBe(true);
    expect(mentionsValue('It was 65.', 65)).toBe(true);
    expect(
      ['650', '6.65', '65.5', '1,65', 'x65', '65th', 'USD76 billion'].filter((text) => mentionsValue(text, text === 'USD76 billion' ? 76_000_000_000 : 65)),
    ).toEqual([]);
    expect(mentionsValue('from 4.3 to 4.35', 4.3)).toBe(true);
    expect(mentionsValue('to 4.35', 4.3)).toBe(false);
  });

  it('mentionsValue(text, string or null) finds the words, any whitespace standing for any other', () => {
    expect(mentionsValue('Set `precision` to `lower-bound`.', 'lower-bound')).toBe(true);
    expect(mentionsValue('It was exactly so.', 'exact')).toBe(false);
    expect(mentionsValue('From null to 5.', null)).toBe(true);
    expect(mentionsValue('Quote: "A leads\n  the region."', 'A leads the region.')).toBe(true);
    expect(mentionsValue('anything', '')).toBe(false);
  });

  it('mentionsValue(text, words) names words written apart, however wrapped, and not words that a letter, digit, _ or decimal part continues', () => {
    // Each word starts and ends with a letter, a digit or _.
    const words = fc.array(fc.stringMatching(/^[\p{L}\p{N}_](?:[\p{L}\p{N}_.,%$-]*[\p{L}\p{N}_])?$/u), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(words, fc.constantFrom('_', 'x', '7', '.7', ',7'), fc.constantFrom('_', 'x', '7', '7.', '7,'), (parts, after, before) => {
        const value = parts.join(' ');
        expect(mentionsValue(`Correct (${parts.join('\n   ')}) now.`, value)).toBe(true);
        expect([mentionsValue(`(${value}${after})`, value), mentionsValue(`(${before}${value})`, value)]).toEqual([false, false]);
      }),
    );
  });
});
