import type { DerivedFigure, FactChoice } from '../index.js';
import { cliDataset, toJson } from './factQuery.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** The derivations the CLI offers, by subcommand. */
export type DerivationCommand = 'growth' | 'cagr' | 'share' | 'ratio' | 'sum';

/**
 * The flags that choose a fact of a growth rate or CAGR, each with the
 * `FactChoice` field it sets.
 *
 * @example
 * ```ts
 * CHOICE_FLAGS.find(([flag]) => flag === 'source'); // ['source', 'sourceId']
 * ```
 * @category CLI
 */
export const CHOICE_FLAGS = [
  ['unit', 'unit'],
  ['status', 'status'],
  ['source', 'sourceId'],
] as const satisfies readonly (readonly [string, keyof FactChoice])[];

/** The `--unit`, `--status` and `--source` flags as the fact choice of a growth rate or CAGR. */
function choiceFrom(flags: Readonly<Record<string, string | boolean | undefined>>): FactChoice {
  const choice: Record<string, string> = {};
  for (const [flag, field] of CHOICE_FLAGS) {
    const value = flags[flag];
    if (typeof value === 'string') choice[field] = value;
  }
  return choice as FactChoice;
}

/**
 * The derived figure a derivation subcommand asks for, from the dataset's
 * `growthOf`, `cagrOf`, `shareOf`, `ratioOf` or `sumOf`.
 *
 * @throws {RangeError} from the dataset: unknown IDs, malformed periods, facts that do not fit together.
 * @example
 * ```ts
 * deriveFigure('growth', ['united-states', 'ai-vc-investment', '2023', '2024'], {}).value; // 0.9
 * ```
 * @category CLI
 */
export function deriveFigure(
  command: DerivationCommand,
  operands: readonly string[],
  flags: Readonly<Record<string, string | boolean | undefined>>,
): DerivedFigure {
  const [a = '', b = '', c = '', d = ''] = operands;
  switch (command) {
    case 'growth':
      return cliDataset.growthOf(a, b, c, d, choiceFrom(flags));
    case 'cagr':
      return cliDataset.cagrOf(a, b, c, d, choiceFrom(flags));
    case 'share':
      return cliDataset.shareOf(a, b);
    case 'ratio':
      return cliDataset.ratioOf(a, b);
    case 'sum':
      return cliDataset.sumOf(operands);
  }
}

/**
 * `ai-investment-facts growth|cagr|share|ratio|sum ...`: the derived figure,
 * its value unrounded, with its precision, formula, the facts it came from and its caveats.
 *
 * @throws {RangeError} as {@link deriveFigure} does.
 * @example
 * ```ts
 * derive('growth', ['united-states', 'ai-vc-investment', '2023', '2024'], {}, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function derive(
  command: DerivationCommand,
  operands: readonly string[],
  flags: Readonly<Record<string, string | boolean | undefined>>,
  context: RenderContext,
): string {
  const figure = deriveFigure(command, operands, flags);
  if (flags['json'] === true) return toJson(figure);
  const rows: [string, string][] = [
    ['derivation', figure.derivation],
    ['value', String(figure.value)],
    ['unit', figure.unit],
    ['precision', figure.precision],
    ['status', figure.status],
    ['metric', figure.metricId],
    ['entities', figure.entityIds.join(', ')],
    ['periods', figure.periods.join(', ')],
    ['formula', figure.formula],
    ...figure.derivedFrom.map((id): [string, string] => ['derived from', id]),
    ...figure.caveats.map((caveat): [string, string] => ['caveat', caveat]),
  ];
  return renderTable({ headers: ['Field', 'Value'], rows }, context);
}
