import { containedIn } from '../dataset/containment.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { ArgumentRangeError, method, parts } from '../errors.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireAdditive, requireCombinable, requireValuedFact } from './requireInputs.js';

/**
 * A quotient of two facts, with lineage: the share of a member's fact in its
 * group's (`shareOf`, see {@link Dataset.shareOf}), or the ratio of two
 * entities' facts (`ratioOf`, see {@link Dataset.ratioOf}).
 *
 * @internal
 */
export function quotientOf(index: RecordIndex, asked: 'shareOf' | 'ratioOf', dividendId: string, divisorId: string): DerivedFigure {
  const isShare = asked === 'shareOf';
  const [dividendName, divisorName] = isShare ? ['partFactId', 'wholeFactId'] : ['numeratorFactId', 'denominatorFactId'];
  const a = requireValuedFact(index, asked, dividendName, dividendId);
  const b = requireValuedFact(index, asked, divisorName, divisorId);
  const byDivisor = { method: asked, argument: divisorName, value: divisorId };
  const comparison = isShare ? { method: asked, argument: dividendName, value: dividendId } : byDivisor;
  if (isShare) {
    requireCombinable(index, comparison, [a, b], true);
    requireAdditive(index, comparison, [a]);
    if (!containedIn(index, b.entityId).has(a.entityId)) {
      throw new ArgumentRangeError({
        ...comparison,
        expected: ["the part's entity to be a member of the whole's"],
        received: [`"${a.entityId}" (${a.id}), which is not a member of "${b.entityId}" (${b.id})`],
        remedy: parts`for two entities side by side, use ${method('ratioOf')}`,
      });
    }
    if (a.value > b.value) {
      throw new ArgumentRangeError({ ...comparison, expected: [`the part to be at most the whole (${b.value}, ${b.id})`], received: [`${a.value} (${a.id})`] });
    }
  } else {
    if (a.entityId === b.entityId) {
      const overTime = a.metricId === b.metricId && a.period !== b.period;
      throw new ArgumentRangeError({
        ...comparison,
        expected: ['facts of two entities'],
        received: [`two of "${a.entityId}" (${a.id}, ${b.id})`],
        ...(overTime ? { remedy: parts`for one entity over time, use ${method('growthOf')}` } : {}),
      });
    }
    requireCombinable(index, comparison, [a, b], true);
  }
  if (b.value === 0)
    throw new ArgumentRangeError({ ...byDivisor, expected: [`the ${isShare ? 'whole' : 'denominator'} to be > 0`], received: [`0 (${b.id})`] });
  return deriveFigure({
    method: asked,
    argument: `${dividendName}, ${divisorName}`,
    derivation: isShare ? 'share' : 'ratio',
    unit: isShare ? 'fraction' : 'ratio',
    formula: `${a.entityId} / ${b.entityId} = ${a.value} / ${b.value}`,
    facts: [a, b],
    divisor: b,
    of: (divisor, dividend) => dividend / divisor,
  });
}
