import { describe, expect, it } from 'vitest';
import { formatSnapshot } from '../../scripts/release/formatSnapshot.js';
import { releaseSnapshot } from '../../scripts/release/releaseSnapshot.js';
import { claims, corrections, entities, facts, metrics, sources } from '../../src/index.js';
import type { Correction } from '../../src/types.js';

const records = { sources, entities, metrics, facts, claims };

describe('releaseSnapshot', () => {
  const snapshot = releaseSnapshot({ version: '0.1.0', records, corrections });

  it('releaseSnapshot(the built-in records) holds every ID, sorted, and the tracked fields as released', () => {
    expect(snapshot.version).toBe('0.1.0');
    expect(Object.fromEntries(Object.entries(snapshot.ids).map(([collection, ids]) => [collection, ids.length]))).toEqual({
      sources: sources.length,
      entities: entities.length,
      metrics: metrics.length,
      facts: facts.length,
      claims: claims.length,
    });
    expect(snapshot.ids.sources).toEqual(['2025-03-26-yicai-china-ai-vc-lags-us', '2025-06-02-top-cities-ai-investment-boom', 'techcrunch-paris-ai-hub-summary']);
    const unsorted = Object.values(snapshot.ids).filter((ids) => ids.some((id, i) => i > 0 && (ids[i - 1] ?? '') >= id));
    expect(unsorted).toEqual([]);
    // Read from the record, not written out, so that a correction of this fact does not fail this test.
    const us2024 = facts.find((fact) => fact.id === 'united-states-ai-vc-investment-2024');
    expect(snapshot.facts['united-states-ai-vc-investment-2024']).toEqual({
      entityId: us2024?.entityId,
      metricId: us2024?.metricId,
      value: us2024?.value,
      unit: us2024?.unit,
      precision: us2024?.precision,
      status: us2024?.status,
      period: us2024?.period,
      citation: { quote: us2024?.citation.quote },
    });
    expect(snapshot.claims['europe-rising-stars-lag-paris']).toEqual({
      citation: { quote: claims.find((claim) => claim.id === 'europe-rising-stars-lag-paris')?.citation.quote },
    });
  });

  it('releaseSnapshot(records in another order, ledger keys in another order) gives the same JSON text', () => {
    const entry: Correction = { recordType: 'fact', recordId: 'x', field: 'value', oldValue: 1, newValue: 2, reason: 'Typo.', release: '0.1.1' };
    const shuffled: Correction = { release: '0.1.1', reason: 'Typo.', newValue: 2, oldValue: 1, field: 'value', recordId: 'x', recordType: 'fact' };
    const reversed = { sources: [...sources].reverse(), entities: [...entities].reverse(), metrics: [...metrics].reverse(), facts: [...facts].reverse(), claims: [...claims].reverse() };
    expect(formatSnapshot(releaseSnapshot({ version: '0.1.0', records: reversed, corrections: [shuffled] }))).toBe(
      formatSnapshot(releaseSnapshot({ version: '0.1.0', records, corrections: [entry] })),
    );
  });

  it('releaseSnapshot(a fact with a null value) records null', () => {
    const unknown = facts.find((fact) => fact.value === null);
    expect(unknown && snapshot.facts[unknown.id]).toMatchObject({ value: null, precision: null });
  });

  it('formatSnapshot(snapshot) is two-space JSON with a trailing newline', () => {
    const text = formatSnapshot(releaseSnapshot({ version: '0.1.0', records, corrections: [] }));
    expect(text.startsWith('{\n  "version": "0.1.0",\n  "ids": {\n    "sources": [\n')).toBe(true);
    expect(text.endsWith('\n  "corrections": []\n}\n')).toBe(true);
  });
});
