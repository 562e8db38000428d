import type { RecordIndex } from '../dataset/indexRecords.js';
import { containedIn } from '../dataset/containedIn.js';
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
  requireCombinable(index, FN, [part, whole], true);
  requireAdditive(index, FN, part.metricId);
  if (!containedIn(index, whole.entityId).has(part.entityId)) {
    throw new RangeError(
      `${FN}: expected the part's entity to be a member of the whole's, received "${part.entityId}" (${part.id}), which is not a member of "${whole.entityId}" (${whole.id}); for two entities side by side, use ratioOf`,
    );
  }
  if (part.value > whole.value) {
    throw new RangeError(`${FN}: expected the part to be at most the whole (${whole.value}, ${whole.id}), received ${part.value} (${part.id})`);
  }
  if (whole.value === 0) {
    throw new RangeError(`${FN}: expected the whole to be > 0, received 0 (${whole.id})`);
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
