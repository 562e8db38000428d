import type { Dataset, Fact, FactQuery } from '../index.js';
import { dataset, ENTITY_KINDS } from '../index.js';
import { usageError } from './CliError.js';
import { type CommandName, FACT_QUERY_FLAGS, fieldsFrom, type Flags } from './grammar.js';
import { quoted } from '../text/printable.js';

/**
 * The built-in dataset with its IDs widened to `string`, for IDs typed on a
 * command line (the dataset checks them, and names the nearest where one is unknown).
 *
 * @example
 * ```ts
 * cliDataset.fact(process.argv[2] ?? '');
 * ```
 * @category CLI
 */
export const cliDataset: Dataset = dataset;

/**
 * The fact query the filter flags (`--entity`, `--metric`, `--period`,
 * `--source`, `--status`, `--unit`) ask for; flags not given are left out.
 */
function factQueryFrom(flags: Flags): FactQuery {
  return fieldsFrom(flags, FACT_QUERY_FLAGS) as FactQuery;
}

/**
 * The `--kind` flag, checked against the entity kinds; `undefined` where not given.
 *
 * @throws {CliError} exit code 2, with the nearest kinds, for a kind that is not one.
 * @example
 * ```ts
 * entityKindFrom({ kind: 'country' }, 'list'); // 'country'
 * ```
 * @category CLI
 */
export function entityKindFrom(flags: Flags, command: CommandName): string | undefined {
  const kind = flags['kind'];
  if (typeof kind !== 'string') return undefined;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw usageError(`${command}: expected --kind to be one of ${ENTITY_KINDS.join(', ')}, received ${quoted(kind)}`, command, {
      typed: kind,
      among: ENTITY_KINDS,
    });
  }
  return kind;
}

/**
 * The facts every filter flag matches: `--entity`, `--metric`, `--period`,
 * `--source`, `--status`, `--unit`, and `--kind`, the kind of their entity.
 *
 * @throws {RangeError} from `dataset.findFacts`, for an unknown ID or a malformed filter.
 * @throws {CliError} for an unknown `--kind`.
 * @example
 * ```ts
 * matchingFacts({ metric: 'ai-vc-investment', kind: 'country', period: '2024' }, 'export').map((fact) => fact.id);
 * // ['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024']
 * ```
 * @category CLI
 */
export function matchingFacts(flags: Flags, command: CommandName): Fact[] {
  const kind = entityKindFrom(flags, command);
  const facts = cliDataset.findFacts(factQueryFrom(flags));
  return kind === undefined ? facts : facts.filter((fact) => cliDataset.entity(fact.entityId).kind === kind);
}

/**
 * A value as indented JSON, ending in a newline.
 *
 * @example
 * ```ts
 * toJson({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 * @category CLI
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
