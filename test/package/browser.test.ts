/**
 * The installed package's ES module build, unbundled, in a real browser:
 * headless Chromium loads `dist/index.js` through an import map and renders
 * the top ecosystems.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { packedInstall, writeInto } from './packedInstall.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Top AI ecosystems</title>
    <link rel="icon" href="data:,">
    <script type="importmap">{ "imports": { "ai-investment-facts": "/node_modules/ai-investment-facts/dist/index.js" } }</script>
    <script type="module" src="/browser/app.js"></script>
  </head>
  <body>
    <ol id="top-ecosystems"></ol>
  </body>
</html>
`;

const APP = `import { dataset } from 'ai-investment-facts';

const list = document.getElementById('top-ecosystems');
for (const fact of dataset.topEcosystems('share-of-global-ai-native-funding', 3)) {
  const item = document.createElement('li');
  item.textContent = \`\${dataset.entity(fact.entityId).name}: \${fact.value}% (\${dataset.source(fact.citation.sourceId).title})\`;
  list.append(item);
}
document.body.dataset.rendered = 'true';
`;

/** Serves the files under `root` on 127.0.0.1, at a port the system picks. */
async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)));
    const inside = path.startsWith(root + sep);
    if (!inside || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the ES module build in headless Chromium', () => {
  it('renders the top ecosystems from the unbundled dist/index.js, with no console or page error', async () => {
    const { consumer } = packedInstall();
    writeInto(consumer, 'browser/index.html', PAGE);
    writeInto(consumer, 'browser/app.js', APP);
    const { server, origin } = await serveStatic(consumer);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`request: ${request.url()} ${request.failure()?.errorText}`));
      await page.goto(`${origin}/browser/index.html`);
      await page.waitForSelector('body[data-rendered="true"]', { timeout: 10_000 }).catch(() => {});
      const items = await page.locator('#top-ecosystems li').allTextContents();
      expect({ items, errors }).toEqual({
        items: [
          'Silicon Valley: 65% (Top Cities Leading The AI Investment Boom In 2025)',
          'Beijing: 10% (Top Cities Leading The AI Investment Boom In 2025)',
          'Paris: 4.3% (Top Cities Leading The AI Investment Boom In 2025)',
        ],
        errors: [],
      });
    } finally {
      await browser.close();
      server.close();
    }
  });
});
