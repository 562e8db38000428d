/**
 * The data files of the built-in records, made in memory as the build makes
 * them, with a made-up entry added to the corrections ledger so that every
 * check of the files runs with one; and written to a temporary folder on
 * demand.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readPackageInfo } from '../../scripts/dataFiles/dataPackage.js';
import { publishedDataFiles } from '../../scripts/dataFiles/publishedDataFiles.js';
import { claims, corrections, entities, facts, metrics, notes, sources } from '../../src/index.js';
import { exampleCorrections } from '../fixtures/tablesRecords.js';

/** The built-in records, their ledger followed by the made-up entries: what the files below are made from. */
export const builtInRecords = { sources, entities, metrics, facts, claims, notes, corrections: [...corrections, ...exampleCorrections] };

export const packageInfo = readPackageInfo();

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
