/**
 * Writes the data dictionary, `docs/data-dictionary.md`, from the built-in
 * records: `npx tsx scripts/docs/writeDataDictionary.ts`.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtInDataDictionaryInput, DATA_DICTIONARY_PATH, renderDataDictionary } from './dataDictionary.js';

/**
 * Renders the data dictionary from the built-in records and writes it to
 * `path`, replacing what is there.
 *
 * @param path - where to write (`docs/data-dictionary.md` in the repository by default).
 * @returns The path written.
 * @example
 * ```ts
 * writeDataDictionary(); // '…/docs/data-dictionary.md'
 * ```
 * @category Data dictionary
 */
export function writeDataDictionary(path: string = fileURLToPath(new URL(`../../${DATA_DICTIONARY_PATH}`, import.meta.url))): string {
  writeFileSync(path, renderDataDictionary(builtInDataDictionaryInput()));
  return path;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`wrote ${writeDataDictionary()}`);
}
