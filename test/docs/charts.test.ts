import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BarChart, CHARTS as BUILT_IN_CHARTS, barChartSpec, type ChartRow, chartRow, renderCharts, renderSvg } from '../../scripts/docs/charts.js';
import { DOCS_COMMAND } from '../../scripts/docs/readme.js';
import { dataset as builtInDataset, type Dataset, type Fact } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { userEntities, userFact, userRecords, userSources } from '../fixtures/userRecords.js';

/** A fact of the user records whose quote prints its value. */
function quoted(entityId: string, value: number, period: string, quote: string, { citation, ...more }: Partial<Fact> = {}): Fact {
  const metricId = more.unit === 'percent' ? 'share' : 'amount';
  return userFact(entityId, value, { metricId, period, citation: { sourceId: 'report-one', section: 'body', quote, ...citation }, ...more });
}

const A_AMOUNTS = 'A raised USD40 billion in 2023, and topped USD76 billion in 2024.';
const B_AMOUNTS = 'B raised around USD10.5\nbillion in 2023 and USD14 billion in 2024.';
const PRODUCERS = 'A and B are counted by different producers.';
const amounts = [
  quoted('a', 40e9, '2023', A_AMOUNTS, { caveats: [PRODUCERS, 'A only.'], citation: { attributedTo: 'Example Index' } as Fact['citation'] }),
  quoted('a', 76e9, '2024', A_AMOUNTS, { precision: 'lower-bound', caveats: [PRODUCERS], citation: { attributedTo: 'Example Index' } as Fact['citation'] }),
  quoted('b', 10.5e9, '2023', B_AMOUNTS, { precision: 'approximate', caveats: [PRODUCERS] }),
  quoted('b', 14e9, '2024', B_AMOUNTS, { caveats: ['B only.', PRODUCERS] }),
];
const SHARES = 'A took 65% of the funding of all, B nearly 10%, C 4.3%.';
const shares = [
  quoted('a', 65, '2024', SHARES, { unit: 'percent' }),
  quoted('b', 10, '2024', SHARES, { unit: 'percent', precision: 'upper-bound' }),
  quoted('c', 4.3, '2024', SHARES, { unit: 'percent' }),
];
const data: Dataset = createDataset(userRecords([...amounts, ...shares]));

const sharesChart: BarChart = { title: 'Shares', subtitle: 'Of all, 2024', description: 'Bar chart: shares.', facts: data.topEcosystems('share', 3) };
const amountsChart: BarChart = { title: 'Amounts', subtitle: '2023 and 2024', description: 'Grouped bar chart.', facts: amounts };
const CHARTS = [
  ['shares', sharesChart],
  ['amounts', amountsChart],
] as const;

const CHARTS_DIRECTORY = new URL('../../docs/charts/', import.meta.url);
const EXAMPLE_PRESS = 'Source: Example Press, 2025-01-31';

function rowsOf(spec: { datasets?: Record<string, unknown> }): ChartRow[] {
  return spec.datasets?.['rows'] as ChartRow[];
}

/** The text of every `<text>` element, unescaped, its lines (`<tspan>`s) joined by spaces. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) =>
    unescapeXml((match[1] ?? '').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]*>/g, '')),
  );
}

/** The `aria-label` of every bar. */
function barLabelsOf(svg: string): string[] {
  return [...svg.matchAll(/<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="bar"/g)].map((match) => unescapeXml(match[1] ?? ''));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('docs/charts', () => {
  it(`renderCharts() of the built-in records equals the committed SVGs (run \`${DOCS_COMMAND}\` when it does not)`, async () => {
    const charts = await renderCharts();
    const committed = readdirSync(CHARTS_DIRECTORY).filter((name) => name.endsWith('.svg'));
    expect(committed.sort(), `docs/charts/ holds other SVGs than renderCharts makes: run ${DOCS_COMMAND}`).toEqual([...charts.keys()].sort());
    const stale = [...charts].filter(([name, svg]) => readFileSync(new URL(name, CHARTS_DIRECTORY), 'utf8') !== svg).map(([name]) => name);
    expect(stale, `docs/charts/ is stale: run ${DOCS_COMMAND} and commit the SVGs`).toEqual([]);
  });

  it('renderSvg(spec) gives the same bytes every time: its only IDs are fixed or counted from 1, and it holds no timestamp', async () => {
    const render = async () => {
      const svgs: [string, string][] = [];
      for (const [name, chart] of CHARTS) svgs.push([name, await renderSvg(barChartSpec(data, chart))]);
      return svgs;
    };
    const first = await render();
    expect(await render()).toEqual(first);
    const offenders = first.filter(([, svg]) => /id="(?!chart-title"|chart-desc"|clip\d+")|\d{4}-\d\d-\d\dT/.test(svg)).map(([name]) => name);
    expect(offenders).toEqual([]);
  });

  it('renderSvg(spec) opens with the title and the description, for a reader who opens the file, in a fixed width', async () => {
    const svg = await renderSvg(barChartSpec(data, sharesChart));
    expect(svg).toMatch(
      /^<svg [^>]*width="700" [^>]*role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">Shares<\/title><desc id="chart-desc">Bar chart: shares\. A, 2024: 65%\. Source: Example Press, 2025-01-31\. /,
    );
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('barChartSpec(data, chart) draws a bar per fact, in order, with the value as the quote prints it and the credit line', () => {
    expect(rowsOf(barChartSpec(data, sharesChart))).toEqual([
      {
        factId: shares[0]?.id,
        entity: 'A',
        period: '2024',
        value: 65,
        unit: 'percent',
        stated: '65%',
        credit: EXAMPLE_PRESS,
        description: `A, 2024: 65%. ${EXAMPLE_PRESS}.`,
      },
      {
        factId: shares[1]?.id,
        entity: 'B',
        period: '2024',
        value: 10,
        unit: 'percent',
        stated: 'nearly 10%',
        credit: EXAMPLE_PRESS,
        description: `B, 2024: nearly 10%. ${EXAMPLE_PRESS}.`,
      },
      {
        factId: shares[2]?.id,
        entity: 'C',
        period: '2024',
        value: 4.3,
        unit: 'percent',
        stated: '4.3%',
        credit: EXAMPLE_PRESS,
        description: `C, 2024: 4.3%. ${EXAMPLE_PRESS}.`,
      },
    ]);
    const rows = rowsOf(barChartSpec(data, amountsChart));
    expect(rows.map(({ stated, credit }) => [stated, credit])).toEqual([
      ['USD40 billion', 'Source: Example Index, via Example Press, 2025-01-31'],
      ['topped USD76 billion', 'Source: Example Index, via Example Press, 2025-01-31'],
      ['around USD10.5 billion', EXAMPLE_PRESS],
      ['USD14 billion', EXAMPLE_PRESS],
    ]);
  });

  it.each(CHARTS)('barChartSpec(data, %s): the rows carry exactly their facts’ values, units, periods and entities', (_name, chart) => {
    const offenders = rowsOf(barChartSpec(data, chart))
      .filter((row) => {
        const fact = data.fact(row.factId);
        return row.value !== fact.value || row.unit !== fact.unit || row.period !== fact.period || row.entity !== data.entity(fact.entityId).name;
      })
      .map((row) => row.factId);
    expect(offenders).toEqual([]);
  });

  it('barChartSpec(data, chart) ends with a footnote: values as stated, then the caveats every fact shares, and no other', async () => {
    const footnote = async (chart: BarChart) => textsOf(await renderSvg(barChartSpec(data, chart))).filter((text) => text.startsWith('Values as stated'));
    expect(await footnote(amountsChart)).toEqual(['Values as stated by the sources: not converted, not rounded. A and B are counted by different producers.']);
    expect(await footnote(sharesChart)).toEqual(['Values as stated by the sources: not converted, not rounded.']);
  });

  it.each(CHARTS)(
    'renderSvg(barChartSpec(data, %s)): every bar has a label with its stated value and a credit line, and no text is cut short',
    async (_name, chart) => {
      const svg = await renderSvg(barChartSpec(data, chart));
      const texts = textsOf(svg);
      const bars = barLabelsOf(svg);
      const rows = rowsOf(barChartSpec(data, chart));
      expect(bars).toHaveLength(rows.length);
      const offenders = rows.flatMap((row) =>
        [
          !texts.includes(row.stated) && 'no text with its stated value',
          !texts.includes(row.credit) && 'no text with its source line',
          !bars.includes(row.description) && 'no bar described by its row',
        ]
          .filter((problem) => problem !== false)
          .map((problem) => `${row.factId}: ${problem}`),
      );
      expect(offenders).toEqual([]);
      expect(texts.filter((text) => text.includes('…'))).toEqual([]);
      expect(texts).toEqual(expect.arrayContaining(['A', 'B', chart.title]));
    },
  );

  it('barChartSpec(builtIn, README chart) wraps its subtitle whole, period and all, to the room its width leaves (81 characters at 12 px)', () => {
    const chart = BUILT_IN_CHARTS['leading-ecosystems.svg']?.(builtInDataset) as BarChart;
    const spec = barChartSpec(builtInDataset, chart) as { title: { text: string[]; subtitle: string[] } };
    expect(spec.title).toMatchObject({
      text: ['The leading startup ecosystems for AI-native funding'],
      subtitle: ['Each ecosystem’s share of “global” AI-native venture funding, as the source calls', 'it (base read as the top 40 ecosystems), 2023–2024'],
    });
  });

  it('barChartSpec(data, chart) wraps entity names to the label column and credit lines to the plot, and makes each row tall enough', () => {
    const longData = createDataset({
      ...userRecords([...amounts, ...shares]),
      entities: userEntities.map((entity) => (entity.id === 'a' ? { ...entity, name: 'An Ecosystem With A Long Name' } : entity)),
      sources: userSources.map((source) => ({ ...source, publisher: 'The Example Press Association of Long Publisher Names and Imprints' })),
    });
    const spec = JSON.stringify(barChartSpec(longData, amountsChart));
    // 140 px less 44 for the periods, at 13 px: 10 characters a line; 528 px at 11 px: 70.
    expect(spec).toContain(
      '"labelExpr":"{\\"An Ecosystem With A Long Name\\":[\\"An\\",\\"Ecosystem\\",\\"With A\\",\\"Long Name\\"],\\"B\\":[\\"B\\"]}[datum.label]"',
    );
    expect(spec).toContain('[\\"Source: Example Index, via The Example Press Association of Long\\",\\"Publisher Names and Imprints, 2025-01-31\\"]');
    // Two periods of two entities: each period's row 50 px, and 15 more for the second line of a credit.
    expect((barChartSpec(longData, amountsChart) as { height: number }).height).toBe(Math.round((2 * 65 * 1.8) / 0.8));
    expect((barChartSpec(data, amountsChart) as { height: number }).height).toBe(Math.round((2 * 50 * 1.8) / 0.8));
  });

  it('barChartSpec(data, chart) runs the scale past each bar by the room its label takes (0.68 em a character at 13 px, 6 px apart)', () => {
    const domainEnd = (chart: BarChart) =>
      (barChartSpec(data, chart) as { layer: { encoding: { x: { scale: { domain: number[] } } } }[] }).layer[0]?.encoding.x.scale.domain;
    // 'topped USD76 billion' is 20 characters: 6 + 20 × 13 × 0.68 = 182.8 of the 528 px the bars take.
    expect(domainEnd(amountsChart)).toEqual([0, 76e9 / (1 - 182.8 / 528)]);
    // Shares run to 100% at least.
    expect(domainEnd(sharesChart)).toEqual([0, 100]);
  });

  it('barChartSpec(data, chart) throws for facts of two units or of none: a chart converts no currency', () => {
    const inCny = { ...amounts[1], id: 'a-in-cny', unit: 'CNY', citation: { ...amounts[1]?.citation, quote: 'A topped CNY76 billion.' } } as Fact;
    expect(() => barChartSpec(data, { ...amountsChart, facts: [amounts[0] as Fact, inCny] })).toThrow(
      `barChartSpec: expected facts of one unit, received ${amounts[0]?.id} in USD, a-in-cny in CNY; a chart converts no currency`,
    );
    expect(() => barChartSpec(data, { ...amountsChart, facts: [] })).toThrow('barChartSpec: expected facts of one unit, received no facts');
  });
});

describe('chartRow(data, fact)', () => {
  const topped = amounts[1] as Fact;
  const stated = (fact: Fact) => chartRow(data, fact).stated;

  it('chartRow(data, fact).stated takes the qualifier of its precision and the printed amount from the quote, its whitespace as one space', () => {
    expect(amounts.map(stated)).toEqual(['USD40 billion', 'topped USD76 billion', 'around USD10.5 billion', 'USD14 billion']);
    expect(stated(quoted('a', 40e6, '2024', 'A drew nearly €40\nmillion', { unit: 'EUR', precision: 'upper-bound' }))).toBe('nearly €40 million');
  });

  it('chartRow(data, fact) throws where the quote does not print the value with a qualifier of the fact’s precision, the value is null or there is no period', () => {
    expect(() => stated({ ...topped, precision: 'approximate' })).toThrow(
      `chartRow: expected a fact with a period whose quote prints its value, 76000000000, as approximate, received "${topped.id}": "${A_AMOUNTS}"`,
    );
    expect(() => stated({ ...topped, value: 77e9 })).toThrow(RangeError);
    expect(() => stated({ ...topped, value: null, precision: null })).toThrow(/prints its value, null, as null/);
    expect(() => stated({ ...topped, period: null })).toThrow(/^chartRow: expected a fact with a period/);
  });
});
