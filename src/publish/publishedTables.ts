/**
 * The tables the package publishes as CSV (and describes in its data
 * package), one per collection of records, in one column model: each column
 * named as the record's field it holds (or, for another record's field beside
 * its ID, `entityName`), described by that field's TSDoc and read from a
 * record; and which of them a table for people shows (the data dictionary's,
 * the command's `list`), under which header and as what text. `facts.csv`
 * carries beside each ID the name (and kind) of its entity, the name of its
 * metric, and the title, publisher and date of its source, so that a notebook
 * needs no join to read it.
 *
 * @internal
 * @module
 */
import { requireArray, requireObject, requireOneOf } from '../arguments.js';
import type { DatasetRecords } from '../dataset/Dataset.js';
import { indexRecords, type RecordIndex } from '../dataset/indexRecords.js';
import { deepFreeze } from '../deepFreeze.js';
import { stanceText } from '../format/formatCitation.js';
import { formatValue, NOT_STATED } from '../format/formatValue.js';
import type { Citation, Claim, Correction, Entity, Fact, Metric, Note, RecordType, Source } from '../types.js';
import { RECORD_COLLECTIONS } from '../vocabulary.js';

/**
 * The records the tables are made from: a dataset and, where there is one, its corrections ledger.
 *
 * @example
 * ```ts
 * import { dataset, corrections, type PublishedRecords } from 'ai-investment-facts';
 * const records: PublishedRecords = { ...dataset, corrections };
 * ```
 * @category Formatting
 */
export interface PublishedRecords extends DatasetRecords {
  readonly corrections?: readonly Correction[];
}

/**
 * The names of the published tables, in the order the data package lists
 * them: each is a CSV and a JSON file under `ai-investment-facts/data/`, and a
 * table {@link toCsv} writes.
 *
 * @example
 * ```ts
 * import { TABLE_NAMES } from 'ai-investment-facts';
 * TABLE_NAMES.map((name) => `${name}.csv`); // ['sources.csv', 'entities.csv', ...]
 * ```
 * @category Vocabulary
 */
export const TABLE_NAMES = /* @__PURE__ */ tableNames();

/** Every collection, then the corrections ledger: made in a call marked pure, so a bundle that lists no table keeps none of it. */
function tableNames() {
  return Object.freeze([...Object.values(RECORD_COLLECTIONS), 'corrections'] as const);
}

/**
 * The name of a published table: `facts` is `facts.csv`.
 *
 * @example
 * ```ts
 * import type { TableName } from 'ai-investment-facts';
 * const table: TableName = 'facts';
 * ```
 * @category Vocabulary
 */
export type TableName = (typeof TABLE_NAMES)[number];

/** What one cell holds before it is written: a scalar, a list, or nothing (`null` or `undefined`). @internal */
export type CellValue = string | number | boolean | readonly unknown[] | null | undefined;

/** The types whose TSDoc in `src/types.ts` describes the fields. @internal */
export type ModelName = Capitalize<RecordType> | 'Citation' | 'Correction';

/**
 * One column: its name in the published table (the record's field name, or
 * the record and field for another record's field beside its ID:
 * `entityName`), the field whose TSDoc describes it, and how to read its cell.
 *
 * @internal
 */
export interface RecordColumn<R> {
  readonly name: string;
  /** The field the column holds, whose TSDoc describes it and whose schema constrains it: `Fact.value`, `Entity.name` for `entityName`. */
  readonly field: `${ModelName}.${string}`;
  readonly cell: (record: R, index: RecordIndex) => CellValue;
  /** What the column adds to the field's description. */
  readonly note?: string;
  /** The type of the column where its field's schema does not give it: one type of a field of several. */
  readonly type?: 'string' | 'number' | 'integer' | 'boolean';
  /** The field as a person reads it, where that is not the cell as text. */
  readonly text?: (record: R) => string;
}

/** Columns holding the fields `names` of `model`, each read from `of(record)`. */
function fields<R, O = R>(model: ModelName, names: readonly (keyof O & string)[], of = (record: R) => record as unknown as O): RecordColumn<R>[] {
  return names.map((name) => ({ name, field: `${model}.${name}`, cell: (record) => of(record)?.[name] as CellValue }));
}

/** The entity of a fact, its metric, and the source a record cites. */
const entityOf = (fact: Fact, index: RecordIndex) => index.entitiesById().get(fact.entityId);
const sourceOf = (record: Fact | Claim, index: RecordIndex) => index.sourcesById().get(record.citation?.sourceId);

/** The citation's columns, shared by facts and claims, with the title, publisher and date of the source beside its ID. */
function citationColumns(): RecordColumn<Fact | Claim>[] {
  const cited = (names: readonly (keyof Citation)[]) => fields<Fact | Claim, Citation>('Citation', names, (record) => record.citation);
  const ofSource = (name: string, field: 'title' | 'publisher' | 'publishedOn'): RecordColumn<Fact | Claim> => ({
    name,
    field: `Source.${field}`,
    note: 'Of the source that `sourceId` names.',
    cell: (record, index) => sourceOf(record, index)?.[field],
  });
  const quoteAt = (end: 'start' | 'end'): RecordColumn<Fact | Claim> => ({
    name: end === 'start' ? 'quoteStart' : 'quoteEnd',
    field: 'Citation.selectors',
    type: 'integer',
    note: `This column holds where \`quote\` ${end === 'start' ? 'starts' : 'ends (exclusive)'}, in Unicode code points: the \`${end}\` of its TextPositionSelector.`,
    cell: (record) => record.citation?.selectors?.[0]?.textPosition?.[end],
  });
  return [
    ...cited(['sourceId', 'section', 'teasedTitle', 'teasedPublisher']),
    ofSource('sourceTitle', 'title'),
    ofSource('sourcePublisher', 'publisher'),
    ofSource('sourcePublishedOn', 'publishedOn'),
    ...cited(['attributedTo', 'statedBy', 'quote']),
    quoteAt('start'),
    quoteAt('end'),
    ...cited(['otherQuotes']),
  ];
}

/**
 * A field of several scalar types as one column per type (`oldText`,
 * `oldNumber`, `oldBoolean`), so that each column has one type a CSV reader
 * can cast: the value stands in the column of its type, the other two empty,
 * and all three are empty for `null`. Read by a person, the field is its JSON.
 */
function byType(field: 'oldValue' | 'newValue'): RecordColumn<Correction>[] {
  const types = { Text: 'string', Number: 'number', Boolean: 'boolean' } as const;
  const names = Object.keys(types).map((suffix) => field.replace('Value', suffix));
  return Object.values(types).map((type, i) => ({
    name: names[i]!,
    field: `Correction.${field}`,
    type,
    note: `Written in ${names[0]} where it is text, ${names[1]} where it is a number, ${names[2]} where it is true or false, the other two empty; all three are empty where it is null.`,
    cell: (correction) => (typeof correction[field] === type ? correction[field] : undefined),
    text: (correction) => JSON.stringify(correction[field]),
  }));
}

/** The record type of each table's rows. */
type RowOf<T extends TableName> = NonNullable<PublishedRecords[T]>[number];

/** The columns of each published table, in order (made in a function marked pure, so that a bundle without the tables drops them). @internal */
export const RECORD_COLUMNS: { readonly [T in TableName]: readonly RecordColumn<RowOf<T>>[] } = /* @__PURE__ */ (() => ({
  sources: fields<Source>('Source', [
    'id',
    'title',
    'publisher',
    'publisherMissingReason',
    'author',
    'editor',
    'publishedOn',
    'publishedOnMissingReason',
    'publishedOnQuote',
    'kind',
    'notes',
    'sha256',
  ]),
  entities: [
    ...fields<Entity>('Entity', ['id', 'name', 'kind', 'countryCode']),
    { name: 'aliases', field: 'Entity.aliases', cell: (entity) => entity.aliases, text: (entity) => (entity.aliases ?? []).join(', ') },
    ...fields<Entity>('Entity', ['description', 'members', 'membersComplete', 'subsetOf', 'excludes']),
  ],
  metrics: fields<Metric>('Metric', ['id', 'name', 'unit', 'definition', 'additive', 'baseEntityId', 'baseInferredReason']),
  facts: [
    ...fields<Fact>('Fact', ['id', 'entityId']),
    { name: 'entityName', field: 'Entity.name', note: 'Of the entity that `entityId` names.', cell: (fact, index) => entityOf(fact, index)?.name },
    {
      name: 'entityKind',
      field: 'Entity.kind',
      note: "Of the entity that `entityId` names. A group's figure sits beside its members' (the big three's share beside Beijing's): keep one kind before adding figures up.",
      cell: (fact, index) => entityOf(fact, index)?.kind,
    },
    ...fields<Fact>('Fact', ['metricId']),
    {
      name: 'metricName',
      field: 'Metric.name',
      note: 'Of the metric that `metricId` names.',
      cell: (fact, index) => index.metricsById().get(fact.metricId)?.name,
    },
    { name: 'value', field: 'Fact.value', cell: (fact) => fact.value, text: (fact) => formatValue(fact) },
    ...fields<Fact>('Fact', ['unit', 'period', 'periodBasis', 'periodMissingReason', 'precision', 'status', 'missingReason']),
    ...citationColumns(),
    ...fields<Fact>('Fact', ['caveats']),
  ],
  claims: [
    ...fields<Claim>('Claim', ['id', 'entityIds', 'statement']),
    { name: 'stance', field: 'Claim.stance', cell: (claim) => claim.stance, text: stanceText },
    ...citationColumns(),
    ...fields<Claim>('Claim', ['caveats']),
  ],
  notes: fields<Note>('Note', ['id', 'kind', 'statement', 'entityIds', 'factIds', 'claimIds', 'differences']),
  corrections: [
    ...fields<Correction>('Correction', ['recordType', 'recordId', 'field']),
    ...byType('oldValue'),
    ...byType('newValue'),
    ...fields<Correction>('Correction', ['reason', 'release']),
  ],
}))();

/**
 * The headers of the columns that {@link recordTable} shows of each table, in
 * order, each by the name of the published column it shows (`entityName` is a
 * fact's Entity): the one list of the columns of the command's `list` and of
 * the data dictionary's tables.
 *
 * @example
 * ```ts
 * import { TABLE_HEADERS } from 'ai-investment-facts';
 * Object.values(TABLE_HEADERS.facts); // ['ID', 'Entity', 'Metric', 'Period', 'Value', 'Status']
 * TABLE_HEADERS.facts.entityName; // 'Entity'
 * ```
 * @category Vocabulary
 */
export const TABLE_HEADERS = /* @__PURE__ */ deepFreeze({
  sources: { id: 'ID', title: 'Title', publisher: 'Publisher', publishedOn: 'Published' },
  entities: { id: 'ID', name: 'Name', kind: 'Kind', countryCode: 'Country', members: 'Members', aliases: 'Aliases' },
  metrics: { id: 'ID', name: 'Name', unit: 'Unit', additive: 'Additive' },
  facts: { id: 'ID', entityName: 'Entity', metricId: 'Metric', period: 'Period', value: 'Value', status: 'Status' },
  claims: { id: 'ID', entityIds: 'Entities', stance: 'Stance', statement: 'Statement' },
  notes: { id: 'ID', kind: 'Kind', entityIds: 'Entities', statement: 'Statement' },
  corrections: { recordType: 'Type', recordId: 'Record', field: 'Field', oldText: 'Old value', newText: 'New value', reason: 'Reason', release: 'Release' },
} as const satisfies { readonly [T in TableName]: Readonly<Record<string, string>> });

/** The columns whose text is to be copied whole: IDs and a field's path. @internal */
export const LITERAL_COLUMNS: ReadonlySet<string> = /* @__PURE__ */ new Set(['id', 'metricId', 'recordId', 'field']);

/** A column's cell of `record` as a person reads it: its field's text where it has one, else a value the source does not state (`null`) as "not stated" and a field that does not apply as empty text, a boolean as yes or no, a list of IDs separated by spaces. */
export function columnText<R>(column: RecordColumn<R>, record: R, index: RecordIndex): string {
  if (column.text !== undefined) return column.text(record);
  const cell = column.cell(record, index);
  // Null is a value the source does not state; undefined, a field that does not apply (a country's members).
  if (cell === null) return NOT_STATED;
  if (cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return Array.isArray(cell) ? cell.join(' ') : String(cell);
}

/** One published table: its name, its columns, and one array of cells per row, in the order of the columns. */
export interface PublishedTable {
  readonly name: TableName;
  readonly columns: readonly RecordColumn<object>[];
  readonly cells: readonly (readonly CellValue[])[];
}

/** The records of the table `name` (none where `records` has no such collection) and its columns. */
export function tableOf(records: PublishedRecords, name: TableName): { rows: readonly object[]; columns: readonly RecordColumn<object>[] } {
  return { rows: records[name] ?? [], columns: RECORD_COLUMNS[name] as readonly RecordColumn<object>[] };
}

/** The collections whose records a table's columns read besides its own: the entity, metric and source of a fact, the source of a claim. */
const JOINED: Partial<Record<TableName, readonly TableName[]>> = { facts: ['sources', 'entities', 'metrics'], claims: ['sources'] };

/**
 * The table `table` names and the records to make it from, once it has
 * checked them: `records` an object, and each collection the table reads
 * (its own, and those of {@link JOINED}) an array of objects, read once into
 * the records returned; `notes` and `corrections` may be left out (no rows).
 * The fields of a record are read as they are, a missing one being an empty
 * cell: the records need not be valid, nor complete.
 *
 * @throws {ArgumentTypeError} if `records` is not an object, or one of those collections is not an array of objects.
 * @throws {ArgumentRangeError} if `table` is not one of {@link TABLE_NAMES}, or one of those collections holds more than `LIMITS.collectionSize` records.
 */
export function requireTable(method: string, records: unknown, table: unknown): { name: TableName; records: PublishedRecords } {
  const given = requireObject(method, 'records', records, 'records (an object with sources, entities, metrics, facts and claims)');
  const name = requireOneOf(method, 'table', table, TABLE_NAMES);
  const read: Record<string, readonly object[]> = { notes: [], corrections: [] };
  for (const collection of [name, ...(JOINED[name] ?? [])]) {
    const path = `records.${collection}`;
    const rows = requireArray(method, path, given[collection] ?? read[collection], 'an array of records');
    read[collection] = rows.map((row, i) => requireObject(method, `${path}[${i}]`, row, 'a record (an object)'));
  }
  return { name, records: read as unknown as PublishedRecords };
}

/**
 * The published tables `names` of `records`, by default all of them in the
 * order of {@link TABLE_NAMES}: sources, entities, metrics, facts, claims,
 * notes, corrections (the last two empty where `records` has none).
 */
export function publishedTables(records: PublishedRecords, names: readonly TableName[] = TABLE_NAMES): readonly PublishedTable[] {
  const index = indexRecords(records);
  return names.map((name) => {
    const { rows, columns } = tableOf(records, name);
    return { name, columns, cells: rows.map((row) => columns.map((column) => column.cell(row, index))) };
  });
}
