import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import * as schemas from '../src/schema/index.js';

/** The paths inside `value` to an object or array that is not frozen. */
function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, `${path}.${key}`, seen))];
}

describe('the exported vocabularies and records cannot be changed by their users', () => {
  it('every object and array the main entry exports (vocabularies, limits, records, the dataset) is deeply frozen', () => {
    const exported = Object.entries(library).filter(([, value]) => typeof value === 'object' && value !== null);
    expect(exported.map(([name]) => name)).toEqual(
      expect.arrayContaining(['STATUSES', 'CURRENCY_CODES', 'PRECISIONS', 'RECORD_COLLECTIONS', 'TABLE_NAMES', 'LIMITS', 'facts', 'dataset']),
    );
    expect(exported.flatMap(([name, value]) => unfrozen(value, name))).toEqual([]);
  });

  it('STATUSES.splice(0, 1, "hacked") throws, and the library still validates statuses as before', () => {
    expect(() => (library.STATUSES as unknown as string[]).splice(0, 1, 'hacked')).toThrow(TypeError);
    expect(() => (library.CURRENCY_CODES as unknown as string[]).push('XXX')).toThrow(TypeError);
    expect(library.dataset.findFacts({ status: 'reported' }).length).toBeGreaterThan(0);
    expect(() => library.dataset.findFacts({ status: 'hacked' as never })).toThrow(RangeError);
    expect(schemas.factSchema.safeParse({ ...library.facts[0], status: 'hacked' }).success).toBe(false);
  });
});
