import { type Dataset, type Fact, formatCitation, formatValue, nearestIds, type Note, RECORD_COLLECTIONS, type RecordType, stanceText } from '../index.js';
import { didYouMeanText } from '../text/listed.js';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { type Collection, RECORD_LISTS, RECORD_ORDER, recordsTable } from './list.js';
import { styles } from './renderContext.js';
import { renderTable } from './renderTable.js';
import { typedEntity } from './typedEntity.js';

/** A record of any type, as the command shows it: field by field. */
type ShownRecord = Readonly<Record<string, unknown>>;

/** A field's name as words, as the rows are labelled: `countryCode` as "country code", `entityIds` as "entity IDs". */
function label(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/\bid(s?)\b/g, 'ID$1');
}

/**
 * A field's value as text, as the command says it everywhere: a boolean as
 * "yes" or "no"; `null`, a value the source does not state, as "not stated",
 * followed by the record's reason for it where given.
 */
function text(value: unknown, reason?: unknown): string {
  if (value === null) return reason === undefined ? 'not stated' : `not stated: ${reason}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The fields that name entities or a source, shown with each record's name before its ID, as a fact's are, and their labels. */
const NAMING_FIELDS: Readonly<Record<string, readonly [string, (dataset: Dataset, id: string) => string]>> = {
  entityIds: ['entities', (dataset, id) => dataset.entity(id).name],
  sourceId: ['source', (dataset, id) => dataset.source(id).title],
};

/**
 * A record's fields as rows, labelled in words: a list as one row per item,
 * its field named on the first; a nested object (a claim's citation) as its
 * own fields; an entity or a source by its name and ID; a missing value with
 * its reason (so the reason's own field is left out); the W3C selectors left
 * out (they repeat the quote, for software).
 */
function fieldRows(record: ShownRecord, dataset: Dataset): string[][] {
  return Object.entries(record).flatMap(([field, value]) => {
    if (field === 'selectors' || field.endsWith('MissingReason') || value === undefined) return [];
    if (field === 'stance') return [[label(field), stanceText(record as never)]];
    const [shown = label(field), name] = NAMING_FIELDS[field] ?? [];
    const item = (id: unknown) => (name === undefined ? text(id, record[`${field}MissingReason`]) : `${name(dataset, id as string)} (${id})`);
    if (Array.isArray(value)) return value.map((each, i) => [i === 0 ? shown : '', item(each)]);
    if (typeof value === 'object' && value !== null) return fieldRows(value as ShownRecord, dataset);
    return [[shown, item(value)]];
  });
}

/** The record with this ID and its type, looked up in {@link RECORD_ORDER}, or else the entity it names ({@link typedEntity}), or a usage error naming the nearest IDs of every type. */
function findRecord(id: string, run: CommandRun): { readonly type: RecordType; readonly record: ShownRecord } {
  const { dataset } = run;
  const ids = (type: RecordType): readonly { readonly id: string }[] => dataset[RECORD_COLLECTIONS[type]];
  for (const type of RECORD_ORDER) {
    const record = ids(type).find((candidate) => candidate.id === id);
    if (record !== undefined) return { type, record };
  }
  const entityId = typedEntity(run, id);
  if (entityId !== id) return findRecord(entityId, run);
  const near = nearestIds(
    id,
    RECORD_ORDER.flatMap((type) => ids(type).map((record) => record.id)),
  );
  const said = near.length > 0 ? didYouMeanText(near) : `none is near it (\`ai-investment-facts list ${RECORD_LISTS.join('|')}\` shows every ID)`;
  throw new CliError(`show: no record has the ID ${quoted(id)}; ${said}`, 2, 'show');
}

/** Whether `record` names the record of this type and ID: in its field `<type>Id` (or its citation's), or in its list `<type>Ids`. */
function names(record: ShownRecord, type: RecordType, id: unknown): boolean {
  const citation = record['citation'] as ShownRecord | undefined;
  const listed = record[`${type}Ids`];
  return (record[`${type}Id`] ?? citation?.[`${type}Id`]) === id || (Array.isArray(listed) && listed.includes(id));
}

/** The columns that would repeat the record shown, left out of the tables of the records related to it. */
const REPEATED: Partial<Record<RecordType, Partial<Record<Collection, readonly string[]>>>> = {
  entity: { facts: ['Entity'], claims: ['Entities'] },
  metric: { facts: ['Metric'] },
};

/**
 * The tables `show` prints after a record's fields, each kind after a blank
 * line under a heading with its count, in {@link RECORD_LISTS}' order: the
 * records that name it (an entity's facts, the claims and the notes about it;
 * a metric's facts; the facts and claims that cite a source; the notes about
 * a fact or a claim), or for a note the records it names.
 */
function relatedTables(type: RecordType, record: ShownRecord, run: CommandRun): string[] {
  return RECORD_LISTS.map((collection, i) => {
    const other = RECORD_ORDER[i]!;
    const records: readonly { readonly id: string }[] = run.dataset[collection];
    const found = records.filter((candidate) => (type === 'note' ? names(record, other, candidate.id) : names(candidate, type, record['id'])));
    const heading = `${collection[0]!.toUpperCase()}${collection.slice(1)} (${found.length})`;
    return found.length === 0 ? '' : `\n${styles(run).bold(heading)}\n${recordsTable(collection, found, run, (REPEATED[type]?.[collection] ?? []) as never)}`;
  });
}

/** A note with each difference it names as the consistency audit computes it: the two facts' values, their difference and the interval their printed digits allow. */
function withComputedDifferences(note: Note, dataset: Dataset): ShownRecord {
  const computed = new Map(dataset.auditConsistency().map((finding) => [finding.id, finding.summary]));
  return {
    ...note,
    differences: note.differences.map(({ minuendId, subtrahendId }) => computed.get(['note-difference', note.id, minuendId, subtrahendId].join(':'))),
  };
}

/**
 * `ai-investment-facts show <id>`: the record with this ID, whatever its type,
 * in full: a fact with its source and quotes ({@link factRows}); another
 * record with its fields labelled in words, a note's differences as the
 * consistency audit computes them. Then the records related to it
 * ({@link relatedTables}): an entity's facts and the claims and notes about
 * it, a metric's facts, the facts and claims that cite a source, the notes
 * about a fact or a claim, and the facts, entities and claims a note names.
 * `--json` prints the record as the data files hold it.
 *
 * @throws {CliError} exit code 2, naming the nearest IDs, where no record has the ID.
 * @example
 * ```ts
 * show({ ...run, operands: ['europe-rising-stars-lag-paris'] });
 * ```
 * @category CLI
 */
export function show(run: CommandRun): void {
  const id = run.operands[0] ?? '';
  const { dataset } = run;
  const { type, record } = findRecord(id, run);
  run.output(record, () => {
    const rows =
      type === 'fact'
        ? factRows(dataset.fact(id), dataset)
        : fieldRows(type === 'note' ? withComputedDifferences(record as unknown as Note, dataset) : record, dataset);
    return [renderTable({ headers: ['Field', 'Value'], rows, wrap: true }, run), ...relatedTables(type, record, run)].join('');
  });
}

/**
 * One fact in full, field by field, with its source, date, attribution,
 * where on the page its passage sits, and its quotes, each once: a quote of
 * flattened table text is followed by the readable passages that state the figure.
 */
function factRows(fact: Fact, dataset: Dataset): string[][] {
  const { citation } = fact;
  const source = dataset.source(citation.sourceId);
  // A quote from a table whose cells ran together on the page ("Beijing66%10%") is followed by
  // the passages that say the figure in words; another quote is one more passage stating it.
  const table = citation.section === 'table';
  const fields = {
    ID: fact.id,
    entity: `${dataset.entity(fact.entityId).name} (${fact.entityId})`,
    metric: `${dataset.metric(fact.metricId).name} (${fact.metricId})`,
    period: text(fact.period, fact.periodMissingReason),
    value: fact.value === null ? text(null, fact.missingReason) : formatValue(fact),
    status: fact.status,
    citation: formatCitation(fact, { quote: false, sources: dataset.sources }),
    source: `${source.title} (${source.id})`,
    publisher: text(source.publisher, source.publisherMissingReason),
    published: text(source.publishedOn, source.publishedOnMissingReason),
    'attributed to': citation.attributedTo,
    'stated by': citation.statedBy,
    section: citation.section,
    'teased article': citation.teasedTitle && `${citation.teasedTitle}${citation.teasedPublisher === undefined ? '' : ` (${citation.teasedPublisher})`}`,
    [table ? 'quote (table text)' : 'quote']: citation.quote,
  };
  const rows = [
    ...Object.entries(fields),
    ...(citation.otherQuotes ?? []).map((other) => [table ? 'passage' : 'also quoted', other]),
    ...fact.caveats.map((caveat) => ['caveat', caveat]),
  ];
  // The rows of fields the fact leaves out are left out.
  return rows.filter((row): row is string[] => row[1] !== undefined);
}
