import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/schema/index.js';
import { nestedRecords } from '../fixtures/nestedGroups.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const ranked = (facts: readonly { entityId: string; value: number | null }[]) => facts.map((f) => [f.entityId, f.value]);
const example = createDataset(exampleRecords);

describe('dataset.topEcosystems(metricId, n), on the example records', () => {
  it('topEcosystems("share", 3) is a 65%, b 10%, c 4.3%, leaving out the groups ab and rest', () => {
    const leaders = example.topEcosystems('share', 3);
    expect(ranked(leaders)).toEqual([
      ['a', 65],
      ['b', 10],
      ['c', 4.3],
    ]);
    expect(leaders.map((f) => f.id)).toEqual(['a-share', 'b-share', 'c-share']);
  });

  it('returns the records themselves, so each number keeps its citation', () => {
    const [leader] = example.topEcosystems('share', 1);
    expect(leader).toBe(example.fact('a-share'));
    expect(leader?.citation.sourceId).toBe('report-one');
  });

  it('topEcosystems("concentration", 10) is b 66%, a 62%; c, not specified, is not ranked', () => {
    expect(ranked(example.topEcosystems('concentration', 10))).toEqual([
      ['b', 66],
      ['a', 62],
    ]);
  });

  it('topEntities("horizon", 3) is the one fact there is; topEcosystems(metricId, 0) is []', () => {
    expect(ranked(example.topEntities('horizon', 3))).toEqual([['acme', 3]]);
    expect(example.topEcosystems('share', 0)).toEqual([]);
  });
});

describe('dataset.topEntities(metricId, n, options)', () => {
  it('topEntities("amount", n, { period }) ranks a over b in 2024 and in 2023', () => {
    expect(ranked(example.topEntities('amount', 2, { period: '2024' }))).toEqual([
      ['a', 76],
      ['b', 14],
    ]);
    expect(ranked(example.topEntities('amount', 5, { period: '2023' }))).toEqual([
      ['a', 40],
      ['b', 10.5],
    ]);
  });

  it('topEntities("amount", n, { period: "2025" }) ranks plans and estimates together, each keeping its status', () => {
    expect(example.topEntities('amount', 6, { period: '2025' }).map((f) => [f.entityId, f.value, f.status])).toEqual([
      ['a', 100, 'plan'],
      ['b', 80, 'plan'],
      ['c', 20, 'estimate'],
    ]);
    expect(example.topEntities('amount', 6, { period: '2025', status: 'estimate' }).map((f) => f.entityId)).toEqual(['c']);
  });

  it('topEntities(metricId, n) throws when the facts span periods, naming four of them with their facts, and the option that chooses', () => {
    expect(() => example.topEntities('amount', 2)).toThrow(
      new RangeError(
        'topEntities: expected facts of one period, received "2023" (a-2023, b-2023), "2024" (a-2024, b-2024), "2025" (a-plan-2025, b-plan-2025, c-estimate-2025), and "2025/2027" (acme-plan-cny, acme-plan-usd) and 1 more; facts of different periods are not ranked together: pass `options.period`',
      ),
    );
  });

  it('topEntities(metricId, n, { period }) throws when one plan is stated in two currencies, never converting', () => {
    expect(() => example.topEntities('amount', 3, { period: '2025/2027' })).toThrow(
      new RangeError(
        'topEntities: expected facts of one unit, received "CNY" (acme-plan-cny) and "USD" (acme-plan-usd); facts of different units are not ranked together: pass `options.unit`',
      ),
    );
    expect(ranked(example.topEntities('amount', 3, { period: '2025/2027', unit: 'USD' }))).toEqual([['acme', 52]]);
  });

  it('topEntities(metricId, n) throws rather than rank groups beside ecosystems', () => {
    expect(() => example.topEntities('share', 2)).toThrow(
      new RangeError(
        'topEntities: expected facts of one entity kind, received "startup-ecosystem" (a-share, b-share, c-share) and "group" (ab-share, rest-share); facts of entities of different kinds are not ranked together: pass `options.kind`',
      ),
    );
    expect(ranked(example.topEntities('share', 2, { kind: 'group' }))).toEqual([
      ['ab', 80],
      ['rest', 20.6],
    ]);
  });

  it('topEntities(unknown metric) names the nearest metrics', () => {
    expect(() => createDataset(userRecords([])).topEntities('amou', 2)).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'topEntities: expected `metricId` to be the ID of a metric of this dataset, received "amou"; did you mean "amount"?',
        recordType: 'metric',
        value: 'amou',
        nearest: ['amount'],
        method: 'topEntities',
        argument: 'metricId',
      }),
    );
  });

  it('topEntities(metricId, n, options) rejects a bad n, an unknown or malformed option, and a filter that matches nothing', () => {
    expect(() => example.topEntities('amount', -1)).toThrow(new RangeError('topEntities: expected `n` to be a non-negative integer, received -1'));
    expect(() => example.topEntities('amount', 1.5)).toThrow(RangeError);
    expect(() => example.topEntities('amount', '3' as never)).toThrow(TypeError);
    expect(() => example.topEntities('amount', 2, { perod: '2024' } as never)).toThrow(
      new RangeError(
        'topEntities: expected the fields of `options` to be among "period", "unit", "kind", "status", "sourceId", received "perod"; did you mean "period"?',
      ),
    );
    expect(() => example.topEntities('amount', 2, { period: '2023-2024' })).toThrow(
      new RangeError('topEntities: expected `options.period` to be a year ("2024") or an interval of years ("2023/2024"), received "2023-2024"'),
    );
    expect(() => example.topEntities('amount', 2, { kind: 'city' as never })).toThrow(RangeError);
    expect(() => example.topEntities('amount', 2, { period: '2030' })).toThrow(
      new RangeError('topEntities: expected facts with a value of metric "amount" and period "2030", received none'),
    );
    expect(() => example.topEntities('amount', 2, { period: '2030', unit: 'EUR' })).toThrow(
      new RangeError('topEntities: expected facts with a value of metric "amount" and period "2030", unit "EUR", received none'),
    );
    expect(() => example.topEcosystems('amount', 2, { kind: 'country' } as never)).toThrow(
      /^topEcosystems: expected the fields of `options` to be among "period", "unit", "status", "sourceId", received "kind"/,
    );
    expect(() => example.topEcosystems('horizon', 2)).toThrow(
      new RangeError('topEcosystems: expected facts with a value of metric "horizon" and kind "startup-ecosystem", received none'),
    );
  });

  it('topEntities on user records keeps ties in the dataset order and leaves null values out', () => {
    const user = createDataset(userRecords([userFact('a', 5), userFact('b', 7), userFact('c', 5), userFact('acme', null, { id: 'acme-unknown' })]));
    expect(ranked(user.topEntities('amount', 3, { kind: 'startup-ecosystem' }))).toEqual([
      ['b', 7],
      ['a', 5],
      ['c', 5],
    ]);
  });
});

describe('topEntities: one fact for each entity, and no group beside what it contains', () => {
  it("throws where a second source states a figure for a ranked entity, and ranks each source's figures with options.sourceId", () => {
    const second = { citation: { sourceId: 'report-two', section: 'body' as const, quote: 'Figure 10' } };
    const user = createDataset(userRecords([userFact('a', 10), userFact('b', 20), userFact('a', 12, second)]));
    expect(() => user.topEntities('amount', 3)).toThrow(
      new RangeError(
        'topEntities: expected one fact for each entity, received two for "a" (a-amount-2024-usd-report-one-reported, a-amount-2024-usd-report-two-reported); an entity is not ranked twice: pass `options.sourceId` or `options.status`',
      ),
    );
    expect(ranked(user.topEntities('amount', 3, { sourceId: 'report-one' }))).toEqual([
      ['b', 20],
      ['a', 10],
    ]);
    expect(() => user.topEntities('amount', 3, { sourceId: 'report-tw0' })).toThrow(
      /^topEntities: expected `options.sourceId` to be the ID of a source of this dataset, received "report-tw0"; did you mean "report-two" or "report-one"\?$/,
    );
  });

  it('throws rather than rank a group beside an entity it contains, even through a subgroup', () => {
    const nested = createDataset(nestedRecords);
    expect(() => nested.topEntities('amount', 3, { kind: 'group' })).toThrow(
      new RangeError(
        'topEntities: expected entities that do not contain one another, received "world", which contains "eu"; a group is not ranked beside its members',
      ),
    );
  });
});
