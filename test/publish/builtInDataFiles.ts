/** The data files of the built-in records, made in memory as the build makes them, and written to a temporary folder on demand. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedDataFiles } from '../../scripts/dataFiles/publishedDataFiles.js';
import { claims, corrections, entities, facts, metrics, notes, sources } from '../../src/index.js';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  description: string;
  keywords: string[];
};

export const builtInRecords = { sources, entities, metrics, facts, claims, notes, corrections };

export const packageInfo = {
  name: manifest.name,
  version: manifest.version,
  description: manifest.description,
  keywords: manifest.keywords,
};

export const dataFiles = publishedDataFiles(builtInRecords, packageInfo);

/** Writes `files` into a new temporary folder and returns its path. */
export function writeToTemporaryFolder(files: ReadonlyMap<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'ai-investment-facts-data-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** The text of one of the data files; throws if there is no such file. */
export function dataFile(path: string): string {
  const text = dataFiles.get(path);
  if (text === undefined) throw new Error(`no data file "${path}"`);
  return text;
}
