import { type Fact, formatValue } from '../index.js';
import { cliDataset, factQueryFrom, toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

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
      idColumns: [0],
    },
    context,
  );
}

/**
 * `ai-investment-facts list [filters]`: the facts matching every filter.
 *
 * @throws {RangeError} from `dataset.findFacts`, for an unknown ID or a malformed period.
 * @example
 * ```ts
 * list({ metric: 'ai-vc-investment', period: '2024' }, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function list(flags: Flags, context: RenderContext): string {
  const facts = cliDataset.findFacts(factQueryFrom(flags));
  return flags['json'] === true ? toJson(facts) : listTable(facts, context);
}
