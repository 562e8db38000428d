import { type ClaimQuery, type FactQuery, formatCitation, formatValue, nearestIds, RECORD_COLLECTIONS, type RecordType } from '../index.js';
import { CliError } from './CliError.js';
import { didYouMeanText } from '../text/listed.js';
import { type ClaimColumn, claimsTable, type FactColumn, factsTable } from './list.js';
import { quoted } from '../text/printable.js';
import { cliDataset, toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import { type RenderContext, styles } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** The record types in the order `show` looks an ID up, and its error lists them: facts first, the most looked up. */
const SHOWN_TYPES: readonly RecordType[] = ['fact', 'entity', 'metric', 'source', 'claim'];

/** A record of any type, as the command shows it: field by field. */
type ShownRecord = Readonly<Record<string, unknown>>;

/** A field's name as words, as `showFact` labels its rows: `countryCode` as "country code", `entityIds` as "entity IDs". */
function label(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/\bid(s?)\b/g, 'ID$1');
}

/** A field's value as text: `null` as "none", a boolean as "yes" or "no". */
function text(value: unknown): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * A record's fields as rows, labelled in words: a list as one row per item,
 * its field named on the first; a nested object (a claim's citation) as its
 * own fields; the W3C selectors left out (they repeat the quote, for software).
 */
function fieldRows(record: ShownRecord): [string, string][] {
  return Object.entries(record).flatMap(([field, value]): [string, string][] => {
    if (field === 'selectors' || value === undefined) return [];
    if (Array.isArray(value)) return value.map((item, i) => [i === 0 ? label(field) : '', text(item)]);
    if (typeof value === 'object' && value !== null) return fieldRows(value as ShownRecord);
    return [[label(field), text(value)]];
  });
}

/** The record with this ID and its type, or a usage error naming the nearest IDs of every type. */
function findRecord(id: string): { readonly type: RecordType; readonly record: ShownRecord } {
  for (const type of SHOWN_TYPES) {
    const records: readonly { readonly id: string }[] = cliDataset[RECORD_COLLECTIONS[type]];
    const record = records.find((candidate) => candidate.id === id);
    if (record !== undefined) return { type, record: record as unknown as ShownRecord };
  }
  const near = nearestIds(
    id,
    SHOWN_TYPES.flatMap((type) => cliDataset[RECORD_COLLECTIONS[type]].map((record) => record.id)),
  );
  const said =
    near.length > 0
      ? didYouMeanText(near)
      : `none is near it (\`ai-investment-facts list ${SHOWN_TYPES.map((type) => RECORD_COLLECTIONS[type]).join('|')}\` shows every ID)`;
  throw new CliError(`show: no record has the ID ${quoted(id)}; ${said}`, { exitCode: 2 });
}

/** The records related to the one shown as `table` prints them, after a blank line, under a heading with their count; nothing where there are none. */
function related<T>(heading: string, records: readonly T[], table: (records: readonly T[]) => string, context: RenderContext): string {
  return records.length === 0 ? '' : `\n${styles(context).bold(`${heading} (${records.length})`)}\n${table(records)}`;
}

/**
 * `ai-investment-facts show <id>`: the record with this ID, whatever its type,
 * in full: a fact with its source and quotes ({@link showFact}); another
 * record with its fields labelled in words, then the records related to it,
 * each kind under a heading with its count: an entity's facts and the claims
 * about it, a metric's facts, the facts and claims that cite a source. A
 * claim stands alone. `--json` prints the record as the data files hold it.
 *
 * @throws {CliError} exit code 2, naming the nearest IDs, where no record has the ID.
 * @example
 * ```ts
 * show('europe-rising-stars-lag-paris', {}, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function show(id: string, flags: Flags, context: RenderContext): string {
  const { type, record } = findRecord(id);
  if (flags['json'] === true) return toJson(record);
  if (type === 'fact') return showFact(id, context);
  const fields = renderTable({ headers: ['Field', 'Value'], rows: fieldRows(record) }, context);
  // The related tables leave out the column that would repeat the record shown.
  const facts = (query: FactQuery, leaveOut: readonly FactColumn[] = []) =>
    related('Facts', cliDataset.findFacts(query), (found) => factsTable(found, context, leaveOut), context);
  const claims = (query: ClaimQuery, leaveOut: readonly ClaimColumn[] = []) =>
    related('Claims', cliDataset.findClaims(query), (found) => claimsTable(found, context, leaveOut), context);
  switch (type) {
    case 'entity':
      return `${fields}${facts({ entityId: id }, ['Entity'])}${claims({ entityId: id }, ['Entities'])}`;
    case 'metric':
      return `${fields}${facts({ metricId: id }, ['Metric'])}`;
    case 'source':
      return `${fields}${facts({ sourceId: id })}${claims({ sourceId: id })}`;
    case 'claim':
    case 'note':
      return fields;
  }
}

/**
 * `ai-investment-facts show <fact-id>`: one fact in full, field by field,
 * with its source, date, attribution, where on the page its passage sits, and
 * its quotes, each once: a quote of flattened table text is followed by the
 * readable passages that state the figure.
 *
 * @throws {RangeError} from `dataset.fact`, for an ID no fact has.
 * @example
 * ```ts
 * showFact('united-states-ai-vc-investment-2024', { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function showFact(factId: string, context: RenderContext): string {
  const fact = cliDataset.fact(factId);
  const source = cliDataset.source(fact.citation.sourceId);
  const rows: [string, string][] = [
    ['ID', fact.id],
    ['entity', `${cliDataset.entity(fact.entityId).name} (${fact.entityId})`],
    ['metric', `${cliDataset.metric(fact.metricId).name} (${fact.metricId})`],
    ['period', fact.period ?? `none: ${fact.periodMissingReason ?? ''}`],
    ['value', formatValue(fact)],
    ...(fact.missingReason === undefined ? [] : [['missing reason', fact.missingReason] as [string, string]]),
    ['status', fact.status],
    ['citation', formatCitation(fact, { quote: false })],
    ['source', `${source.title} (${source.id})`],
    ['publisher', source.publisher ?? `none: ${source.publisherMissingReason ?? ''}`],
    ['published', source.publishedOn ?? `undated: ${source.publishedOnMissingReason ?? ''}`],
  ];
  if (fact.citation.attributedTo !== undefined) rows.push(['attributed to', fact.citation.attributedTo]);
  if (fact.citation.statedBy !== undefined) rows.push(['stated by', fact.citation.statedBy]);
  rows.push(['section', fact.citation.section]);
  if (fact.citation.teasedTitle !== undefined) {
    const publisher = fact.citation.teasedPublisher === undefined ? '' : ` (${fact.citation.teasedPublisher})`;
    rows.push(['teased article', `${fact.citation.teasedTitle}${publisher}`]);
  }
  // A quote from a table whose cells ran together on the page ("Beijing66%10%") is followed by
  // the passages that say the figure in words; another quote is one more passage stating it.
  const table = fact.citation.section === 'table';
  rows.push([table ? 'quote (table text)' : 'quote', fact.citation.quote]);
  for (const other of fact.citation.otherQuotes ?? []) rows.push([table ? 'passage' : 'also quoted', other]);
  for (const caveat of fact.caveats) rows.push(['caveat', caveat]);
  return renderTable({ headers: ['Field', 'Value'], rows }, context);
}
