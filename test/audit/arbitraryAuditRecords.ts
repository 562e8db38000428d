/**
 * Random small records for the audit's properties: the user entities a, b, c
 * and acme, and random groups over them (complete or not, some a remainder of
 * another less some entities, some listing a member twice), the user metrics,
 * and facts that often share an entity, metric, period, unit, status and
 * source, in several currencies, precisions and decimal places, some without
 * a value or a period, and notes naming differences of them. Small, so that
 * the naive reference, which compares every fact with every other, stays fast.
 */
import fc from 'fast-check';
import type { Entity, Fact, Note } from '../../src/types.js';
import { userEntities, userMetrics, userSources } from '../fixtures/userRecords.js';

const LEAVES = ['a', 'b', 'c', 'acme'] as const;
const GROUPS = ['g0', 'g1', 'g2', 'g3'] as const;
const ENTITY_IDS = [...LEAVES, ...GROUPS, 'ab', 'all', 'rest'] as const;
const VALUES = [0, 0.1, 4.3, 10, 10.5, 20, 20.6, 65, 79.3, 100, 1_000_000, 10_500_000_000] as const;

const groupArbitrary = (id: string) =>
  fc
    .record({
      members: fc.array(fc.constantFrom(...LEAVES, 'ab'), { maxLength: 4 }),
      membersComplete: fc.boolean(),
      remainder: fc.option(
        fc.record({
          subsetOf: fc.constantFrom('all', 'all', 'ab', ...GROUPS.filter((g) => g !== id)),
          excludes: fc.uniqueArray(fc.constantFrom(...LEAVES), { minLength: 1, maxLength: 2 }),
        }),
        { nil: undefined },
      ),
    })
    .map(
      ({ members, membersComplete, remainder }): Entity => ({
        id,
        name: id.toUpperCase(),
        kind: 'group',
        description: `The group ${id}.`,
        members,
        membersComplete,
        ...remainder,
      }),
    );

const factArbitrary = fc.record({
  entityId: fc.constantFrom(...ENTITY_IDS, ...LEAVES, 'rest', 'all'),
  metricId: fc.constantFrom('amount', 'share', 'share', 'concentration'),
  period: fc.constantFrom('2024', '2024', '2024', '2023', null),
  value: fc.option(fc.constantFrom(...VALUES), { freq: 8, nil: null }),
  currency: fc.constantFrom('USD', 'USD', 'CNY', 'EUR'),
  precision: fc.constantFrom('exact', 'exact', 'approximate', 'lower-bound', 'upper-bound'),
  status: fc.constantFrom('reported', 'reported', 'reported', 'plan'),
  sourceId: fc.constantFrom('report-one', 'report-one', 'report-two'),
});

const differenceArbitrary = fc.record({ minuend: fc.nat(), subtrahend: fc.nat() });

/** Records (valid but for the odd member listed twice) with random groups, facts and notes. */
export const arbitraryAuditRecords = fc
  .record({
    groups: fc.tuple(...GROUPS.map(groupArbitrary)),
    facts: fc.array(factArbitrary, { maxLength: 40 }),
    differences: fc.array(differenceArbitrary, { maxLength: 2 }),
  })
  .map(({ groups, facts: drawn, differences }) => {
    const facts = drawn.map((f, i): Fact => {
      const unit = f.metricId === 'amount' ? f.currency : 'percent';
      return {
        id: `fact-${i}`,
        entityId: f.entityId,
        metricId: f.metricId,
        period: f.period,
        periodBasis: f.period === null ? null : 'stated',
        ...(f.period === null ? { periodMissingReason: 'No date.' } : {}),
        value: f.value,
        unit,
        precision: f.value === null ? null : f.precision,
        status: f.status,
        ...(f.value === null ? { missingReason: 'Not given.' } : {}),
        citation: { sourceId: f.sourceId, section: 'body', quote: `Figure ${f.value}` },
        caveats: [],
      } as Fact;
    });
    const notes: Note[] =
      facts.length === 0 || differences.length === 0
        ? []
        : [
            {
              id: 'a-note',
              kind: 'tension',
              statement: 'A note.',
              entityIds: [],
              factIds: [],
              claimIds: [],
              differences: differences.map(({ minuend, subtrahend }) => ({
                minuendId: facts[minuend % facts.length]!.id,
                subtrahendId: facts[subtrahend % facts.length]!.id,
              })),
            },
          ];
    return { sources: userSources, entities: [...userEntities, ...groups], metrics: userMetrics, facts, claims: [], notes };
  });
