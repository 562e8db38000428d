/**
 * The README's charts, made from the records by `npm run docs`: {@link CHARTS}
 * says what each shows, {@link barChartSpec} turns it into a Vega-Lite spec,
 * and {@link renderSvg} renders that to SVG headlessly (no DOM, no canvas).
 *
 * Every bar is one fact. Its label is the value as its quote prints it,
 * qualifier and all ("topped USD76 billion": `statedValues`, the rule the
 * quote checks prove), and the line under it the package's credit line.
 * Nothing is converted, rounded or scaled, and the bars are drawn from zero.
 * The layout measures no font: it allows every character more room than a
 * sans-serif font takes ({@link EM_PER_CHARACTER}), wraps each text to fit,
 * and gives the same bytes for the same records on any machine. A test lays
 * the charts out in headless Chromium in Debian's fonts and checks every text
 * lies inside the drawing.
 *
 * @module
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { wrapText } from '../../src/cli/wrapText.js';
import { creditLine } from '../../src/format/formatCitation.js';
import { statedValues } from '../../src/format/statedValues.js';
import { dataset as builtInDataset, type Dataset, type Fact } from '../../src/index.js';

/**
 * What a bar chart shows: its words, and its facts, one bar each in the order
 * drawn. Facts of more than one period are grouped by entity, a bar (and a
 * shade) per period.
 *
 * @example
 * ```ts
 * const chart: BarChart = { title: 'AI funding', subtitle: '2024', description: 'Bar chart.', facts: dataset.findFacts({ period: '2024' }) };
 * ```
 */
export interface BarChart {
  readonly title: string;
  readonly subtitle: string;
  /** What a screen reader says before the bars. */
  readonly description: string;
  readonly facts: readonly Fact[];
}

const TOP_CITIES = '2025-06-02-top-cities-ai-investment-boom';
const YICAI = '2025-03-26-yicai-china-ai-vc-lags-us';

/**
 * The README's charts: each file of `docs/charts/` with what it shows of a dataset.
 *
 * @example
 * ```ts
 * Object.keys(CHARTS); // ['leading-ecosystems.svg', 'us-china-ai-vc.svg']
 * ```
 */
export const CHARTS: Readonly<Record<string, (data: Dataset) => BarChart>> = {
  'leading-ecosystems.svg': (data) => ({
    title: 'The leading startup ecosystems for AI-native funding',
    subtitle: 'Each ecosystem’s share of “global” AI-native venture funding, as the source calls it (base read as the top 40 ecosystems), 2023–2024',
    description: `Bar chart: ${data.metric('share-of-global-ai-native-funding').name}, 2023–2024, by startup ecosystem.`,
    facts: data.topEcosystems('share-of-global-ai-native-funding', 10, { period: '2023/2024', sourceId: TOP_CITIES }),
  }),
  'us-china-ai-vc.svg': (data) => {
    // The facts growthOf compares: one for each year, or it throws.
    const facts = ['united-states', 'china'].flatMap((country) =>
      data.growthOf(country, 'ai-vc-investment', '2023', '2024', { sourceId: YICAI }).derivedFrom.map((id) => data.fact(id)),
    );
    return {
      title: 'AI venture investment in the United States and China',
      subtitle: `2023 and 2024, in ${facts[0]?.unit} as the source states each figure; bars drawn to scale from zero`,
      description: `Grouped bar chart: AI-related venture capital investment by country and year, in ${facts[0]?.unit}.`,
      facts,
    };
  },
};

const STATED_AS_PRINTED = 'Values as stated by the sources: not converted, not rounded.';
const INK = '#1f2328';
const MUTED = '#59636e';
const WIDTH = 700;
const PADDING = 16;
/** The width the title, subtitle and footnote may take. */
const TEXT_WIDTH = WIDTH - 2 * PADDING;
const LABEL_COLUMN = 140;
/** The width the bars, their labels and their credit lines may take. */
const PLOT_WIDTH = TEXT_WIDTH - LABEL_COLUMN;
const ROW = 50;
const BAR = 18;
const LINE = 15;
/**
 * The width the layout allows a character, in ems: more than any sans-serif
 * font is likely to take on average (DejaVu Sans Bold, the widest of Debian's,
 * takes 0.54–0.61 on the charts' words), so that the text fits whatever font
 * draws it. The layout measures no font.
 */
const EM_PER_CHARACTER = 0.68;
/** The band padding between two entities' bars, as a fraction of an entity's step. */
const ENTITY_PADDING = 0.2;

/** The pixels `text` may take at `fontSize`, allowing {@link EM_PER_CHARACTER} a character. */
const roomFor = (text: string, fontSize: number) => [...text].length * fontSize * EM_PER_CHARACTER;

/** `text` wrapped into lines that fit `width` pixels at `fontSize`, by {@link roomFor}. */
const wrapTo = (text: string, width: number, fontSize: number) => wrapText(text, Math.floor(width / roomFor('x', fontSize)));

/**
 * A Vega expression giving the lines of `datum[field]`, one of `texts`, wrapped to `width` pixels at `fontSize`.
 */
const wrappedExpr = (texts: readonly string[], field: string, width: number, fontSize: number) =>
  JSON.stringify(Object.fromEntries(texts.map((text) => [text, wrapTo(text, width, fontSize)]))) + '[datum.' + field + ']';

/**
 * The row a chart draws for a fact of `data`: its entity's name, the recorded
 * value, unit and period, the value as the quote prints it with the qualifier
 * of its precision (the first such place of the quote's `statedValues`), and
 * the credit line.
 *
 * @throws {RangeError} if the fact has no period, or the quote does not print its value with a qualifier of its precision (none for `exact`).
 * @example
 * ```ts
 * chartRow(dataset, dataset.fact('china-ai-vc-investment-2023')).stated; // 'around USD10.5 billion'
 * ```
 */
export function chartRow(data: Dataset, { id, entityId, period, value, unit, precision, citation }: Fact) {
  const quote = citation.quote.replace(/\s+/g, ' ');
  const stated = value === null ? undefined : statedValues(quote, value, unit).find((place) => place.precision === precision)?.text;
  if (stated === undefined || period === null) {
    throw new RangeError(`chartRow: expected a fact with a period whose quote prints its value, ${value}, as ${precision}, received "${id}": "${quote}"`);
  }
  const entity = data.entity(entityId).name;
  const credit = `Source: ${creditLine(data.source(citation.sourceId), citation)}`;
  return {
    factId: id,
    entity,
    period,
    value: value as number,
    unit,
    stated,
    credit,
    description: `${entity}, ${period.replace('/', '–')}: ${stated}. ${credit}.`,
  };
}

/**
 * One bar of a chart: a fact, with the words that label it.
 *
 * @example
 * ```ts
 * const row: ChartRow = chartRow(dataset, dataset.fact('united-states-ai-vc-investment-2024'));
 * row.stated; // 'topped USD76 billion'
 * ```
 */
export type ChartRow = ReturnType<typeof chartRow>;

/**
 * The Vega-Lite spec of a horizontal bar chart of `chart.facts`: each bar
 * labelled at its end with its stated value and under it with its credit
 * line, the entity names in a column on the left (each bar's period beside it
 * where there are several), on a scale from zero that runs far enough past
 * each bar for its label (percentages on at least 0–100%). Under the bars, the
 * footnote says that values are as stated, then gives the caveats that all the
 * facts share. The title, subtitle, footnote, entity names and credit lines
 * are wrapped to the room each has, at {@link EM_PER_CHARACTER}.
 *
 * @param data - the dataset of the facts.
 * @param chart - what the chart shows.
 * @returns A Vega-Lite spec whose `datasets.rows` are the {@link ChartRow}s.
 * @throws {RangeError} if the facts are not all of one unit (a chart converts no currency), or as {@link chartRow} does.
 * @example
 * ```ts
 * barChartSpec(dataset, CHARTS['us-china-ai-vc.svg'](dataset)).datasets?.rows.map((row) => row.stated);
 * // ['USD40 billion', 'topped USD76 billion', 'around USD10.5 billion', 'USD14 billion']
 * ```
 */
export function barChartSpec(data: Dataset, { title, subtitle, description, facts }: BarChart): TopLevelSpec {
  const rows = facts.map((fact) => chartRow(data, fact));
  const units = new Set(rows.map((row) => row.unit));
  if (units.size !== 1) {
    const received = rows.map((row) => `${row.factId} in ${row.unit}`).join(', ') || 'no facts';
    throw new RangeError(`barChartSpec: expected facts of one unit, received ${received}; a chart converts no currency`);
  }
  const periods = [...new Set(rows.map((row) => row.period))];
  const entities = [...new Set(rows.map((row) => row.entity))];
  const labelPadding = periods.length > 1 ? 44 : 10;
  const credits = rows.map((row) => row.credit);
  const creditLines = Math.max(...credits.map((credit) => wrapTo(credit, PLOT_WIDTH, 11).length));
  const rowHeight = ROW + LINE * (creditLines - 1);
  const titleLines = wrapTo(title, TEXT_WIDTH, 17);
  const subtitleLines = wrapTo(subtitle, TEXT_WIDTH, 12);
  const caveats = facts[0]?.caveats.filter((caveat) => facts.every((fact) => fact.caveats.includes(caveat))) ?? [];
  const footnote = [STATED_AS_PRINTED, ...caveats].flatMap((text) => wrapTo(text, TEXT_WIDTH, 11));
  // Each bar's label ends inside the plot: the scale runs far enough past the bar for it.
  const end = Math.max(...rows.map((row) => row.value / (1 - (6 + roomFor(row.stated, 13)) / PLOT_WIDTH)), units.has('percent') ? 100 : 0);
  const atZero = { x: { datum: 0 } };
  const spec = {
    description: [description, ...rows.map((row) => row.description), ...footnote].join(' '),
    title: { text: titleLines, subtitle: subtitleLines, anchor: 'start', frame: 'group', dx: -LABEL_COLUMN, offset: 14, subtitlePadding: 6 },
    width: PLOT_WIDTH,
    height: Math.round((periods.length * rowHeight * (entities.length - ENTITY_PADDING)) / (1 - ENTITY_PADDING)),
    autosize: 'none',
    padding: {
      left: PADDING + LABEL_COLUMN,
      right: PADDING,
      top: PADDING + 19 + 21 * titleLines.length + LINE * subtitleLines.length,
      bottom: PADDING + 18 + LINE * footnote.length,
    },
    datasets: { rows },
    layer: [
      {
        data: { name: 'rows' },
        encoding: {
          y: {
            field: 'entity',
            sort: null,
            scale: { paddingInner: ENTITY_PADDING, paddingOuter: 0 },
            axis: { labelPadding, labelExpr: wrappedExpr(entities, 'label', LABEL_COLUMN - labelPadding, 13) },
          },
          yOffset: { field: 'period', sort: null, scale: { paddingInner: 0, paddingOuter: 0 } },
          x: { field: 'value', type: 'quantitative', stack: null, scale: { domain: [0, end], nice: false }, axis: null },
        },
        layer: [
          {
            mark: { type: 'bar', height: BAR, cornerRadiusEnd: 2 },
            encoding: {
              description: { field: 'description' },
              // The latest period darkest: a lone period dark.
              color: { field: 'period', legend: null, scale: { domain: periods, range: ['#9cc3e8', '#2f6db5'].slice(-periods.length) } },
            },
          },
          { mark: { type: 'text', dx: 6, fontSize: 13, fontWeight: 'bold', color: INK }, encoding: { text: { field: 'stated' } } },
          {
            transform: [{ calculate: wrappedExpr(credits, 'credit', PLOT_WIDTH, 11), as: 'creditLines' }],
            mark: { type: 'text', baseline: 'top', dy: BAR / 2 + 5, lineHeight: LINE },
            encoding: { ...atZero, text: { field: 'creditLines' } },
          },
          ...(periods.length > 1 ? [{ mark: { type: 'text', align: 'right', dx: -8, fontSize: 12 }, encoding: { ...atZero, text: { field: 'period' } } }] : []),
        ],
      },
      {
        data: { values: [{ footnote }] },
        mark: { type: 'text', baseline: 'top', lineHeight: LINE },
        encoding: { x: { value: -LABEL_COLUMN }, y: { value: { expr: 'height + 18' } }, text: { field: 'footnote' } },
      },
    ],
    config: {
      background: 'white',
      font: 'system-ui, sans-serif',
      view: { stroke: null },
      title: { color: INK, fontWeight: 600, fontSize: 17, lineHeight: 21, subtitleFontSize: 12, subtitleColor: MUTED, subtitleLineHeight: LINE },
      axis: {
        aria: false,
        title: null,
        domain: false,
        ticks: false,
        labelFontSize: 13,
        labelFontWeight: 'bold',
        labelColor: INK,
        labelLimit: 0,
        labelLineHeight: LINE,
      },
      text: { aria: false, align: 'left', baseline: 'middle', fontSize: 11, color: MUTED },
    },
  };
  return spec as unknown as TopLevelSpec;
}

/** `text` with the characters XML gives a meaning written as entities. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A Vega-Lite spec rendered to SVG text, headlessly, with the SVG ID counters
 * reset first, so that the same spec always gives the same bytes; its title
 * and description are the SVG's first children, `<title>` and `<desc>`, for a
 * reader who opens the file itself (an `<img>` takes its alt text from the page).
 *
 * @returns The SVG document, ending in a newline.
 * @example
 * ```ts
 * (await renderSvg(barChartSpec(dataset, chart))).startsWith('<svg'); // true
 * ```
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const title = escapeXml([(spec.title as { text: string | string[] }).text].flat().join(' '));
  const head = `role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">${title}</title><desc id="chart-desc">${escapeXml(spec.description ?? '')}</desc>`;
  return `${svg.replace('>', () => ` ${head}`)}\n`;
}

/**
 * Every chart of {@link CHARTS} rendered from `data`: file name in `docs/charts/` to SVG text.
 *
 * @example
 * ```ts
 * [...(await renderCharts()).keys()]; // ['leading-ecosystems.svg', 'us-china-ai-vc.svg']
 * ```
 */
export async function renderCharts(data: Dataset = builtInDataset): Promise<ReadonlyMap<string, string>> {
  const charts = new Map<string, string>();
  for (const [name, chart] of Object.entries(CHARTS)) charts.set(name, await renderSvg(barChartSpec(data, chart(data))));
  return charts;
}
