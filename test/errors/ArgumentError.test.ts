import { describe, expect, it } from 'vitest';
import {
  AiInvestmentFactsError,
  ArgumentRangeError,
  ArgumentTypeError,
  cagr,
  dataset,
  share,
  type Dataset,
  type MessageNaming,
  UnknownIdError,
} from '../../src/index.js';
import { createDataset, InvalidRecordsError } from '../../src/schema/index.js';

/** The error `run` throws. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** The command's words: flags for arguments, "the … command" for methods. */
const FLAGS: MessageNaming = {
  argument: ({ argument }) => `--${argument.replace(/^options\./, '')}`,
  method: ({ method }) => `the ${method} command`,
};

describe('ArgumentTypeError and ArgumentRangeError', () => {
  it('are a TypeError and a RangeError, named so, whose fields are what the message says', () => {
    const error = thrown(() => share('10' as never, 40));
    expect(error).toBeInstanceOf(ArgumentTypeError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({
      name: 'TypeError',
      message: 'share: expected `part` to be a number, received "10" (string)',
      method: 'share',
      argument: 'part',
      value: '10',
      expected: [{ argument: 'part' }, ' to be a number'],
      received: ['"10" (string)'],
    });
    const range = thrown(() => cagr(40, 76, 0));
    expect(range).toBeInstanceOf(ArgumentRangeError);
    expect(range).toMatchObject({ name: 'RangeError', message: 'cagr: expected `years` > 0, received 0', method: 'cagr', argument: 'years', value: 0 });
  });

  it('hold `received` and `remedy` only where the problem gives them, and describe the value where it gives no `received`', () => {
    const error = new ArgumentRangeError({ method: 'topEntities', argument: 'n', value: -1, expected: [{ argument: 'n' }, ' to be a non-negative integer'] });
    expect(Object.keys(error)).toEqual(['name', 'method', 'argument', 'value', 'expected']);
    expect(error.message).toBe('topEntities: expected `n` to be a non-negative integer, received -1');
  });

  it('describe their problem in the words a caller names arguments and methods with', () => {
    const error = new ArgumentRangeError({
      method: 'topEntities',
      argument: 'metricId',
      value: 'ai-vc-investment',
      expected: ['facts of one period'],
      received: ['"2024" and "2023"'],
      remedy: ['pass ', { argument: 'options.period' }, ' or use ', { method: 'findFacts' }],
    });
    expect(error.message).toBe('topEntities: expected facts of one period, received "2024" and "2023"; pass `options.period` or use findFacts');
    expect(error.describe(FLAGS)).toBe('expected facts of one period, received "2024" and "2023"; pass --period or use the findFacts command');
    const withValue = new ArgumentTypeError({
      method: 'sumOf',
      argument: 'choice',
      value: 1,
      expected: [{ argument: 'choice', value: { unit: 'EUR' } }, ' to name a unit'],
    });
    expect(withValue.message).toBe('sumOf: expected `choice` {"unit":"EUR"} to name a unit, received 1');
  });

  it('are recognised by `instanceof` across copies of the package by their registered brand, and not confused with each other', () => {
    const otherCopy = Object.defineProperty(new RangeError('x'), Symbol.for('ai-investment-facts.ArgumentRangeError'), { value: true });
    expect(otherCopy).toBeInstanceOf(ArgumentRangeError);
    expect(otherCopy).not.toBeInstanceOf(ArgumentTypeError);
    expect(new RangeError('x')).not.toBeInstanceOf(ArgumentRangeError);
    expect(thrown(() => share('10' as never, 40))).not.toBeInstanceOf(ArgumentRangeError);
  });

  it('are all recognised by the base AiInvestmentFactsError, each also the built-in error of its kind, and an UnknownIdError is an ArgumentRangeError', () => {
    const loose: Dataset = dataset;
    const errors = [
      thrown(() => share('10' as never, 40)),
      thrown(() => cagr(40, 76, 0)),
      thrown(() => loose.entity('silicon-vally')),
      thrown(() => createDataset({ sources: [], entities: [], metrics: [], facts: [{}], claims: [] })),
    ];
    expect(errors.map((error) => error instanceof AiInvestmentFactsError)).toEqual([true, true, true, true]);
    expect(errors.map((error) => [error instanceof TypeError, error instanceof RangeError])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [true, false],
    ]);
    expect(errors.map((error) => (error as Error).name)).toEqual(['TypeError', 'RangeError', 'UnknownIdError', 'InvalidRecordsError']);
    expect([errors[2] instanceof ArgumentRangeError, errors[2] instanceof UnknownIdError, errors[3] instanceof InvalidRecordsError]).toEqual([
      true,
      true,
      true,
    ]);
    expect(errors[2]).toMatchObject({ method: 'entity', argument: 'id', value: 'silicon-vally', recordType: 'entity', nearest: ['silicon-valley'] });
    expect([new Error('x'), new RangeError('x'), null, 'x'].map((value) => value instanceof AiInvestmentFactsError)).toEqual([false, false, false, false]);
  });
});
