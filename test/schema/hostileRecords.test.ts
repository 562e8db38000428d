import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset, InvalidRecordsError } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const base = userRecords([]);
const fact = userFact('a', 1);

/** What `createDataset` did with these records: `ok`, or the issues of the InvalidRecordsError; anything else thrown fails the test. */
function validated(records: unknown): 'ok' | readonly { path: readonly PropertyKey[]; message: string }[] {
  try {
    createDataset(records);
    return 'ok';
  } catch (error) {
    if (error instanceof InvalidRecordsError) return error.issues;
    throw error;
  }
}

describe('createDataset(records) with hostile values: never an error but InvalidRecordsError', () => {
  it('a fact whose unit is a BigInt or a cyclic object is an issue at its path, described by kind', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(validated({ ...base, facts: [{ ...fact, unit: 10n }] })).toEqual([
      { path: ['facts', 0, 'unit'], message: 'Expected "percent", "count", "years" or an ISO 4217 currency code such as "USD", received 10n' },
    ]);
    expect(validated({ ...base, facts: [{ ...fact, unit: cyclic }] })).toEqual([
      { path: ['facts', 0, 'unit'], message: 'Expected "percent", "count", "years" or an ISO 4217 currency code such as "USD", received an object' },
    ]);
  });

  it('property: any value in any field of a valid fact or entity gives a dataset or an InvalidRecordsError', () => {
    const anything = fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true });
    const factField = fc.constantFrom(...Object.keys(fact), 'extra');
    const entityField = fc.constantFrom('id', 'name', 'kind', 'members', 'subsetOf', 'excludes', 'description');
    fc.assert(
      fc.property(factField, entityField, anything, (inFact, inEntity, value) => {
        validated({ ...base, facts: [{ ...fact, [inFact]: value }] });
        validated({ ...base, entities: [...base.entities, { ...base.entities[3], [inEntity]: value }] });
      }),
    );
  });

  it('records whose getter or Proxy trap throws are one InvalidRecordsError saying so', () => {
    const trapping = new Proxy(
      { ...fact },
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(validated({ ...base, facts: [trapping] })).toEqual([
      { path: [], message: 'Expected records that can be read, received records whose reading threw "trap"' },
    ]);
  });
});

describe('createDataset(records) checks sizes before it does the work', () => {
  it('a 10 MB hyphenated ID is one issue by its length, never a regex stack overflow', () => {
    expect(validated({ ...base, facts: [{ ...fact, id: `${'a-'.repeat(5_000_000)}a` }] })).toEqual([
      { path: ['facts', 0, 'id'], message: 'Expected an ID of at most 200 characters, received 10000001' },
    ]);
  });

  it('a name past 100,000 characters is an issue; one of exactly 100,000 is not', () => {
    const entity = (name: string) => ({ ...base, entities: [...base.entities, { id: 'long', name, kind: 'company' }] });
    expect(validated(entity('n'.repeat(100_000)))).toBe('ok');
    expect(validated(entity('n'.repeat(100_001)))).toEqual([{ path: ['entities', 7, 'name'], message: 'Expected at most 100000 characters, received 100001' }]);
  });

  it('a collection of length 2 ** 32 - 1 is refused at once, by its length, before any record is read', () => {
    expect(validated({ ...base, facts: new Array(2 ** 32 - 1) })).toEqual([
      { path: ['facts'], message: 'Expected at most 10000000 records, received an array of 4294967295' },
    ]);
  });
});
