import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/openDataset.js';
import { createDataset } from '../../src/schema/index.js';
import type { Entity, Fact, FactUnit } from '../../src/types.js';
import { CURRENCY_CODES } from '../../src/vocabulary.js';
import { userEntities, userFact, userRecords } from '../fixtures/userRecords.js';

/** One fact of `entityId`'s 2024 amount in `unit`, from `sourceId`. */
const amountIn = (entityId: string, unit: FactUnit, id: string, sourceId = 'report-one'): Fact =>
  userFact(entityId, 100, { id, unit, citation: { sourceId, section: 'body', quote: 'Figure 100' } });

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
});
