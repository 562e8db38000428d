/**
 * The README's charts, built from the records at build time: pure functions
 * that turn facts into Vega-Lite specs, and {@link renderCharts}, which
 * compiles and renders them to SVG headlessly (no DOM, no canvas).
 *
 * Every bar is one fact. Its label prints the value the way its source prints
 * it, qualifier and all ("topped USD76 billion", "around USD10.5 billion"),
 * taken from the fact's quote, and names the source by the package's credit line.
 * Nothing is converted, rounded or scaled: the data rows hold
 * the records' own values, and the bars are drawn from zero.
 *
 * @module
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { printedDigits } from '../../src/arithmetic/printedDigits.js';
import { creditLine } from '../../src/format/formatCitation.js';
import { dataset as builtInDataset, type Dataset, type Fact } from '../../src/index.js';
import { isCurrencyCode, PRECISION_WORDS } from '../../src/vocabulary.js';

/**
 * One bar of a chart: one fact, with the words that label it.
 *
 * @example
 * ```ts
 * const [leader] = leadingEcosystemsSpec().datasets?.[ROWS] as ChartRow[];
 * leader; // { factId: 'silicon-valley-share-of-global-ai-native-funding-2023-2024', entity: 'Silicon Valley', value: 65, stated: '65%', ... }
 * ```
 * @category Charts
 */
export interface ChartRow {
  /** The fact the bar shows. */
  readonly factId: string;
  /** The entity's name, as the dataset gives it. */
  readonly entity: string;
  /** The fact's period (`2024`, `2023/2024`). */
  readonly period: string;
  /** The fact's value, as recorded. */
  readonly value: number;
  /** The fact's unit, as recorded (`percent`, `USD`). */
  readonly unit: string;
  /** The value as the source prints it, with its qualifier: `topped USD76 billion`. */
  readonly stated: string;
  /** Who states it, and where: `Source: CB Insights, via Yicai, 2025-03-26`. */
  readonly credit: string;
  /** What a screen reader says for the bar. */
  readonly description: string;
}

/**
 * The file name, in `docs/charts/`, of the chart of the leading ecosystems ({@link leadingEcosystemsSpec}).
 *
 * @example
 * ```ts
 * (await renderCharts()).get(LEADING_ECOSYSTEMS_CHART); // '<svg ...'
 * ```
 * @category Charts
 */
export const LEADING_ECOSYSTEMS_CHART = 'leading-ecosystems.svg';

/**
 * The file name, in `docs/charts/`, of the chart of US and China AI venture investment ({@link usChinaAiVcSpec}).
 *
 * @example
 * ```ts
 * (await renderCharts()).get(US_CHINA_AI_VC_CHART); // '<svg ...'
 * ```
 * @category Charts
 */
export const US_CHINA_AI_VC_CHART = 'us-china-ai-vc.svg';

const STATED_AS_PRINTED = 'Values as stated by the sources: not converted, not rounded.';
const FONT = 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';
const INK = '#1f2328';
const MUTED = '#59636e';
const WIDTH = 700;
const LABEL_COLUMN = 140;
const PADDING = 16;
const PLOT_WIDTH = WIDTH - LABEL_COLUMN - 2 * PADDING;
const ROW_STEP = 50;
const BAR_HEIGHT = 18;
const BAR_LIFT = -7;
const FOOTNOTE_CHARACTERS = 104;

/**
 * A fact's value as its quote prints it, with the qualifier word the source
 * puts before it: `topped USD76 billion`, `around USD10.5 billion`, `65%`.
 * The words are the quote's own (its case, its currency code); an exact fact
 * takes the first place the quote prints its value, a bounded or approximate
 * one the first place a qualifier of its precision stands before it.
 *
 * @param fact - a fact with a value.
 * @returns The qualifier (if any) and the printed value, verbatim from the quote.
 * @throws {RangeError} if the value is `null`, or the quote does not print it
 * (for a qualified fact: after a qualifier of its precision).
 * @example
 * ```ts
 * import { dataset } from '../../src/index.js';
 * statedValue(dataset.fact('united-states-ai-vc-investment-2024')); // 'topped USD76 billion'
 * statedValue(dataset.fact('paris-share-of-global-ai-native-funding-2023-2024')); // '4.3%'
 * ```
 * @category Charts
 */
export function statedValue(fact: Fact): string {
  if (fact.value === null || fact.precision === null) {
    throw new RangeError(`statedValue: expected a fact with a value, received "${fact.id}", whose value is null`);
  }
  const quote = fact.citation.quote.replace(/\s+/g, ' ');
  const printed = printedNumber(fact.value, fact.unit);
  const prefix = isCurrencyCode(fact.unit) ? `(?:${fact.unit}|US\\$|\\$)?` : '';
  const pattern = new RegExp(`${prefix}(?<![\\d.])${escapeRegExp(printed)}(?![\\d]|\\.\\d)`, 'gi');
  for (const match of quote.matchAll(pattern)) {
    const before = quote.slice(0, match.index).trimEnd().toLowerCase();
    const words: readonly string[] = PRECISION_WORDS[fact.precision].qualifiers;
    const qualifier = words.find((word) => before === word || before.endsWith(` ${word}`));
    if (fact.precision === 'exact') return match[0];
    if (qualifier !== undefined) return `${quote.slice(before.length - qualifier.length, before.length)} ${match[0]}`;
  }
  const expected =
    fact.precision === 'exact' ? `"${printed}"` : `"${printed}" after one of ${PRECISION_WORDS[fact.precision].qualifiers.map((w) => `"${w}"`).join(', ')}`;
  throw new RangeError(`statedValue: expected the quote of "${fact.id}" to print ${expected}, received "${quote}"`);
}

/** The digits and scale word a source prints a value with: `76 billion`, `4.3%`. */
function printedNumber(value: number, unit: Fact['unit']): string {
  if (unit === 'percent') return `${value}%`;
  const { mantissa, scaleWord } = printedDigits(value, unit);
  return scaleWord === '' ? String(mantissa) : `${mantissa} ${scaleWord}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The row a chart draws for a fact: its entity's name, the recorded value and
 * unit, the stated value ({@link statedValue}) and the package's credit line.
 *
 * @param data - the dataset the fact belongs to.
 * @param fact - a fact of `data` with a value and a period.
 * @throws {RangeError} if the fact has no value or no period, or its quote does not print its value.
 * @example
 * ```ts
 * import { dataset } from '../../src/index.js';
 * chartRow(dataset, dataset.fact('china-ai-vc-investment-2023')).stated; // 'around USD10.5 billion'
 * ```
 * @category Charts
 */
export function chartRow(data: Dataset, fact: Fact): ChartRow {
  if (fact.value === null || fact.period === null) {
    throw new RangeError(`chartRow: expected a fact with a value and a period, received "${fact.id}"`);
  }
  const entity = data.entity(fact.entityId).name;
  const stated = statedValue(fact);
  const credit = `Source: ${creditLine(data.source(fact.citation.sourceId), fact.citation)}`;
  return {
    factId: fact.id,
    entity,
    period: fact.period,
    value: fact.value,
    unit: fact.unit,
    stated,
    credit,
    description: `${entity}, ${fact.period.replace('/', '–')}: ${stated}. ${credit}.`,
  };
}

/**
 * Throws unless every row has the same unit: a chart draws bars of one unit on
 * one axis, and converts no currency.
 *
 * @param fn - the name of the calling function, for the message.
 * @param rows - the rows of one chart.
 * @returns The unit they share.
 * @throws {RangeError} if `rows` is empty or holds more than one unit.
 * @example
 * ```ts
 * requireOneUnit('f', [{ factId: 'a', unit: 'USD' }, { factId: 'b', unit: 'USD' }]); // 'USD'
 * requireOneUnit('f', [{ factId: 'a', unit: 'USD' }, { factId: 'b', unit: 'CNY' }]); // throws RangeError
 * ```
 * @category Charts
 */
export function requireOneUnit(fn: string, rows: readonly Pick<ChartRow, 'factId' | 'unit'>[]): string {
  const units = [...new Set(rows.map((row) => row.unit))];
  if (units.length !== 1) {
    const received = units.length === 0 ? 'no rows' : rows.map((row) => `${row.factId} in ${row.unit}`).join(', ');
    throw new RangeError(`${fn}: expected facts of one unit, received ${received}; a chart converts no currency`);
  }
  return units[0] as string;
}

/**
 * Splits text into lines of at most `width` characters, at spaces (a longer
 * word gets a line of its own). Empty text gives no lines.
 *
 * @example
 * ```ts
 * wrapText('one two three', 7); // ['one two', 'three']
 * ```
 * @category Charts
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The caveats every one of the facts carries, in the first fact's order. */
function sharedCaveats(facts: readonly Fact[]): string[] {
  const [first, ...rest] = facts;
  return (first?.caveats ?? []).filter((caveat) => rest.every((fact) => fact.caveats.includes(caveat)));
}

/** The title block: a title, then the subtitle lines, left-aligned. */
function titleBlock(text: string, subtitle: readonly string[]): TopLevelSpec['title'] {
  return {
    text,
    subtitle: [...subtitle],
    anchor: 'start',
    offset: 14,
    fontSize: 17,
    subtitleFontSize: 12,
    subtitleColor: MUTED,
    subtitlePadding: 6,
  };
}

/** The look the charts share: a white background (readable in dark mode), one font, no frame. */
const CONFIG = {
  background: 'white',
  padding: PADDING,
  font: FONT,
  view: { stroke: null },
  title: { color: INK, fontWeight: 600 },
  axis: { labelColor: INK, labelFont: FONT },
  text: { font: FONT },
} as const;

/**
 * The name of the data rows (the {@link ChartRow}s) in a chart spec's `datasets`.
 *
 * @example
 * ```ts
 * (usChinaAiVcSpec().datasets?.[ROWS] as ChartRow[]).map((row) => row.value);
 * // [40000000000, 76000000000, 10500000000, 14000000000]
 * ```
 * @category Charts
 */
export const ROWS = 'rows';

/** What a labelled bar chart is made of; see {@link labelledBarChart}. */
interface LabelledBarChart {
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly description: string;
  readonly rows: readonly ChartRow[];
  readonly height: number | { readonly step: number };
  /** The position encoding (`y`, `x`, and `yOffset` for grouped bars). */
  readonly encoding: Record<string, unknown>;
  /** The bars' colour: a value or a colour encoding. */
  readonly color: Record<string, unknown>;
  /** How many pixels above its row's centre a bar is drawn, to make room for the credit under it. */
  readonly lift: number;
  /** Layers drawn over the bars, with the same data and encoding. */
  readonly extraLayers?: readonly Record<string, unknown>[];
  readonly footnote: readonly string[];
}

/**
 * A bar chart in which every row is a bar with its stated value at its end
 * and its source on a line under it, and footnote lines under the last row.
 */
function labelledBarChart(chart: LabelledBarChart): TopLevelSpec {
  const { lift, footnote } = chart;
  const bars = [
    {
      mark: { type: 'bar', height: BAR_HEIGHT, ...(lift === 0 ? {} : { yOffset: lift }), cornerRadiusEnd: 2 },
      encoding: { color: chart.color, description: { field: 'description' } },
    },
    {
      mark: { type: 'text', aria: false, align: 'left', baseline: 'middle', dx: 6, dy: lift, fontSize: 13, fontWeight: 'bold', color: INK },
      encoding: { text: { field: 'stated' } },
    },
    {
      mark: { type: 'text', aria: false, align: 'left', baseline: 'top', dy: lift + BAR_HEIGHT / 2 + 5, fontSize: 11, color: MUTED },
      encoding: { x: { datum: 0 }, text: { field: 'credit' } },
    },
    ...(chart.extraLayers ?? []),
  ];
  const footnoteLayer = {
    data: { values: [{ lines: footnote }] },
    mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 11, lineHeight: 15, color: MUTED },
    encoding: {
      x: { value: -LABEL_COLUMN },
      y: { value: { expr: 'height + 18' } },
      text: { field: 'lines' },
      description: { value: footnote.join(' ') },
    },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: [chart.description, ...chart.rows.map((row) => row.description), ...footnote].join(' '),
    title: titleBlock(chart.title, chart.subtitle),
    width: PLOT_WIDTH,
    height: chart.height,
    datasets: { [ROWS]: chart.rows },
    layer: [{ data: { name: ROWS }, encoding: chart.encoding, layer: bars }, footnoteLayer],
    config: CONFIG,
  } as unknown as TopLevelSpec;
}

/** The y axis of the entity names, in the left column. */
function entityAxis(padding: number, fontWeight: 'normal' | 'bold', offset: number): Record<string, unknown> {
  return {
    title: null,
    domain: false,
    ticks: false,
    labelFontSize: 13,
    labelFontWeight: fontWeight,
    labelPadding: padding,
    labelOffset: offset,
    labelLimit: LABEL_COLUMN - padding,
  };
}

/** The leading ecosystems' facts, largest share first, as `dataset.topEcosystems` ranks them: the shares "Top Cities" states. */
const LEADING_ECOSYSTEMS = {
  metricId: 'share-of-global-ai-native-funding',
  n: 10,
  period: '2023/2024',
  sourceId: '2025-06-02-top-cities-ai-investment-boom',
} as const;

/**
 * The Vega-Lite spec of the leading startup ecosystems by their share of the
 * AI-native funding that the source calls "global", 2023–2024: one horizontal
 * bar per ecosystem, in the order of `dataset.topEcosystems` (largest first),
 * on a 0–100% scale. The footnote gives the caveats all the bars' facts share.
 *
 * @param data - the dataset (the built-in one by default).
 * @returns A Vega-Lite spec whose `datasets.rows` are the {@link ChartRow}s.
 * @throws {RangeError} as `dataset.topEcosystems` does, or if a fact's quote does not print its value.
 * @example
 * ```ts
 * const spec = leadingEcosystemsSpec();
 * (spec.datasets?.[ROWS] as ChartRow[]).map((row) => row.stated); // ['65%', '10%', '4.3%']
 * ```
 * @category Charts
 */
export function leadingEcosystemsSpec(data: Dataset = builtInDataset): TopLevelSpec {
  const { metricId, n, period, sourceId } = LEADING_ECOSYSTEMS;
  const facts = data.topEcosystems(metricId, n, { period, sourceId });
  const rows = facts.map((fact) => chartRow(data, fact));
  requireOneUnit('leadingEcosystemsSpec', rows);
  const years = period.replace('/', '–');
  return labelledBarChart({
    title: 'The leading startup ecosystems for AI-native funding',
    subtitle: [`Each ecosystem’s share of “global” AI-native venture funding, as the source calls it (base read as the top 40 ecosystems), ${years}`],
    description: `Bar chart: ${data.metric(metricId as string).name}, ${years}, by startup ecosystem.`,
    rows,
    height: { step: ROW_STEP },
    encoding: {
      y: { field: 'entity', type: 'nominal', sort: null, axis: entityAxis(10, 'normal', BAR_LIFT) },
      x: { field: 'value', type: 'quantitative', scale: { domain: [0, 100], nice: false }, axis: null },
    },
    color: { value: '#2f6db5' },
    lift: BAR_LIFT,
    footnote: footnoteLines(facts),
  });
}

/** The footnote of a chart: that values are as stated, then the caveats all its facts share, wrapped. */
function footnoteLines(facts: readonly Fact[]): string[] {
  return [STATED_AS_PRINTED, ...sharedCaveats(facts)].flatMap((text) => wrapText(text, FOOTNOTE_CHARACTERS));
}

/** The countries and years of the US–China chart, in the order drawn: the figures Yicai reports. */
const US_CHINA = {
  metricId: 'ai-vc-investment',
  entityIds: ['united-states', 'china'],
  periods: ['2023', '2024'],
  sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
} as const;

/**
 * The Vega-Lite spec of AI venture investment in the United States and China
 * in 2023 and 2024: bars grouped by country, one per year, every bar labelled
 * with the amount as the source states it. The footnote gives the caveats the
 * facts share (here: the two countries' figures come from different
 * producers).
 *
 * @param data - the dataset (the built-in one by default).
 * @returns A Vega-Lite spec whose `datasets.rows` are the {@link ChartRow}s.
 * @throws {RangeError} unless each country has exactly one fact for each year,
 * if the facts are not all of one currency, or if a quote does not print its fact's value.
 * @example
 * ```ts
 * const spec = usChinaAiVcSpec();
 * (spec.datasets?.[ROWS] as ChartRow[]).map((row) => row.stated);
 * // ['USD40 billion', 'topped USD76 billion', 'around USD10.5 billion', 'USD14 billion']
 * ```
 * @category Charts
 */
export function usChinaAiVcSpec(data: Dataset = builtInDataset): TopLevelSpec {
  const { metricId, entityIds, periods, sourceId } = US_CHINA;
  const facts = entityIds.flatMap((entityId) =>
    periods.map((period) => {
      const found = data.findFacts({ entityId, metricId, period, sourceId });
      if (found.length !== 1) {
        throw new RangeError(
          `usChinaAiVcSpec: expected one ${metricId} fact for ${entityId} in ${period}, received ${found.length} (${found.map((f) => f.id).join(', ')})`,
        );
      }
      return found[0] as Fact;
    }),
  );
  const rows = facts.map((fact) => chartRow(data, fact));
  const unit = requireOneUnit('usChinaAiVcSpec', rows);
  const largest = Math.max(...rows.map((row) => row.value));
  const yearPadding = 44;
  return labelledBarChart({
    title: 'AI venture investment in the United States and China',
    subtitle: [`${periods.join(' and ')}, in ${unit} as the source states each figure; bars drawn to scale from zero`],
    description: `Grouped bar chart: AI-related venture capital investment by country and year, in ${unit}.`,
    rows,
    height: groupedHeight(entityIds.length, periods.length),
    encoding: {
      y: {
        field: 'entity',
        type: 'nominal',
        sort: null,
        scale: { paddingInner: GROUP_PADDING, paddingOuter: 0 },
        axis: entityAxis(yearPadding, 'bold', 0),
      },
      yOffset: { field: 'period', type: 'ordinal', sort: null, scale: { paddingInner: 0, paddingOuter: 0 } },
      // The largest bar takes two thirds of the width, leaving room for its label.
      x: { field: 'value', type: 'quantitative', scale: { domain: [0, largest * 1.5], nice: false }, axis: null },
    },
    color: { field: 'period', type: 'ordinal', legend: null, scale: { domain: [...periods], range: ['#9cc3e8', '#2f6db5'] } },
    lift: 0,
    extraLayers: [
      {
        mark: { type: 'text', aria: false, align: 'right', baseline: 'middle', dx: -8, fontSize: 12, color: MUTED },
        encoding: { x: { datum: 0 }, text: { field: 'period' } },
      },
    ],
    footnote: footnoteLines(facts),
  });
}

/** The band padding between two groups of bars, as a fraction of a group's step. */
const GROUP_PADDING = 0.2;

/** The plot height that gives every bar of `groups` groups of `perGroup` bars a row of `ROW_STEP` pixels. */
function groupedHeight(groups: number, perGroup: number): number {
  const groupStep = (perGroup * ROW_STEP) / (1 - GROUP_PADDING);
  return Math.round(groupStep * (groups - GROUP_PADDING));
}

/**
 * The width vega gives a text: Helvetica's advance widths, so that its layout
 * depends on no canvas or installed font and is the same on every machine.
 */
function helveticaWidth(item: { text?: unknown; fontSize?: number; fontWeight?: unknown }, text?: unknown): number {
  const value = text ?? item.text;
  const string = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  const size = item.fontSize ?? 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  let em = 0;
  for (const char of string) em += charWidth(char);
  return em * size * (bold ? 1.06 : 1);
}

const CHAR_WIDTHS: readonly [string, number][] = [
  ["ijl.,:;'!|·", 0.24],
  ['ftI ()[]-r/"“”’', 0.32],
  ['csvxyzJk', 0.5],
  ['abdeghnopqu0123456789$?_L–', 0.56],
  ['+=<>#', 0.58],
  ['FTZ', 0.61],
  ['ABEKPSVXY&', 0.67],
  ['CDHNRUw', 0.72],
  ['GOQ', 0.78],
  ['Mm', 0.83],
  ['%', 0.89],
  ['W—', 0.95],
];

function charWidth(char: string): number {
  return CHAR_WIDTHS.find(([chars]) => chars.includes(char))?.[1] ?? 0.6;
}

/**
 * Compiles a Vega-Lite spec and renders it to SVG text, headlessly: no DOM,
 * no canvas, text measured by fixed font metrics, and the SVG ID counters reset
 * first, so the same spec always gives the same bytes.
 *
 * @param spec - a Vega-Lite spec.
 * @returns The SVG document, ending in a newline.
 * @example
 * ```ts
 * const svg = await renderSvg(leadingEcosystemsSpec());
 * svg.startsWith('<svg'); // true
 * ```
 * @category Charts
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // vega exports `textMetrics` (from vega-scenegraph), but its typings omit it.
  const metrics = (vega as unknown as { textMetrics: { width: (item: never, text?: unknown) => number } }).textMetrics;
  const width = metrics.width;
  metrics.width = helveticaWidth;
  try {
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return `${withTitle(svg, spec)}\n`;
  } finally {
    metrics.width = width;
  }
}

/**
 * The SVG with a `<title>` and `<desc>` from the spec's title and description
 * as its first children, and `role="img"` naming them, for a reader who opens
 * the file itself (an `<img>` takes its alt text from the page).
 */
function withTitle(svg: string, spec: TopLevelSpec): string {
  const title = typeof spec.title === 'object' && spec.title !== null && 'text' in spec.title ? String(spec.title.text) : String(spec.title ?? '');
  const open = svg.indexOf('>') + 1;
  if (!svg.startsWith('<svg ') || open === 0) throw new TypeError('renderSvg: expected vega to render an <svg> element');
  const head = svg.slice(0, open - 1);
  const labelled = `${head} role="img" aria-labelledby="chart-title chart-desc">`;
  const children = `<title id="chart-title">${escapeXml(title)}</title><desc id="chart-desc">${escapeXml(spec.description ?? '')}</desc>`;
  return `${labelled}${children}${svg.slice(open)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Renders every chart of the README from the records: file name in
 * `docs/charts/` to SVG text.
 *
 * @param data - the dataset (the built-in one by default).
 * @returns The charts, in a fixed order.
 * @example
 * ```ts
 * const charts = await renderCharts();
 * [...charts.keys()]; // ['leading-ecosystems.svg', 'us-china-ai-vc.svg']
 * ```
 * @category Charts
 */
export async function renderCharts(data: Dataset = builtInDataset): Promise<ReadonlyMap<string, string>> {
  return new Map([
    [LEADING_ECOSYSTEMS_CHART, await renderSvg(leadingEcosystemsSpec(data))],
    [US_CHINA_AI_VC_CHART, await renderSvg(usChinaAiVcSpec(data))],
  ]);
}
