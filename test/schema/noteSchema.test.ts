import { describe, expect, it } from 'vitest';
import { claims, entities, facts, metrics, notes, sources } from '../../src/index.js';
import { datasetSchema, noteSchema } from '../../src/schema/index.js';

const overlap = {
  id: 'city-and-region-overlap',
  kind: 'overlap',
  statement: 'The city may lie inside the region.',
  entityIds: ['san-francisco', 'silicon-valley'],
  factIds: [],
  claimIds: [],
  differences: [],
} as const;

const issues = (input: unknown) => (datasetSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
const builtIn = { sources, entities, metrics, facts, claims, notes };

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
  it('accepts the built-in records with their notes, and records without any', () => {
    expect(issues(builtIn)).toEqual([]);
    const { notes: _none, ...withoutNotes } = builtIn;
    expect(issues(withoutNotes)).toEqual([]);
  });

  it('reports a repeated note ID, an ID that resolves to no record, and a difference of facts that cannot be subtracted', () => {
    const broken = {
      ...builtIn,
      notes: [
        { ...overlap, entityIds: ['san-francisco', 'atlantis'], factIds: ['no-such-fact'], claimIds: ['no-such-claim'] },
        {
          ...overlap,
          differences: [
            { minuendId: 'united-states-ai-vc-investment-2024', subtrahendId: 'beijing-share-of-global-ai-native-funding-2023-2024' },
            { minuendId: 'paris-ai-native-funding-concentration-2023-2024', subtrahendId: 'ghost' },
          ],
        },
      ],
    };
    expect(issues(broken)).toEqual([
      ['notes.1.id', 'Expected a unique ID in notes, received "city-and-region-overlap" again'],
      ['notes.0.entityIds.1', 'Expected an ID of entities, received "atlantis"'],
      ['notes.0.factIds.0', 'Expected an ID of facts, received "no-such-fact"'],
      ['notes.0.claimIds.0', 'Expected an ID of claims, received "no-such-claim"'],
      [
        'notes.1.differences.0.subtrahendId',
        'Expected a fact in USD, the unit of "united-states-ai-vc-investment-2024", received "beijing-share-of-global-ai-native-funding-2023-2024" in percent',
      ],
      ['notes.1.differences.1.subtrahendId', 'Expected an ID of facts, received "ghost"'],
    ]);
    const nullValue = {
      ...builtIn,
      notes: [
        {
          ...overlap,
          differences: [{ minuendId: 'paris-ai-native-funding-concentration-2023-2024', subtrahendId: 'beijing-ai-native-funding-concentration-2023-2024' }],
        },
      ],
    };
    expect(issues(nullValue)).toEqual([
      [
        'notes.0.differences.0.minuendId',
        'Expected a fact with a value to subtract, received "paris-ai-native-funding-concentration-2023-2024", whose value is null',
      ],
    ]);
  });
});
