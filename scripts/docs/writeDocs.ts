/**
 * Writes every generated document (`npm run docs`, after the build and
 * typedoc): the README's charts (`docs/charts/*.svg`), the data dictionary
 * (`docs/data-dictionary.md`) and the README's generated parts and example
 * outputs, which run against the build. The tests fail, naming this command,
 * when a committed file differs from what this would write.
 *
 * @module
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as records from '../../src/index.js';
import { generatedParts, withExampleOutputs, withGeneratedPart } from './readme.js';
import { runExample } from './runExample.js';
import { renderCharts } from './charts.js';
import { builtInDataDictionaryInput, DATA_DICTIONARY_PATH, renderDataDictionary } from './dataDictionary.js';
import { sourcesFolder } from './anchors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The command's file, as package.json's `bin` names it. */
const BIN = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { 'ai-investment-facts': string } }).bin['ai-investment-facts'];

/**
 * A project in a temporary folder whose `node_modules` links to this package's build (and its zod), and its command, as an install would;
 * the archived documents lie in it, for the README's `verify` command.
 */
function consumerOfTheBuild(): string {
  const consumer = mkdtempSync(join(tmpdir(), 'ai-investment-facts-docs-'));
  mkdirSync(join(consumer, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(consumer, 'node_modules/ai-investment-facts'));
  symlinkSync(join(ROOT, 'node_modules/zod'), join(consumer, 'node_modules/zod'));
  symlinkSync(join('../ai-investment-facts', BIN), join(consumer, 'node_modules/.bin/ai-investment-facts'));
  for (const source of records.sources) symlinkSync(join(sourcesFolder(), `${source.id}.txt`), join(consumer, `${source.id}.txt`));
  return consumer;
}

/** The README with its generated parts and every example's output made anew. */
function freshReadme(): string {
  let readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const [name, content] of generatedParts(records)) readme = withGeneratedPart(readme, name, content);
  const consumer = consumerOfTheBuild();
  try {
    return withExampleOutputs(readme, (example, i) => runExample(example, i, consumer));
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

/** Writes `text` to `path` in the repository, and says so. */
function write(path: string, text: string): void {
  writeFileSync(join(ROOT, path), text);
  console.log(`wrote ${path}`);
}

for (const [name, svg] of await renderCharts()) write(`docs/charts/${name}`, svg);
write(DATA_DICTIONARY_PATH, renderDataDictionary(builtInDataDictionaryInput()));
write('README.md', freshReadme());
