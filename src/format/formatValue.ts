import { requireObject, requireOneOf, requireOptions, requireString } from '../arguments.js';
import { decimal } from '../arithmetic/decimalDigits.js';
import { arg, ArgumentRangeError, ArgumentTypeError, parts } from '../errors.js';
import { getOrInsert } from '../grouping.js';
import { LIMITS } from '../limits.js';
import type { Fact } from '../types.js';
import { isFactUnit, NON_CURRENCY_UNITS, PRECISION_WORDS, PRECISIONS } from '../vocabulary.js';
import { enUsAmount, isCompact } from './enUsAmount.js';

/**
 * The options of {@link formatValue}.
 *
 * @example
 * ```ts
 * import { dataset, formatValue, type FormatValueOptions } from 'ai-investment-facts';
 * const options: FormatValueOptions = { locale: 'de-DE' };
 * formatValue(dataset.fact('beijing-ai-native-funding-concentration-2023-2024'), options); // '66 %' (a no-break space)
 * ```
 * @category Formatting
 */
export interface FormatValueOptions {
  /**
   * A BCP 47 language tag this runtime's `Intl.NumberFormat` supports, such as
   * `'en-US'` (the default) or `'de-DE'`. It sets the digits, separators,
   * currency symbols and unit words; the precision's qualifier stays English.
   */
  readonly locale?: string;
}

const FN = 'formatValue';

/** The locale `formatValue` writes in unless told otherwise, the one it writes without `Intl` (see `enUsAmount.ts`). */
const DEFAULT_LOCALE = 'en-US';

/**
 * More significant digits than any double's shortest round-trip decimal form
 * has (17), so that `Intl.NumberFormat` shows every digit and rounds none.
 */
const EVERY_DIGIT = 21;

/**
 * Asserts that `unit` is one of `others` or a fact's unit: `percent`,
 * `count`, `years` or one of `CURRENCY_CODES`.
 *
 * @throws {ArgumentRangeError} if it is not, naming the units it may be.
 * @example
 * ```ts
 * requireUnit('formatFigure', 'figure.unit', 'ratio', ['fraction', 'ratio']); // passes
 * requireUnit('formatValue', 'fact.unit', 'usd');
 * // throws: formatValue: expected `fact.unit` to be "percent", "count", "years" or a currency code such as "USD", received "usd"
 * ```
 * @internal
 */
export function requireUnit(method: string, argument: string, unit: unknown, others: readonly string[] = []): asserts unit is string {
  if (others.includes(unit as string) || isFactUnit(unit)) return;
  const units = [...others, ...NON_CURRENCY_UNITS].map((name) => `"${name}"`).join(', ');
  throw new ArgumentRangeError({ method, argument, value: unit, expected: parts`${arg(argument)} to be ${units} or a currency code such as "USD"` });
}

/** The locales `requireLocale` accepted lately, each with its canonical tag: checking one costs more than formatting with it. @internal */
export const acceptedLocales = /* @__PURE__ */ new Map<string, string>();

/**
 * `cache`'s value at `locale`, made by `make` where it has none; the cache
 * keeps at most {@link LIMITS}.cachedLocales locales and forgets the oldest
 * first, so that a server that formats in any locale its users ask for keeps
 * a bounded memory (about 5 KB a locale).
 */
function cachedFor<V>(cache: Map<string, V>, locale: string, make: () => V): V {
  return getOrInsert(cache, locale, () => {
    const value = make();
    if (cache.size >= LIMITS.cachedLocales) cache.delete(cache.keys().next().value!);
    return value;
  });
}

/**
 * The canonical tag of `locale` if it is a well-formed BCP 47 language tag
 * that `Intl.NumberFormat` supports (rather than one it would quietly replace
 * by the runtime's default locale).
 *
 * @throws {ArgumentTypeError} if `locale` is not a string.
 * @throws {ArgumentRangeError} if it is not a language tag, or one `Intl.NumberFormat` lacks data for.
 */
function requireLocale(locale: unknown): string {
  requireString(FN, 'options.locale', locale);
  return cachedFor(acceptedLocales, locale, () => {
    let tag: string | undefined;
    try {
      tag = Intl.getCanonicalLocales(locale)[0];
    } catch {
      // Not a well-formed tag: `tag` stays undefined.
    }
    if (tag !== undefined && Intl.NumberFormat.supportedLocalesOf(tag).length > 0) return tag;
    const supported = tag === undefined ? '' : ' that Intl.NumberFormat supports';
    throw new ArgumentRangeError({
      method: FN,
      argument: 'options.locale',
      value: locale,
      expected: parts`${arg('options.locale')} to be a BCP 47 language tag${supported}`,
    });
  });
}

/**
 * Whether to show `currency` by its symbol or by its ISO 4217 code in
 * `locale`: the symbol where it has no letters (`$` for USD in en-US), else
 * the code (CNY, whose en-US symbol is `CN¥`; USD in en-GB, `US$`). The
 * Unicode CLDR gives each currency of a locale a symbol that tells it apart
 * from the others there (`CA$`, `A$`, `CN¥`), so a symbol without letters is
 * that currency's alone; a test holds this for the runtime's data.
 */
function currencyDisplayFor(currency: string, locale: string): 'symbol' | 'code' {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? currency;
  return /\p{L}/u.test(symbol) ? 'code' : 'symbol';
}

/** How each unit that is not money is written: `66%`, `2 years`, `91`. */
const PLAIN_UNITS: Readonly<Record<string, Intl.NumberFormatOptions>> = {
  percent: { style: 'unit', unit: 'percent' },
  years: { style: 'unit', unit: 'year', unitDisplay: 'long' },
  count: {},
} satisfies Record<(typeof NON_CURRENCY_UNITS)[number], Intl.NumberFormatOptions>;

/**
 * The writer of amounts in `unit` in `locale`, every digit shown; money
 * compact where `isCompact` says (`$76B`, `$10.5B`), in full otherwise.
 */
function amountWriter(unit: string, locale: string): (value: number) => string {
  const plain = PLAIN_UNITS[unit];
  if (plain !== undefined) return new Intl.NumberFormat(locale, { ...plain, maximumSignificantDigits: EVERY_DIGIT }).format;
  const money = { style: 'currency', currency: unit, currencyDisplay: currencyDisplayFor(unit, locale), maximumSignificantDigits: EVERY_DIGIT } as const;
  const compact = new Intl.NumberFormat(locale, { ...money, notation: 'compact' });
  const full = new Intl.NumberFormat(locale, money);
  return (value) => (isCompact(decimal(value)) ? compact : full).format(value);
}

/** The amount writers made lately, by locale and unit: making the formatters costs far more than using them. @internal */
export const amountWriters = /* @__PURE__ */ new Map<string, Map<string, (value: number) => string>>();

/** A value in its unit as `Intl.NumberFormat` writes it in `locale`, every digit shown: `66%`, `2 years`, `91`, `$76B`, `CNY 380B`. @internal */
export function intlAmount(value: number, unit: string, locale: string): string {
  return getOrInsert(
    cachedFor(amountWriters, locale, () => new Map()),
    unit,
    () => amountWriter(unit, locale),
  )(value);
}

/** How a value the source does not state is written, in `formatValue` and in the tables of `recordTable`. @internal */
export const NOT_STATED = 'not stated';

/**
 * A fact's value as a person writes it, with the precision's qualifier in
 * words: `over` for a lower bound, `nearly` for an upper bound, `about` for an
 * approximate value, nothing for an exact one.
 *
 * It never rounds. A money amount of a million or more is written compact
 * (`$76B`, `CNY 380B`) only where that shows every digit in at most 3
 * significant digits, otherwise in full (`$76,123,456,789`). A currency is
 * shown by its locale's symbol where the symbol has no letters (`$` for USD in
 * en-US), otherwise by its ISO 4217 code (`CNY`, not `CN¥`; `USD` in en-GB, not
 * `US$`). Percentages are percentage points as stored (`4.3%`), durations take
 * the locale's unit word (`2 years`), counts are plain numbers.
 *
 * The text is `Intl.NumberFormat`'s, no-break spaces included (U+00A0 in
 * `CNY 380B`); en-US, the default, is written without `Intl`, so it does not
 * depend on the runtime's ICU data. The qualifiers stay English in every
 * locale (`over 76 Mrd. $` in de-DE). A `null` value (the source says it is
 * not known) gives `not stated`. The number formats of the last
 * {@link LIMITS}.cachedLocales locales it wrote in are kept for the next
 * call; an older locale's are made again when it comes back.
 *
 * @param fact - a fact: a built-in one or one of your own records.
 * @param options - `locale`, a BCP 47 language tag (default `'en-US'`).
 * @returns the value as text, such as `over $76B`, `about $10.5B`, `66%`,
 * `nearly 80%`, `CNY 380B`, `2 years`, `91` or `not stated`.
 * @throws {TypeError} if `fact` is not an object, if its `value` is neither a
 * number nor `null`, if `options` is not a plain object, or if
 * `options.locale` is not a string.
 * @throws {RangeError} if the value is `NaN` or infinite, if the unit is not
 * `percent`, `count`, `years` or one of `CURRENCY_CODES`, if a number value has
 * no precision of `PRECISIONS`, if `options` has another field than `locale`,
 * or if `options.locale` is not a language tag `Intl.NumberFormat` supports.
 * @example
 * ```ts
 * import { dataset, formatValue } from 'ai-investment-facts';
 * formatValue(dataset.fact('united-states-ai-vc-investment-2024')); // 'over $76B'
 * formatValue(dataset.fact('china-ai-vc-investment-2023')); // 'about $10.5B'
 * formatValue(dataset.fact('big-three-share-of-global-ai-native-funding-2023-2024')); // 'nearly 80%'
 * formatValue(dataset.fact('paris-share-of-global-ai-native-funding-2023-2024')); // '4.3%'
 * formatValue(dataset.fact('alibaba-group-ai-spending-2025-2027-cny')); // 'CNY 380B' (a no-break space)
 * formatValue(dataset.fact('paris-ai-native-funding-concentration-2023-2024')); // 'not stated'
 * formatValue(dataset.fact('united-states-ai-vc-investment-2024'), { locale: 'de-DE' }); // 'over 76 Mrd. $'
 * ```
 * @category Formatting
 */
export function formatValue(fact: Fact, options?: FormatValueOptions): string {
  const given = requireOptions(FN, 'options', options, ['locale']);
  const locale = given['locale'] === undefined ? DEFAULT_LOCALE : requireLocale(given['locale']);
  const { value, unit, precision } = requireObject(FN, 'fact', fact, 'a fact (an object)');
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    const [ErrorClass, finite] = typeof value === 'number' ? [ArgumentRangeError, 'finite '] : [ArgumentTypeError, ''];
    throw new ErrorClass({ method: FN, argument: 'fact.value', value, expected: parts`${arg('fact.value')} to be a ${finite}number or null` });
  }
  requireUnit(FN, 'fact.unit', unit);
  if (value === null) return NOT_STATED; // the source says the value is not known
  const { written } = PRECISION_WORDS[requireOneOf(FN, 'fact.precision', precision, PRECISIONS)];
  const amount = locale === DEFAULT_LOCALE ? enUsAmount(value, unit) : intlAmount(value, unit, locale);
  return written === '' ? amount : `${written} ${amount}`;
}
