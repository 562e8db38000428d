import { type DerivedFigure, type FactChoice, formatFigure } from '../index.js';
import type { CommandRun } from './CommandRun.js';
import { fieldsFrom } from './grammar.js';
import { renderTable } from './renderTable.js';

/**
 * The derived figure a derivation subcommand asks for, from the dataset's
 * `growthOf`, `cagrOf`, `shareOf`, `ratioOf` or `sumOf`.
 *
 * @throws {RangeError} from the dataset: unknown IDs, malformed periods, facts that do not fit together.
 */
function figureOf({ command, operands, flags, dataset }: CommandRun): DerivedFigure {
  const [a = '', b = '', c = '', d = ''] = operands;
  const choice = fieldsFrom(flags) as FactChoice;
  if (command === 'growth') return dataset.growthOf(a, b, c, d, choice);
  if (command === 'cagr') return dataset.cagrOf(a, b, c, d, choice);
  if (command === 'share') return dataset.shareOf(a, b);
  if (command === 'ratio') return dataset.ratioOf(a, b);
  return dataset.sumOf(operands);
}

/**
 * `ai-investment-facts growth|cagr|share|ratio|sum ...`: the derived figure,
 * its value unrounded and as a person reads it (`formatFigure`), with its
 * bounds (`none` for an open side), precision, formula, the facts it came
 * from and its caveats.
 *
 * @throws {RangeError} from the dataset: unknown IDs, malformed periods, facts that do not fit together.
 * @example
 * ```ts
 * derive({ ...run, command: 'growth', operands: ['united-states', 'ai-vc-investment', '2023', '2024'] });
 * ```
 * @category CLI
 */
export function derive(run: CommandRun): void {
  run.output(figureOf(run), (figure) =>
    renderTable(
      {
        headers: ['Field', 'Value'],
        rows: [
          ...Object.entries({
            derivation: figure.derivation,
            value: String(figure.value),
            'reads as': formatFigure(figure),
            bounds: [figure.bounds.lower, figure.bounds.upper].map((end) => end ?? 'none').join(' to '),
            unit: figure.unit,
            precision: figure.precision,
            status: figure.status,
            metric: figure.metricId,
            entities: figure.entityIds.join(', '),
            periods: figure.periods.join(', '),
            formula: figure.formula,
          }),
          ...figure.derivedFrom.map((id) => ['derived from', id]),
          ...figure.caveats.map((caveat) => ['caveat', caveat]),
        ],
        wrap: true,
      },
      run,
    ),
  );
}
