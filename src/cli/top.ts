import { ENTITY_KINDS, type Fact, type FactQuery, formatCitation, formatValue, type RankingOptions } from '../index.js';
import type { CommandOutput } from './CommandOutput.js';
import { CliError, usageError } from './CliError.js';
import { cliDataset, matchingFacts, toJson } from './factQuery.js';
import { fieldsFrom, flagOf, type Flags, GRAMMAR } from './grammar.js';
import { printable, quoted } from '../text/printable.js';
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
 * What the user should know of a ranking beside it: that `-n 0` ranks none,
 * that nothing matched, and the entities left out because their fact states no value.
 */
function rankingNotice(leftOut: readonly Fact[], limit: number, ranked: number): string | undefined {
  if (limit === 0) return 'top: -n 0 ranks no entity';
  const notes = ranked === 0 ? ['nothing matches the filters'] : [];
  if (leftOut.length > 0) {
    const named = leftOut.map((fact) => `${cliDataset.entity(fact.entityId).name} (${fact.id})`).join(', ');
    notes.push(`left out ${leftOut.length === 1 ? 'an entity' : `${leftOut.length} entities`} whose fact states no value: ${named}; \`show\` says why`);
  }
  return notes.length === 0 ? undefined : `top: ${notes.join('; ')}`;
}

/**
 * `ai-investment-facts top <metric>`: the entities of one kind (startup
 * ecosystems unless `--kind` says otherwise) with the largest values of the
 * metric, largest first, each with its status and source. The notice names
 * the entities left out because their fact states no value, and says where
 * no fact matches (the ranking is then empty).
 *
 * @throws {RangeError} from `dataset.topEntities`: an unknown metric, or facts that cannot be ranked together.
 * @throws {CliError} for a malformed `-n`.
 * @example
 * ```ts
 * top('share-of-global-ai-native-funding', { limit: '3' }, { tty: false, colour: false }).stdout;
 * top('ai-native-funding-concentration', {}, { tty: false, colour: false }).notice;
 * // 'top: left out an entity whose fact states no value: Paris (paris-ai-native-funding-concentration-2023-2024); `show` says why'
 * ```
 * @category CLI
 */
export function top(metricId: string, flags: Flags, context: RenderContext): CommandOutput {
  const options = { kind: DEFAULT_KIND, ...fieldsFrom(flags, GRAMMAR.top.fieldFlags) } as RankingOptions;
  const limit = limitFrom(flags['limit']);
  if (flags['kind'] === undefined) requireDefaultKindRanked(metricId, flags);
  const matching = matchingFacts({ ...flags, metric: metricId, kind: options.kind }, 'top');
  // Where no fact with a value matches, the ranking is empty, said on stderr: not an error, as for list and export.
  const facts = matching.some((fact) => fact.value !== null) ? cliDataset.topEntities(metricId, limit, options) : [];
  const notice = rankingNotice(
    matching.filter((fact) => fact.value === null),
    limit,
    facts.length,
  );
  const stdout = flags['json'] === true ? toJson(facts) : rankingTable(facts, context);
  return notice === undefined ? { stdout } : { stdout, notice };
}

/** The ranked facts as the table `top` prints. */
function rankingTable(facts: readonly Fact[], context: RenderContext): string {
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
