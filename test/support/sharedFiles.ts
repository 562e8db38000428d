/**
 * The files the tests read from outside the repository: the archived source
 * documents and the Frictionless 2.0 profiles. Each is read from the folder
 * named by its environment variable, or else from `../shared/` beside the
 * repository.
 *
 * A check that needs a file that is not there skips, with a note that names
 * the file and says how to provide it (the run's summary line lists every
 * such skip): a fresh clone without `../shared` runs every other check, and a
 * folder with only some documents runs the checks of those. Where the
 * variable is set (CI sets both), a missing folder or file fails instead.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The note every skip for a missing shared file starts with, which the summary reporter collects. */
export const MISSING_FILE = 'missing shared file';

/** A folder of shared files: where it is looked for, and what it holds. */
interface SharedFolder {
  readonly variable: string;
  readonly beside: string;
  readonly holds: string;
}

/** The archived source documents, `<source-id>.txt`. */
export const SOURCES: SharedFolder = { variable: 'AI_INVESTMENT_FACTS_SOURCES', beside: '../shared/sources', holds: 'the archived source documents' };

/** The Frictionless Data Package 2.0 profiles (JSON Schemas). */
export const PROFILES: SharedFolder = {
  variable: 'AI_INVESTMENT_FACTS_PROFILES',
  beside: '../shared/frictionless-2.0',
  holds: 'the Frictionless 2.0 profiles',
};

/** The files this process has warned about, each once. */
const warned = new Set<string>();

/** The folder's path, or `undefined` where it is not there and its variable is not set. */
export function folderOf(folder: SharedFolder): string | undefined {
  const named = process.env[folder.variable];
  if (named) {
    const path = resolve(named);
    if (!existsSync(path)) throw new Error(`${folder.variable} names ${path}, which does not exist: it should hold ${folder.holds}`);
    return path;
  }
  const beside = resolve(REPOSITORY_ROOT, folder.beside);
  return existsSync(beside) ? beside : undefined;
}

/**
 * The text of `file` in `folder`, or `undefined` where it is not there and
 * its folder's variable is not set.
 *
 * @throws {Error} where the variable is set and the file is missing: in CI, a missing file fails.
 */
export function readShared(folder: SharedFolder, file: string): string | undefined {
  const path = folderOf(folder);
  if (path !== undefined && existsSync(join(path, file))) return readFileSync(join(path, file), 'utf8');
  if (process.env[folder.variable]) throw new Error(`${folder.variable} names ${path}, which has no ${file}`);
  return undefined;
}

/**
 * The text of `file` in `folder`, or else skips the running test with a note
 * naming the file and how to provide it.
 */
export function requireShared(context: TestContext, folder: SharedFolder, file: string): string {
  const text = readShared(folder, file);
  if (text !== undefined) return text;
  const where = folderOf(folder) ?? `${folder.beside} (not there)`;
  if (!warned.has(file)) console.warn(`!! ${file} is missing from ${where}: the checks that need it are SKIPPED (set ${folder.variable})`);
  warned.add(file);
  return context.skip(`${MISSING_FILE}: ${file} (not in ${where}: set ${folder.variable} to the folder of ${folder.holds})`);
}

/** The archived document of a source, or else skips the running test. */
export function requireDocument(context: TestContext, sourceId: string): string {
  return requireShared(context, SOURCES, `${sourceId}.txt`);
}
