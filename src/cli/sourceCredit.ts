import type { Fact } from '../index.js';
import { cliDataset } from './factQuery.js';

/**
 * Who a fact comes from, in a few words for a table column: the original
 * producer where the source names one, the publisher (or, where the source
 * names none, its title), and the date. The quote is left to `show`.
 *
 * @throws {RangeError} when the fact's source is not in the dataset.
 * @example
 * ```ts
 * sourceCredit(dataset.fact('united-states-ai-vc-investment-2024')); // 'CB Insights, via Yicai, 2025-03-26'
 * ```
 * @category CLI
 */
export function sourceCredit(fact: Fact): string {
  const source = cliDataset.source(fact.citation.sourceId);
  const producer = fact.citation.attributedTo === undefined ? '' : `${fact.citation.attributedTo}, via `;
  return `${producer}${source.publisher ?? source.title}, ${source.publishedOn ?? 'undated'}`;
}
