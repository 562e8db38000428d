import { ENTITY_KINDS, formatCitation, formatValue, type RankingOptions } from '../index.js';
import { usageError } from './CliError.js';
import { cliDataset, toJson } from './factQuery.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** How many `top` lists without `-n`. */
const DEFAULT_LIMIT = 10;

/** The `-n` flag as a count. */
function limitFrom(flag: string | boolean | undefined): number {
  if (flag === undefined || typeof flag === 'boolean') return DEFAULT_LIMIT;
  if (!/^\d+$/.test(flag)) throw usageError(`top: expected -n to be a non-negative integer, received "${flag}"`, 'top');
  return Number(flag);
}

/** The ranking; where the default kind (startup ecosystems) has no fact of the metric, the error says how to choose another. */
function rankedFacts(metricId: string, limit: number, options: RankingOptions, kindIsDefault: boolean) {
  try {
    return cliDataset.topEntities(metricId, limit, options);
  } catch (error) {
    if (kindIsDefault && error instanceof RangeError && /received none$/.test(error.message)) {
      throw new RangeError(`${error.message}; pass --kind to rank another kind (${ENTITY_KINDS.join(', ')})`);
    }
    throw error;
  }
}

/**
 * `ai-investment-facts top <metric>`: the entities of one kind (startup
 * ecosystems unless `--kind` says otherwise) with the largest values of the
 * metric, largest first, each with its status and source.
 *
 * @throws {RangeError} from `dataset.topEntities`: an unknown metric, or facts that cannot be ranked together.
 * @throws {CliError} for a malformed `-n`.
 * @example
 * ```ts
 * top('share-of-top-40-ai-native-funding', { limit: '3' }, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function top(metricId: string, flags: Readonly<Record<string, string | boolean | undefined>>, context: RenderContext): string {
  const options: Record<string, string> = { kind: typeof flags['kind'] === 'string' ? flags['kind'] : 'startup-ecosystem' };
  for (const [flag, option] of [['period', 'period'], ['unit', 'unit'], ['status', 'status'], ['source', 'sourceId']] as const) {
    const value = flags[flag];
    if (typeof value === 'string') options[option] = value;
  }
  const facts = rankedFacts(metricId, limitFrom(flags['limit']), options as RankingOptions, flags['kind'] === undefined);
  if (flags['json'] === true) return toJson(facts);
  return renderTable(
    {
      // Status, because a ranking may hold plans beside estimates (each fact keeps its own).
      headers: ['Rank', 'Entity', 'Value', 'Status', 'Period', 'Source', 'ID'],
      rows: facts.map((fact, i) => [
        String(i + 1),
        cliDataset.entity(fact.entityId).name,
        formatValue(fact),
        fact.status,
        fact.period ?? '',
        formatCitation(fact, { quote: false }),
        fact.id,
      ]),
      idColumns: [6],
    },
    context,
  );
}
