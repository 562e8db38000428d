/** Containment over long chains and cycles of groups: validated without recursion, in time and text that grow with the groups, not their square. */
import { describe, expect, it } from 'vitest';
import { containingPair } from '../../src/dataset/containment.js';
import { indexRecords } from '../../src/dataset/indexRecords.js';
import { createDataset, datasetSchema } from '../../src/schema/index.js';
import type { Entity } from '../../src/types.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const LONG = 100_000;
const groupId = (k: number) => `g-${k}`;
const group = (k: number, extra: Partial<Entity>): Entity => ({
  id: groupId(k),
  name: `Group ${k}`,
  kind: 'group',
  description: `Group ${k} of a long chain.`,
  members: [],
  membersComplete: true,
  ...extra,
});

/** User records with `groups` added to the entities. */
const withGroups = (groups: readonly Entity[]) => {
  const records = userRecords([userFact('a', 1)]);
  return { ...records, entities: [...records.entities, ...groups] };
};

const issuesOf = (input: unknown) => (datasetSchema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('containment of long chains', () => {
  it(`createDataset(records) validates a chain of ${LONG.toLocaleString('en')} groups, each naming the next among its members`, () => {
    const groups = Array.from({ length: LONG }, (_, k) => group(k, { members: k + 1 < LONG ? [groupId(k + 1)] : ['a'] }));
    expect(createDataset(withGroups(groups)).entity(groupId(0)).members).toEqual([groupId(1)]);
  });

  it(`createDataset(records) validates a chain of ${LONG.toLocaleString('en')} groups, each a subset of the previous`, () => {
    const groups = Array.from({ length: LONG }, (_, k) => group(k, k === 0 ? {} : { subsetOf: groupId(k - 1) }));
    expect(createDataset(withGroups(groups)).entity(groupId(LONG - 1)).subsetOf).toBe(groupId(LONG - 2));
  });

  it(`datasetSchema.safeParse(records) reports each group of a cycle of ${LONG.toLocaleString('en')} groups once, naming the group it contains on the way back`, () => {
    const groups = Array.from({ length: LONG }, (_, k) => group(k, { members: [groupId((k + 1) % LONG)] }));
    const offset = userRecords([]).entities.length;
    const issues = issuesOf(withGroups(groups));
    expect(issues).toHaveLength(LONG);
    expect(issues[0]).toEqual([
      `entities.${offset}.id`,
      'Expected no entity to contain itself, received "g-0", which contains "g-1", which contains it, directly or through other groups',
    ]);
    expect(issues[LONG - 1]).toEqual([
      `entities.${offset + LONG - 1}.id`,
      'Expected no entity to contain itself, received "g-99999", which contains "g-0", which contains it, directly or through other groups',
    ]);
    expect(issues.map(([, message]) => message)).toEqual(
      groups.map(
        (g, k) =>
          `Expected no entity to contain itself, received "${g.id}", which contains "${groupId((k + 1) % LONG)}", which contains it, directly or through other groups`,
      ),
    );
  });

  it('datasetSchema.safeParse(records) names for each group of a small cycle the group it contains on the way back, and none outside it', () => {
    // g-2 is a subset of g-1 and lists g-0; g-3 contains the cycle but is on none.
    const groups = [
      group(0, { members: [groupId(1)] }),
      group(1, { members: [groupId(2)] }),
      group(2, { members: [groupId(0)], subsetOf: groupId(1) }),
      group(3, { members: [groupId(0)] }),
    ];
    const offset = userRecords([]).entities.length;
    expect(issuesOf(withGroups(groups))).toEqual([
      [
        `entities.${offset}.id`,
        'Expected no entity to contain itself, received "g-0", which contains "g-1", which contains it, directly or through other groups',
      ],
      [
        `entities.${offset + 1}.id`,
        'Expected no entity to contain itself, received "g-1", which contains "g-2", which contains it, directly or through other groups',
      ],
      [
        `entities.${offset + 2}.id`,
        'Expected no entity to contain itself, received "g-2", which contains "g-0", which contains it, directly or through other groups',
      ],
    ]);
  });
});

describe('containingPair(index, entityIds)', () => {
  /** An index of `groups` that counts how often the walk asks what an entity contains. */
  const countingIndex = (groups: readonly Entity[]) => {
    const index = indexRecords(withGroups(groups));
    const direct = index.containedBy();
    let asked = 0;
    const counted = {
      get: (id: string) => {
        asked++;
        return direct.get(id);
      },
    } as ReadonlyMap<string, readonly string[]>;
    return { index: { ...index, containedBy: () => counted }, asked: () => asked };
  };

  it('finds a group beside an entity it contains through subgroups, and none among groups that only share members', () => {
    const groups = [group(0, { members: [groupId(1)] }), group(1, { members: ['a'] }), group(2, { members: ['a'] })];
    expect(containingPair(countingIndex(groups).index, [groupId(2), groupId(0), 'a'])).toEqual([groupId(2), 'a']);
    expect(containingPair(countingIndex(groups).index, [groupId(0), groupId(2)])).toBeUndefined();
    expect(containingPair(countingIndex(groups).index, ['a', groupId(1)])).toEqual([groupId(1), 'a']);
  });

  it('visits each entity once however many ranked groups share a subgroup: 1,000 groups over one of 1,000 members', () => {
    const shared = group(1_000, { members: Array.from({ length: 1_000 }, (_, k) => `m-${k}`) });
    const groups = [...Array.from({ length: 1_000 }, (_, k) => group(k, { members: [groupId(1_000)] })), shared];
    const { index, asked } = countingIndex(groups);
    expect(
      containingPair(
        index,
        groups.slice(0, 1_000).map((g) => g.id),
      ),
    ).toBeUndefined();
    // One question for each ranked group and each entity below them: 1,000 + 1 + 1,000. A walk per group asks 1,000 times as often.
    expect(asked()).toBe(2_001);
  });
});
