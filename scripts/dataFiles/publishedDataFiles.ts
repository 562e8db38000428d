/**
 * Every file of the package's `data/` folder (`ai-investment-facts/data/*`),
 * made from the records: each collection as JSON and as CSV, the Frictionless
 * data package describing the CSVs, a JSON Schema per record type, and the
 * citations as W3C Web Annotations (`annotations.jsonld`).
 *
 * @internal
 * @module
 */
import { type PublishedRecords, publishedTables } from '../../src/publish/publishedTables.js';
import { tableCsv } from '../../src/publish/toCsv.js';
import { dataPackage, type readPackageInfo } from './dataPackage.js';
import { recordJsonSchemas } from './jsonSchemas.js';
import { webAnnotations } from './webAnnotations.js';

/** JSON without indentation: the files are for programs, and a reader's editor formats them. */
const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/**
 * The files, by their path in the data folder (`facts.csv`,
 * `schemas/fact.schema.json`), with their text. The same records always give
 * the same bytes: nothing here reads a clock or the file system.
 *
 * @example
 * ```ts
 * const files = publishedDataFiles(records, readPackageInfo());
 * files.get('facts.csv')?.split('\r\n')[0]; // 'id,entityId,entityName,...'
 * ```
 */
export function publishedDataFiles(records: PublishedRecords, info: ReturnType<typeof readPackageInfo>): ReadonlyMap<string, string> {
  const tables = publishedTables(records);
  const csvFiles = new Map(tables.map((table) => [`${table.name}.csv`, tableCsv(table)]));
  return new Map([
    ...tables.map((table) => [`${table.name}.json`, json(records[table.name] ?? [])] as const),
    ...csvFiles,
    ['datapackage.json', json(dataPackage(tables, csvFiles, info, records.sources))],
    ...[...recordJsonSchemas()].map(([name, schema]) => [`schemas/${name}`, json(schema)] as const),
    ['annotations.jsonld', json(webAnnotations(records))],
  ]);
}
