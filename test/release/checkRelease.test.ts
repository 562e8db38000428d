import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../scripts/release/checkRelease.js';
import type { LastRelease, ReleasePlan, ReleaseRecords } from '../../scripts/release/releaseInputs.js';
import type { Claim, Correction, Fact } from '../../src/types.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const aAmount = userFact('a', 5, { id: 'a-amount-2024', citation: { sourceId: 'report-one', section: 'body', quote: 'A raised USD5 in 2024.' } });
const bAmount = userFact('b', 7, { id: 'b-amount-2024', citation: { sourceId: 'report-one', section: 'body', quote: 'B raised USD7 in 2024.' } });
const aLeads: Claim = {
  id: 'a-leads',
  entityIds: ['a'],
  statement: 'A leads.',
  stance: 'report',
  citation: { sourceId: 'report-one', section: 'body', quote: 'A leads the region.' },
  caveats: [],
};
const records: ReleaseRecords = { ...userRecords([aAmount, bAmount], [aLeads]), notes: [], corrections: [] };
const release100: LastRelease = { version: '1.0.0', records };

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

type Bump = ReleasePlan['releases'][number]['type'];
type Changeset = ReleasePlan['changesets'][number];

function changeset(type: Bump, summary: string): Changeset {
  return { id: `${type}-${summary.length}`, summary, releases: [{ name: 'ai-investment-facts', type }] };
}

/** The release plan of `changesets`: a `type` release from `oldVersion` to `newVersion`, as worked out by hand, or none. */
function plan(release: readonly [type: Bump, oldVersion: string, newVersion: string] | null, ...changesets: Changeset[]): ReleasePlan {
  if (release === null) return { changesets, releases: [] };
  const [type, oldVersion, newVersion] = release;
  return { changesets, releases: [{ name: 'ai-investment-facts', type, oldVersion, newVersion, changesets: changesets.map(({ id }) => id) }] };
}

const NOTHING_PENDING = plan(null);
const patch = (summary: string) => plan(['patch', '1.0.0', '1.0.1'], changeset('patch', summary));
const minor = (summary: string) => plan(['minor', '1.0.0', '1.1.0'], changeset('minor', summary));
const major = (summary: string) => plan(['major', '1.0.0', '2.0.0'], changeset('major', summary));

/** The check of the last release's records with `changes` made, against `lastRelease`. */
function check(changes: Partial<ReleaseRecords>, pending = NOTHING_PENDING, lastRelease: LastRelease | null = release100) {
  return checkRelease({ lastRelease, records: { ...(lastRelease?.records ?? records), ...changes }, plan: pending });
}

const messages = (problems: readonly { message: string }[]) => problems.map(({ message }) => message);

describe('checkRelease', () => {
  it('checkRelease(unchanged records, no changeset) finds nothing', () => {
    expect(check({})).toEqual([]);
  });

  it('checkRelease(a last release whose version is not a semantic version) throws a RangeError naming it', () => {
    expect(() => check({}, NOTHING_PENDING, { version: 'v1.0', records })).toThrow(
      new RangeError('checkRelease: expected `lastRelease.version` to be a semantic version such as "1.0.1", received "v1.0"'),
    );
  });

  describe('removed and renamed IDs', () => {
    const withoutB = { facts: [aAmount] };
    const removedB = 'fact "b-amount-2024" of release 1.0.0 no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and';

    it('checkRelease(a removed fact ID, no major release pending) reports it, naming the highest pending bump', () => {
      expect(check(withoutB)).toEqual([{ rule: 'removed-id', message: `${removedB} none is pending` }]);
      expect(check(withoutB, minor('Remove b-amount-2024.'))).toEqual([{ rule: 'removed-id', message: `${removedB} the highest pending is minor` }]);
    });

    it('checkRelease(a removed fact ID, a major release of a patch and a major changeset) passes', () => {
      expect(check(withoutB, plan(['major', '1.0.0', '2.0.0'], changeset('patch', 'Fix.'), changeset('major', 'Remove b-amount-2024.')))).toEqual([]);
    });

    const renamed = { entities: records.entities.map((entity) => (entity.id === 'c' ? { ...entity, id: 'c-city' } : entity)) };

    it('checkRelease(a renamed entity ID) reports the old ID as gone and the new one as new', () => {
      expect(messages(check(renamed))).toEqual([
        'entity "c" of release 1.0.0 no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and none is pending',
        'entity "c-city" is new since release 1.0.0: a new ID needs a minor changeset, and none is pending',
      ]);
      expect(check(renamed, minor('Rename c to c-city.')).map(({ rule }) => rule)).toEqual(['removed-id']);
      expect(check(renamed, major('Rename entity `c` to `c-city`.'))).toEqual([]);
    });
  });

  describe('new IDs', () => {
    const withNewFact = { facts: [aAmount, bAmount, userFact('c', 9, { id: 'c-amount-2024' })] };
    const newC = 'fact "c-amount-2024" is new since release 1.0.0: a new ID needs a minor changeset, and';

    it('checkRelease(a new fact, a minor or a major release pending) passes', () => {
      expect(check(withNewFact, minor('Add c-amount-2024.'))).toEqual([]);
      expect(check(withNewFact, major('Add c-amount-2024.'))).toEqual([]);
    });

    it('checkRelease(a new fact, no changeset, a patch or a `none` changeset) reports it', () => {
      expect(check(withNewFact)).toEqual([{ rule: 'new-id', message: `${newC} none is pending` }]);
      expect(messages(check(withNewFact, patch('Add c-amount-2024.')))).toEqual([`${newC} the highest pending is patch`]);
      expect(messages(check(withNewFact, plan(['none', '1.0.0', '1.0.0'], changeset('none', 'Add c-amount-2024.'))))).toEqual([`${newC} none is pending`]);
    });

    it('checkRelease(records before the first release) needs a pending changeset of any bump for each ID', () => {
      const firstRecords = { sources: records.sources.slice(0, 1), entities: [], metrics: [], facts: [], claims: [] };
      expect(check(firstRecords, NOTHING_PENDING, null)).toEqual([
        {
          rule: 'new-id',
          message:
            'source "report-one" is new, and nothing has been published yet (version 0.0.0, no tag v0.0.0): the first release needs a pending changeset, and none is pending',
        },
      ]);
      expect(check(firstRecords, plan(['patch', '0.0.0', '0.0.1'], changeset('patch', 'Add report-one.')), null)).toEqual([]);
    });
  });

  describe('changed values', () => {
    const corrected = { facts: [{ ...aAmount, value: 6 }, bAmount] };
    const namingBoth = patch('Correct the value of `a-amount-2024` from 5 to 6, as the report prints it.');
    const needsEntry =
      'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 5, newValue 6 and release "1.0.1"';

    it('checkRelease(a changed value, no ledger entry) reports the entry it needs, in the release the changesets make', () => {
      expect(messages(check(corrected))).toEqual([`${needsEntry} (the version a patch changeset makes; none is pending)`]);
      expect(check(corrected, namingBoth)).toEqual([{ rule: 'changed-value', message: needsEntry }]);
      expect(messages(check(corrected, minor('Correct a-amount-2024 from 5 to 6.')))).toEqual([needsEntry.replace('"1.0.1"', '"1.1.0"')]);
    });

    it("checkRelease(a figure moved to another entity, a fact's quote changed, no ledger entry) reports them as changed values", () => {
      const moved = {
        facts: [
          { ...aAmount, entityId: 'b' },
          { ...bAmount, citation: { ...bAmount.citation, quote: 'B raised USD7.' } },
        ],
      };
      expect(check(moved, patch('Fix a fact.')).map(({ rule, message }) => [rule, message.split(':')[0]])).toEqual([
        ['changed-value', 'fact "a-amount-2024" entityId changed from "a" (release 1.0.0) to "b"'],
        ['changed-value', 'fact "b-amount-2024" citation.quote changed from "B raised USD7 in 2024." (release 1.0.0) to "B raised USD7."'],
      ]);
    });

    it('checkRelease(a field the last release did not have, now null) finds no change: a missing field counts as null', () => {
      const { period, ...undated } = aAmount;
      expect([
        period,
        check({ facts: [{ ...aAmount, period: null }, bAmount] }, NOTHING_PENDING, {
          version: '1.0.0',
          records: { ...records, facts: [undated as Fact, bAmount] },
        }),
      ]).toEqual(['2024', []]);
    });

    it('checkRelease(a changed value, a ledger entry, no changeset naming both values) reports it', () => {
      const message =
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: the ledger has the entry, but no pending changeset names both 5 and 6 (each written as String(value) gives it)';
      for (const summary of ['Correct a value.', 'Correct the value from 5 to 60.', 'Correct the value from 15 to 6.', 'Correct the value to 6.']) {
        expect(check({ ...corrected, corrections: [fiveToSix] }, patch(summary))).toEqual([{ rule: 'changed-value', message }]);
      }
      const namedByNone = plan(['patch', '1.0.0', '1.0.1'], changeset('patch', 'Correct a value.'), changeset('none', 'From 5 to 6.'));
      expect(messages(check({ ...corrected, corrections: [fiveToSix] }, namedByNone))).toEqual([message]);
      expect(messages(check({ ...corrected, corrections: [fiveToSix] }))).toEqual([
        'fact "a-amount-2024" value changed from 5 (release 1.0.0) to 6: the ledger has the entry, but no changeset is pending; one must name both 5 and 6 (each written as String(value) gives it)',
        'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) names release "1.0.1", but no changeset is pending, so no release will carry it',
      ]);
    });

    it('checkRelease(a changed value, a ledger entry and a changeset naming both values) passes', () => {
      expect(check({ ...corrected, corrections: [fiveToSix] }, namingBoth)).toEqual([]);
    });

    it('checkRelease(a changed value whose ledger entry is not later than the release) reports both', () => {
      const notLater = { ...fiveToSix, release: '1.0.0' };
      expect(check({ ...corrected, corrections: [notLater] }, namingBoth).map(({ rule }) => rule)).toEqual(['changed-value', 'ledger']);
    });

    it('checkRelease(a ledger entry for another release than the changesets make) reports the release they make', () => {
      expect(check({ ...corrected, corrections: [{ ...fiveToSix, release: '1.1.0' }] }, namingBoth)).toEqual([
        {
          rule: 'ledger',
          message: 'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.1.0) names release "1.1.0", but the pending changesets make "1.0.1"',
        },
      ]);
    });

    it('checkRelease(a ledger entry whose oldValue is not what the release published) reports it', () => {
      expect(messages(check({ ...corrected, corrections: [{ ...fiveToSix, oldValue: 4 }] }, namingBoth))).toEqual([
        needsEntry,
        'the new ledger entry for fact "a-amount-2024" value (4 -> 6, release 1.0.1) has oldValue 4, but release 1.0.0 published 5',
      ]);
    });

    it('checkRelease(a changed claim quote) needs a citation.quote entry and a changeset quoting both, however wrapped', () => {
      const newQuote = 'A leads the whole region.';
      const claims = [{ ...aLeads, citation: { ...aLeads.citation, quote: newQuote } }];
      const entry: Correction = {
        recordType: 'claim',
        recordId: 'a-leads',
        field: 'citation.quote',
        oldValue: 'A leads the region.',
        newValue: newQuote,
        reason: 'The report says "the whole region".',
        release: '1.0.1',
      };
      const wrapped = patch('Correct the quote of `a-leads` from "A leads the region." to "A leads the\nwhole region.".');
      expect(check({ claims }, wrapped).map(({ rule }) => rule)).toEqual(['changed-value']);
      expect(check({ claims, corrections: [entry] }, wrapped)).toEqual([]);
    });
  });

  describe('the ledger', () => {
    const current = { facts: [{ ...aAmount, value: 6 }, bAmount] };
    const release101: LastRelease = { version: '1.0.1', records: { ...records, ...current, corrections: [fiveToSix] } };
    const appendOnly = 'ledger entries are append-only; restore it as it was, and add a new entry for a further correction';

    it('checkRelease(the ledger as released, the records showing its values) passes', () => {
      expect(check({}, NOTHING_PENDING, release101)).toEqual([]);
    });

    it('checkRelease(a released ledger entry removed) reports it', () => {
      expect(check({ corrections: [] }, NOTHING_PENDING, release101)).toEqual([
        { rule: 'ledger', message: `the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was removed: ${appendOnly}` },
      ]);
    });

    it('checkRelease(a released ledger entry edited) reports the fields that changed', () => {
      expect(check({ corrections: [{ ...fiveToSix, reason: 'A typo.' }] }, NOTHING_PENDING, release101)).toEqual([
        {
          rule: 'ledger',
          message: `the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was edited (reason changed): ${appendOnly}`,
        },
      ]);
      expect(messages(check({ corrections: [{ ...fiveToSix, oldValue: 4, reason: 'A typo.' }] }, NOTHING_PENDING, release101))).toEqual([
        `the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was edited (oldValue, reason changed): ${appendOnly}`,
      ]);
    });

    const changedAgain = { facts: [{ ...aAmount, value: 7 }, bAmount] };
    const sixToSeven = plan(['patch', '1.0.1', '1.0.2'], changeset('patch', 'Correct from 6 to 7.'));

    it("checkRelease(a record that no longer shows its latest entry's newValue) reports the value and the entry", () => {
      expect(messages(check(changedAgain, sixToSeven, release101))).toEqual([
        'fact "a-amount-2024" value changed from 6 (release 1.0.1) to 7: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "a-amount-2024", field "value", oldValue 6, newValue 7 and release "1.0.2"',
        'the ledger entry for fact "a-amount-2024" value (5 -> 6, release 1.0.1) is the latest for that field, but the record shows 7, not its newValue 6',
      ]);
    });

    it('checkRelease(a second correction of a corrected value) passes with its own entry and changeset, the latest by release in any order', () => {
      const corrections = [fiveToSix, { ...fiveToSix, oldValue: 6, newValue: 7, release: '1.0.2' }];
      expect(check({ ...changedAgain, corrections }, sixToSeven, release101)).toEqual([]);
      expect(check({ ...changedAgain, corrections: [...corrections].reverse() }, sixToSeven, release101)).toEqual([]);
    });

    it('checkRelease(a new entry on an untracked field) reports it', () => {
      const entityName: Correction = {
        recordType: 'entity',
        recordId: 'a',
        field: 'name',
        oldValue: 'A',
        newValue: 'Aa',
        reason: 'Spelling.',
        release: '1.0.1',
      };
      expect(messages(check({ corrections: [entityName] }, patch('Rename A to Aa.')))).toEqual([
        'the new ledger entry for entity "a" name ("A" -> "Aa", release 1.0.1) corrects a field a release does not track: the ledger holds fact entityId, metricId, value, unit, precision, status, period, citation.quote; claim citation.quote',
        'the ledger entry for entity "a" name ("A" -> "Aa", release 1.0.1) is the latest for that field, but the record shows "A", not its newValue "Aa"',
      ]);
    });

    it('checkRelease(a new entry for a record the last release did not have) reports it', () => {
      const cAmount = userFact('c', 9, { id: 'c-amount-2024' });
      const entry: Correction = { ...fiveToSix, recordId: 'c-amount-2024', oldValue: 8, newValue: 9 };
      expect(messages(check({ facts: [aAmount, bAmount, cAmount], corrections: [entry] }, minor('Add c-amount-2024, from 8 to 9.')))).toEqual([
        'the new ledger entry for fact "c-amount-2024" value (8 -> 9, release 1.0.1) corrects a record that release 1.0.0 did not have, so nothing of it was published',
      ]);
    });

    it('checkRelease(a ledger entry before the first release) reports it: nothing was published', () => {
      const first = plan(['minor', '0.0.0', '0.1.0'], changeset('minor', 'Add the first records, from 5 to 6.'));
      expect(check({ ...current, corrections: [{ ...fiveToSix, release: '0.1.0' }] }, first, null)).toEqual([
        {
          rule: 'ledger',
          message:
            'the new ledger entry for fact "a-amount-2024" value (5 -> 6, release 0.1.0) corrects nothing a user could have read: nothing has been published yet (version 0.0.0, no tag v0.0.0)',
        },
      ]);
    });
  });
});
