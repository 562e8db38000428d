import {
  type ColumnLabel,
  ENTITY_KINDS,
  type EntityKind,
  type Fact,
  type FactQuery,
  RECORD_COLLECTIONS,
  RECORD_TYPES,
  type RecordType,
  recordTable,
} from '../index.js';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { FILTERS, fieldsFrom, optionParts } from './grammar.js';
import { renderTable } from './renderTable.js';

/**
 * The record types in the order `list` names them and `show` looks an ID up:
 * facts first, the most looked up, then the others in the order of `RECORD_TYPES`.
 *
 * @example
 * ```ts
 * RECORD_ORDER; // ['fact', 'source', 'entity', 'metric', 'claim', 'note']
 * ```
 * @category CLI
 */
export const RECORD_ORDER: readonly RecordType[] = ['fact', ...RECORD_TYPES.filter((type) => type !== 'fact')];

/**
 * The collections `list` lists, in {@link RECORD_ORDER}: facts unless another is named.
 *
 * @example
 * ```ts
 * RECORD_LISTS; // ['facts', 'sources', 'entities', 'metrics', 'claims', 'notes']
 * ```
 * @category CLI
 */
export const RECORD_LISTS: readonly Collection[] = RECORD_ORDER.map((type) => RECORD_COLLECTIONS[type]);

/** A collection of records. */
export type Collection = (typeof RECORD_COLLECTIONS)[RecordType];

/**
 * Records of one collection as a table of the library's column model
 * (`recordTable`: the columns a person reads, under their headers), less the
 * columns `leaveOut` names (`show` leaves out the entity it shows the facts
 * of). Entities leave out their aliases, which a terminal has no room for.
 *
 * @example
 * ```ts
 * recordsTable('facts', dataset.findFacts({ entityId: 'china' }), run, ['Entity']);
 * ```
 * @category CLI
 */
export function recordsTable<C extends Collection>(
  collection: C,
  records: readonly object[],
  run: CommandRun,
  leaveOut: readonly ColumnLabel<C>[] = [],
): string {
  const hidden = collection === 'entities' ? [...leaveOut, 'Aliases'] : leaveOut;
  return renderTable(recordTable({ ...run.dataset, [collection]: records }, collection, hidden as readonly ColumnLabel<C>[]), run);
}

/**
 * The `--kind` flag, checked against the entity kinds; `undefined` where not given.
 *
 * @throws {CliError} exit code 2, with the nearest kinds, for a kind that is not one.
 * @example
 * ```ts
 * entityKind({ ...run, flags: { kind: 'country' } }); // 'country'
 * ```
 * @category CLI
 */
export function entityKind({ command, flags }: CommandRun): EntityKind | undefined {
  const kind = flags['kind'];
  if (typeof kind !== 'string') return undefined;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`${command}: expected --kind to be one of ${ENTITY_KINDS.join(', ')}, received ${quoted(kind)}`, 2, command, {
      typed: kind,
      among: ENTITY_KINDS,
    });
  }
  return kind as EntityKind;
}

/**
 * The facts every filter flag matches: `--entity`, `--metric`, `--period`,
 * `--source`, `--status`, `--unit`, and `--kind`, the kind of their entity.
 *
 * @throws {RangeError} from `dataset.findFacts`, for an unknown ID or a malformed filter.
 * @throws {CliError} for an unknown `--kind`.
 * @example
 * ```ts
 * matchingFacts({ ...run, flags: { metric: 'ai-vc-investment', kind: 'country', period: '2024' } }).map((fact) => fact.id);
 * // ['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024']
 * ```
 * @category CLI
 */
export function matchingFacts(run: CommandRun): Fact[] {
  const kind = entityKind(run);
  const facts = run.dataset.findFacts(fieldsFrom({ ...run.flags, kind: undefined }) as FactQuery);
  return kind === undefined ? facts : facts.filter((fact) => run.dataset.entity(fact.entityId).kind === kind);
}

/** Every filter flag of `list`, by name: the facts' filters, and claims' `--stance`. */
const LIST_FILTERS = [...Object.keys(FILTERS), '--stance S'].map((option) => optionParts(option).name);

/** The filter flags that apply to each collection: facts take all their filters. */
const FILTERS_OF: Partial<Record<Collection, readonly string[]>> = {
  facts: LIST_FILTERS.slice(0, -1),
  entities: ['kind'],
  claims: ['entity', 'source', 'stance'],
};

/** The records of one collection that the flags match. */
function matching(collection: Collection, run: CommandRun): readonly object[] {
  if (collection === 'facts') return matchingFacts(run);
  if (collection === 'claims') return run.dataset.findClaims(fieldsFrom(run.flags));
  if (collection !== 'entities') return run.dataset[collection];
  const kind = entityKind(run);
  return run.dataset.entities.filter((entity) => kind === undefined || entity.kind === kind);
}

/**
 * `ai-investment-facts list [facts|sources|entities|metrics|claims|notes] [filters]`:
 * the records of one kind (facts unless another is named) matching every
 * filter that applies to them: facts by entity, metric, period, source,
 * status, unit and entity kind; entities by kind; claims by entity,
 * source and stance. Where none matches, it says so on standard error.
 *
 * @throws {CliError} for an unknown kind of record, a filter that does not apply to it, or an unknown `--kind`.
 * @throws {RangeError} from `dataset.findFacts` and `dataset.findClaims`, for an unknown ID or a malformed period.
 * @example
 * ```ts
 * list({ ...run, operands: ['entities'], flags: { kind: 'country' } });
 * ```
 * @category CLI
 */
export function list(run: CommandRun): void {
  const collection = run.operands[0] ?? 'facts';
  if (!(RECORD_LISTS as readonly string[]).includes(collection)) {
    throw new CliError(`list: expected the records to be one of ${RECORD_LISTS.join(', ')}, received ${quoted(collection)}`, 2, 'list', {
      typed: collection,
      among: RECORD_LISTS,
    });
  }
  const records = collection as Collection;
  const applies = FILTERS_OF[records] ?? [];
  const stray = LIST_FILTERS.find((flag) => run.flags[flag] !== undefined && !applies.includes(flag));
  if (stray !== undefined) {
    const which = applies.length === 0 ? 'take no filter' : `are filtered by ${applies.map((flag) => `--${flag}`).join(', ')}`;
    throw new CliError(`list ${records}: --${stray} does not filter ${records}, which ${which}`, 2, 'list');
  }
  const found = matching(records, run);
  run.output(found, () => recordsTable(records, found, run));
  if (found.length === 0) run.notice(`list ${records}: nothing matches the filters`);
}
