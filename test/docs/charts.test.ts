import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ChartRow,
  LEADING_ECOSYSTEMS_CHART,
  leadingEcosystemsSpec,
  renderCharts,
  renderSvg,
  requireOneUnit,
  ROWS,
  statedValue,
  US_CHINA_AI_VC_CHART,
  usChinaAiVcSpec,
  wrapText,
} from '../../scripts/docs/charts.js';
import { DOCS_COMMAND } from '../../scripts/docs/readme.js';
import { type Dataset, dataset as builtIn, type Fact } from '../../src/index.js';
import { sourceDataset, TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';

/** The records of each chart's source alone, with their IDs widened to strings, as the chart rows carry them. */
const [topCities, yicai]: [Dataset, Dataset] = [sourceDataset(TOP_CITIES), sourceDataset(YICAI)];

/** Each chart with its spec on the dataset of the source its bars come from. */
const CHARTS = [
  [LEADING_ECOSYSTEMS_CHART, () => leadingEcosystemsSpec(topCities), topCities],
  [US_CHINA_AI_VC_CHART, () => usChinaAiVcSpec(yicai), yicai],
] as const;

const CHARTS_DIRECTORY = new URL('../../docs/charts/', import.meta.url);
const WRITE_COMMAND = DOCS_COMMAND;

function rowsOf(spec: { datasets?: Record<string, unknown> }): ChartRow[] {
  return spec.datasets?.[ROWS] as ChartRow[];
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

const TOP_CITIES_CREDIT = 'Source: Top Cities Leading The AI Investment Boom In 2025, 2025-06-02';

describe('docs/charts', () => {
  it(`renderCharts() equals the committed SVGs (run \`${DOCS_COMMAND}\` when it does not)`, async () => {
    const charts = await renderCharts();
    const committed = readdirSync(CHARTS_DIRECTORY).filter((name) => name.endsWith('.svg'));
    expect(committed.sort(), `docs/charts/ holds other SVGs than renderCharts makes: run ${WRITE_COMMAND}`).toEqual([...charts.keys()].sort());
    const stale = [...charts].filter(([name, svg]) => readFileSync(new URL(name, CHARTS_DIRECTORY), 'utf8') !== svg).map(([name]) => name);
    expect(stale, `docs/charts/ is stale: run ${WRITE_COMMAND} and commit the SVGs`).toEqual([]);
  });

  it('renderSvg(spec) gives the same bytes every time: its only IDs are fixed or counted from 1, and it holds no timestamp', async () => {
    const render = async () => {
      const svgs: [string, string][] = [];
      for (const [name, makeSpec] of CHARTS) svgs.push([name, await renderSvg(makeSpec())]);
      return svgs;
    };
    const first = await render();
    const second = await render();
    expect(second).toEqual(first);
    const offenders = first.filter(([, svg]) => /id="(?!chart-title"|chart-desc"|clip\d+")|\d{4}-\d\d-\d\dT/.test(svg)).map(([name]) => name);
    expect(offenders).toEqual([]);
  });

  it('leadingEcosystemsSpec(data) holds the records’ shares, largest first, as the sources state them', () => {
    const rows = rowsOf(leadingEcosystemsSpec(topCities));
    expect(rows.map(({ factId, entity, period, value, unit, stated, credit }) => ({ factId, entity, period, value, unit, stated, credit }))).toEqual([
      {
        factId: 'silicon-valley-share-of-global-ai-native-funding-2023-2024',
        entity: 'Silicon Valley',
        period: '2023/2024',
        value: 65,
        unit: 'percent',
        stated: '65%',
        credit: TOP_CITIES_CREDIT,
      },
      {
        factId: 'beijing-share-of-global-ai-native-funding-2023-2024',
        entity: 'Beijing',
        period: '2023/2024',
        value: 10,
        unit: 'percent',
        stated: '10%',
        credit: TOP_CITIES_CREDIT,
      },
      {
        factId: 'paris-share-of-global-ai-native-funding-2023-2024',
        entity: 'Paris',
        period: '2023/2024',
        value: 4.3,
        unit: 'percent',
        stated: '4.3%',
        credit: TOP_CITIES_CREDIT,
      },
    ]);
  });

  it('usChinaAiVcSpec(data) holds the records’ amounts, in the currency and with the qualifiers the source states', () => {
    const rows = rowsOf(usChinaAiVcSpec(yicai));
    expect(rows.map(({ factId, value, unit, stated, credit }) => ({ factId, value, unit, stated, credit }))).toEqual([
      {
        factId: 'united-states-ai-vc-investment-2023',
        value: 40_000_000_000,
        unit: 'USD',
        stated: 'USD40 billion',
        credit: 'Source: CB Insights, via Yicai, 2025-03-26',
      },
      {
        factId: 'united-states-ai-vc-investment-2024',
        value: 76_000_000_000,
        unit: 'USD',
        stated: 'topped USD76 billion',
        credit: 'Source: CB Insights, via Yicai, 2025-03-26',
      },
      {
        factId: 'china-ai-vc-investment-2023',
        value: 10_500_000_000,
        unit: 'USD',
        stated: 'around USD10.5 billion',
        credit: 'Source: Zero2IPO Research, via Yicai, 2025-03-26',
      },
      {
        factId: 'china-ai-vc-investment-2024',
        value: 14_000_000_000,
        unit: 'USD',
        stated: 'USD14 billion',
        credit: 'Source: Zero2IPO Research, via Yicai, 2025-03-26',
      },
    ]);
  });

  it.each(CHARTS)('%s: the rows carry exactly their facts’ values, units, periods and entities', (_name, makeSpec, data) => {
    const offenders = rowsOf(makeSpec())
      .filter((row) => {
        const fact = data.fact(row.factId);
        return row.value !== fact.value || row.unit !== fact.unit || row.period !== fact.period || row.entity !== data.entity(fact.entityId).name;
      })
      .map((row) => row.factId);
    expect(offenders).toEqual([]);
  });

  it('usChinaAiVcSpec(data) notes in its footnote that the two countries’ figures come from different producers', async () => {
    const svg = textsOf(await renderSvg(usChinaAiVcSpec(yicai))).join(' ');
    expect(svg).toContain('Values as stated by the sources: not converted, not rounded.');
    expect(svg).toContain('different producers (CB Insights and Zero2IPO Research)');
  });

  it.each(CHARTS)('%s: every bar has a label with its stated value and a source line naming its source', async (_name, makeSpec, data) => {
    const svg = await renderSvg(makeSpec());
    const texts = textsOf(svg);
    const bars = barLabelsOf(svg);
    const rows = rowsOf(makeSpec());
    expect(bars).toHaveLength(rows.length);
    const offenders = rows.flatMap((row) => {
      const fact = data.fact(row.factId);
      const source = data.source(fact.citation.sourceId);
      const names = [source.publisher ?? source.title, source.publishedOn ?? '', fact.citation.attributedTo ?? ''];
      const problems = [
        !texts.includes(row.stated) && 'no text with its stated value',
        !texts.includes(row.credit) && 'no text with its source line',
        names.some((part) => !row.credit.includes(part)) && `a source line that does not name ${names.join(', ')}`,
        !bars.includes(row.description) && 'no bar described by its row',
        !row.description.includes(row.stated) || !row.description.includes(row.credit) ? 'a description without value and source' : false,
      ].filter((problem) => problem !== false);
      return problems.map((problem) => `${row.factId}: ${problem}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('statedValue', () => {
  const usFact: Fact = builtIn.fact('united-states-ai-vc-investment-2024');

  it('statedValue(fact) takes the qualifier and the printed amount from the quote', () => {
    expect(statedValue(usFact)).toBe('topped USD76 billion');
    expect(statedValue(builtIn.fact('china-ai-vc-investment-2023'))).toBe('around USD10.5 billion');
    expect(statedValue(builtIn.fact('big-three-share-of-global-ai-native-funding-2023-2024'))).toBe('nearly 80%');
    expect(statedValue(builtIn.fact('alibaba-group-ai-spending-2025-2027-cny'))).toBe('CNY380 billion');
  });

  it('statedValue(fact) throws where the quote has no qualifier of the fact’s precision before its value', () => {
    expect(() => statedValue({ ...usFact, precision: 'approximate' })).toThrow(
      /^statedValue: expected the quote of "united-states-ai-vc-investment-2024" to print "76 billion" after one of "approximately"/,
    );
    expect(() => statedValue({ ...usFact, value: 77_000_000_000 })).toThrow(RangeError);
    expect(() => statedValue({ ...usFact, value: null, precision: null })).toThrow(/whose value is null/);
  });
});

describe('requireOneUnit', () => {
  it('requireOneUnit(fn, rows) returns the one unit, and throws for two currencies or none', () => {
    expect(
      requireOneUnit('f', [
        { factId: 'a', unit: 'USD' },
        { factId: 'b', unit: 'USD' },
      ]),
    ).toBe('USD');
    expect(() =>
      requireOneUnit('f', [
        { factId: 'a', unit: 'USD' },
        { factId: 'b', unit: 'CNY' },
      ]),
    ).toThrow('f: expected facts of one unit, received a in USD, b in CNY; a chart converts no currency');
    expect(() => requireOneUnit('f', [])).toThrow(RangeError);
  });
});

describe('wrapText', () => {
  it('wrapText(text, width) breaks at spaces, gives a long word its own line, and gives [] for empty text', () => {
    expect(wrapText('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapText('a extraordinary b', 5)).toEqual(['a', 'extraordinary', 'b']);
    expect(wrapText('  ', 5)).toEqual([]);
  });
});
