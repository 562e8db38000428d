/**
 * The charts as a browser draws them: headless Chromium lays out each SVG of
 * `docs/charts/` (and a chart of long words made from user records, and the
 * chart the Deno notebook in `examples/` displays), in the
 * fonts it names and in each of Debian's sans-serif fonts forced on it, and
 * every `<text>` must lie inside the SVG's viewBox without overlapping
 * another. The widest case, DejaVu Sans (the widest of Debian's) with its
 * letters spaced 0.08 em apart, takes up to 0.67 em a character, about an
 * eighth more than DejaVu Sans itself: the layout leaves room for it rather
 * than trusting a font's measurements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barChartSpec, renderSvg } from '../../scripts/docs/charts.js';
import type { Fact } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { launchChromium } from '../support/chromium.js';
import { userEntities, userFact, userRecords, userSources } from '../fixtures/userRecords.js';

const CHARTS_DIRECTORY = new URL('../../docs/charts/', import.meta.url);

/** The CSS forced on every `<text>` of a chart; `''` keeps the fonts the SVG names. */
const FONTS: Readonly<Record<string, string>> = {
  'the fonts it names': '',
  'DejaVu Sans': 'font-family: "DejaVu Sans" !important;',
  'Liberation Sans': 'font-family: "Liberation Sans" !important;',
  Lato: 'font-family: Lato !important;',
  'DejaVu Sans spaced 0.08em': 'font-family: "DejaVu Sans" !important; letter-spacing: 0.08em;',
};

/** A chart whose every word is long: a two-line title, entity names and a credit line that must wrap. */
async function longWordsChart(): Promise<string> {
  const quote = 'Example Ecosystem Of Many Words raised USD40 billion in 2024, and The Other Long Named Ecosystem topped USD76 billion.';
  const facts = [
    userFact('a', 40e9, { citation: { sourceId: 'report-one', section: 'body', quote } }),
    userFact('b', 76e9, { precision: 'lower-bound', citation: { sourceId: 'report-one', section: 'body', quote } }),
  ];
  const records = userRecords(facts);
  const data = createDataset({
    ...records,
    entities: userEntities.map((entity) => ({
      ...entity,
      name: { a: 'Example Ecosystem Of Many Words', b: 'The Other Long Named Ecosystem' }[entity.id] ?? entity.name,
    })),
    sources: userSources.map((source) => ({ ...source, publisher: 'The Example Press Association of Long Publisher Names and Their Many Imprints' })),
  });
  const long = 'A title long enough that it takes two lines of the chart at any width the layout allows for a title of seventeen pixels';
  return renderSvg(barChartSpec(data, { title: long, subtitle: `${long}, twice: ${long}`, description: 'Bar chart.', facts: facts as Fact[] }));
}

/** The SVG the committed `examples/deno-plot.ipynb` displays (the notebook test checks it is what a run gives). */
function denoNotebookChart(): string {
  const notebook = JSON.parse(readFileSync(new URL('../../examples/deno-plot.ipynb', import.meta.url), 'utf8')) as {
    cells: { outputs?: { data?: Record<string, string | string[]> }[] }[];
  };
  const svg = notebook.cells.flatMap((cell) => cell.outputs ?? []).find((output) => output.data?.['image/svg+xml'])?.data?.['image/svg+xml'];
  return [svg ?? ''].flat().join('');
}

/** What Chromium draws of a `<text>`: its words, and its box in the SVG's user units. */
interface DrawnText {
  readonly text: string;
  readonly box: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
}

/**
 * A script for the page (the tests' TypeScript has no DOM types): the SVG's
 * viewBox and the box of each of its `<text>`s in the SVG's user units.
 */
const MEASURE_TEXTS = `(() => {
  const root = document.querySelector('svg');
  const toRoot = root.getScreenCTM().inverse();
  const { x, y, width, height } = root.viewBox.baseVal;
  const texts = [...root.querySelectorAll('text')].map((element) => {
    const box = element.getBBox();
    const matrix = toRoot.multiply(element.getScreenCTM());
    const from = new DOMPoint(box.x, box.y).matrixTransform(matrix);
    const to = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix);
    return { text: element.textContent, box: { left: from.x, top: from.y, right: to.x, bottom: to.y } };
  });
  return { viewBox: { left: x, top: y, right: x + width, bottom: y + height }, texts };
})()`;

/** The boxes of every `<text>` of `svg` as Chromium lays it out with `css` on each, and the viewBox. */
async function drawnTexts(browser: Browser, svg: string, css: string): Promise<{ viewBox: DrawnText['box']; texts: DrawnText[] }> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><style>svg text { ${css} }</style>${svg}`);
    return await page.evaluate<{ viewBox: DrawnText['box']; texts: DrawnText[] }>(MEASURE_TEXTS);
  } finally {
    await page.close();
  }
}

const inside = (box: DrawnText['box'], frame: DrawnText['box']) =>
  box.left >= frame.left && box.top >= frame.top && box.right <= frame.right && box.bottom <= frame.bottom;
const overlap = (a: DrawnText['box'], b: DrawnText['box']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const charts = readdirSync(CHARTS_DIRECTORY).filter((name) => name.endsWith('.svg'));

describe('the charts in headless Chromium', () => {
  let browser: Browser;
  const svgs = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchChromium();
    for (const name of charts) svgs.set(name, readFileSync(new URL(name, CHARTS_DIRECTORY), 'utf8'));
    svgs.set('a chart of long words', await longWordsChart());
    svgs.set('examples/deno-plot.ipynb’s chart', denoNotebookChart());
  }, 60_000);
  afterAll(() => browser?.close());

  it('docs/charts holds the README’s charts', () => {
    expect(charts.sort()).toEqual(['leading-ecosystems.svg', 'us-china-ai-vc.svg']);
  });

  it.each(
    [...charts, 'a chart of long words', 'examples/deno-plot.ipynb’s chart'].flatMap((chart) => Object.keys(FONTS).map((font) => [chart, font] as const)),
  )('renderSvg(%s) in %s: every text inside the viewBox, none overlapping another', async (chart, font) => {
    const { viewBox, texts } = await drawnTexts(browser, svgs.get(chart) as string, FONTS[font] as string);
    expect(texts.length).toBeGreaterThan(5);
    const round = ({ left, top, right, bottom }: DrawnText['box']) => [left, top, right, bottom].map(Math.round).join(' ');
    const outside = texts.filter(({ box }) => !inside(box, viewBox)).map(({ text, box }) => `${text}: ${round(box)}`);
    expect(outside, `viewBox ${round(viewBox)}`).toEqual([]);
    const overlapping = texts.flatMap((a, i) =>
      texts
        .slice(i + 1)
        .filter((b) => overlap(a.box, b.box))
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
  });
});
