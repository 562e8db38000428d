import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../scripts/release/checkRelease.js';
import type { BumpType, PendingChangeset } from '../../scripts/release/parseChangeset.js';
import type { ReleaseCheckInput } from '../../scripts/release/ReleaseCheck.js';
import { releaseSnapshot, type ReleaseRecords } from '../../scripts/release/releaseSnapshot.js';
import type { Claim, Correction, Fact } from '../../src/types.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const aAmount = userFact('a', 5, { id: 'a-amount-2024', citation: { sourceId: 'report-one', quote: 'A raised USD5 in 2024.' } });
const bAmount = userFact('b', 7, { id: 'b-amount-2024', citation: { sourceId: 'report-one', quote: 'B raised USD7 in 2024.' } });
const aLeads: Claim = {
  id: 'a-leads',
  entityIds: ['a'],
  statement: 'A leads.',
  citation: { sourceId: 'report-one', quote: 'A leads the region.' },
  caveats: [],
};
const records = userRecords([aAmount, bAmount], [aLeads]);

/** A correction of a-amount-2024's value from 5 to 6, first carried by 1.0.1. */
const fiveToSix: Correction = {
  recordType: 'fact',
  recordId: 'a-amount-2024',
  field: 'value',
  oldValue: 5,
  newValue: 6,
  reason: 'The report prints USD6; 5 was a typo of ours.',
  release: '1.0.1',
};

function changeset(bump: BumpType | null, summary: string, file = `${bump ?? 'empty'}.md`): PendingChangeset {
  return { file, bump, summary };
}

/** The check of `current` against a snapshot of `records` as release `version` (with the ledger `released`). */
function check(
  current: Partial<Omit<ReleaseCheckInput, 'snapshot'>> & { readonly records?: ReleaseRecords },
  { version = '1.0.0', released = [] as readonly Correction[], releasedRecords = records as ReleaseRecords } = {},
) {
  return checkRelease({
    snapshot: releaseSnapshot({ version, records: releasedRecords, corrections: released }),
    records: current.records ?? records,
    corrections: current.corrections ?? released,
    changesets: current.changesets ?? [],
  });
}

const withFacts = (...facts: Fact[]): ReleaseRecords => ({ ...records, facts });

describe('checkRelease', () => {
  it('checkRelease(unchanged records, no changeset) finds nothing', () => {
    expect(check({})).toEqual([]);
  });

  describe('removed and renamed IDs', () => {
    const withoutB = withFacts(aAmount);

    it('checkRelease(a removed fact ID, no major changeset) reports it, whatever else is pending', () => {
      const expected = [
        {
          rule: 'removed-id',
          message: 'fact "b-amount-2024" of release 1.0.0 no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and none is pending',
        },
      ];
      expect(check({ records: withoutB })).toEqual(expected);
      expect(check({ records: withoutB, changesets: [changeset('minor', 'Remove b-amount-2024.')] })).toEqual([
        { rule: 'removed-id', message: expected[0]?.message.replace('none is pending', 'the highest pending is minor') },
      ]);
    });

    it('checkRelease(a removed fact ID, a major changeset) passes', () => {
      expect(check({ records: withoutB, changesets: [changeset('patch', 'Fix.'), changeset('major', 'Remove b-amount-2024.')] })).toEqual([]);
    });

    const renamed: ReleaseRecords = {
      ...records,
      entities: records.entities.map((entity) => (entity.id === 'c' ? { ...entity, id: 'c-city' } : entity)),
    };

    it('checkRelease(a renamed entity ID) reports the old ID as gone and the new one as new', () => {
      expect(check({ records: renamed }).map((problem) => problem.message)).toEqual([
        'entity "c" of release 1.0.0 no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and none is pending',
        'entity "c-city" is new since release 1.0.0: a new ID needs a minor changeset, and none is pending',
      ]);
      expect(check({ records: renamed, changesets: [changeset('minor', 'Rename c to c-city.')] }).map((problem) => problem.rule)).toEqual(['removed-id']);
    });

    it('checkRelease(a renamed entity ID, a major changeset) passes', () => {
      expect(check({ records: renamed, changesets: [changeset('major', 'Rename entity `c` to `c-city`.')] })).toEqual([]);
    });

    it('checkRelease(removed IDs of the unreleased snapshot 0.0.0) needs only a pending changeset', () => {
      expect(check({ records: withoutB }, { version: '0.0.0' }).map((problem) => problem.message)).toEqual([
        'fact "b-amount-2024" of the unreleased snapshot (0.0.0) no longer exists (removed or renamed): nothing was published, so no major changeset is needed, but a change to the records needs a pending changeset, and none is pending',
      ]);
      expect(check({ records: withoutB, changesets: [changeset('minor', 'Add the first records.')] }, { version: '0.0.0' })).toEqual([]);
    });
  });

  describe('new IDs', () => {
    const withNewFact = withFacts(aAmount, bAmount, userFact('c', 9, { id: 'c-amount-2024' }));

    it('checkRelease(a new fact, a minor changeset) passes, as with a major one', () => {
      expect(check({ records: withNewFact, changesets: [changeset('minor', 'Add c-amount-2024.')] })).toEqual([]);
      expect(check({ records: withNewFact, changesets: [changeset('major', 'Add c-amount-2024.')] })).toEqual([]);
    });

    it('checkRelease(a new fact, no changeset or only a patch) reports it', () => {
      expect(check({ records: withNewFact })).toEqual([
        { rule: 'new-id', message: 'fact "c-amount-2024" is new since release 1.0.0: a new ID needs a minor changeset, and none is pending' },
      ]);
      expect(check({ records: withNewFact, changesets: [changeset('patch', 'Add c-amount-2024.')] }).map((problem) => problem.rule)).toEqual(['new-id']);
      expect(check({ records: withNewFact, changesets: [changeset(null, '')] }).map((problem) => problem.rule)).toEqual(['new-id']);
    });
  });

  describe('changed values', () => {
    const corrected = withFacts({ ...aAmount, value: 6 }, bAmount);
    const namingBoth = changeset('patch', 'Correct the value of `a-amount-2024` from 5 to 6, as the report prints it.');

    it('checkRelease(a changed value, no ledger entry) reports the entry it needs', () => {
      expect(check({ records: corrected }).map((problem) => problem.message)).toEqual([
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 5, newValue 6 and release "1.0.1" (the version a patch changeset makes; none is pending)',
      ]);
      expect(check({ records: corrected, changesets: [namingBoth] })).toEqual([
        {
          rule: 'changed-value',
          message:
            'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 5, newValue 6 and release "1.0.1"',
        },
      ]);
    });

    it('checkRelease(a figure moved to another entity, no ledger entry) reports it as a changed value', () => {
      const moved = withFacts({ ...aAmount, entityId: 'b' }, bAmount);
      expect(check({ records: moved, changesets: [changeset('patch', 'Fix a fact.')] }).map((problem) => [problem.rule, problem.message.split(':')[0]])).toEqual([
        ['changed-value', 'fact "a-amount-2024" entityId changed from "a" (release 1.0.0) to "b"'],
      ]);
    });

    it('checkRelease(a changed value, a ledger entry, no changeset naming both values) reports it', () => {
      const message =
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: the ledger has the entry, but no pending changeset names both 5 and 6 (each written as String(value) gives it)';
      for (const summary of ['Correct a value.', 'Correct the value from 5 to 60.', 'Correct the value from 15 to 6.', 'Correct the value to 6.']) {
        expect(check({ records: corrected, corrections: [fiveToSix], changesets: [changeset('patch', summary)] })).toEqual([{ rule: 'changed-value', message }]);
      }
      expect(check({ records: corrected, corrections: [fiveToSix] }).map((problem) => problem.message)).toEqual([
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: the ledger has the entry, but no changeset is pending; one must name both 5 and 6 (each written as String(value) gives it)',
        'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) names release "1.0.1", but no changeset is pending, so no release will carry it',
      ]);
    });

    it('checkRelease(a changed value, a ledger entry and a changeset naming both values) passes', () => {
      expect(check({ records: corrected, corrections: [fiveToSix], changesets: [namingBoth] })).toEqual([]);
    });

    it('checkRelease(a changed value whose ledger entry is not later than the release) reports both', () => {
      const notLater = { ...fiveToSix, release: '1.0.0' };
      expect(check({ records: corrected, corrections: [notLater], changesets: [namingBoth] }).map((problem) => problem.rule)).toEqual(['changed-value', 'ledger']);
    });

    it('checkRelease(a ledger entry for the release after next) reports the release the changesets make', () => {
      const tooFar = { ...fiveToSix, release: '1.1.0' };
      expect(check({ records: corrected, corrections: [tooFar], changesets: [namingBoth] })).toEqual([
        {
          rule: 'ledger',
          message: 'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.1.0) names release "1.1.0", but the pending changesets make "1.0.1"',
        },
      ]);
    });

    it('checkRelease(a ledger entry whose oldValue is not what the release published) reports it', () => {
      const wrongOld = { ...fiveToSix, oldValue: 4 };
      expect(check({ records: corrected, corrections: [wrongOld], changesets: [namingBoth] }).map((problem) => problem.message)).toEqual([
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 5, newValue 6 and release "1.0.1"',
        'the new ledger entry for fact "a-amount-2024" value (4 -> 6, release 1.0.1) has oldValue 4, but release 1.0.0 published 5',
      ]);
    });

    it('checkRelease(a changed claim quote) needs a citation.quote entry and a changeset quoting both, however wrapped', () => {
      const newQuote = 'A leads the whole region.';
      const current: ReleaseRecords = { ...records, claims: [{ ...aLeads, citation: { ...aLeads.citation, quote: newQuote } }] };
      const entry: Correction = { recordType: 'claim', recordId: 'a-leads', field: 'citation.quote', oldValue: 'A leads the region.', newValue: newQuote, reason: 'The report says "the whole region".', release: '1.0.1' };
      const wrapped = changeset('patch', 'Correct the quote of `a-leads` from "A leads the region." to "A leads the\nwhole region.".');
      expect(check({ records: current, changesets: [wrapped] }).map((problem) => problem.rule)).toEqual(['changed-value']);
      expect(check({ records: current, corrections: [entry], changesets: [wrapped] })).toEqual([]);
    });

    it('checkRelease(changed values of the unreleased snapshot 0.0.0) needs no ledger entry, only a pending changeset', () => {
      expect(check({ records: corrected, changesets: [changeset('minor', 'Add the first records.')] }, { version: '0.0.0' })).toEqual([]);
      expect(check({ records: corrected }, { version: '0.0.0' }).map((problem) => problem.rule)).toEqual(['changed-value']);
    });
  });

  describe('the ledger', () => {
    const releasedCorrection = { version: '1.0.1', released: [fiveToSix], releasedRecords: withFacts({ ...aAmount, value: 6 }, bAmount) };
    const current = withFacts({ ...aAmount, value: 6 }, bAmount);

    it('checkRelease(the ledger as released, the records showing its values) passes', () => {
      expect(check({ records: current }, releasedCorrection)).toEqual([]);
    });

    it('checkRelease(a released ledger entry removed) reports it', () => {
      expect(check({ records: current, corrections: [] }, releasedCorrection)).toEqual([
        {
          rule: 'ledger',
          message:
            'the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was removed: ledger entries are append-only; restore it as it was, and add a new entry for a further correction',
        },
      ]);
    });

    it('checkRelease(a released ledger entry edited) reports it', () => {
      const edited = { ...fiveToSix, reason: 'A typo.' };
      expect(check({ records: current, corrections: [edited] }, releasedCorrection)).toEqual([
        {
          rule: 'ledger',
          message:
            'the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was edited (reason changed): ledger entries are append-only; restore it as it was, and add a new entry for a further correction',
        },
      ]);
      const editedOldValue = { ...fiveToSix, oldValue: 4 };
      expect(check({ records: current, corrections: [editedOldValue] }, releasedCorrection).map((problem) => problem.message)).toEqual([
        'the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was edited (oldValue changed): ledger entries are append-only; restore it as it was, and add a new entry for a further correction',
      ]);
    });

    it('checkRelease(a record that no longer shows its latest entry\'s newValue) reports the value and the entry', () => {
      const changedAgain = withFacts({ ...aAmount, value: 7 }, bAmount);
      expect(check({ records: changedAgain, changesets: [changeset('patch', 'Correct from 6 to 7.')] }, releasedCorrection).map((problem) => problem.message)).toEqual([
        'fact "a-amount-2024" value changed from 6 (release 1.0.1) to 7: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 6, newValue 7 and release "1.0.2"',
        'the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) is the latest for that field, but the record shows 7, not its newValue 6',
      ]);
    });

    it('checkRelease(a second correction of a corrected value) passes with its own entry and changeset', () => {
      const changedAgain = withFacts({ ...aAmount, value: 7 }, bAmount);
      const sixToSeven = { ...fiveToSix, oldValue: 6, newValue: 7, release: '1.0.2' };
      expect(check({ records: changedAgain, corrections: [fiveToSix, sixToSeven], changesets: [changeset('patch', 'Correct from 6 to 7.')] }, releasedCorrection)).toEqual([]);
    });

    it('checkRelease(a new entry on an untracked field, or before any release) reports it', () => {
      const entityName: Correction = { recordType: 'entity', recordId: 'a', field: 'name', oldValue: 'A', newValue: 'Aa', reason: 'Spelling.', release: '1.0.1' };
      expect(check({ corrections: [entityName], changesets: [changeset('patch', 'Rename A to Aa.')] }).map((problem) => problem.message)).toEqual([
        'the new ledger entry for entity "a" name ("A" -> "Aa", release 1.0.1) corrects a field a release does not track: the ledger holds fact entityId, metricId, value, unit, precision, status, period, citation.quote; claim citation.quote',
        'the ledger entry for entity "a" name ("A" -> "Aa", release 1.0.1) is the latest for that field, but the record shows "A", not its newValue "Aa"',
      ]);
      const corrected = withFacts({ ...aAmount, value: 6 }, bAmount);
      expect(check({ records: corrected, corrections: [{ ...fiveToSix, release: '0.1.0' }], changesets: [changeset('minor', 'From 5 to 6.')] }, { version: '0.0.0' })).toEqual([
        {
          rule: 'ledger',
          message: 'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 0.1.0) corrects nothing a user could have read: no release has been published (the unreleased snapshot (0.0.0))',
        },
      ]);
    });
  });
});
