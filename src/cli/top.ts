import { type Fact, type FactQuery, formatCitation, formatValue, type RankingOptions } from '../index.js';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { fieldsFrom } from './grammar.js';
import { entityKind } from './list.js';
import { renderTable } from './renderTable.js';

/** How many `top` lists without `-n`. */
const DEFAULT_LIMIT = '10';

/** The entity kind `top` ranks without `--kind`. */
const DEFAULT_KIND = 'startup-ecosystem';

/**
 * `ai-investment-facts top <metric>`: the entities of one kind with the
 * largest values of the metric in one period, largest first, each with its
 * status and source. Without `--kind`, the kind is startup ecosystems where
 * they hold values of the metric, else the one kind that does (said on
 * standard error), and where several do, a usage error asks for `--kind`.
 * Without `--period`, where the values span several periods, the latest
 * (said on standard error). On standard error too, it says that `-n 0`
 * ranks none or that nothing matched (the ranking is then empty), and names
 * the entities left out because their fact states no value.
 *
 * @throws {RangeError} from `dataset.topEntities`: an unknown metric, or facts that cannot be ranked together.
 * @throws {CliError} for a malformed `-n`, or several kinds to choose among.
 * @example
 * ```ts
 * top({ ...run, operands: ['share-of-global-ai-native-funding'], flags: { limit: '3' } });
 * ```
 * @category CLI
 */
export function top(run: CommandRun): void {
  const { flags, dataset } = run;
  const metricId = run.operands[0] ?? '';
  const limit = String(flags['limit'] ?? DEFAULT_LIMIT);
  if (!/^\d+$/.test(limit)) throw new CliError(`top: expected -n to be a non-negative integer, received ${quoted(limit)}`, 2, 'top');
  const filters = fieldsFrom({ ...flags, kind: undefined });
  const ofMetric = dataset.findFacts({ metricId, ...filters } as FactQuery);
  const kindOf = (fact: Fact) => dataset.entity(fact.entityId).kind;
  const kinds = [...new Set(ofMetric.filter((fact) => fact.value !== null).map(kindOf))];
  const chosen: string[] = [];
  let kind = entityKind(run) ?? DEFAULT_KIND;
  if (flags['kind'] === undefined && kinds.length > 0 && !kinds.includes(kind)) {
    // Where startup ecosystems hold no value, the one kind that does is ranked; where several do, the user chooses.
    if (kinds.length > 1)
      throw new CliError(
        `top: metric "${metricId}" has values about no ${DEFAULT_KIND} (the default --kind); pass --kind to rank one of ${kinds.join(', ')}`,
        2,
        'top',
      );
    kind = kinds[0]!;
    chosen.push(`the ${kind} entities, the only kind with values of ${metricId}`);
  }
  const ofKind = ofMetric.filter((fact) => kindOf(fact) === kind);
  // The latest period: of the latest end, the latest start.
  const periods = [...new Set(ofKind.filter((fact) => fact.value !== null).map((fact) => fact.period ?? ''))].sort((a, b) =>
    (a.slice(-4) + a).localeCompare(b.slice(-4) + b),
  );
  const period = flags['period'] ?? (periods.length > 1 ? periods.at(-1) : undefined);
  if (flags['period'] === undefined && period !== undefined) chosen.push(`the period ${period}, the latest of ${periods.join(', ')}`);
  const matching = ofKind.filter((fact) => period === undefined || fact.period === period);
  // Where no fact with a value matches, the ranking is empty, said on stderr: not an error, as for list and export.
  const facts = matching.some((fact) => fact.value !== null)
    ? dataset.topEntities(metricId, Number(limit), { ...filters, kind, period } as RankingOptions)
    : [];
  run.output(facts, (ranked) =>
    renderTable(
      {
        // Status, because a ranking may hold plans beside estimates (each fact keeps its own).
        headers: ['Rank', 'Entity', 'Value', 'Status', 'Period', 'Source', 'ID'],
        rows: ranked.map((fact, i) => [
          String(i + 1),
          dataset.entity(fact.entityId).name,
          formatValue(fact),
          fact.status,
          fact.period ?? 'not stated',
          formatCitation(fact, { quote: false, sources: dataset.sources }),
          fact.id,
        ]),
        idColumns: [6],
      },
      run,
    ),
  );
  const leftOut = matching.filter((fact) => fact.value === null);
  const notes = facts.length === 0 ? ['nothing matches the filters'] : [];
  if (leftOut.length > 0) {
    const named = leftOut.map((fact) => `${dataset.entity(fact.entityId).name} (${fact.id})`).join(', ');
    notes.push(`left out ${leftOut.length === 1 ? 'an entity' : `${leftOut.length} entities`} whose fact states no value: ${named}; \`show\` says why`);
  }
  if (chosen.length > 0) run.notice(`top: ranking ${chosen.join('; ')} (--kind and --period choose others)`);
  if (Number(limit) === 0) run.notice('top: -n 0 ranks no entity');
  else if (notes.length > 0) run.notice(`top: ${notes.join('; ')}`);
}
