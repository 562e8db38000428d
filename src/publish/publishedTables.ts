/**
 * The tables the package publishes as CSV (and describes in its data
 * package): one per collection of records, flattened so that each file can be
 * read on its own. `facts.csv` carries beside each ID the name (and kind) of
 * its entity, the name of its metric, and the title, publisher and date of its
 * source, so that a notebook needs no join to read it.
 *
 * @internal
 * @module
 */
import type { DatasetRecords } from '../dataset/Dataset.js';
import { indexRecords } from '../dataset/indexRecords.js';
import type { Citation, Correction, Entity, Fact, Metric, Note, Source } from '../types.js';
import {
  ENTITY_KINDS,
  FACT_UNITS,
  ID_PATTERN,
  METRIC_UNITS,
  PERIOD_BASES,
  PERIOD_PATTERN,
  PRECISIONS,
  RECORD_TYPES,
  SOURCE_KINDS,
  CITATION_SECTIONS,
  NOTE_KINDS,
  STATUSES,
} from '../vocabulary.js';
import { type CellValue, type Column, defineTable, type ModelName, type PublishedTable } from './PublishedTable.js';

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
export const TABLE_NAMES = /* @__PURE__ */ Object.freeze(['sources', 'entities', 'metrics', 'facts', 'claims', 'notes', 'corrections'] as const);

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

type Constraints = Pick<Column<never>, 'required' | 'unique' | 'enum' | 'pattern' | 'note'>;

/** A column holding the record field `name` of model `model`, described by that field's TSDoc. */
function field<Row>(
  model: ModelName,
  name: string,
  type: Column<Row>['type'],
  constraints: Constraints = {},
  cell: (row: Row) => CellValue = (row) => (row as Record<string, CellValue>)[name],
): Column<Row> {
  return { name, type, field: `${model}.${name}`, ...constraints, cell };
}

const REQUIRED = { required: true } as const;
const ID = { required: true, unique: true, pattern: ID_PATTERN } as const;
const REFERENCE = { pattern: ID_PATTERN } as const;
const REQUIRED_REFERENCE = { required: true, pattern: ID_PATTERN } as const;

/** The citation's columns, shared by facts and claims. */
function citationColumns<Row extends { readonly citation: Citation }>(sourcesById: ReadonlyMap<string, Source>): Column<Row>[] {
  const cited = (name: Exclude<keyof Citation, 'selectors'>, constraints: Constraints = {}, type: Column<Row>['type'] = 'string') =>
    field<Row>('Citation', name, type, constraints, (row) => row.citation[name]);
  const source = (row: Row): Source | undefined => sourcesById.get(row.citation.sourceId);
  return [
    cited('sourceId', REQUIRED_REFERENCE),
    cited('section', { required: true, enum: CITATION_SECTIONS }),
    cited('teasedTitle'),
    cited('teasedPublisher'),
    { name: 'sourceTitle', type: 'string', required: true, description: 'The title of the source document.', cell: (row) => source(row)?.title },
    {
      name: 'sourcePublisher',
      type: 'string',
      description: 'Who published the source document; empty where the document does not say.',
      cell: (row) => source(row)?.publisher,
    },
    {
      name: 'sourcePublishedOn',
      type: 'date',
      description: 'The publication date of the source document; empty where the document gives none.',
      cell: (row) => source(row)?.publishedOn,
    },
    cited('attributedTo'),
    cited('statedBy'),
    cited('quote', REQUIRED),
    {
      name: 'quoteStart',
      type: 'integer',
      description:
        "Where `quote` starts in the source's archived copy (the one `sha256` in sources.csv names), in Unicode code points from the start: the start of its W3C TextPositionSelector. Empty where the record has no selectors.",
      cell: (row) => row.citation.selectors?.[0]?.textPosition.start,
    },
    {
      name: 'quoteEnd',
      type: 'integer',
      description:
        "Where `quote` ends in the source's archived copy, in code points (exclusive): the end of its W3C TextPositionSelector. Empty where the record has no selectors.",
      cell: (row) => row.citation.selectors?.[0]?.textPosition.end,
    },
    cited('otherQuotes', {}, 'array'),
    field<Row>('Citation', 'selectors', 'array', {}, (row) => row.citation.selectors),
  ];
}

/**
 * The published tables of `records`, in the order the data package lists
 * them: sources, entities, metrics, facts, claims, notes, corrections (the
 * last two empty where `records` has none).
 */
export function publishedTables(records: PublishedRecords): readonly PublishedTable[] {
  const index = indexRecords(records);
  const entities = index.entitiesById();
  const sourcesById = index.sourcesById();

  const sources = defineTable<Source>({
    name: 'sources',
    title: 'Sources',
    description: 'The documents the facts and claims are taken from.',
    rows: records.sources,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      field('Source', 'id', 'string', ID),
      field('Source', 'title', 'string', REQUIRED),
      field('Source', 'publisher', 'string'),
      field('Source', 'publisherMissingReason', 'string'),
      field('Source', 'author', 'string'),
      field('Source', 'editor', 'string'),
      field('Source', 'publishedOn', 'date'),
      field('Source', 'publishedOnMissingReason', 'string'),
      field('Source', 'publishedOnQuote', 'string'),
      field('Source', 'kind', 'string', { required: true, enum: SOURCE_KINDS }),
      field('Source', 'notes', 'array', REQUIRED),
      field('Source', 'sha256', 'string', { pattern: '[0-9a-f]{64}' }),
    ],
  });

  const entityTable = defineTable<Entity>({
    name: 'entities',
    title: 'Entities',
    description: 'What the facts and claims are about: startup ecosystems, countries, regions, companies and groups of them.',
    rows: records.entities,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['subsetOf'], resource: undefined, referencedFields: ['id'] }],
    columns: [
      field('Entity', 'id', 'string', ID),
      field('Entity', 'name', 'string', REQUIRED),
      field('Entity', 'kind', 'string', { required: true, enum: ENTITY_KINDS }),
      field('Entity', 'countryCode', 'string', { pattern: '[A-Z]{2}' }),
      field('Entity', 'aliases', 'array'),
      field('Entity', 'description', 'string'),
      field('Entity', 'members', 'array'),
      field('Entity', 'membersComplete', 'boolean'),
      field('Entity', 'subsetOf', 'string', REFERENCE),
      field('Entity', 'excludes', 'array'),
    ],
  });

  const metrics = defineTable<Metric>({
    name: 'metrics',
    title: 'Metrics',
    description: 'What the facts measure. Facts of different metrics are not comparable, however alike their names.',
    rows: records.metrics,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['baseEntityId'], resource: 'entities', referencedFields: ['id'] }],
    columns: [
      field('Metric', 'id', 'string', ID),
      field('Metric', 'name', 'string', REQUIRED),
      field('Metric', 'unit', 'string', { required: true, enum: METRIC_UNITS }),
      field('Metric', 'definition', 'string', REQUIRED),
      field('Metric', 'additive', 'boolean', REQUIRED),
      field('Metric', 'baseEntityId', 'string', REFERENCE),
    ],
  });

  const facts = defineTable<Fact>({
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
      field('Fact', 'id', 'string', ID),
      field('Fact', 'entityId', 'string', REQUIRED_REFERENCE),
      { name: 'entityName', type: 'string', required: true, description: "The entity's name.", cell: (f) => entities.get(f.entityId)?.name },
      {
        name: 'entityKind',
        type: 'string',
        required: true,
        enum: ENTITY_KINDS,
        description:
          "The entity's kind. A group's figure sits beside its members' (the big three's share beside Beijing's): keep one kind before adding figures up.",
        cell: (f) => entities.get(f.entityId)?.kind,
      },
      field('Fact', 'metricId', 'string', REQUIRED_REFERENCE),
      { name: 'metricName', type: 'string', required: true, description: "The metric's name.", cell: (f) => index.metricsById().get(f.metricId)?.name },
      field('Fact', 'value', 'number'),
      field('Fact', 'unit', 'string', { required: true, enum: FACT_UNITS }),
      field('Fact', 'period', 'string', { pattern: PERIOD_PATTERN }),
      field('Fact', 'periodBasis', 'string', { enum: PERIOD_BASES }),
      field('Fact', 'periodMissingReason', 'string'),
      field('Fact', 'precision', 'string', { enum: PRECISIONS }),
      field('Fact', 'status', 'string', { required: true, enum: STATUSES }),
      field('Fact', 'missingReason', 'string'),
      ...citationColumns<Fact>(sourcesById),
      field('Fact', 'caveats', 'array', REQUIRED),
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
      field('Claim', 'id', 'string', ID),
      field('Claim', 'entityIds', 'array', REQUIRED),
      field('Claim', 'statement', 'string', REQUIRED),
      ...citationColumns(sourcesById),
      field('Claim', 'caveats', 'array', REQUIRED),
    ],
  });

  const notes = defineTable<Note>({
    name: 'notes',
    title: 'Notes',
    description:
      'Notes across records, in our words: records that sit uneasily together (tension) or entities that may overlap (overlap), with the differences of facts the consistency audit computes for them.',
    rows: records.notes ?? [],
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      field('Note', 'id', 'string', ID),
      field('Note', 'kind', 'string', { required: true, enum: NOTE_KINDS }),
      field('Note', 'statement', 'string', REQUIRED),
      field('Note', 'entityIds', 'array', REQUIRED),
      field('Note', 'factIds', 'array', REQUIRED),
      field('Note', 'claimIds', 'array', REQUIRED),
      field('Note', 'differences', 'array', REQUIRED),
    ],
  });

  const asJson = { required: true, note: 'Written as JSON: a number, a quoted string, true, false or null.' } as const;
  const corrections = defineTable<Correction>({
    name: 'corrections',
    title: 'Corrections ledger',
    description:
      'Every published value that a later release changed, with the old value, the new one, the reason and the release. Entries are only ever added.',
    rows: records.corrections ?? [],
    primaryKey: ['recordType', 'recordId', 'field', 'release'],
    foreignKeys: [],
    columns: [
      field('Correction', 'recordType', 'string', { required: true, enum: RECORD_TYPES }),
      field('Correction', 'recordId', 'string', REQUIRED_REFERENCE),
      field('Correction', 'field', 'string', REQUIRED),
      field('Correction', 'oldValue', 'string', asJson, (c) => JSON.stringify(c.oldValue)),
      field('Correction', 'newValue', 'string', asJson, (c) => JSON.stringify(c.newValue)),
      field('Correction', 'reason', 'string', REQUIRED),
      field('Correction', 'release', 'string', { required: true, pattern: '[0-9]+\\.[0-9]+\\.[0-9]+' }),
    ],
  });

  return [sources, entityTable, metrics, facts, claims, notes, corrections];
}
