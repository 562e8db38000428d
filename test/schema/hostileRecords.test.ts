import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIMITS } from '../../src/limits.js';
import { createDataset, factSchema, InvalidRecordsError, textQuoteSelectorSchema } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const base = userRecords([]);
const fact = userFact('a', 1);
const note = { id: 'example-note', kind: 'overlap', statement: 'A and B overlap.', entityIds: ['a'], factIds: [], claimIds: [], differences: [] };

/** The InvalidRecordsError `createDataset` throws for these records (or `ok`); anything else thrown fails the test. */
function rejection(records: unknown): 'ok' | InvalidRecordsError {
  try {
    createDataset(records);
    return 'ok';
  } catch (error) {
    if (error instanceof InvalidRecordsError) return error;
    throw error;
  }
}

/** What `createDataset` did with these records: `ok`, or the issues of the InvalidRecordsError; anything else thrown fails the test. */
function validated(records: unknown): 'ok' | readonly { path: readonly PropertyKey[]; message: string }[] {
  const result = rejection(records);
  return result === 'ok' ? result : result.issues;
}

/** An empty array behind a Proxy that claims `length` items. */
const claiming = (length: number): unknown[] =>
  new Proxy([], { get: (target, key, receiver) => (key === 'length' ? length : Reflect.get(target, key, receiver)) });

/** A value whose reading throws `message`. */
const throwing = (message: string) => () => {
  throw new Error(message);
};

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
      { path: ['facts', 0, 'id'], message: 'Expected records that can be read, received records whose reading threw "trap"' },
    ]);
  });

  it('a field __proto__, as JSON.parse makes one, is an unknown field, not a prototype', () => {
    const records = JSON.parse(JSON.stringify({ ...base, facts: [fact] }).replace('"caveats":[]', '"caveats":[],"__proto__":{"unit":"EUR"}'));
    expect(validated(records)).toEqual([{ path: ['facts', 0], message: 'Unrecognized key: "__proto__"' }]);
  });

  it("a group whose ID is undefined, or with a hole among its members, is its own schema's issue, never a failure of the checks across records", () => {
    const group = base.entities[3];
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    const holed = [, 'a'];
    expect(validated({ ...base, entities: [...base.entities, { ...group, id: undefined }, { ...group, id: 'example-group', members: holed }] })).toEqual([
      { path: ['entities', 7, 'id'], message: 'Invalid input: expected string, received undefined' },
      { path: ['entities', 8, 'members', 0], message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('a getter of a collection that throws is an issue at its path, never the raw error', () => {
    const records = {
      ...base,
      get facts() {
        return throwing('getter')();
      },
    };
    expect(validated(records)).toEqual([{ path: ['facts'], message: 'Expected records that can be read, received records whose reading threw "getter"' }]);
  });

  it('getters, Proxy traps and revoked Proxies deeper in the records are each an issue at the path whose reading threw', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const keysTrap = new Proxy({}, { ownKeys: throwing('ownKeys') });
    const withGetter = Object.defineProperty({ ...fact }, 'caveats', { enumerable: true, get: throwing('caveats') });
    const error = Object.create(Error.prototype, { message: { get: throwing('again') } }) as Error;
    const withOddThrow = Object.defineProperty({ ...fact }, 'caveats', {
      enumerable: true,
      get: () => {
        throw error;
      },
    });
    const threw = (reason: string) => `Expected records that can be read, received records whose reading threw ${reason}`;
    expect(validated({ ...base, facts: [{ ...fact, citation: revoked.proxy }, keysTrap, withGetter, withOddThrow] })).toEqual([
      { path: ['facts', 0, 'citation'], message: threw('"Cannot perform \'IsArray\' on a proxy that has been revoked"') },
      { path: ['facts', 1], message: threw('"ownKeys"') },
      { path: ['facts', 2, 'caveats'], message: threw('"caveats"') },
      { path: ['facts', 3, 'caveats'], message: threw('an Error') },
    ]);
  });

  it('a collection that is a typed array or a Map is reported as such, not as a reading that threw', () => {
    const notPlain = (kind: string) => `Expected plain data (arrays, objects, text, numbers, booleans, null), received ${kind}`;
    expect(validated({ ...base, facts: new Uint8Array(3), claims: new Map() })).toEqual([
      { path: ['facts'], message: notPlain('a Uint8Array') },
      { path: ['claims'], message: notPlain('a Map') },
    ]);
    expect(validated({ ...base, facts: [{ ...fact, citation: new Date(0) }] })).toEqual([{ path: ['facts', 0, 'citation'], message: notPlain('a Date') }]);
  });

  it("values nested past any record's depth, cyclic or a hundred thousand levels deep, are reported by kind without being read", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(validated({ ...base, facts: [{ ...fact, caveats: [deep, cyclic] }] })).toEqual([
      { path: ['facts', 0, 'caveats', 0], message: 'Invalid input: expected string, received array' },
      { path: ['facts', 0, 'caveats', 1], message: 'Invalid input: expected string, received array' },
    ]);
  });
});

describe('createDataset(records) checks sizes before it does the work', () => {
  it('a hyphenated ID of 99,999 characters is one issue by its length, never a regex stack overflow; one of 10 MB is refused before any schema', () => {
    expect(validated({ ...base, facts: [{ ...fact, id: `${'a-'.repeat(49_999)}a` }] })).toEqual([
      { path: ['facts', 0, 'id'], message: 'Expected an ID of at most 200 characters, received 99999' },
    ]);
    expect(validated({ ...base, facts: [{ ...fact, id: `${'a-'.repeat(5_000_000)}a` }] })).toEqual([
      { path: ['facts', 0, 'id'], message: 'Expected at most 100000 characters, received 10000001' },
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

describe('createDataset(records) bounds every list and text inside a record before reading it', () => {
  const entity = (i: number, fields: object) => ({ ...base, entities: base.entities.map((e, j) => (j === i ? { ...e, ...fields } : e)) });
  const LISTS: readonly [string, readonly PropertyKey[], (list: unknown[]) => unknown][] = [
    ['caveats', ['facts', 0, 'caveats'], (list) => ({ ...base, facts: [{ ...fact, caveats: list }] })],
    ['aliases', ['entities', 0, 'aliases'], (list) => entity(0, { aliases: list })],
    ['otherQuotes', ['facts', 0, 'citation', 'otherQuotes'], (list) => ({ ...base, facts: [{ ...fact, citation: { ...fact.citation, otherQuotes: list } }] })],
    ['members', ['entities', 3, 'members'], (list) => entity(3, { members: list })],
    ["a note's factIds", ['notes', 0, 'factIds'], (list) => ({ ...base, facts: [fact], notes: [{ ...note, factIds: list }] })],
  ];

  it.each(LISTS)('%s of 2 ** 32 - 1 items, as an array or a Proxy claiming them, is refused at once by its length', (_, path, records) => {
    const refused = [{ path, message: 'Expected at most 10000 items, received an array of 4294967295' }];
    expect(validated(records(new Array(2 ** 32 - 1)))).toEqual(refused);
    expect(validated(records(claiming(2 ** 32 - 1)))).toEqual(refused);
  });

  it('a list of LIMITS.listLength items is read; one more is refused', () => {
    expect(validated({ ...base, facts: [{ ...fact, caveats: new Array(LIMITS.listLength).fill('A caveat.') }] })).toBe('ok');
    expect(validated({ ...base, facts: [{ ...fact, caveats: new Array(LIMITS.listLength + 1).fill('A caveat.') }] })).toEqual([
      { path: ['facts', 0, 'caveats'], message: 'Expected at most 10000 items, received an array of 10001' },
    ]);
  });

  it("a selector's prefix of 50 million characters is refused by its length", () => {
    const textQuote = { type: 'TextQuoteSelector', exact: 'Figure 1', prefix: 'p'.repeat(50_000_000), suffix: '' };
    const selectors = [{ textQuote, textPosition: { type: 'TextPositionSelector', start: 0, end: 8 } }];
    expect(validated({ ...base, facts: [{ ...fact, citation: { ...fact.citation, selectors } }] })).toEqual([
      { path: ['facts', 0, 'citation', 'selectors', 0, 'textQuote', 'prefix'], message: 'Expected at most 100000 characters, received 50000000' },
    ]);
  });

  it('the schemas, and the JSON Schemas made from them, state the same limits', () => {
    const selector = { type: 'TextQuoteSelector', exact: 'Figure 1', prefix: '', suffix: '' } as const;
    expect(textQuoteSelectorSchema.safeParse({ ...selector, suffix: 's'.repeat(LIMITS.textLength) }).success).toBe(true);
    expect(textQuoteSelectorSchema.safeParse({ ...selector, suffix: 's'.repeat(LIMITS.textLength + 1) }).success).toBe(false);
    expect(factSchema.safeParse({ ...fact, caveats: new Array(LIMITS.listLength + 1).fill('A caveat.') }).success).toBe(false);
    const json = z.toJSONSchema(factSchema) as { properties: Record<string, { maxItems?: number; properties?: Record<string, { maxItems?: number }> }> };
    expect([json.properties['caveats']?.maxItems, json.properties['citation']?.properties?.['otherQuotes']?.maxItems]).toEqual([10_000, 10_000]);
    expect((z.toJSONSchema(textQuoteSelectorSchema) as { properties: Record<string, { maxLength?: number }> }).properties['prefix']?.maxLength).toBe(100_000);
  });
});

describe('createDataset(records) lists at most LIMITS.issueCount problems', () => {
  it('a million empty facts end at once in a short message that says where the check stopped', () => {
    const error = rejection({ ...base, facts: new Array(1_000_000).fill({}) }) as InvalidRecordsError;
    expect(error.issues).toHaveLength(LIMITS.issueCount);
    expect(error.issues.at(-1)).toEqual({ path: ['facts', 9, 'id'], message: 'Invalid input: expected string, received undefined' });
    expect(error.unchecked).toBe('999,990 facts and the checks across records were not checked');
    const lines = error.message.split('\n');
    expect([lines[0], lines.length, lines.at(-1)]).toEqual([
      'createDataset: expected valid records, received more than 100 problems:',
      102,
      '  … and the check stopped there: 999,990 facts and the checks across records were not checked',
    ]);
  }, 60_000);

  it('a hundred thousand facts { id: 1 } make a message of kilobytes, not megabytes', () => {
    const error = rejection({ ...base, facts: Array.from({ length: 100_000 }, () => ({ id: 1 })), claims: [{}] }) as InvalidRecordsError;
    expect(error.message.length).toBeLessThan(10_000);
    expect(error.unchecked).toBe('99,990 facts, 1 claim, and the checks across records were not checked');
  }, 60_000);

  it('a million values that are not plain data stop the reading after the first hundred, saying where', () => {
    const error = rejection({ ...base, facts: new Array(1_000_000).fill(new Map()) }) as InvalidRecordsError;
    expect([error.issues.length, error.issues.at(-1)?.path, error.unchecked]).toEqual([100, ['facts', 99], 'the records past facts[100] were not read']);
  });

  it('the checks across records stop too, saying where', () => {
    const facts = Array.from({ length: 200 }, (_, i) => userFact('atlantis', i, { id: `example-fact-${i}` }));
    const error = rejection({ ...base, facts }) as InvalidRecordsError;
    expect([error.issues.length, error.issues[0]?.path, error.unchecked]).toEqual([
      100,
      ['facts', 0, 'entityId'],
      'the checks across records past facts[100].entityId were not made',
    ]);
  });

  it('a record of 5,000 unknown fields of 100 characters is one issue, shown cut to a line of about 1,000 characters', () => {
    const unknown = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`${String(i).padStart(100, 'k')}`, 1]));
    const error = rejection({ ...base, facts: [{ ...fact, ...unknown }] }) as InvalidRecordsError;
    expect(error.issues.map((issue) => [issue.path, issue.message.length > 500_000])).toEqual([[['facts', 0], true]]);
    expect(error.message.length).toBeLessThan(1_200);
  });

  it('property: any JSON-like records, many of them, or records whose getters throw, give a dataset or an InvalidRecordsError of a bounded message', () => {
    const withThrowingGetter = fc
      .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.string())
      .map(([object, key]) => Object.defineProperty(object, key, { enumerable: true, get: throwing('getter') }));
    const value = fc.oneof(fc.jsonValue(), withThrowingGetter);
    const THROWS = Symbol('a getter that throws');
    const collection = fc.oneof(
      fc.array(value),
      fc.tuple(value, fc.integer({ min: 1, max: 5_000 })).map(([item, n]) => new Array(n).fill(item)),
      value,
      fc.constant(THROWS),
    );
    const names = ['sources', 'entities', 'metrics', 'facts', 'claims', 'notes'] as const;
    const collections = fc.record(Object.fromEntries(names.map((name) => [name, collection])), { requiredKeys: [] }).map((drawn) => {
      const records: Record<string, unknown> = {};
      for (const [name, list] of Object.entries(drawn)) {
        Object.defineProperty(records, name, list === THROWS ? { enumerable: true, get: throwing('getter') } : { enumerable: true, value: list });
      }
      return records;
    });
    const records = fc.oneof(
      value,
      collections,
      fc.tuple(fc.constantFrom(...names), collection).map(([name, list]) => ({ ...base, [name]: list === THROWS ? [] : list })),
    );
    fc.assert(
      fc.property(records, (input) => {
        const result = rejection(input);
        if (result !== 'ok') expect(result.message.length).toBeLessThan(LIMITS.issueCount * 1_100 + 500);
      }),
    );
  });
});
