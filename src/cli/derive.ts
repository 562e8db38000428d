import { type DerivedFigure, type FactChoice, formatFigure } from '../index.js';
import { cliDataset, toJson } from './factQuery.js';
import { fieldsFrom, type Flags, GRAMMAR } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/** The derivations the CLI offers, by subcommand. */
export type DerivationCommand = 'growth' | 'cagr' | 'share' | 'ratio' | 'sum';

/**
 * The derived figure a derivation subcommand asks for, from the dataset's
 * `growthOf`, `cagrOf`, `shareOf`, `ratioOf` or `sumOf`.
 *
 * @throws {RangeError} from the dataset: unknown IDs, malformed periods, facts that do not fit together.
 * @example
 * ```ts
 * figureFor('growth', ['united-states', 'ai-vc-investment', '2023', '2024'], {}).value; // 0.9
 * ```
 * @category CLI
 */
export function figureFor(command: DerivationCommand, operands: readonly string[], flags: Flags): DerivedFigure {
  const [a = '', b = '', c = '', d = ''] = operands;
  switch (command) {
    case 'growth':
      return cliDataset.growthOf(a, b, c, d, fieldsFrom(flags, GRAMMAR.growth.fieldFlags) as FactChoice);
    case 'cagr':
      return cliDataset.cagrOf(a, b, c, d, fieldsFrom(flags, GRAMMAR.cagr.fieldFlags) as FactChoice);
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
 * its value unrounded and as a person reads it ({@link formatFigure}), with its precision, formula, the facts it came from and its caveats.
 *
 * @throws {RangeError} as {@link figureFor} does.
 * @example
 * ```ts
 * derive('growth', ['united-states', 'ai-vc-investment', '2023', '2024'], {}, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function derive(command: DerivationCommand, operands: readonly string[], flags: Flags, context: RenderContext): string {
  const figure = figureFor(command, operands, flags);
  if (flags['json'] === true) return toJson(figure);
  const rows: [string, string][] = [
    ['derivation', figure.derivation],
    ['value', String(figure.value)],
    ['reads as', formatFigure(figure)],
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
