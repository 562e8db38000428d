import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { RECORD_COLLECTIONS } from '../../src/vocabulary.js';
import type { ReleaseRecords } from './ReleaseCheck.js';

const EXPORTS = [...Object.values(RECORD_COLLECTIONS), 'corrections'] as const;

/**
 * The records and the corrections ledger that `data/index.ts` of a folder
 * exports (of the working tree, or of a release's extracted tree), loaded
 * with tsx, so that the folder needs no build.
 *
 * @param folder - the root of a tree that has `data/index.ts`.
 * @returns The six collections, as the module exports them.
 * @throws {TypeError} if the module does not export each of each collection
 * (`sources`, ..., `notes`) and `corrections` as an array;
 * the module's own errors if it cannot be loaded.
 * @example
 * ```ts
 * (await readRecords(process.cwd())).facts.length; // the facts of the working tree
 * ```
 * @category Release
 */
export async function readRecords(folder: string): Promise<ReleaseRecords> {
  const module = (await tsImport(pathToFileURL(join(folder, 'data', 'index.ts')).href, import.meta.url)) as Record<string, unknown>;
  const missing = EXPORTS.filter((name) => !Array.isArray(module[name]));
  if (missing.length > 0) {
    throw new TypeError(
      `readRecords: expected \`folder\`'s data/index.ts to export ${EXPORTS.join(', ')} as arrays, received ${join(folder, 'data', 'index.ts')} without ${missing.join(', ')}`,
    );
  }
  return Object.fromEntries(EXPORTS.map((name) => [name, module[name]])) as unknown as ReleaseRecords;
}
