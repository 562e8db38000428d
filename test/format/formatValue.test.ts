import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offenders, outcome } from '../helpers/badInput.js';
import { CURRENCY_CODES, type Fact, LIMITS } from '../../src/index.js';
import { acceptedLocales, amountWriters, formatValue } from '../../src/format/formatValue.js';

/** `formatValue` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedFormatValue = formatValue as (fact: unknown, options?: unknown) => string;

/** Intl's no-break space, which it puts between a currency code or a de-DE unit and the number. */
const NBSP = '\u00a0';

/** A fact of one's own: only the fields formatValue reads matter. */
function fact(value: number | null, unit: string, precision: Fact['precision'] = value === null ? null : 'exact'): Fact {
  return {
    id: 'example-fact',
    entityId: 'example-acme',
    metricId: 'example-spending',
    period: '2025',
    periodBasis: 'stated',
    value,
    unit: unit as Fact['unit'],
    precision,
    status: 'reported',
    citation: { sourceId: 'acme-report', section: 'body', quote: 'Acme spent USD76 billion.' },
    caveats: [],
  };
}

/** The digits a money text shows, times its compact suffix, as an exact integer: "$10.5B" -> 10500000000n. */
function shownAmount(text: string): bigint | undefined {
  const match = /^\$([\d,]+)(?:\.(\d+))?([KMBT]?)$/u.exec(text);
  if (match === null) return undefined;
  const [, whole = '', fraction = '', suffix = ''] = match;
  const exponent = { '': 0, K: 3, M: 6, B: 9, T: 12 }[suffix] ?? 0;
  if (fraction.length > exponent) return undefined;
  return BigInt(`${whole.replaceAll(',', '')}${fraction.padEnd(exponent, '0')}`);
}

describe('formatValue(fact, options)', () => {
  it('formatValue(fact) writes what the TSDoc examples say of such facts', () => {
    expect(formatValue(fact(76e9, 'USD', 'lower-bound'))).toBe('over $76B');
    expect(formatValue(fact(10.5e9, 'USD', 'approximate'))).toBe('about $10.5B');
    expect(formatValue(fact(80, 'percent', 'upper-bound'))).toBe('nearly 80%');
    expect(formatValue(fact(4.3, 'percent'))).toBe('4.3%');
    expect(formatValue(fact(380e9, 'CNY'))).toBe(`CNY${NBSP}380B`);
    expect(formatValue(fact(null, 'percent'))).toBe('not stated');
    expect(formatValue(fact(76e9, 'USD', 'lower-bound'), { locale: 'de-DE' })).toBe(`over 76${NBSP}Mrd.${NBSP}$`);
    expect(formatValue(fact(66, 'percent'), { locale: 'de-DE' })).toBe(`66${NBSP}%`);
  });

  it("formatValue(fact) puts each precision's English qualifier before the value, none for exact", () => {
    const texts = (['exact', 'approximate', 'lower-bound', 'upper-bound'] as const).map((p) => formatValue(fact(76_000_000_000, 'USD', p)));
    expect(texts).toEqual(['$76B', 'about $76B', 'over $76B', 'nearly $76B']);
  });

  it('formatValue(fact) gives "not stated" for a null value, in every locale and unit', () => {
    const texts = ['USD', 'percent', 'years', 'count'].flatMap((unit) =>
      ['en-US', 'de-DE', 'ja-JP'].map((locale) => formatValue(fact(null, unit), { locale })),
    );
    expect(new Set(texts)).toEqual(new Set(['not stated']));
  });

  it('formatValue(fact) writes percentage points, counts and years with every digit', () => {
    expect(formatValue(fact(4.3, 'percent'))).toBe('4.3%');
    expect(formatValue(fact(32.25, 'percent'))).toBe('32.25%');
    expect(formatValue(fact(0.1 + 0.2, 'percent'))).toBe('0.30000000000000004%');
    expect(formatValue(fact(91, 'count'))).toBe('91');
    expect(formatValue(fact(1234, 'count'))).toBe('1,234');
    expect(formatValue(fact(1, 'years'))).toBe('1 year');
    expect(formatValue(fact(2, 'years'))).toBe('2 years');
    expect(formatValue(fact(1.5, 'years'))).toBe('1.5 years');
  });

  it('formatValue(fact) never rounds a compact amount: past 3 significant digits it writes the full number', () => {
    expect(formatValue(fact(10_500_000_000, 'USD'))).toBe('$10.5B'); // Intl's compact default would print "$11B"
    expect(formatValue(fact(76_100_000_000, 'USD'))).toBe('$76.1B');
    expect(formatValue(fact(76_123_456_789, 'USD'))).toBe('$76,123,456,789');
    expect(formatValue(fact(1_234_000_000, 'USD'))).toBe('$1,234,000,000');
    expect(formatValue(fact(999_999, 'USD'))).toBe('$999,999');
    expect(formatValue(fact(1_500_000, 'USD'))).toBe('$1.5M');
    expect(formatValue(fact(4.5, 'USD'))).toBe('$4.5');
    expect(formatValue(fact(-76_000_000_000, 'USD'))).toBe('-$76B');
  });

  it('formatValue(fact) shows a USD amount of k million, k up to 10 million, with digits that equal it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (millions) => {
        const value = millions * 1_000_000;
        expect(shownAmount(formatValue(fact(value, 'USD')))).toBe(BigInt(value));
      }),
    );
  });

  it('formatValue(fact) shows every digit of any finite percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatValue(fact(value, 'percent'));
        expect(Number(text.replace(/%$/u, '').replaceAll(',', ''))).toBe(value); // toBe tells -0 from 0: "-0%" reads back as -0
      }),
    );
  });

  it("formatValue(fact) shows a currency by its symbol only where the locale's symbol has no letters and is no other currency's", () => {
    const at = (unit: string, locale: string) => formatValue(fact(76_000_000_000, unit), { locale });
    expect(at('USD', 'en-US')).toBe('$76B');
    expect(at('EUR', 'en-US')).toBe('€76B');
    expect(at('CNY', 'en-US')).toBe(`CNY${NBSP}76B`); // "CN¥" has letters
    expect(at('CAD', 'en-US')).toBe(`CAD${NBSP}76B`); // "CA$" has letters
    expect(at('USD', 'en-GB')).toBe(`USD${NBSP}76bn`); // "US$" has letters
    expect(at('CNY', 'zh-CN')).toBe('¥760亿'); // zh-CN gives JPY "JP¥", so "¥" is CNY's alone
    expect(at('JPY', 'zh-CN')).toBe(`JPY${NBSP}760亿`);
    expect(at('CNY', 'de-DE')).toBe(`76${NBSP}Mrd.${NBSP}CNY`);
  });

  it("formatValue(fact) may show a symbol without letters as its currency's: no two of CURRENCY_CODES share one, in this runtime's data for 40 locales", () => {
    const locales = [
      'en-US',
      'en-GB',
      'en-IN',
      'en-AU',
      'en-CA',
      'de-DE',
      'de-CH',
      'fr-FR',
      'fr-CA',
      'es-ES',
      'es-MX',
      'es-AR',
      'pt-BR',
      'pt-PT',
      'it-IT',
      'nl-NL',
      'sv-SE',
      'nb-NO',
      'da-DK',
      'fi-FI',
      'pl-PL',
      'cs-CZ',
      'hu-HU',
      'ro-RO',
      'ru-RU',
      'uk-UA',
      'tr-TR',
      'el-GR',
      'he-IL',
      'ar-EG',
      'fa-IR',
      'hi-IN',
      'bn-BD',
      'th-TH',
      'vi-VN',
      'id-ID',
      'ja-JP',
      'ko-KR',
      'zh-CN',
      'zh-TW',
    ];
    const shared = locales.flatMap((locale) => {
      const byLetterlessSymbol = new Map<string, string[]>();
      for (const code of CURRENCY_CODES) {
        const symbol =
          new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(1).find((part) => part.type === 'currency')?.value ?? code;
        if (!/\p{L}/u.test(symbol)) byLetterlessSymbol.set(symbol, [...(byLetterlessSymbol.get(symbol) ?? []), code]);
      }
      return [...byLetterlessSymbol].filter(([, codes]) => codes.length > 1).map(([symbol, codes]) => `${locale} ${symbol}: ${codes.join(', ')}`);
    });
    expect(shared).toEqual([]);
  });

  it("formatValue(fact, { locale }) uses the locale's digits, separators and unit words, with English qualifiers", () => {
    expect(formatValue(fact(4.3, 'percent'), { locale: 'de-DE' })).toBe(`4,3${NBSP}%`);
    expect(formatValue(fact(10.5e9, 'USD', 'approximate'), { locale: 'de-DE' })).toBe(`about 10,5${NBSP}Mrd.${NBSP}$`);
    expect(formatValue(fact(2, 'years', 'approximate'), { locale: 'de-DE' })).toBe('about 2 Jahre');
    expect(formatValue(fact(76e9, 'USD', 'lower-bound'), { locale: 'ja-JP' })).toBe('over $760億');
    expect(formatValue(fact(76e9, 'USD', 'lower-bound'), { locale: 'en-us' })).toBe('over $76B');
  });

  it('formatValue(fact, options) throws a TypeError or RangeError naming the argument and the value', () => {
    const us = fact(76e9, 'USD', 'lower-bound');
    const bad = offenders(untypedFormatValue, [
      [66, undefined, 'TypeError', 'formatValue: expected `fact` to be a fact (an object), received 66'],
      [null, undefined, 'TypeError', 'formatValue: expected `fact` to be a fact (an object), received null'],
      [[us], undefined, 'TypeError', 'formatValue: expected `fact` to be a fact (an object), received an array of 1'],
      [us, { locale: 'xx_YY' }, 'RangeError', 'formatValue: expected `options.locale` to be a BCP 47 language tag, received "xx_YY"'],
      [us, { locale: '' }, 'RangeError', 'formatValue: expected `options.locale` to be a BCP 47 language tag, received ""'],
      [
        us,
        { locale: 'xx-YY' },
        'RangeError',
        'formatValue: expected `options.locale` to be a BCP 47 language tag that Intl.NumberFormat supports, received "xx-YY"',
      ],
      [us, { locale: 7 }, 'TypeError', 'formatValue: expected `options.locale` to be a string, received 7'],
      [us, { locale: ['en-US'] }, 'TypeError', 'formatValue: expected `options.locale` to be a string, received an array of 1'],
      [
        us,
        { locales: 'en-US' },
        'RangeError',
        'formatValue: expected the fields of `options` to be among "locale", received "locales"; did you mean "locale"?',
      ],
      [us, 'en-US', 'TypeError', 'formatValue: expected `options` to be a plain object, received "en-US"'],
      [us, new Map(), 'TypeError', 'formatValue: expected `options` to be a plain object, received a Map'],
      [{ ...us, value: '76' }, undefined, 'TypeError', 'formatValue: expected `fact.value` to be a number or null, received "76"'],
      [{ ...us, value: NaN }, undefined, 'RangeError', 'formatValue: expected `fact.value` to be a finite number or null, received NaN'],
      [{ ...us, value: Infinity }, undefined, 'RangeError', 'formatValue: expected `fact.value` to be a finite number or null, received Infinity'],
      [
        { ...us, unit: 'usd' },
        undefined,
        'RangeError',
        'formatValue: expected `fact.unit` to be "percent", "count", "years" or a currency code such as "USD", received "usd"',
      ],
      [
        { ...us, precision: null },
        undefined,
        'RangeError',
        'formatValue: expected `fact.precision` to be one of "exact", "approximate", "lower-bound", "upper-bound", received null',
      ],
      [
        { ...us, precision: 'roughly' },
        undefined,
        'RangeError',
        'formatValue: expected `fact.precision` to be one of "exact", "approximate", "lower-bound", "upper-bound", received "roughly"; none is near it',
      ],
    ]);
    expect(bad).toEqual([]);
  });

  it('formatValue(fact, {}) and formatValue(fact, { locale: undefined }) use en-US', () => {
    const us = fact(76e9, 'USD', 'lower-bound');
    expect([formatValue(us, {}), formatValue(us, { locale: undefined } as never)]).toEqual(['over $76B', 'over $76B']);
    expect(outcome(() => formatValue(us, { locale: 'en-US' }))).toEqual({ returned: 'over $76B' });
  });
});

describe('formatValue(fact, { locale }) in many locales', () => {
  it('formatValue(fact, { locale }) keeps the formats of at most LIMITS.cachedLocales locales, forgets the oldest first, and writes the same text again', () => {
    const amounts = [fact(76e9, 'EUR', 'lower-bound'), fact(4.3, 'percent')];
    const locales = Array.from({ length: 3 * LIMITS.cachedLocales }, (_, i) => `de-x-n${i}`);
    const written = (locale: string) => amounts.map((amount) => formatValue(amount, { locale }));
    const first = locales.map(written);
    expect({ accepted: acceptedLocales.size, writers: amountWriters.size }).toEqual({ accepted: LIMITS.cachedLocales, writers: LIMITS.cachedLocales });
    // The most recent locales stay cached (a hit stays a hit), the oldest are forgotten.
    const recent = locales.slice(-LIMITS.cachedLocales);
    expect([...acceptedLocales.keys(), ...amountWriters.keys()]).toEqual([...recent, ...recent]);
    expect(locales.map(written)).toEqual(first);
    expect(first[0]).toEqual([`over 76${NBSP}Mrd.${NBSP}€`, `4,3${NBSP}%`]);
  });
});
