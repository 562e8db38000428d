import { formatCitation, formatValue } from '../index.js';
import { cliDataset, toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/**
 * `ai-investment-facts show <fact-id>`: one fact in full, field by field,
 * with its source, date, attribution, where on the page its passage sits, and
 * its quotes, each once: a quote of flattened table text is followed by the
 * readable passages that state the figure.
 *
 * @throws {RangeError} from `dataset.fact`, naming the nearest IDs.
 * @example
 * ```ts
 * show('united-states-ai-vc-investment-2024', {}, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function show(factId: string, flags: Flags, context: RenderContext): string {
  const fact = cliDataset.fact(factId);
  if (flags['json'] === true) return toJson(fact);
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
