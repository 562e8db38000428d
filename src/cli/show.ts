import { type Fact, formatCitation, formatValue, nearestIds, RECORD_COLLECTIONS, type RecordType } from '../index.js';
import { CliError } from './CliError.js';
import { listTable } from './list.js';
import { quoted } from './printable.js';
import { cliDataset, toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** The record types in the order `show` looks an ID up, and its error lists them: facts first, the most looked up. */
const SHOWN_TYPES: readonly RecordType[] = ['fact', 'entity', 'metric', 'source', 'claim'];

/** A record of any type, as the command shows it: field by field. */
type ShownRecord = Readonly<Record<string, unknown>>;

/**
 * A record's fields as rows: a list as one row per item, its field named on
 * the first; a nested object (a claim's citation) as its own fields; the W3C
 * selectors left out (they repeat the quote, for software).
 */
function fieldRows(record: ShownRecord): [string, string][] {
  return Object.entries(record).flatMap(([field, value]): [string, string][] => {
    if (field === 'selectors' || value === undefined) return [];
    if (Array.isArray(value)) return value.map((item, i) => [i === 0 ? field : '', String(item)]);
    if (typeof value === 'object' && value !== null) return fieldRows(value as ShownRecord);
    return [[field, value === null ? 'none' : String(value)]];
  });
}

/** The record with this ID and its type, or a usage error naming the nearest IDs of every type. */
function findRecord(id: string): { readonly type: RecordType; readonly record: ShownRecord } {
  for (const type of SHOWN_TYPES) {
    const records: readonly { readonly id: string }[] = cliDataset[RECORD_COLLECTIONS[type]];
    const record = records.find((candidate) => candidate.id === id);
    if (record !== undefined) return { type, record: record as unknown as ShownRecord };
  }
  const near = nearestIds(id, SHOWN_TYPES.flatMap((type) => cliDataset[RECORD_COLLECTIONS[type]].map((record) => record.id)));
  const said =
    near.length > 0
      ? `did you mean ${near.join(' or ')}?`
      : `none is near it (\`ai-investment-facts list ${SHOWN_TYPES.map((type) => RECORD_COLLECTIONS[type]).join('|')}\` shows every ID)`;
  throw new CliError(`show: no record has the ID ${quoted(id)}; ${said}`, { exitCode: 2 });
}

/** The facts about an entity, of a metric or citing a source, as a table after a blank line; nothing where there are none. */
function factsTable(facts: readonly Fact[], context: RenderContext): string {
  return facts.length === 0 ? '' : `\n${listTable(facts, context)}`;
}

/**
 * `ai-investment-facts show <id>`: the record with this ID, whatever its type,
 * in full: a fact with its source and quotes ({@link showFact}); an entity
 * with its facts; a metric with its definition and its facts; a source with
 * the facts that cite it; a claim with its citation. `--json` prints the
 * record as the data files hold it.
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
  switch (type) {
    case 'entity':
      return `${fields}${factsTable(cliDataset.findFacts({ entityId: id }), context)}`;
    case 'metric':
      return `${fields}${factsTable(cliDataset.findFacts({ metricId: id }), context)}`;
    case 'source':
      return `${fields}${factsTable(cliDataset.findFacts({ sourceId: id }), context)}`;
    case 'claim':
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
    ['id', fact.id],
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
