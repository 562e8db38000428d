import type { RecordIndex } from '../dataset/indexRecords.js';
import { containedIn } from '../dataset/containment.js';
import { ArgumentRangeError, method, parts } from '../errors.js';
import { share } from '../helpers/share.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireAdditive, requireCombinable, requireValuedFact } from './requireInputs.js';

const FN = 'shareOf';

/**
 * The share of a member's fact in its group's fact, with lineage. See
 * {@link Dataset.shareOf}.
 *
 * @internal
 */
export function shareOf(index: RecordIndex, partFactId: string, wholeFactId: string): DerivedFigure {
  const part = requireValuedFact(index, FN, 'partFactId', partFactId);
  const whole = requireValuedFact(index, FN, 'wholeFactId', wholeFactId);
  const comparison = { method: FN, argument: 'partFactId', value: partFactId };
  requireCombinable(index, comparison, [part, whole], true);
  requireAdditive(index, comparison, part.metricId);
  if (!containedIn(index, whole.entityId).has(part.entityId)) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: ["the part's entity to be a member of the whole's"],
      received: [`"${part.entityId}" (${part.id}), which is not a member of "${whole.entityId}" (${whole.id})`],
      remedy: parts`for two entities side by side, use ${method('ratioOf')}`,
    });
  }
  if (part.value > whole.value) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: [`the part to be at most the whole (${whole.value}, ${whole.id})`],
      received: [`${part.value} (${part.id})`],
    });
  }
  if (whole.value === 0) {
    throw new ArgumentRangeError({
      ...comparison,
      argument: 'wholeFactId',
      value: wholeFactId,
      expected: ['the whole to be > 0'],
      received: [`0 (${whole.id})`],
    });
  }
  return deriveFigure({
    derivation: 'share',
    value: share(part.value, whole.value),
    unit: 'fraction',
    formula: `${part.entityId} / ${whole.entityId} = ${part.value} / ${whole.value}`,
    inputs: [
      { fact: part, direction: 'rises' },
      { fact: whole, direction: 'falls' },
    ],
  });
}
