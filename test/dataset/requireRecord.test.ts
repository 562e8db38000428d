import { describe, expect, it } from 'vitest';
import { claims, dataset, entities, facts, metrics, sources } from '../../src/index.js';

describe('dataset.fact(id), entity(id), metric(id), source(id), claim(id)', () => {
  it('return the very records of the collections', () => {
    expect(facts.map((f) => dataset.fact(f.id))).toEqual(facts);
    expect(facts.every((f) => dataset.fact(f.id) === f)).toBe(true);
    expect(entities.every((e) => dataset.entity(e.id) === e)).toBe(true);
    expect(metrics.every((m) => dataset.metric(m.id) === m)).toBe(true);
    expect(sources.every((s) => dataset.source(s.id) === s)).toBe(true);
    expect(claims.every((c) => dataset.claim(c.id) === c)).toBe(true);
  });

  it('fact("china-ai-vc-investment-2024") is USD14 billion from Zero2IPO Research', () => {
    expect(dataset.fact('china-ai-vc-investment-2024')).toMatchObject({
      value: 14_000_000_000,
      unit: 'USD',
      citation: { attributedTo: 'Zero2IPO Research' },
    });
  });

  it('fact(unknown id) throws a RangeError that names the nearest IDs', () => {
    expect(() => dataset.fact('china-ai-vc-investment-2025' as never)).toThrow(
      new RangeError(
        'fact: expected `id` to be the ID of a fact of this dataset, received "china-ai-vc-investment-2025"; nearest: "china-ai-vc-investment-2024", "china-ai-vc-investment-2023"',
      ),
    );
    expect(() => dataset.entity('silicon-vally' as never)).toThrow(
      new RangeError('entity: expected `id` to be the ID of an entity of this dataset, received "silicon-vally"; nearest: "silicon-valley"'),
    );
    expect(() => dataset.source('yicai' as never)).toThrow(
      new RangeError(
        'source: expected `id` to be the ID of a source of this dataset, received "yicai"; nearest: "2025-03-26-yicai-china-ai-vc-lags-us"',
      ),
    );
    expect(() => dataset.metric('gdp' as never)).toThrow(
      new RangeError('metric: expected `id` to be the ID of a metric of this dataset, received "gdp"; none is near it'),
    );
  });

  it('fact(non-string) throws a TypeError', () => {
    expect(() => dataset.fact(42 as never)).toThrow(new TypeError('fact: expected `id` to be the ID of a fact, received 42'));
    expect(() => dataset.claim(undefined as never)).toThrow(new TypeError('claim: expected `id` to be the ID of a claim, received undefined'));
  });
});
