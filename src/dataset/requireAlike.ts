import { ArgumentRangeError, type MessagePart } from '../errors.js';
import type { Fact } from '../types.js';
import { appendTo } from '../grouping.js';
import type { RecordIndex } from './indexRecords.js';

/** A property facts must share to be compared, ranked or combined. */
export interface Aspect {
  /** Its name in the singular, for the message: "period". */
  readonly name: string;
  /** Its value for a fact. */
  readonly of: (fact: Fact, index: RecordIndex) => string | null;
}

export const METRIC: Aspect = { name: 'metric', of: (fact) => fact.metricId };
export const UNIT: Aspect = { name: 'unit', of: (fact) => fact.unit };
export const PERIOD: Aspect = { name: 'period', of: (fact) => fact.period };
export const STATUS: Aspect = { name: 'status', of: (fact) => fact.status };
export const SOURCE: Aspect = { name: 'source', of: (fact) => fact.citation.sourceId };
export const ENTITY_KIND: Aspect = {
  name: 'entity kind',
  of: (fact, index) => index.entitiesById().get(fact.entityId)?.kind ?? null,
};

const SHOWN_VALUES = 4;
const SHOWN_IDS = 3;

/** Where the facts compared come from: the method, and the argument (and its value) that gave them. */
export interface Comparison {
  readonly method: string;
  readonly argument: string;
  readonly value: unknown;
}

/**
 * Throws unless every fact has the same value of `aspect`, naming each value
 * with (some of) the facts that have it, and why it matters: ``topEntities:
 * expected facts of one period, received "2023" (a, b) and "2024" (c, d);
 * facts of different periods are not ranked together: pass `options.period` ``.
 *
 * @throws {ArgumentRangeError} if the facts differ in `aspect`.
 * @internal
 */
export function requireAlike(comparison: Comparison, index: RecordIndex, facts: readonly Fact[], aspect: Aspect, consequence: readonly MessagePart[]): void {
  const byValue = new Map<string | null, string[]>();
  for (const fact of facts) appendTo(byValue, aspect.of(fact, index), fact.id);
  if (byValue.size <= 1) return;
  const listed = [...byValue].slice(0, SHOWN_VALUES).map(([value, ids]) => {
    const shown = ids.slice(0, SHOWN_IDS).join(', ');
    const more = ids.length > SHOWN_IDS ? ` and ${ids.length - SHOWN_IDS} more` : '';
    return `${value === null ? `no ${aspect.name}` : JSON.stringify(value)} (${shown}${more})`;
  });
  const moreValues = byValue.size > SHOWN_VALUES ? ` and ${byValue.size - SHOWN_VALUES} more` : '';
  const joined = `${listed.slice(0, -1).join(', ')}${listed.length > 2 ? ',' : ''} and ${listed.at(-1)}${moreValues}`;
  throw new ArgumentRangeError({ ...comparison, expected: [`facts of one ${aspect.name}`], received: [joined], remedy: consequence });
}
