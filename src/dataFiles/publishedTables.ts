/**
 * The tables the package publishes as CSV (and describes in its data
 * package): one per collection of records, flattened so that each file can be
 * read on its own. `facts.csv` carries beside each ID the name (and kind) of
 * its entity, the name of its metric, and the title, publisher and date of its source, so that a
 * notebook needs no join to read it.
 *
 * @module
 */
import type { DatasetRecords } from '../dataset/Dataset.js';
import type { Citation, Correction, Entity, Fact, Metric, Source } from '../types.js';
import {
  CURRENCY_CODES,
  ENTITY_KINDS,
  METRIC_UNITS,
  PERIOD_BASES,
  PRECISIONS,
  RECORD_TYPES,
  SOURCE_KINDS,
  STATUSES,
} from '../vocabulary.js';
import { type Column, defineTable, type Table } from './Table.js';

/** The records the tables are made from: the dataset and the corrections ledger. */
export interface PublishedRecords extends DatasetRecords {
  readonly corrections: readonly Correction[];
}

// Frictionless patterns are matched against the whole value, without anchors.
const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
const PERIOD_PATTERN = '[0-9]{4}(/[0-9]{4})?';
const FACT_UNITS: readonly string[] = [...METRIC_UNITS.filter((unit) => unit !== 'currency'), ...CURRENCY_CODES];

function idColumn<Row extends { readonly id: string }>(what: string): Column<Row> {
  return {
    name: 'id',
    type: 'string',
    required: true,
    unique: true,
    pattern: ID_PATTERN,
    description: `Stable kebab-case ID of the ${what}.`,
    cell: (row) => row.id,
  };
}

function referenceColumn<Row>(name: string, what: string, cell: (row: Row) => string | undefined, required: boolean): Column<Row> {
  return { name, type: 'string', required, pattern: ID_PATTERN, description: `The ID of ${what}.`, cell };
}

/** The citation's columns, shared by facts and claims. */
function citationColumns<Row extends { readonly citation: Citation }>(sourcesById: ReadonlyMap<string, Source>): Column<Row>[] {
  const source = (row: Row): Source | undefined => sourcesById.get(row.citation.sourceId);
  return [
    referenceColumn('sourceId', 'the source document (see sources.csv)', (row) => row.citation.sourceId, true),
    { name: 'sourceTitle', type: 'string', required: true, description: 'The title of the source document.', cell: (row) => source(row)?.title },
    { name: 'sourcePublisher', type: 'string', description: 'Who published the source document; empty where the document does not say.', cell: (row) => source(row)?.publisher },
    { name: 'sourcePublishedOn', type: 'date', description: 'The publication date of the source document; empty where the document gives none.', cell: (row) => source(row)?.publishedOn },
    { name: 'attributedTo', type: 'string', description: 'The original producer of the data, where the document names one.', cell: (row) => row.citation.attributedTo },
    { name: 'statedBy', type: 'string', description: 'The person the document quotes as saying it, with their role.', cell: (row) => row.citation.statedBy },
    { name: 'quote', type: 'string', required: true, description: "The source's own words, verbatim (whitespace may differ), at most 300 characters.", cell: (row) => row.citation.quote },
    { name: 'otherQuotes', type: 'array', description: 'Other passages of the same document that state the same thing, verbatim, as a JSON array.', cell: (row) => row.citation.otherQuotes },
  ];
}

const caveatsColumn = <Row extends { readonly caveats: readonly string[] }>(what: string): Column<Row> => ({
  name: 'caveats',
  type: 'array',
  required: true,
  description: `Where the source is loose, ambiguous or inconsistent about this ${what}, in our words, as a JSON array (\`[]\` when it is not).`,
  cell: (row) => row.caveats,
});

/**
 * The published tables of `records`, in the order the data package lists
 * them: sources, entities, metrics, facts, claims, corrections.
 *
 * @example
 * ```ts
 * import { sources, entities, metrics, facts, claims, corrections } from '../index.js';
 * const tables = publishedTables({ sources, entities, metrics, facts, claims, corrections });
 * tables.map((table) => table.name); // ['sources', 'entities', 'metrics', 'facts', 'claims', 'corrections']
 * ```
 */
export function publishedTables(records: PublishedRecords): readonly Table[] {
  const sourcesById = new Map(records.sources.map((source) => [source.id, source]));
  const entityNames = new Map(records.entities.map((entity) => [entity.id, entity.name]));
  const entityKinds = new Map(records.entities.map((entity) => [entity.id, entity.kind]));
  const metricNames = new Map(records.metrics.map((metric) => [metric.id, metric.name]));

  const sources = defineTable({
    name: 'sources',
    title: 'Sources',
    description: 'The documents the facts and claims are taken from.',
    rows: records.sources,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      idColumn('source'),
      { name: 'title', type: 'string', required: true, description: 'The title as the document prints it.', cell: (s) => s.title },
      { name: 'publisher', type: 'string', description: 'Who published the document; empty where the document does not say (see publisherMissingReason).', cell: (s) => s.publisher },
      { name: 'publisherMissingReason', type: 'string', description: 'Why publisher is empty; present exactly when it is.', cell: (s) => s.publisherMissingReason },
      { name: 'author', type: 'string', description: 'The byline, where the document gives one.', cell: (s) => s.author },
      { name: 'editor', type: 'string', description: 'The editor, where the document names one.', cell: (s) => s.editor },
      { name: 'publishedOn', type: 'date', description: 'The publication date; empty where the document gives none (see publishedOnMissingReason).', cell: (s) => s.publishedOn },
      { name: 'publishedOnMissingReason', type: 'string', description: 'Why publishedOn is empty; present exactly when it is.', cell: (s) => s.publishedOnMissingReason },
      { name: 'publishedOnQuote', type: 'string', description: "The document's own words for its date, verbatim.", cell: (s) => s.publishedOnQuote },
      { name: 'kind', type: 'string', required: true, enum: SOURCE_KINDS, description: 'What kind of document it is.', cell: (s) => s.kind },
      { name: 'notes', type: 'array', required: true, description: 'What a reader should know about the document as a source, as a JSON array.', cell: (s) => s.notes },
    ],
  });

  const entities = defineTable({
    name: 'entities',
    title: 'Entities',
    description: 'What the facts and claims are about: startup ecosystems, countries, regions, companies and groups of them.',
    rows: records.entities,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['subsetOf'], resource: undefined, referencedFields: ['id'] }],
    columns: [
      idColumn('entity'),
      { name: 'name', type: 'string', required: true, description: 'The name a reader knows it by.', cell: (e) => e.name },
      { name: 'kind', type: 'string', required: true, enum: ENTITY_KINDS, description: 'What the entity is.', cell: (e) => e.kind },
      { name: 'countryCode', type: 'string', pattern: '[A-Z]{2}', description: 'ISO 3166-1 alpha-2 code of the country it lies in or is headquartered in, where one applies.', cell: (e) => e.countryCode },
      { name: 'aliases', type: 'array', description: 'Other names the sources use for it, as a JSON array.', cell: (e) => e.aliases },
      { name: 'description', type: 'string', description: 'For a group: what the group is, in our words.', cell: (e) => e.description },
      { name: 'members', type: 'array', description: 'For a group: the IDs of the members the sources name, as a JSON array.', cell: (e) => e.members },
      { name: 'membersComplete', type: 'boolean', description: 'For a group: whether members lists every member.', cell: (e) => e.membersComplete },
      referenceColumn<Entity>('subsetOf', 'the larger group this group is part of', (e) => e.subsetOf, false),
      { name: 'excludes', type: 'array', description: 'For a group defined as a larger group less some entities: their IDs, as a JSON array.', cell: (e) => e.excludes },
    ],
  });

  const metrics = defineTable({
    name: 'metrics',
    title: 'Metrics',
    description: 'What the facts measure. Facts of different metrics are not comparable, however alike their names.',
    rows: records.metrics,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['baseEntityId'], resource: 'entities', referencedFields: ['id'] }],
    columns: [
      idColumn('metric'),
      { name: 'name', type: 'string', required: true, description: 'A short name.', cell: (m) => m.name },
      { name: 'unit', type: 'string', required: true, enum: METRIC_UNITS, description: "The unit every fact of the metric is measured in; for `currency`, each fact's unit is the currency's ISO 4217 code.", cell: (m) => m.unit },
      { name: 'definition', type: 'string', required: true, description: 'What exactly is measured, and against which base, in our words.', cell: (m) => m.definition },
      { name: 'additive', type: 'boolean', required: true, description: "Whether different entities' figures for the same period and unit add up to the figure of those entities together.", cell: (m) => m.additive },
      referenceColumn<Metric>('baseEntityId', "the entity whose total a percent metric is a share of (whose own share is 100% by definition)", (m) => m.baseEntityId, false),
    ],
  });

  const facts = defineTable({
    name: 'facts',
    title: 'Facts',
    description: 'Every figure the sources state: one row per fact, with the names of its entity and metric, and its source, beside their IDs.',
    rows: records.facts,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['entityId'], resource: 'entities', referencedFields: ['id'] },
      { fields: ['metricId'], resource: 'metrics', referencedFields: ['id'] },
      { fields: ['sourceId'], resource: 'sources', referencedFields: ['id'] },
    ],
    columns: [
      idColumn('fact'),
      referenceColumn<Fact>('entityId', 'the entity the figure is about (see entities.csv)', (f) => f.entityId, true),
      { name: 'entityName', type: 'string', required: true, description: "The entity's name.", cell: (f) => entityNames.get(f.entityId) },
      {
        name: 'entityKind',
        type: 'string',
        required: true,
        enum: ENTITY_KINDS,
        description: "The entity's kind. A group's figure sits beside its members' (the big three's share beside Beijing's): keep one kind before adding figures up.",
        cell: (f) => entityKinds.get(f.entityId),
      },
      referenceColumn<Fact>('metricId', 'what the figure measures (see metrics.csv)', (f) => f.metricId, true),
      { name: 'metricName', type: 'string', required: true, description: "The metric's name.", cell: (f) => metricNames.get(f.metricId) },
      { name: 'value', type: 'number', description: 'The value in unit, unrounded (66 for 66%, 76000000000 for USD76 billion); empty where the source says it is not known (see missingReason).', cell: (f) => f.value },
      { name: 'unit', type: 'string', required: true, enum: FACT_UNITS, description: '`percent`, `count`, `years`, or the ISO 4217 code of the currency the source states the amount in (never converted).', cell: (f) => f.unit },
      { name: 'period', type: 'string', pattern: PERIOD_PATTERN, description: 'A year (2024) or an interval of years, both inclusive (2023/2024); empty where it cannot be told (see periodMissingReason).', cell: (f) => f.period },
      { name: 'periodBasis', type: 'string', enum: PERIOD_BASES, description: 'Whether the source states the period, implies it by its own date, or leaves it to context.', cell: (f) => f.periodBasis },
      { name: 'periodMissingReason', type: 'string', description: 'Why period is empty; present exactly when it is.', cell: (f) => f.periodMissingReason },
      { name: 'precision', type: 'string', enum: PRECISIONS, description: 'How precisely the source states the value, from its own words ("topped" is a lower bound, "nearly" an upper bound, "about" approximate).', cell: (f) => f.precision },
      { name: 'status', type: 'string', required: true, enum: STATUSES, description: 'Reported figure, estimate, plan or forecast.', cell: (f) => f.status },
      { name: 'missingReason', type: 'string', description: 'Why value is empty; present exactly when it is.', cell: (f) => f.missingReason },
      ...citationColumns(sourcesById),
      caveatsColumn('figure'),
    ],
  });

  const claims = defineTable({
    name: 'claims',
    title: 'Claims',
    description: 'Statements of the sources that carry no figure but that a reader still wants, in our words, each with a verbatim quote.',
    rows: records.claims,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['sourceId'], resource: 'sources', referencedFields: ['id'] }],
    columns: [
      idColumn('claim'),
      { name: 'entityIds', type: 'array', required: true, description: 'The IDs of the entities the statement is about, as a JSON array (`[]` where it is about AI investment in general).', cell: (c) => c.entityIds },
      { name: 'statement', type: 'string', required: true, description: 'What the source says, in our words.', cell: (c) => c.statement },
      ...citationColumns(sourcesById),
      caveatsColumn('statement'),
    ],
  });

  const corrections = defineTable({
    name: 'corrections',
    title: 'Corrections ledger',
    description: 'Every published value that a later release changed, with the old value, the new one, the reason and the release. Entries are only ever added.',
    rows: records.corrections,
    primaryKey: ['recordType', 'recordId', 'field', 'release'],
    foreignKeys: [],
    columns: [
      { name: 'recordType', type: 'string', required: true, enum: RECORD_TYPES, description: 'What kind of record was corrected.', cell: (c) => c.recordType },
      { name: 'recordId', type: 'string', required: true, pattern: ID_PATTERN, description: 'The ID of the corrected record.', cell: (c) => c.recordId },
      { name: 'field', type: 'string', required: true, description: 'The corrected field, as a dotted path in the record (value, citation.quote).', cell: (c) => c.field },
      { name: 'oldValue', type: 'string', required: true, description: 'The value the last release before the correction published, as JSON (a number, a quoted string, or null).', cell: (c) => JSON.stringify(c.oldValue) },
      { name: 'newValue', type: 'string', required: true, description: 'The value from release on, as JSON.', cell: (c) => JSON.stringify(c.newValue) },
      { name: 'reason', type: 'string', required: true, description: 'Why the old value was wrong.', cell: (c) => c.reason },
      { name: 'release', type: 'string', required: true, pattern: '[0-9]+\\.[0-9]+\\.[0-9]+', description: 'The first release that carries the new value.', cell: (c) => c.release },
    ],
  });

  return [sources, entities, metrics, facts, claims, corrections];
}
