import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factInterval } from '../../src/audit/findings.js';
import { openDataset } from '../../src/dataset/openDataset.js';
import type { ValuedFact } from '../../src/derived/requireInputs.js';
import { createDataset } from '../../src/schema/index.js';
import type { Entity, Fact, FactUnit } from '../../src/types.js';
import { CURRENCY_CODES } from '../../src/vocabulary.js';
import { userEntities, userFact, userRecords } from '../fixtures/userRecords.js';

/** One fact of `entityId`'s 2024 amount in `unit`, from `sourceId`. */
const amountIn = (entityId: string, unit: FactUnit, id: string, sourceId = 'report-one'): Fact =>
  userFact(entityId, 100, { id, unit, citation: { sourceId, section: 'body', quote: 'Figure 100' } });

/** `count` groups of exactly a and b (complete), and `count` remainders of `all` less a and b. */
const coveringAndRemainders = (groups: number, remainders: number): Entity[] => [
  ...Array.from({ length: groups }, (_, i) => ({ ...group(`example-g-${i}`), members: ['a', 'b'], membersComplete: true })),
  ...Array.from({ length: remainders }, (_, i) => ({ ...group(`example-r-${i}`), members: [], membersComplete: false, subsetOf: 'all', excludes: ['a', 'b'] })),
];
const group = (id: string) => ({ id, name: id, kind: 'group' as const, description: `The group ${id}.` });
/** A user's records with these extra entities and facts. */
const withEntities = (entities: readonly Entity[], facts: readonly Fact[]) => ({ ...userRecords(facts), entities: [...userEntities, ...entities] });

describe('auditConsistency() stays linear in the facts', () => {
  it('auditConsistency() of 120 statements each in all 162 currencies gives 120 × 161 = 19,320 currency pairs, each currency against the first', () => {
    const entities = Array.from({ length: 120 }, (_, i) => ({ id: `example-e-${i}`, name: `E ${i}`, kind: 'startup-ecosystem' as const }));
    const facts = entities.flatMap(({ id }) => CURRENCY_CODES.map((code) => amountIn(id, code, `${id}-${code.toLowerCase()}`)));
    const findings = createDataset(withEntities(entities, facts)).auditConsistency();
    expect(facts).toHaveLength(19_440);
    expect(findings).toHaveLength(19_320);
    expect(findings.every((f) => f.check === 'currency-pair')).toBe(true);
    expect(findings.slice(0, 161).map((f) => [f.id, ...f.factIds])).toEqual(
      CURRENCY_CODES.slice(1).map((code) => [
        `currency-pair:example-e-0:amount:2024:AED/${code}:reported:report-one`,
        'example-e-0-aed',
        `example-e-0-${code.toLowerCase()}`,
      ]),
    );
  }, 60_000);

  const statements = fc.array(
    fc.record({
      entityId: fc.constantFrom('a', 'b'),
      sourceId: fc.constantFrom('report-one', 'report-two'),
      units: fc.array(fc.constantFrom(...CURRENCY_CODES.slice(0, 40)), { maxLength: 40 }),
    }),
    { maxLength: 4 },
  );

  it('auditConsistency() of random statements in random currencies compares each amount stated once in a pair at most once, and every such amount', () => {
    fc.assert(
      fc.property(statements, (drawn) => {
        const facts = drawn.flatMap(({ entityId, sourceId, units }, s) => units.map((unit, u) => amountIn(entityId, unit, `f-${s}-${u}`, sourceId)));
        const findings = openDataset(userRecords(facts)).auditConsistency();
        const pairs = findings.filter((f) => f.check === 'currency-pair');
        const compared = pairs.map((f) => f.factIds[1]);
        // At most one pair per amount (the one against its statement's first currency), and one repeated figure per two facts.
        expect(findings.length).toBeLessThanOrEqual(1.5 * facts.length);
        expect(compared).toEqual([...new Set(compared)]);
        // Every amount stated once in its statement's currency, where the statement has two such, is in a pair.
        const once = drawn.flatMap(({ entityId, sourceId, units }, s) => {
          const single = units.flatMap((unit, u) => (units.indexOf(unit) === units.lastIndexOf(unit) ? [`f-${s}-${u}`] : []));
          const sameStatement = drawn.some((other, t) => t !== s && other.entityId === entityId && other.sourceId === sourceId);
          return single.length > 1 && !sameStatement ? single : [];
        });
        expect(once.filter((id) => !pairs.some((f) => f.factIds.includes(id)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('auditConsistency() of 300 remainders and 300 groups of what they exclude, each with a share, checks the first remainder against each group and the others against the first: 599 findings', () => {
    const entities = coveringAndRemainders(300, 300);
    const findings = createDataset(
      withEntities(
        entities,
        entities.map((e) => userFact(e.id, 50, { metricId: 'share' })),
      ),
    ).auditConsistency();
    const id = (remainder: number, group: number) => `remainder-sum:example-r-${remainder}+example-g-${group}:share:2024:percent:reported:report-one`;
    expect(findings.map((f) => [f.id, f.outcome])).toEqual([
      ...Array.from({ length: 300 }, (_, g) => [id(0, g), 'consistent']),
      ...Array.from({ length: 299 }, (_, r) => [id(r + 1, 0), 'consistent']),
    ]);
  }, 60_000);

  it('auditConsistency() of random remainders and groups of the same entities makes at most one finding per figure, and uses every figure', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (groupHas, remainderHas) => {
        const entities = coveringAndRemainders(groupHas.length, remainderHas.length);
        const has = [...groupHas, ...remainderHas];
        const facts = entities.filter((_, i) => has[i]).map((e) => userFact(e.id, 50, { metricId: 'share' }));
        const findings = openDataset(withEntities(entities, facts)).auditConsistency();
        expect(findings.length).toBeLessThanOrEqual(facts.length);
        const used = new Set(findings.flatMap((f) => f.factIds));
        const bothHave = groupHas.includes(true) && remainderHas.includes(true);
        expect(facts.filter((fact) => bothHave && !used.has(fact.id)).map((fact) => fact.id)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('auditConsistency() judges a repeated figure of many statements as every interval would, though it reads few of them: consistent exactly where some value lies in all', () => {
    const statement = fc.record({
      value: fc.constantFrom(0, 9.5, 10, 10.4, 10.5, 11, 12, 20, 100),
      precision: fc.constantFrom('exact', 'approximate', 'lower-bound', 'upper-bound'),
    });
    fc.assert(
      fc.property(fc.array(statement, { minLength: 2, maxLength: 14 }), (drawn) => {
        const facts = drawn.map(({ value, precision }, i) => userFact('c', value, { id: `f-${i}`, precision }));
        const intervals = facts.map((fact) => factInterval(fact as ValuedFact));
        const meet = Math.max(...intervals.map((i) => i.low ?? -Infinity)) <= Math.min(...intervals.map((i) => i.high ?? Infinity));
        const values = drawn.map(({ value }) => value);
        const [finding] = openDataset(userRecords(facts)).auditConsistency();
        expect([finding?.outcome, finding?.computed, finding?.expected]).toEqual([
          meet ? 'consistent' : 'inconsistent',
          Math.min(...values),
          Math.max(...values),
        ]);
      }),
      { numRuns: 500 },
    );
  });
});
