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
import { claims, corrections, entities, facts, metrics, notes, sources } from '../../src/index.js';
import { generatedParts, readmeExamples, withExampleOutputs, withGeneratedPart } from './readme.js';
import { runExample } from './runExample.js';
import { renderCharts } from './charts.js';
import { builtInDataDictionaryInput, DATA_DICTIONARY_PATH, renderDataDictionary } from './dataDictionary.js';
import { sourcesFolder } from './anchors.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = join(ROOT, 'README.md');

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
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  for (const source of sources) symlinkSync(join(sourcesFolder(), `${source.id}.txt`), join(consumer, `${source.id}.txt`));
  return consumer;
}

/** The README with its generated parts and every example's output made anew. */
function freshReadme(): string {
  let readme = readFileSync(README, 'utf8');
  for (const [name, content] of generatedParts({ sources, entities, metrics, facts, claims, notes, corrections }))
    readme = withGeneratedPart(readme, name, content);
  const consumer = consumerOfTheBuild();
  try {
    return withExampleOutputs(
      readme,
      readmeExamples(readme).map((example, i) => runExample(example, i, consumer)),
    );
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

const files = new Map<string, string>([
  ...[...(await renderCharts())].map(([name, svg]) => [join(ROOT, 'docs/charts', name), svg] as const),
  [join(ROOT, DATA_DICTIONARY_PATH), renderDataDictionary(builtInDataDictionaryInput())],
  [README, freshReadme()],
]);
for (const [path, text] of files) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
