import { describe, expect, it } from 'vitest';
import { notes } from '../../src/index.js';
import { datasetSchema, noteSchema } from '../../src/schema/index.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const overlap = {
  id: 'city-and-region-overlap',
  kind: 'overlap',
  statement: 'The city may lie inside the region.',
  entityIds: ['a', 'ab'],
  factIds: [],
  claimIds: [],
  differences: [],
} as const;

const issues = (input: unknown) => (datasetSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
const [usd, share, missing] = [userFact('a', 10), userFact('b', 20, { metricId: 'share' }), userFact('c', null, { metricId: 'share' })];
const records = { ...userRecords([usd, share, missing]), notes: [overlap] };

describe('noteSchema', () => {
  it("accepts every built-in note, and a note of one's own", () => {
    expect(notes.filter((note) => !noteSchema.safeParse(note).success)).toEqual([]);
    expect(noteSchema.parse(overlap)).toEqual(overlap);
  });

  it('rejects a note about no record, of another kind, or with a field it does not know, naming the field', () => {
    const paths = (input: unknown) => (noteSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(paths({ ...overlap, entityIds: [] })).toEqual([
      ['entityIds', 'Expected a note about at least one record: `entityIds`, `factIds` and `claimIds` are all empty'],
    ]);
    expect(paths({ ...overlap, kind: 'contradiction' }).map(([path]) => path)).toEqual(['kind']);
    expect(paths({ ...overlap, recordIds: ['paris'] }).map(([path]) => path)).toEqual(['']);
  });
});

describe('datasetSchema with notes', () => {
  it('accepts records with their notes, and records without any', () => {
    expect(issues(records)).toEqual([]);
    const { notes: _none, ...withoutNotes } = records;
    expect(issues(withoutNotes)).toEqual([]);
  });

  it('reports a repeated note ID, an ID that resolves to no record, and a difference of facts that cannot be subtracted', () => {
    const broken = {
      ...records,
      notes: [
        { ...overlap, entityIds: ['a', 'atlantis'], factIds: ['no-such-fact'], claimIds: ['no-such-claim'] },
        {
          ...overlap,
          differences: [
            { minuendId: usd.id, subtrahendId: share.id },
            { minuendId: missing.id, subtrahendId: 'ghost' },
          ],
        },
      ],
    };
    expect(issues(broken)).toEqual([
      ['notes.1.id', 'Expected a unique ID in notes, received "city-and-region-overlap" again'],
      ['notes.0.entityIds.1', 'Expected an ID of entities, received "atlantis"'],
      ['notes.0.factIds.0', 'Expected an ID of facts, received "no-such-fact"'],
      ['notes.0.claimIds.0', 'Expected an ID of claims, received "no-such-claim"'],
      ['notes.1.differences.0.subtrahendId', `Expected a fact in USD, the unit of "${usd.id}", received "${share.id}" in percent`],
      ['notes.1.differences.1.subtrahendId', 'Expected an ID of facts, received "ghost"'],
    ]);
    const nullValue = { ...records, notes: [{ ...overlap, differences: [{ minuendId: missing.id, subtrahendId: share.id }] }] };
    expect(issues(nullValue)).toEqual([
      ['notes.0.differences.0.minuendId', `Expected a fact with a value to subtract, received "${missing.id}", whose value is null`],
    ]);
  });
});
