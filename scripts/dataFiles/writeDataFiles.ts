/**
 * Writes the published data files into `dist/data/` (run by `npm run build`
 * after tsup): `npx tsx scripts/dataFiles/writeDataFiles.ts`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedDataFiles } from './publishedDataFiles.js';
import { claims, corrections, entities, facts, metrics, notes, sources } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  description: string;
  keywords: string[];
};
const outputDirectory = join(root, 'dist', 'data');

const files = publishedDataFiles(
  { sources, entities, metrics, facts, claims, notes, corrections },
  { name: manifest.name, version: manifest.version, description: manifest.description, keywords: manifest.keywords },
);
rmSync(outputDirectory, { recursive: true, force: true });
for (const [path, text] of files) {
  const file = join(outputDirectory, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`Wrote ${files.size} data files to ${outputDirectory}`);
