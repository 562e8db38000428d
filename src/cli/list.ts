import { type Fact, formatValue } from '../index.js';
import { usageError } from './CliError.js';
import type { CommandOutput } from './CommandOutput.js';
import { cliDataset, entityKindFrom, matchingFacts, toJson } from './factQuery.js';
import { type FieldFlag, fieldsFrom, type Flags, GRAMMAR } from './grammar.js';
import { quoted } from './printable.js';
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

/**
 * The facts as a table: ID, entity, metric, period, value (as a person writes
 * it, with its qualifier) and status.
 *
 * @example
 * ```ts
 * listTable(cliDataset.findFacts({ period: '2024' }), { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function listTable(facts: readonly Fact[], context: RenderContext): string {
  return renderTable(
    {
      headers: ['ID', 'Entity', 'Metric', 'Period', 'Value', 'Status'],
      rows: facts.map((fact) => [
        fact.id,
        cliDataset.entity(fact.entityId).name,
        fact.metricId,
        fact.period ?? '',
        formatValue(fact),
        fact.status,
      ]),
      // The metric is an ID too, kept whole to copy.
      idColumns: [0, 2],
    },
    context,
  );
}

/** The records of one kind that match the flags, and their table. */
function listed(records: RecordList, flags: Flags): { readonly items: readonly unknown[]; readonly table: (context: RenderContext) => string } {
  const kind = entityKindFrom(flags, 'list');
  switch (records) {
    case 'facts': {
      const facts = matchingFacts(flags, 'list');
      return { items: facts, table: (context) => listTable(facts, context) };
    }
    case 'entities': {
      const entities = cliDataset.entities.filter((entity) => kind === undefined || entity.kind === kind);
      const rows = entities.map((entity) => [entity.id, entity.name, entity.kind, entity.countryCode ?? '', (entity.members ?? []).join(' ')]);
      return { items: entities, table: (context) => renderTable({ headers: ['ID', 'Name', 'Kind', 'Country', 'Members'], rows, idColumns: [0] }, context) };
    }
    case 'metrics': {
      const rows = cliDataset.metrics.map((metric) => [metric.id, metric.name, metric.unit, metric.additive ? 'yes' : 'no']);
      return { items: cliDataset.metrics, table: (context) => renderTable({ headers: ['ID', 'Name', 'Unit', 'Additive'], rows, idColumns: [0] }, context) };
    }
    case 'sources': {
      const rows = cliDataset.sources.map((source) => [source.id, source.title, source.publisher ?? '', source.publishedOn ?? '']);
      return { items: cliDataset.sources, table: (context) => renderTable({ headers: ['ID', 'Title', 'Publisher', 'Published'], rows, idColumns: [0] }, context) };
    }
    case 'claims': {
      const claims = cliDataset.findClaims(fieldsFrom(flags, FILTERS_OF.claims));
      const rows = claims.map((claim) => [claim.id, claim.entityIds.join(' '), claim.statement]);
      return { items: claims, table: (context) => renderTable({ headers: ['ID', 'Entities', 'Statement'], rows, idColumns: [0] }, context) };
    }
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
    throw usageError(`list: expected the records to be one of ${RECORD_LISTS.join(', ')}, received ${quoted(records)}`, 'list', { typed: records, among: RECORD_LISTS });
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
