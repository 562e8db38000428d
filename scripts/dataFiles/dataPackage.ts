/**
 * The Frictionless Data Package (version 2.0) descriptor of the published CSV
 * files: a Table Schema per file, with types, constraints, primary and foreign
 * keys and missing values, each file's size and SHA-256 hash, and the package's
 * sources and licence (the files are UTF-8, the encoding Frictionless assumes
 * where a resource names none). Each column's type and constraints are read
 * from the JSON Schema of the field it holds (the zod schema's), and its
 * description from that field's TSDoc, with what the column adds.
 *
 * @internal
 * @module
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { documentCredit } from '../../src/format/formatCitation.js';
import type { ModelName, PublishedTable, RecordColumn, TableName } from '../../src/publish/publishedTables.js';
import type { Source } from '../../src/types.js';
import type { z } from 'zod';
import { fieldDescription } from './fieldDescriptions.js';
import { jsonSchemaOf } from './jsonSchemas.js';

const PROFILES = 'https://datapackage.org/profiles/2.0';

/**
 * What the descriptor says of the package as a whole: from its `package.json`,
 * and, as `created`, the date of the git commit it is built from (for a
 * release, the release's commit), not the build's: the same commit builds the
 * same bytes.
 */
export function readPackageInfo(): { name: string; version: string; description: string; keywords: string[]; created: string } {
  const { name, version, description, keywords } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return { name, version, description, keywords, created: execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).trim() };
}

/**
 * What the data package says of each table beside its columns: its title and
 * description, its primary key (`id` unless given), and the table each ID
 * column names by its `id`.
 */
export const TABLE_INFO: Record<TableName, { title: string; description: string; primaryKey?: string[]; references?: Record<string, TableName> }> = {
  sources: { title: 'Sources', description: 'The documents the facts and claims are taken from.' },
  entities: {
    title: 'Entities',
    description: 'What the facts and claims are about: startup ecosystems, countries, regions, companies and groups of them.',
    references: { subsetOf: 'entities' },
  },
  metrics: {
    title: 'Metrics',
    description: 'What the facts measure. Facts of different metrics are not comparable, however alike their names.',
    references: { baseEntityId: 'entities' },
  },
  facts: {
    title: 'Facts',
    description: 'Every figure the sources state: one row per fact, with the names of its entity and metric, and its source, beside their IDs.',
    references: { entityId: 'entities', metricId: 'metrics', sourceId: 'sources' },
  },
  claims: {
    title: 'Claims',
    description: 'Statements of the sources that carry no figure but that a reader still wants, in our words, each with a verbatim quote.',
    references: { sourceId: 'sources' },
  },
  notes: {
    title: 'Notes',
    description:
      'Notes across records, in our words: records that sit uneasily together (tension) or entities that may overlap (overlap), with the differences of facts the consistency audit computes for them.',
  },
  corrections: {
    title: 'Corrections ledger',
    description:
      'Every published value that a later release changed, with the old value, the new one, the reason and the release. Entries are only ever added.',
    primaryKey: ['recordType', 'recordId', 'field', 'release'],
  },
};

/** A JSON Schema pattern (an ECMAScript regular expression, anchored) as Table Schema writes one (XML Schema's syntax, anchored implicitly). */
function xmlSchemaPattern(pattern: string): string {
  return pattern
    .replace(/^\^|\$$/g, '')
    .replaceAll('(?:', '(')
    .replaceAll('\\/', '/');
}

/**
 * A column as a Table Schema field: its type and constraints from the JSON
 * Schema of the field it holds, its description from the field's TSDoc. A
 * column is `required` where its field is and cannot be `null`, `unique` where
 * it is the table's key alone; a field's enum and pattern constrain its text.
 */
export function tableField(column: RecordColumn<never>, primaryKey: readonly string[]) {
  const [model, name] = column.field.split('.') as [ModelName, string];
  const record = jsonSchemaOf(model);
  const property = (record.properties?.[name] ?? {}) as z.core.JSONSchema.JSONSchema;
  const [schema = property, ...orNull] = property.anyOf ?? [property];
  const types = [schema.type, ...orNull.map((other) => other.type)].flat();
  const type = column.type ?? (schema.format === 'date' ? 'date' : types[0]);
  const constraints = {
    ...(record.required?.includes(name) && !types.includes('null') ? { required: true } : {}),
    ...(primaryKey.length === 1 && primaryKey[0] === column.name ? { unique: true } : {}),
    ...(type === 'string' && schema.enum ? { enum: schema.enum } : {}),
    ...(type === 'string' && schema.pattern ? { pattern: xmlSchemaPattern(schema.pattern) } : {}),
  };
  const description = [fieldDescription(column.field), column.note, type === 'array' ? 'Written as a JSON array.' : undefined].filter(Boolean).join(' ');
  return { name: column.name, type, description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

/** The Table Schema of `table`: its fields, missing values and keys. */
export function tableSchema(table: PublishedTable) {
  const { primaryKey = ['id'], references = {} } = TABLE_INFO[table.name];
  const foreignKeys = Object.entries(references).map(([field, resource]) => ({
    fields: [field],
    // Without `resource`, the reference is to the table itself (Data Package 2.0).
    reference: { ...(resource === table.name ? {} : { resource }), fields: ['id'] },
  }));
  return {
    $schema: `${PROFILES}/tableschema.json`,
    fields: table.columns.map((column) => tableField(column, primaryKey)),
    // An empty cell is a null value, in every column: no record holds an empty string.
    missingValues: [''],
    primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/**
 * The `datapackage.json` descriptor for `tables`, whose CSV text is
 * `csvFiles.get('<name>.csv')`, citing `sources`.
 *
 * @throws {RangeError} when a table's CSV text is not given.
 * @example
 * ```ts
 * const descriptor = dataPackage(tables, csvFiles, readPackageInfo(), sources);
 * descriptor.resources[0].path; // 'sources.csv'
 * ```
 */
export function dataPackage(
  tables: readonly PublishedTable[],
  csvFiles: ReadonlyMap<string, string>,
  info: ReturnType<typeof readPackageInfo>,
  sources: readonly Source[],
): Record<string, unknown> {
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: info.name,
    title: 'AI investment facts',
    description: `${info.description} The quotes are short excerpts of the cited documents, quoted as evidence for each record; their copyright stays with their publishers.`,
    version: info.version,
    created: info.created,
    keywords: info.keywords,
    licenses: [{ name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' }],
    contributors: [{ title: 'The ai-investment-facts authors', roles: ['creator'] }],
    sources: sources.map((source) => ({ title: documentCredit(source) })),
    resources: tables.map((table) => {
      const path = `${table.name}.csv`;
      const text = csvFiles.get(path);
      if (text === undefined) throw new RangeError(`dataPackage: expected the text of "${path}", received none`);
      const bytes = Buffer.from(text, 'utf8');
      return {
        name: table.name,
        type: 'table',
        path,
        title: TABLE_INFO[table.name].title,
        description: TABLE_INFO[table.name].description,
        format: 'csv',
        mediatype: 'text/csv',
        bytes: bytes.byteLength,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        // The Table Dialect defaults (a header row, CRLF line ends, double quotes doubled), but for the delimiter, which clients sniff where none is named.
        dialect: { $schema: `${PROFILES}/tabledialect.json`, delimiter: ',' },
        schema: tableSchema(table),
      };
    }),
  };
}
