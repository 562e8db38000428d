import { describe, expect, it } from 'vitest';
import { InvalidRecordsError } from '../../src/schema/index.js';

const issue = (i: number) => ({ path: ['facts', i, 'id'], message: 'Invalid input: expected string, received number' });

describe('InvalidRecordsError', () => {
  it('new InvalidRecordsError(issues) lists each issue one a line, with its path, and checked everything', () => {
    const error = new InvalidRecordsError([issue(0)]);
    expect([error.message, error.unchecked]).toEqual([
      'createDataset: expected valid records, received 1 problem:\n  facts[0].id: Invalid input: expected string, received number',
      undefined,
    ]);
  });

  it('new InvalidRecordsError(issues, { unchecked }) says there were more problems, and on its last line what was not checked', () => {
    const error = new InvalidRecordsError([issue(0), issue(1)], { unchecked: '5 facts and the checks across records were not checked' });
    expect(error.message.split('\n')).toEqual([
      'createDataset: expected valid records, received more than 2 problems:',
      '  facts[0].id: Invalid input: expected string, received number',
      '  facts[1].id: Invalid input: expected string, received number',
      '  … and the check stopped there: 5 facts and the checks across records were not checked',
    ]);
    expect(error.unchecked).toBe('5 facts and the checks across records were not checked');
  });

  it('an issue of more than 1,000 characters is cut in the message, with its length, never inside a surrogate pair; `issues` keeps it whole', () => {
    const long = { path: ['facts'], message: `Unrecognized keys: ${'x'.repeat(973)}😀${'y'.repeat(5_000)}` };
    const error = new InvalidRecordsError([long]);
    const line = error.message.split('\n')[1] ?? '';
    expect(line).toBe(`  facts: Unrecognized keys: ${'x'.repeat(973)}… (${7 + 19 + 973 + 2 + 5_000} characters)`);
    expect(error.issues).toEqual([long]);
  });
});
