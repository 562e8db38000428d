/**
 * Writes the README's charts into `docs/charts/`: `npx tsx scripts/docs/writeCharts.ts`.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderCharts } from './charts.js';

/**
 * Where the charts are committed: `docs/charts/`.
 *
 * @example
 * ```ts
 * CHARTS_DIRECTORY.endsWith('/docs/charts/'); // true
 * ```
 * @category Charts
 */
export const CHARTS_DIRECTORY: string = fileURLToPath(new URL('../../docs/charts/', import.meta.url));

/**
 * Renders every chart from the records and writes each to its file in
 * `directory`, replacing what is there.
 *
 * @param directory - where to write (`docs/charts/` by default).
 * @returns The paths written.
 * @example
 * ```ts
 * await writeCharts(); // ['…/docs/charts/leading-ecosystems.svg', '…/docs/charts/us-china-ai-vc.svg']
 * ```
 * @category Charts
 */
export async function writeCharts(directory: string = CHARTS_DIRECTORY): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const [name, svg] of await renderCharts()) {
    const path = `${directory.replace(/\/?$/, '/')}${name}`;
    writeFileSync(path, svg);
    written.push(path);
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of await writeCharts()) console.log(`wrote ${path}`);
}
