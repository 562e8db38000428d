import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentTypeError } from '../../src/index.js';
import { describeValue } from '../../src/errors.js';

/** A character a terminal acts on: C0 but \n and \t, DEL, C1, the line separators and the bidirectional controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what the test looks for
const ACTS_ON_A_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

/** Values that break naive descriptions: whose JSON throws, whose traps throw, whose getters throw. */
function hostileValues(): unknown[] {
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const trapping = new Proxy(
    {},
    {
      getPrototypeOf: () => {
        throw new Error('trap');
      },
      get: () => {
        throw new Error('trap');
      },
    },
  );
  const withThrowingConstructor = Object.create({
    get constructor() {
      throw new Error('getter');
    },
  }) as object;
  return [10n, cyclic, revoked.proxy, trapping, withThrowingConstructor, Object.create(null), Symbol('s'), () => 1];
}

describe('describeValue(value), the one description of a received value in every message', () => {
  it('describes numbers as JavaScript prints them (and -0), strings quoted, and the rest by kind', () => {
    const values = [
      76,
      -0,
      -5e-324,
      NaN,
      -Infinity,
      76n,
      '40',
      '',
      true,
      null,
      undefined,
      [1],
      [],
      new Set([1]),
      new Float64Array(1),
      new Uint8Array(1),
      new Int8Array(1),
      new URL('https://example.org/'),
      new ArrayBuffer(1),
      new Date(0),
      {},
      { 0: 1, length: 1 },
    ];
    expect(values.map(describeValue)).toEqual([
      '76',
      '-0',
      '-5e-324',
      'NaN',
      '-Infinity',
      '76n',
      '"40"',
      '""',
      'true',
      'null',
      'undefined',
      'an array of 1',
      'an array of 0',
      'a Set',
      'a Float64Array',
      'a Uint8Array',
      'an Int8Array',
      'a URL',
      'an ArrayBuffer',
      'a Date',
      'an object',
      'an object',
    ]);
  });

  it('describes values whose JSON, traps or getters throw, by kind, without throwing', () => {
    expect(hostileValues().map(describeValue)).toEqual(['10n', 'an object', 'an object', 'an object', 'an object', 'an object', 'a symbol', 'a function']);
  });

  it('escapes every character a terminal acts on, which JSON leaves raw or turns into an escape sequence', () => {
    expect(describeValue('\u001b]0;TITLE\u0007\u001b[31m')).toBe('"\\u001b]0;TITLE\\u0007\\u001b[31m"');
    expect(describeValue('a\u009b31mb')).toBe('"a\\u009b31mb"');
    expect(describeValue('evil\u202etxt.exe')).toBe('"evil\\u202etxt.exe"');
    expect(describeValue('line\u2028break')).toBe('"line\\u2028break"');
  });

  it('cuts a string past 120 characters short, saying its length, and never between the halves of a surrogate pair', () => {
    expect(describeValue('a-'.repeat(5_000_000))).toBe(`"${'a-'.repeat(60)}…" (10000000 characters)`);
    expect(describeValue(`${'x'.repeat(119)}😀tail`)).toBe(`"${'x'.repeat(119)}…" (125 characters)`);
  });

  it('property: for any value it returns a short string with no character a terminal acts on', () => {
    const anything = fc.oneof(
      fc.anything({
        withBigInt: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withBoxedValues: true,
        withNullPrototype: true,
        withSparseArray: true,
      }),
      fc.string({ unit: 'binary', maxLength: 400 }),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const text = describeValue(value);
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(ACTS_ON_A_TERMINAL);
        // At most 121 characters of a string are shown, each at most 6 once escaped (\u001b), with its length after them.
        expect(text.length).toBeLessThanOrEqual(6 * 121 + 30);
      }),
    );
    // The hostile values, which fast-check cannot generate (it probes each value it holds).
    for (const value of hostileValues()) expect(describeValue(value)).not.toMatch(ACTS_ON_A_TERMINAL);
  });

  it('lets an error show a value beside an argument whose JSON throws: a BigInt, a cyclic object', () => {
    const [bigint, cyclic] = hostileValues();
    const error = new ArgumentTypeError({
      method: 'sumOf',
      argument: 'choice',
      value: 1,
      expected: [{ argument: 'choice', value: bigint }, ' and ', { argument: 'other', value: cyclic }],
    });
    expect(error.message).toBe('sumOf: expected `choice` 10n and `other` an object, received 1');
  });
});
