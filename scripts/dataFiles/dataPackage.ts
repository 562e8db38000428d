/**
 * The Frictionless Data Package (version 2.0) descriptor of the published CSV
 * files: a Table Schema per file, with types, constraints, primary and foreign
 * keys and missing values, each file's size and SHA-256 hash, and the package's
 * sources and licence. Each column is described by its record field's TSDoc
 * (or, for a column no record has, by its own description), with what the CSV
 * adds: a list is a JSON array.
 *
 * @internal
 * @module
 */
import { createHash } from 'node:crypto';
import { documentCredit } from '../../src/format/formatCitation.js';
import type { Source } from '../../src/types.js';
import { fieldDescription } from './fieldDescriptions.js';
import type { ColumnDescription, PublishedTable } from '../../src/publish/PublishedTable.js';

const PROFILES = 'https://datapackage.org/profiles/2.0';

/** What the descriptor says of the package as a whole. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly sources: readonly Source[];
}

/** What a column holds, in words: its field's description (or its own), and how the CSV writes it. */
export function columnDescription(column: ColumnDescription): string {
  const described = column.field === undefined ? (column.description ?? '') : fieldDescription(column.field);
  const written = column.type === 'array' ? 'Written as a JSON array.' : column.note;
  return written === undefined ? described : `${described} ${written}`;
}

function fieldDescriptor(column: ColumnDescription): Record<string, unknown> {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.unique ? { unique: true } : {}),
    ...(column.enum ? { enum: column.enum } : {}),
    ...(column.pattern ? { pattern: column.pattern } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: columnDescription(column),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function tableSchema(table: PublishedTable): Record<string, unknown> {
  return {
    $schema: `${PROFILES}/tableschema.json`,
    fields: table.columns.map(fieldDescriptor),
    // An empty cell is a null value, in every column: no record holds an empty string.
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length > 0
      ? {
          foreignKeys: table.foreignKeys.map((key) => ({
            fields: key.fields,
            // Without `resource`, the reference is to the table itself (Data Package 2.0).
            reference: { ...(key.resource === undefined ? {} : { resource: key.resource }), fields: key.referencedFields },
          })),
        }
      : {}),
  };
}

/** A source document as the data package lists it: its title and credit line. */
function packageSource(source: Source): { title: string } {
  return { title: documentCredit(source) };
}

/**
 * The `datapackage.json` descriptor for `tables`, whose CSV text is
 * `csvFiles.get('<name>.csv')`.
 *
 * @throws {RangeError} when a table's CSV text is not given.
 * @example
 * ```ts
 * const descriptor = dataPackage(tables, csvFiles, { name: 'ai-investment-facts', version: '1.0.0', ... });
 * descriptor.resources[0].path; // 'sources.csv'
 * ```
 */
export function dataPackage(tables: readonly PublishedTable[], csvFiles: ReadonlyMap<string, string>, info: PackageInfo): Record<string, unknown> {
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: info.name,
    title: 'AI investment facts',
    description: `${info.description} The quotes are short excerpts of the cited documents, quoted as evidence for each record; their copyright stays with their publishers.`,
    version: info.version,
    keywords: info.keywords,
    licenses: [{ name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' }],
    contributors: [{ title: 'The ai-investment-facts authors', roles: ['creator'] }],
    sources: info.sources.map(packageSource),
    resources: tables.map((table) => {
      const path = `${table.name}.csv`;
      const text = csvFiles.get(path);
      if (text === undefined) throw new RangeError(`dataPackage: expected the text of "${path}", received none`);
      const bytes = Buffer.from(text, 'utf8');
      return {
        name: table.name,
        type: 'table',
        path,
        title: table.title,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.byteLength,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { $schema: `${PROFILES}/tabledialect.json`, header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: tableSchema(table),
      };
    }),
  };
}
