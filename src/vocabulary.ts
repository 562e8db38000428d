/**
 * The closed vocabularies of the record model: every enumerated field of a
 * record takes its values from one of these lists. The zod schemas build their
 * enums from them, and the TypeScript types derive their unions from them, so
 * each vocabulary has exactly one definition. Each is frozen: nothing a user
 * does to an exported list can change what the library accepts.
 *
 * @module
 */

/**
 * How precisely a fact's source states its value, read from the source's own
 * words:
 *
 * - `exact`: printed without a qualifier ("USD40 billion", "66%"). The printed
 *   digits still imply rounding: a printed 65 may be anything from 64.5 to 65.5.
 * - `approximate`: "about", "around", "approximately".
 * - `lower-bound`: the true value is at least this: "topped", "over".
 * - `upper-bound`: the true value is at most this, and close to it: "nearly",
 *   "almost".
 *
 * @example
 * ```ts
 * import { PRECISIONS } from 'ai-investment-facts';
 * PRECISIONS.includes('lower-bound'); // true
 * ```
 * @category Vocabulary
 */
export const PRECISIONS = /* @__PURE__ */ Object.freeze(['exact', 'approximate', 'lower-bound', 'upper-bound'] as const);

/**
 * What kind of statement a fact is:
 *
 * - `reported`: a measured or recorded figure ("US venture capital investment
 *   in AI topped USD76 billion last year").
 * - `estimate`: a third party's estimate of a figure that is not disclosed
 *   ("market estimates suggest ... about USD20 billion a year").
 * - `plan`: an amount an organisation has announced it intends to spend.
 * - `forecast`: a statement about the future by a person or organisation.
 *
 * @example
 * ```ts
 * import { STATUSES } from 'ai-investment-facts';
 * STATUSES; // ['reported', 'estimate', 'plan', 'forecast']
 * ```
 * @category Vocabulary
 */
export const STATUSES = /* @__PURE__ */ Object.freeze(['reported', 'estimate', 'plan', 'forecast'] as const);

/**
 * How a fact's period was established:
 *
 * - `stated`: the source names the period for this figure ("in 2023", a table
 *   headed "2023-2024").
 * - `relative`: the source gives it relative to its own date ("last year",
 *   "this year", "over the next four years"), resolved against the source's
 *   publication date.
 * - `context`: the source gives no period for this figure; the period is the
 *   one the surrounding text gives for figures of the same metric. A fact with
 *   this basis always carries a caveat that says why.
 *
 * @example
 * ```ts
 * import { PERIOD_BASES } from 'ai-investment-facts';
 * PERIOD_BASES[0]; // 'stated'
 * ```
 * @category Vocabulary
 */
export const PERIOD_BASES = /* @__PURE__ */ Object.freeze(['stated', 'relative', 'context'] as const);

/**
 * What an entity is. A `group` lists its known `members`.
 *
 * @example
 * ```ts
 * import { ENTITY_KINDS } from 'ai-investment-facts';
 * ENTITY_KINDS.includes('startup-ecosystem'); // true
 * ```
 * @category Vocabulary
 */
export const ENTITY_KINDS = /* @__PURE__ */ Object.freeze(['startup-ecosystem', 'country', 'region', 'company', 'group'] as const);

/**
 * What kind of document a source is.
 *
 * @example
 * ```ts
 * import { SOURCE_KINDS } from 'ai-investment-facts';
 * SOURCE_KINDS; // ['news-article', 'analysis', 'summary-page']
 * ```
 * @category Vocabulary
 */
export const SOURCE_KINDS = /* @__PURE__ */ Object.freeze(['news-article', 'analysis', 'summary-page'] as const);

/**
 * Where on its document's page a citation's passage sits:
 *
 * - `body`: the document's running text.
 * - `table`: a table of the document.
 * - `summary`: a summary the page gives of the piece.
 * - `key-quotes`: a list of key quotes the page pulls from the piece.
 * - `related-article-teaser`: the title or blurb of another article that the
 *   page lists (as "You might also wanna read"): that article's words, not the
 *   document's, so the citation also names the article (`teasedTitle`).
 *
 * @example
 * ```ts
 * import { CITATION_SECTIONS } from 'ai-investment-facts';
 * CITATION_SECTIONS.includes('table'); // true
 * ```
 * @category Vocabulary
 */
export const CITATION_SECTIONS = /* @__PURE__ */ Object.freeze(['body', 'table', 'summary', 'key-quotes', 'related-article-teaser'] as const);

/**
 * What kind of statement a claim is, whose it is following from its citation
 * (a named speaker, a teased article, the page's summary, or the author):
 *
 * - `report`: the source states it as a fact.
 * - `view`: an opinion, judgement or explanation.
 * - `forecast`: a statement about the future, warnings included.
 *
 * @example
 * ```ts
 * import { STANCES } from 'ai-investment-facts';
 * STANCES.includes('view'); // true
 * ```
 * @category Vocabulary
 */
export const STANCES = /* @__PURE__ */ Object.freeze(['report', 'view', 'forecast'] as const);

/**
 * What a note says about the records it names:
 *
 * - `tension`: records that sit uneasily together without contradicting each
 *   other (an author's "the gap is narrowing" beside figures of a gap that
 *   grew, for other places), which a reader should weigh together.
 * - `overlap`: entities that may share ground (San Francisco and Silicon
 *   Valley), whose figures should not be added or compared as if apart.
 *
 * @example
 * ```ts
 * import { NOTE_KINDS } from 'ai-investment-facts';
 * NOTE_KINDS.includes('tension'); // true
 * ```
 * @category Vocabulary
 */
export const NOTE_KINDS = /* @__PURE__ */ Object.freeze(['tension', 'overlap'] as const);

/**
 * The unit a metric is measured in. A `currency` metric's facts each name their
 * ISO 4217 currency code as their `unit`; every other metric's facts repeat the
 * metric's unit.
 *
 * - `percent`: percentage points as printed (66 for 66%).
 * - `currency`: whole units of an ISO 4217 currency (76_000_000_000 for
 *   USD76 billion).
 * - `count`: an integer number of things.
 * - `years`: a duration in years.
 *
 * @example
 * ```ts
 * import { METRIC_UNITS } from 'ai-investment-facts';
 * METRIC_UNITS.includes('currency'); // true
 * ```
 * @category Vocabulary
 */
export const METRIC_UNITS = /* @__PURE__ */ Object.freeze(['percent', 'currency', 'count', 'years'] as const);

/**
 * The ISO 4217 currency codes a money fact may use as its `unit`, as listed by
 * the Unicode CLDR data that ships with Node.js (`Intl.supportedValuesOf('currency')`).
 *
 * @example
 * ```ts
 * import { CURRENCY_CODES } from 'ai-investment-facts';
 * CURRENCY_CODES.includes('CNY'); // true
 * ```
 * @category Vocabulary
 */
// biome-ignore format: a table of codes, twelve to a line
export const CURRENCY_CODES = /* @__PURE__ */ Object.freeze([
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD',
  'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN',
  'BZD', 'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CUC', 'CUP', 'CVE', 'CZK',
  'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL',
  'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HRK', 'HTG', 'HUF', 'IDR',
  'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF',
  'KPW', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD',
  'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR',
  'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP',
  'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG',
  'SEK', 'SGD', 'SHP', 'SLE', 'SLL', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL',
  'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD',
  'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XCD', 'XCG', 'XDR', 'XOF', 'XPF',
  'XSU', 'YER', 'ZAR', 'ZMW', 'ZWG', 'ZWL',
] as const);

/**
 * The kinds of record in a dataset, in the order of their collections
 * ({@link RECORD_COLLECTIONS}): the kind a correction or an unknown ID names.
 *
 * @example
 * ```ts
 * import { RECORD_TYPES } from 'ai-investment-facts';
 * RECORD_TYPES; // ['source', 'entity', 'metric', 'fact', 'claim', 'note']
 * ```
 * @category Vocabulary
 */
export const RECORD_TYPES = /* @__PURE__ */ Object.freeze(['source', 'entity', 'metric', 'fact', 'claim', 'note'] as const);

/**
 * The collection of a dataset that holds each kind of record, in the order of
 * {@link RECORD_TYPES}: the one list of the collections, from which every
 * other (the published tables, the command's `list`) is made.
 *
 * @example
 * ```ts
 * import { dataset, RECORD_COLLECTIONS } from 'ai-investment-facts';
 * dataset[RECORD_COLLECTIONS.entity].length > 0; // true: the entities
 * Object.values(RECORD_COLLECTIONS); // ['sources', 'entities', 'metrics', 'facts', 'claims', 'notes']
 * ```
 * @category Vocabulary
 */
export const RECORD_COLLECTIONS = /* @__PURE__ */ Object.freeze({
  source: 'sources',
  entity: 'entities',
  metric: 'metrics',
  fact: 'facts',
  claim: 'claims',
  note: 'notes',
} as const satisfies Readonly<Record<(typeof RECORD_TYPES)[number], string>>);

/**
 * The units of facts that are not money: every {@link METRIC_UNITS} but
 * `currency`, whose facts name their currency code instead.
 *
 * @internal
 */
export const NON_CURRENCY_UNITS = /* @__PURE__ */ Object.freeze(['percent', 'count', 'years'] as const);

function factUnits() {
  return Object.freeze([...NON_CURRENCY_UNITS, ...CURRENCY_CODES] as const);
}

/**
 * Every unit a fact may have: {@link NON_CURRENCY_UNITS}, then
 * {@link CURRENCY_CODES}.
 *
 * @internal
 */
export const FACT_UNITS = /* @__PURE__ */ factUnits();

let currencyCodeSet: ReadonlySet<string> | undefined;

/**
 * Whether `unit` is one of {@link CURRENCY_CODES}: the unit of a money fact.
 *
 * @internal
 */
export function isCurrencyCode(unit: unknown): unit is (typeof CURRENCY_CODES)[number] {
  currencyCodeSet ??= new Set(CURRENCY_CODES);
  return typeof unit === 'string' && currencyCodeSet.has(unit);
}

/**
 * Whether `unit` is a fact's unit: `percent`, `count`, `years` or a currency code.
 *
 * @internal
 */
export function isFactUnit(unit: unknown): unit is (typeof FACT_UNITS)[number] {
  return (NON_CURRENCY_UNITS as readonly unknown[]).includes(unit) || isCurrencyCode(unit);
}

/**
 * The words of each precision: `written`, the word this package puts before a
 * value of it ("over $76B"); `qualifiers`, the words a source puts before a
 * value to give it that precision ("topped USD76 billion"), the longer
 * phrases first. An exact value has neither.
 *
 * @internal
 */
export const PRECISION_WORDS = {
  exact: { written: '', qualifiers: [] },
  approximate: { written: 'about', qualifiers: ['approximately', 'an estimated', 'roughly', 'around', 'about'] },
  'lower-bound': { written: 'over', qualifiers: ['more than', 'exceeding', 'at least', 'topped', 'above', 'over'] },
  'upper-bound': { written: 'nearly', qualifiers: ['just under', 'less than', 'nearly', 'almost', 'up to', 'under'] },
} as const satisfies Readonly<Record<(typeof PRECISIONS)[number], { readonly written: string; readonly qualifiers: readonly string[] }>>;

/**
 * The scales money is written in, largest first: the power of ten, the word
 * the sources print ("USD76 billion") and the letter this package writes
 * ("$76B"). An amount takes the largest that leaves at least 1.
 *
 * @example
 * ```ts
 * MONEY_SCALES.find(([power]) => 76e9 >= 10 ** power); // [9, 'billion', 'B']
 * ```
 * @internal
 */
export const MONEY_SCALES = [
  [12, 'trillion', 'T'],
  [9, 'billion', 'B'],
  [6, 'million', 'M'],
] as const;

/**
 * A record ID's form, as a regular expression's source without anchors (the
 * form Frictionless Table Schema patterns take): lowercase letters and
 * digits, in words joined by single hyphens.
 *
 * @internal
 */
export const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

/**
 * A period's form, as a regular expression's source without anchors: a year
 * (`2024`), or two joined by a solidus (`2023/2024`). The first year is group
 * 1, the second group 3.
 *
 * @internal
 */
export const PERIOD_PATTERN = '([0-9]{4})(/([0-9]{4}))?';

/** `pattern` matched against a whole string. @internal */
export function wholeMatch(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
