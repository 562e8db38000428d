import { type Claim, type Entity, type Fact, formatValue, type Metric, type Source } from '../index.js';
import { usageError } from './CliError.js';
import type { CommandOutput } from './CommandOutput.js';
import { cliDataset, entityKindFrom, matchingFacts, toJson } from './factQuery.js';
import { type FieldFlag, fieldsFrom, type Flags, GRAMMAR } from './grammar.js';
import { quoted } from '../text/printable.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** The records `list` lists, facts unless another is named. */
export const RECORD_LISTS = ['facts', 'entities', 'metrics', 'sources', 'claims'] as const;

/** A kind of record `list` lists. */
export type RecordList = (typeof RECORD_LISTS)[number];

/** Whether `text` names a kind of record `list` lists. */
function isRecordList(text: string): text is RecordList {
  return (RECORD_LISTS as readonly string[]).includes(text);
}

/** The filter flags that apply to each kind of record. */
const FILTERS_OF: Readonly<Record<RecordList, readonly FieldFlag[]>> = {
  facts: GRAMMAR.list.fieldFlags,
  entities: ['kind'],
  metrics: [],
  sources: [],
  claims: ['entity', 'source'],
};

/** A column of a records table: its header, its cell for each record, and whether it holds IDs (kept whole, to copy). */
interface Column<T> {
  readonly header: string;
  readonly cell: (record: T) => string;
  readonly id?: boolean;
}

/** The table of `records` in `columns`, less those whose headers `leaveOut` names. */
function recordsTable<T>(records: readonly T[], columns: readonly Column<T>[], leaveOut: readonly string[], context: RenderContext): string {
  const shown = columns.filter((column) => !leaveOut.includes(column.header));
  return renderTable(
    {
      headers: shown.map((column) => column.header),
      rows: records.map((record) => shown.map((column) => column.cell(record))),
      idColumns: shown.flatMap((column, index) => (column.id === true ? [index] : [])),
    },
    context,
  );
}

/** The columns `list` shows for each kind of record. */
const COLUMNS = {
  facts: [
    { header: 'ID', cell: (fact) => fact.id, id: true },
    { header: 'Entity', cell: (fact) => cliDataset.entity(fact.entityId).name },
    // The metric is an ID too, kept whole to copy.
    { header: 'Metric', cell: (fact) => fact.metricId, id: true },
    { header: 'Period', cell: (fact) => fact.period ?? '' },
    { header: 'Value', cell: (fact) => formatValue(fact) },
    { header: 'Status', cell: (fact) => fact.status },
  ] as const satisfies readonly Column<Fact>[],
  entities: [
    { header: 'ID', cell: (entity) => entity.id, id: true },
    { header: 'Name', cell: (entity) => entity.name },
    { header: 'Kind', cell: (entity) => entity.kind },
    { header: 'Country', cell: (entity) => entity.countryCode ?? '' },
    { header: 'Members', cell: (entity) => (entity.members ?? []).join(' ') },
  ] as const satisfies readonly Column<Entity>[],
  metrics: [
    { header: 'ID', cell: (metric) => metric.id, id: true },
    { header: 'Name', cell: (metric) => metric.name },
    { header: 'Unit', cell: (metric) => metric.unit },
    { header: 'Additive', cell: (metric) => (metric.additive ? 'yes' : 'no') },
  ] as const satisfies readonly Column<Metric>[],
  sources: [
    { header: 'ID', cell: (source) => source.id, id: true },
    { header: 'Title', cell: (source) => source.title },
    { header: 'Publisher', cell: (source) => source.publisher ?? '' },
    { header: 'Published', cell: (source) => source.publishedOn ?? '' },
  ] as const satisfies readonly Column<Source>[],
  claims: [
    { header: 'ID', cell: (claim) => claim.id, id: true },
    { header: 'Entities', cell: (claim) => claim.entityIds.join(' ') },
    { header: 'Statement', cell: (claim) => claim.statement },
  ] as const satisfies readonly Column<Claim>[],
};

/**
 * A column of the facts table, by its header: what `factsTable` can leave out.
 *
 * @example
 * ```ts
 * const repeated: FactColumn = 'Entity';
 * ```
 * @category CLI
 */
export type FactColumn = (typeof COLUMNS.facts)[number]['header'];

/**
 * A column of the claims table, by its header: what `claimsTable` can leave out.
 *
 * @example
 * ```ts
 * const repeated: ClaimColumn = 'Entities';
 * ```
 * @category CLI
 */
export type ClaimColumn = (typeof COLUMNS.claims)[number]['header'];

/**
 * The facts as a table: ID, entity, metric, period, value (as a person writes
 * it, with its qualifier) and status, less the columns `leaveOut` names (`show`
 * leaves out the entity it shows the facts of).
 *
 * @example
 * ```ts
 * factsTable(cliDataset.findFacts({ period: '2024' }), { tty: false, colour: false });
 * factsTable(cliDataset.findFacts({ entityId: 'china' }), { tty: false, colour: false }, ['Entity']);
 * ```
 * @category CLI
 */
export function factsTable(facts: readonly Fact[], context: RenderContext, leaveOut: readonly FactColumn[] = []): string {
  return recordsTable(facts, COLUMNS.facts, leaveOut, context);
}

/**
 * The claims as a table: ID, the IDs of the entities each is about, and its
 * statement, less the columns `leaveOut` names.
 *
 * @example
 * ```ts
 * claimsTable(cliDataset.findClaims({ entityId: 'china' }), { tty: false, colour: false }, ['Entities']);
 * ```
 * @category CLI
 */
export function claimsTable(claims: readonly Claim[], context: RenderContext, leaveOut: readonly ClaimColumn[] = []): string {
  return recordsTable(claims, COLUMNS.claims, leaveOut, context);
}

/** The records and a function printing them as a table in `columns`. */
function listedAs<T>(items: readonly T[], columns: readonly Column<T>[]): { readonly items: readonly T[]; readonly table: (context: RenderContext) => string } {
  return { items, table: (context) => recordsTable(items, columns, [], context) };
}

/** The records of one kind that match the flags, and their table. */
function listed(records: RecordList, flags: Flags): { readonly items: readonly unknown[]; readonly table: (context: RenderContext) => string } {
  switch (records) {
    case 'facts':
      return listedAs(matchingFacts(flags, 'list'), COLUMNS.facts);
    case 'entities': {
      const kind = entityKindFrom(flags, 'list');
      return listedAs(
        cliDataset.entities.filter((entity) => kind === undefined || entity.kind === kind),
        COLUMNS.entities,
      );
    }
    case 'metrics':
      return listedAs(cliDataset.metrics, COLUMNS.metrics);
    case 'sources':
      return listedAs(cliDataset.sources, COLUMNS.sources);
    case 'claims':
      return listedAs(cliDataset.findClaims(fieldsFrom(flags, FILTERS_OF.claims)), COLUMNS.claims);
  }
}

/**
 * `ai-investment-facts list [facts|entities|metrics|sources|claims] [filters]`:
 * the records of one kind (facts unless another is named) matching every
 * filter that applies to them: facts by entity, metric, period, source,
 * status, unit and entity kind; entities by kind; claims by entity and source.
 *
 * @throws {CliError} for an unknown kind of record, a filter that does not apply to it, or an unknown `--kind`.
 * @throws {RangeError} from `dataset.findFacts` and `dataset.findClaims`, for an unknown ID or a malformed period.
 * @example
 * ```ts
 * list(undefined, { metric: 'ai-vc-investment', period: '2024' }, { tty: false, colour: false });
 * list('entities', { kind: 'country' }, { tty: false, colour: false }).stdout;
 * list(undefined, { period: '1999' }, { tty: false, colour: false }).notice; // 'list facts: nothing matches the filters'
 * ```
 * @category CLI
 */
export function list(named: string | undefined, flags: Flags, context: RenderContext): CommandOutput {
  const records = named ?? 'facts';
  if (!isRecordList(records)) {
    throw usageError(`list: expected the records to be one of ${RECORD_LISTS.join(', ')}, received ${quoted(records)}`, 'list', {
      typed: records,
      among: RECORD_LISTS,
    });
  }
  const applies = FILTERS_OF[records];
  const stray = GRAMMAR.list.fieldFlags.find((flag) => flags[flag] !== undefined && !applies.includes(flag));
  if (stray !== undefined) {
    const which = applies.length === 0 ? 'take no filter' : `are filtered by ${applies.map((flag) => `--${flag}`).join(', ')}`;
    throw usageError(`list ${records}: --${stray} does not filter ${records}, which ${which}`, 'list');
  }
  const { items, table } = listed(records, flags);
  const stdout = flags['json'] === true ? toJson(items) : table(context);
  return items.length === 0 ? { stdout, notice: `list ${records}: nothing matches the filters` } : { stdout };
}
