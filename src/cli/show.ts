import { type ColumnLabel, type Dataset, type Fact, formatCitation, formatValue, nearestIds, RECORD_COLLECTIONS, type RecordType } from '../index.js';
import { didYouMeanText } from '../text/listed.js';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { RECORD_LISTS, RECORD_ORDER, recordsTable } from './list.js';
import { styles } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** A record of any type, as the command shows it: field by field. */
type ShownRecord = Readonly<Record<string, unknown>>;

/** A field's name as words, as the rows are labelled: `countryCode` as "country code", `entityIds` as "entity IDs". */
function label(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/\bid(s?)\b/g, 'ID$1');
}

/** A field's value as text: `null` as "none", a boolean as "yes" or "no", a note's difference of two facts as "a - b". */
function text(value: unknown): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return Object.values(value).join(' - ');
  return String(value);
}

/**
 * A record's fields as rows, labelled in words: a list as one row per item,
 * its field named on the first; a nested object (a claim's citation) as its
 * own fields; the W3C selectors left out (they repeat the quote, for software).
 */
function fieldRows(record: ShownRecord): string[][] {
  return Object.entries(record).flatMap(([field, value]) => {
    if (field === 'selectors' || value === undefined) return [];
    if (Array.isArray(value)) return value.map((item, i) => [i === 0 ? label(field) : '', text(item)]);
    if (typeof value === 'object' && value !== null) return fieldRows(value as ShownRecord);
    return [[label(field), text(value)]];
  });
}

/** The record with this ID and its type, looked up in {@link RECORD_ORDER}, or a usage error naming the nearest IDs of every type. */
function findRecord(id: string, dataset: Dataset): { readonly type: RecordType; readonly record: ShownRecord } {
  const ids = (type: RecordType): readonly { readonly id: string }[] => dataset[RECORD_COLLECTIONS[type]];
  for (const type of RECORD_ORDER) {
    const record = ids(type).find((candidate) => candidate.id === id);
    if (record !== undefined) return { type, record };
  }
  const near = nearestIds(
    id,
    RECORD_ORDER.flatMap((type) => ids(type).map((record) => record.id)),
  );
  const said = near.length > 0 ? didYouMeanText(near) : `none is near it (\`ai-investment-facts list ${RECORD_LISTS.join('|')}\` shows every ID)`;
  throw new CliError(`show: no record has the ID ${quoted(id)}; ${said}`, 2);
}

/**
 * The records `show` prints after the fields of an entity, a metric or a
 * source, each kind after a blank line under a heading with its count: the
 * facts (and claims) whose `field` is the record's ID, less the columns that
 * would repeat the record.
 */
const RELATED = {
  entity: ['entityId', { facts: ['Entity'], claims: ['Entities'] }],
  metric: ['metricId', { facts: ['Metric'], claims: [] }],
  source: ['sourceId', { facts: [], claims: [] }],
} as const satisfies Partial<
  Record<RecordType, readonly [string, { readonly facts: readonly ColumnLabel<'facts'>[]; readonly claims: readonly ColumnLabel<'claims'>[] }]>
>;

/**
 * `ai-investment-facts show <id>`: the record with this ID, whatever its type,
 * in full: a fact with its source and quotes ({@link factRows}); another
 * record with its fields labelled in words, then the records related to it
 * ({@link RELATED}): an entity's facts and the claims about it, a metric's
 * facts, the facts and claims that cite a source. A claim and a note stand alone. `--json` prints the record as the
 * data files hold it.
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
  const { type, record } = findRecord(id, dataset);
  run.output(record, () => {
    if (type === 'fact') return renderTable({ headers: ['Field', 'Value'], rows: factRows(dataset.fact(id), dataset) }, run);
    const fields = renderTable({ headers: ['Field', 'Value'], rows: fieldRows(record) }, run);
    if (!(type in RELATED)) return fields;
    const [field, leaveOut] = RELATED[type as keyof typeof RELATED];
    const tables = (['facts', 'claims'] as const).map((collection) => {
      const found = collection === 'facts' ? dataset.findFacts({ [field]: id }) : field === 'metricId' ? [] : dataset.findClaims({ [field]: id });
      const heading = `${collection === 'facts' ? 'Facts' : 'Claims'} (${found.length})`;
      return found.length === 0 ? '' : `\n${styles(run).bold(heading)}\n${recordsTable(collection, found, run, leaveOut[collection] as never)}`;
    });
    return `${fields}${tables.join('')}`;
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
    period: fact.period ?? `none: ${fact.periodMissingReason ?? ''}`,
    value: formatValue(fact),
    'missing reason': fact.missingReason,
    status: fact.status,
    citation: formatCitation(fact, { quote: false, sources: dataset.sources }),
    source: `${source.title} (${source.id})`,
    publisher: source.publisher ?? `none: ${source.publisherMissingReason ?? ''}`,
    published: source.publishedOn ?? `undated: ${source.publishedOnMissingReason ?? ''}`,
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
