import { describe, expect, it } from 'vitest';
import { claims, entities, facts, metrics, sources } from '../src/index.js';
import { datasetSchema } from '../src/schema/index.js';
import { readSourceDocument, SOURCES_DIRECTORY } from './data/sourceDocuments.js';
import { normalizeWhitespace } from './data/textMatching.js';

describe('the built-in records', () => {
  it('parse with datasetSchema: every record valid, IDs unique, every reference resolving', () => {
    const result = datasetSchema.safeParse({ sources, entities, metrics, facts, claims });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('are deeply frozen: every object and array reachable from an export', () => {
    const notFrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) notFrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    Object.entries({ sources, entities, metrics, facts, claims }).forEach(([name, collection]) => visit(collection, name));
    expect(notFrozen).toEqual([]);
  });

  it('throw when assigned to, in strict mode', () => {
    const fact = facts[0] as { value: number | null; citation: { quote: string } };
    expect(() => {
      fact.value = 1;
    }).toThrow(TypeError);
    expect(() => {
      fact.citation.quote = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (facts as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('use every entity and every metric they define', () => {
    const referenced = new Set<string>([
      ...facts.map((f) => f.entityId),
      ...claims.flatMap((c) => c.entityIds),
      ...entities.flatMap((e) => e.members ?? []),
      ...entities.flatMap((e) => (e.subsetOf === undefined ? [] : [e.subsetOf])),
    ]);
    expect(entities.map((e) => e.id).filter((id) => !referenced.has(id))).toEqual([]);
    const measured = new Set<string>(facts.map((f) => f.metricId));
    expect(metrics.map((m) => m.id).filter((id) => !measured.has(id))).toEqual([]);
  });

  it('give each spending plan\'s horizon as the length of its period ("over the next three years" is 2025/2027)', () => {
    const mismatched = facts
      .filter((f) => f.metricId === 'ai-spending-horizon')
      .filter((f) => {
        const [start, end = start] = (f.period ?? '').split('/').map(Number);
        return f.value !== (end ?? 0) - (start ?? 0) + 1;
      })
      .map((f) => f.id);
    expect(facts.filter((f) => f.metricId === 'ai-spending-horizon')).toHaveLength(2);
    expect(mismatched).toEqual([]);
  });

  it('give every fact ID in the form entity, metric, period (and currency where one plan has two)', () => {
    const offenders = facts.filter((f) => {
      const stem = [f.entityId, f.metricId, f.period?.replace('/', '-')].filter(Boolean).join('-');
      return f.id !== stem && f.id !== `${stem}-${f.unit.toLowerCase()}`;
    });
    expect(offenders.map((f) => f.id)).toEqual([]);
  });
});

describe.skipIf(SOURCES_DIRECTORY === undefined)('entity aliases', () => {
  it('are names a source document uses', () => {
    const documents = sources.map((s) => normalizeWhitespace(readSourceDocument(s.id) ?? ''));
    const unused = entities.flatMap((e) =>
      (e.aliases ?? []).filter((alias) => !documents.some((text) => text.includes(alias))),
    );
    expect(unused).toEqual([]);
  });
});
