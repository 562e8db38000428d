import { describe, expect, it } from 'vitest';
import { requireDataset } from '../src/arguments.js';
import { dataset } from '../src/dataset.js';
import { ArgumentTypeError } from '../src/errors.js';
import { createDataset } from '../src/schema/createDataset.js';
import { userFact, userRecords } from './fixtures/userRecords.js';

describe('requireDataset(method, name, value)', () => {
  it('returns the built-in dataset and a dataset from createDataset as they are', () => {
    expect(requireDataset('m', 'a', dataset)).toBe(dataset);
    const mine = createDataset(userRecords([userFact('a', 1)]));
    expect(requireDataset('m', 'a', mine)).toBe(mine);
  });

  it('refuses records that were not validated: a copy of a dataset, an object inheriting from one, a revoked or throwing Proxy, plain records, null', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy(dataset, {
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    });
    for (const value of [{ ...dataset }, { ...dataset, facts: [null] }, Object.create(dataset), revoked.proxy, throwing, userRecords([]), null]) {
      expect(() => requireDataset('verifyQuotes', 'options.dataset', value)).toThrow(ArgumentTypeError);
    }
    expect(() => requireDataset('verifyQuotes', 'options.dataset', null)).toThrow(
      'verifyQuotes: expected `options.dataset` to be a dataset (the built-in `dataset` or one from `createDataset`), received null',
    );
  });

  it('knows a dataset by a brand that is not enumerable, so that no spread or JSON copy carries it', () => {
    expect(Object.getOwnPropertySymbols(dataset).map((symbol) => symbol.description)).toEqual(['ai-investment-facts.Dataset']);
    expect(Object.keys(dataset)).not.toContain('ai-investment-facts.Dataset');
    expect(Object.getOwnPropertySymbols({ ...dataset })).toEqual([]);
  });
});
