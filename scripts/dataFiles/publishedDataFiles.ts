/**
 * Every file of the package's `data/` folder (`ai-investment-facts/data/*`),
 * made from the records: each collection as JSON and as CSV, the Frictionless
 * data package describing the CSVs, a JSON Schema per record type, and the
 * citations as W3C Web Annotations (`annotations.jsonld`).
 *
 * @internal
 * @module
 */
import { dataPackage, type PackageInfo } from './dataPackage.js';
import { recordJsonSchemas } from './jsonSchemas.js';
import { publishedTables, type PublishedRecords, TABLE_NAMES } from '../../src/publish/publishedTables.js';
import { tableCsv } from '../../src/publish/toCsv.js';
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
 * const files = publishedDataFiles(records, { name: 'ai-investment-facts', version: '1.0.0', ... });
 * files.get('facts.csv')?.split('\r\n')[0]; // 'id,entityId,entityName,...'
 * ```
 */
export function publishedDataFiles(records: PublishedRecords, info: Omit<PackageInfo, 'sources'>): ReadonlyMap<string, string> {
  const tables = publishedTables(records);
  const csvFiles = new Map(tables.map((table) => [`${table.name}.csv`, tableCsv(table)]));
  const jsonFiles = TABLE_NAMES.map((name) => [`${name}.json`, json(records[name] ?? [])] as const);
  const schemaFiles = [...recordJsonSchemas()].map(([name, schema]) => [`schemas/${name}`, json(schema)] as const);
  return new Map([
    ...jsonFiles,
    ...csvFiles,
    ['datapackage.json', json(dataPackage(tables, csvFiles, { ...info, sources: records.sources }))],
    ...schemaFiles,
    ['annotations.jsonld', json(webAnnotations(records))],
  ]);
}
