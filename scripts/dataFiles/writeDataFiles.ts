/**
 * Writes the published data files into `dist/data/` (run by `npm run build`
 * after tsup): `npx tsx scripts/dataFiles/writeDataFiles.ts`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claims, corrections, entities, facts, metrics, notes, sources } from '../../src/index.js';
import { readPackageInfo } from './dataPackage.js';
import { publishedDataFiles } from './publishedDataFiles.js';

const outputDirectory = fileURLToPath(new URL('../../dist/data/', import.meta.url));
const files = publishedDataFiles({ sources, entities, metrics, facts, claims, notes, corrections }, readPackageInfo());
rmSync(outputDirectory, { recursive: true, force: true });
for (const [path, text] of files) {
  mkdirSync(dirname(outputDirectory + path), { recursive: true });
  writeFileSync(outputDirectory + path, text);
}
console.log(`Wrote ${files.size} data files to ${outputDirectory}`);
