import { ENTITY_KINDS, type FactQuery, formatCitation, formatValue, type RankingOptions } from '../index.js';
import { CliError, usageError } from './CliError.js';
import { cliDataset, toJson } from './factQuery.js';
import { fieldsFrom, flagOf, type Flags, GRAMMAR } from './grammar.js';
import { printable, quoted } from './printable.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** How many `top` lists without `-n`. */
const DEFAULT_LIMIT = 10;

/** The entity kind `top` ranks without `--kind`. */
const DEFAULT_KIND = 'startup-ecosystem';

/** The `-n` flag as a count. */
function limitFrom(flag: string | boolean | undefined): number {
  if (flag === undefined || typeof flag === 'boolean') return DEFAULT_LIMIT;
  if (!/^\d+$/.test(flag)) throw usageError(`top: expected -n to be a non-negative integer, received ${quoted(flag)}`, 'top');
  return Number(flag);
}

/**
 * Throws where no fact with a value matches the metric and the user's other
 * filters among the default kind's entities (startup ecosystems), saying how
 * to choose another kind: the ranking itself would say only that none matches.
 */
function requireDefaultKindRanked(metricId: string, flags: Flags): void {
  const filters = fieldsFrom(flags, ['period', 'unit', 'status', 'source']);
  const facts = cliDataset.findFacts({ metricId, ...filters } as FactQuery);
  if (facts.length === 0 || facts.some((fact) => fact.value !== null && cliDataset.entity(fact.entityId).kind === DEFAULT_KIND)) return;
  const given = Object.entries(filters).map(([field, value]) => ` and ${flagOf(field)} ${printable(value)}`);
  throw new CliError(
    `top: expected facts with a value of metric "${metricId}" about a ${DEFAULT_KIND} (the default --kind)${given.join('')}, received none; pass --kind to rank another kind (${ENTITY_KINDS.join(', ')})`,
    { exitCode: 2 },
  );
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
 * top('share-of-global-ai-native-funding', { limit: '3' }, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function top(metricId: string, flags: Flags, context: RenderContext): string {
  const options = { kind: DEFAULT_KIND, ...fieldsFrom(flags, GRAMMAR.top.fieldFlags) } as RankingOptions;
  const limit = limitFrom(flags['limit']);
  if (flags['kind'] === undefined) requireDefaultKindRanked(metricId, flags);
  const facts = cliDataset.topEntities(metricId, limit, options);
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
