import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statedValues } from '../../src/format/statedValues.js';
import { PRECISION_WORDS, PRECISIONS } from '../../src/vocabulary.js';

describe('statedValues(text, value, unit)', () => {
  it('statedValues(text, value, unit) finds the value as the sources print it, with the qualifier right before it and its precision', () => {
    const quote = 'US investment topped USD76 billion last year, up from USD40 billion, against around USD10.5 billion in China.';
    expect(statedValues(quote, 76e9, 'USD')).toEqual([{ text: 'topped USD76 billion', precision: 'lower-bound' }]);
    expect(statedValues(quote, 40e9, 'USD')).toEqual([{ text: 'USD40 billion', precision: 'exact' }]);
    expect(statedValues(quote, 10.5e9, 'USD')).toEqual([{ text: 'around USD10.5 billion', precision: 'approximate' }]);
    expect(statedValues('Together they take nearly 80%, and Paris 4.3%.', 80, 'percent')).toEqual([{ text: 'nearly 80%', precision: 'upper-bound' }]);
    expect(statedValues('Europe has approximately two years, not 2.5', 2, 'years')).toEqual([{ text: 'approximately two', precision: 'approximate' }]);
    expect(statedValues('It Raised Over US$1 billion', 1e9, 'USD')).toEqual([{ text: 'Over US$1 billion', precision: 'lower-bound' }]);
    expect(statedValues('CNY380 billion (USD52 billion)', 380e9, 'CNY')).toEqual([{ text: 'CNY380 billion', precision: 'exact' }]);
    expect(statedValues('sold for 950,000, or 950000', 950_000, 'USD').map((stated) => stated.text)).toEqual(['950,000', '950000']);
  });

  it('statedValues(text, value, unit) knows any currency by its code or a sign, before the number and after the qualifier', () => {
    expect(statedValues('Berlin drew nearly €40 million', 40e6, 'EUR')).toEqual([{ text: 'nearly €40 million', precision: 'upper-bound' }]);
    expect(statedValues('Berlin drew around EUR 40 million', 40e6, 'EUR')).toEqual([{ text: 'around EUR 40 million', precision: 'approximate' }]);
    expect(statedValues('Lisbon drew more than EUR40 million', 40e6, 'EUR')).toEqual([{ text: 'more than EUR40 million', precision: 'lower-bound' }]);
    expect(statedValues('Tokyo drew just under ¥2 trillion', 2e12, 'JPY')).toEqual([{ text: 'just under ¥2 trillion', precision: 'upper-bound' }]);
    // Another currency's code is not a qualifier's currency: the value is read as printed without one.
    expect(statedValues('Berlin drew around USD40 million', 40e6, 'EUR')).toEqual([{ text: '40 million', precision: 'exact' }]);
  });

  it('statedValues(text, value, unit) finds no value inside a longer number or word, and reads no qualifier inside a word', () => {
    expect(statedValues('In 1976, 76.5% and 176%', 76, 'percent')).toEqual([]);
    expect(statedValues('76 billions of 1,076 billion', 76e9, 'USD')).toEqual([]);
    expect(statedValues('someone, anyone, tenth', 1, 'count')).toEqual([]);
    expect(statedValues('Beijing66%10%', 10, 'percent')).toEqual([{ text: '10%', precision: 'exact' }]);
    expect(statedValues('Turnover 40%', 40, 'percent')).toEqual([{ text: '40%', precision: 'exact' }]);
  });

  it('statedValues(text, value, unit) reads every qualifier word of PRECISION_WORDS as its precision, in any case', () => {
    const qualified = fc.constantFrom(...PRECISIONS.flatMap((precision) => PRECISION_WORDS[precision].qualifiers.map((word) => [word, precision] as const)));
    const printed = fc.constantFrom([65, 'percent', '65%'] as const, [10.5e9, 'USD', 'USD10.5 billion'] as const, [3, 'years', 'three'] as const);
    fc.assert(
      fc.property(qualified, printed, fc.boolean(), ([word, precision], [value, unit, text], upper) => {
        const words = `${upper ? word.toUpperCase() : word} ${text}`;
        expect(statedValues(`It was ${words}.`, value, unit)).toEqual([{ text: words, precision }]);
      }),
    );
  });
});
