import { describe, expect, it } from 'vitest';
import * as records from '../../data/2025-03-26-yicai-china-ai-vc-lags-us.js';
import { describeSourceRecords } from './sourceChecks.js';

describeSourceRecords(records, [{ text: '(Yicai) March 26 --', reason: "The dateline: the publication date again, recorded as the source's publishedOn." }]);

describe('facts of 2025-03-26-yicai-china-ai-vc-lags-us, worked out by hand from the document', () => {
  const fact = (id: string) => records.facts.find((f) => f.id === id);

  it('US 2024: "topped USD76 billion last year" is a lower bound of 76e9 USD for 2024, from CB Insights', () => {
    expect(fact('united-states-ai-vc-investment-2024')).toMatchObject({
      entityId: 'united-states',
      metricId: 'ai-vc-investment',
      period: '2024',
      periodBasis: 'relative',
      value: 76_000_000_000,
      unit: 'USD',
      precision: 'lower-bound',
      status: 'reported',
      citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', attributedTo: 'CB Insights' },
    });
  });

  it('China 2023: "around USD10.5 billion the year before" is approximate, from Zero2IPO Research', () => {
    expect(fact('china-ai-vc-investment-2023')).toMatchObject({
      entityId: 'china',
      period: '2023',
      value: 10_500_000_000,
      unit: 'USD',
      precision: 'approximate',
      citation: { attributedTo: 'Zero2IPO Research' },
    });
    expect(fact('china-ai-vc-investment-2024')).toMatchObject({ period: '2024', value: 14_000_000_000, precision: 'exact' });
  });

  it('Alibaba: one plan in two currencies is two facts, CNY380 billion and USD52 billion over 2025-2027, neither converted', () => {
    expect(fact('alibaba-group-ai-spending-2025-2027-cny')).toMatchObject({
      period: '2025/2027',
      value: 380_000_000_000,
      unit: 'CNY',
      status: 'plan',
    });
    expect(fact('alibaba-group-ai-spending-2025-2027-usd')).toMatchObject({
      period: '2025/2027',
      value: 52_000_000_000,
      unit: 'USD',
      status: 'plan',
    });
    expect(fact('alibaba-group-ai-spending-horizon-2025-2027')).toMatchObject({ value: 3, unit: 'years' });
  });

  it('Amazon\'s announced USD100 billion is a plan for 2025; ByteDance\'s "about USD20 billion" is a market estimate', () => {
    expect(fact('amazon-ai-spending-2025')).toMatchObject({ value: 100_000_000_000, status: 'plan', precision: 'exact' });
    expect(fact('bytedance-ai-spending-2025')).toMatchObject({
      value: 20_000_000_000,
      status: 'estimate',
      precision: 'approximate',
      periodBasis: 'context',
    });
  });
});
