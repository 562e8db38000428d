import { describe, expect, it } from 'vitest';
import * as records from '../../data/2025-03-26-yicai-china-ai-vc-lags-us.js';
import { formatCitation, formatFigure, formatValue, notes } from '../../src/index.js';
import { sourceDataset, YICAI } from '../fixtures/sourceDataset.js';
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

describe('facts of 2025-03-26-yicai-china-ai-vc-lags-us as the helpers print them, worked out by hand', () => {
  const CB_INSIGHTS = 'CB Insights, via Yicai, 2025-03-26';
  const ZERO2IPO = 'Zero2IPO Research, via Yicai, 2025-03-26';
  const YICAI_CREDIT = 'Yicai, 2025-03-26';

  it('formatValue(fact) and formatCitation(fact, { quote: false }): the printed digits, the unit, the qualifier, the producer and the source', () => {
    expect(Object.fromEntries(records.facts.map((fact) => [fact.id, [formatValue(fact), formatCitation(fact, { quote: false })]]))).toEqual({
      'united-states-ai-vc-investment-2024': ['over $76B', CB_INSIGHTS], // "topped USD76 billion"
      'united-states-ai-vc-investment-2023': ['$40B', CB_INSIGHTS],
      'china-ai-vc-investment-2024': ['$14B', ZERO2IPO],
      'china-ai-vc-investment-2023': ['about $10.5B', ZERO2IPO], // "around USD10.5 billion"
      'amazon-ai-spending-2025': ['$100B', YICAI_CREDIT],
      'microsoft-ai-spending-2025': ['$80B', YICAI_CREDIT],
      'google-ai-spending-2025': ['$75B', YICAI_CREDIT],
      'meta-ai-spending-2025': ['$65B', YICAI_CREDIT],
      'openai-ai-spending-2025-2028': ['$500B', YICAI_CREDIT],
      'openai-ai-spending-horizon-2025-2028': ['4 years', YICAI_CREDIT], // "over the next four years"
      'alibaba-group-ai-spending-2025-2027-cny': ['CNY\u00a0380B', YICAI_CREDIT], // en-US's symbol for CNY, "CN¥", has letters
      'alibaba-group-ai-spending-2025-2027-usd': ['$52B', YICAI_CREDIT],
      'alibaba-group-ai-spending-horizon-2025-2027': ['3 years', YICAI_CREDIT],
      'bytedance-ai-spending-2025': ['about $20B', YICAI_CREDIT], // "about USD20 billion"
      'tencent-ai-spending-2025': ['about $15B', YICAI_CREDIT], // "around USD15 billion"
    });
  });

  it('formatValue, formatCitation and formatFigure print the figures the TSDoc examples show', () => {
    const data = sourceDataset(YICAI);
    const us2024 = data.fact('united-states-ai-vc-investment-2024');
    expect(formatValue(us2024, { locale: 'de-DE' })).toBe('over 76\u00a0Mrd.\u00a0$');
    expect(formatCitation(us2024)).toBe(
      'CB Insights, via Yicai, 2025-03-26: "US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights."',
    );
    expect(
      [
        // (over 76 - 40) / 40 = 0.9, but 40 may be as much as 40.5: (76 - 40.5) / 40.5 = 0.8765…, at least 87.6% (read down).
        data.growthOf('united-states', 'ai-vc-investment', '2023', '2024'),
        // (14 - about 10.5) / about 10.5 = 1/3, and over one year the same; within the printed digits
        // (13.5 - 10.55) / 10.55 = 0.2796… (read down) to (14.5 - 10.45) / 10.45 = 0.3875… (read up).
        data.growthOf('china', 'ai-vc-investment', '2023', '2024'),
        data.cagrOf('china', 'ai-vc-investment', '2023', '2024'),
        // over 76 / 14 = 5.428…, but 14 may be as much as 14.5: 76 / 14.5 = 5.2413…, read down.
        data.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'),
        // 100 + 80 + 75 + 65 billion dollars of plans, each within half a billion: 318 to 322.
        data.sumOf(['amazon-ai-spending-2025', 'microsoft-ai-spending-2025', 'google-ai-spending-2025', 'meta-ai-spending-2025']),
      ].map(formatFigure),
    ).toEqual(['at least 87.6%', 'about 33.3% (27.9% to 38.8%)', 'about 33.3% (27.9% to 38.8%)', 'at least 5.24×', 'about $320B ($318B to $322B)']);
  });
});

describe('the consistency audit of 2025-03-26-yicai-china-ai-vc-lags-us, worked out by hand', () => {
  it('CNY380 billion and USD52 billion imply 380 / 52 CNY per USD (379.5 / 52.5 to 380.5 / 51.5), with nothing to check it against', () => {
    expect(sourceDataset(YICAI).auditConsistency()).toEqual([
      expect.objectContaining({
        id: 'currency-pair:alibaba-group:ai-spending:2025/2027:CNY/USD:plan:2025-03-26-yicai-china-ai-vc-lags-us',
        outcome: 'not-checkable',
        factIds: ['alibaba-group-ai-spending-2025-2027-cny', 'alibaba-group-ai-spending-2025-2027-usd'],
        unit: 'CNY per USD',
        computed: 380 / 52,
        computedInterval: { low: 379.5 / 52.5, high: 380.5 / 51.5 },
        expected: null,
      }),
    ]);
  });

  it('writes the rate as a person reads it: 380 / 52 = 7.307… is about 7.31; 379.5 / 52.5 = 7.2285… read down is 7.22, 380.5 / 51.5 = 7.3883… read up is 7.39', () => {
    const [finding] = sourceDataset(YICAI).auditConsistency();
    expect(finding?.summary).toBe(
      'alibaba-group ai-spending 2025/2027: CNY\u00a0380B / $52B implies about 7.31 CNY per USD (7.22 to 7.39 within the printed digits and qualifiers); the sources state no exchange rate to check it against.',
    );
  });
});

describe('claims and decisions of 2025-03-26-yicai-china-ai-vc-lags-us, read from each passage', () => {
  it('each claim\'s stance: Kuang\'s judgement and the article\'s "far from overheating" are views, Kuang\'s "over the next decade" and "should boom" forecasts', () => {
    expect(Object.fromEntries(records.claims.map((c) => [c.id, c.stance]))).toEqual({
      'china-ai-vc-much-lower-than-us': 'report',
      'ai-most-significant-investment-opportunity-next-decade': 'forecast', // "will be ... over the next decade"
      'china-investment-gap-not-necessarily-negative': 'view', // "so the gap with the US is not necessarily negative, he noted"
      'openai-stargate-collaboration': 'report',
      'china-ai-spending-pales-next-to-us': 'report', // "pointed out", of figures the article gives
      'chinese-internet-giants-invest-less': 'report',
      'deepseek-prompted-ai-infrastructure-reassessment': 'report',
      'china-ai-sector-investment-gap-not-overheating': 'view', // "regardless of evaluations ... far from overheating": the article's judgement
      'china-ai-applications-boom-forecast-2025': 'forecast', // "should boom this year," Kuang predicted
    });
    const data = sourceDataset(YICAI);
    expect(formatCitation(data.claim('china-investment-gap-not-necessarily-negative'), { quote: false })).toBe("Yicai, 2025-03-26 (Duane Kuang's view)");
    expect(formatCitation(data.claim('china-ai-sector-investment-gap-not-overheating'), { quote: false })).toBe("Yicai, 2025-03-26 (The author's view)");
  });

  it('the USD500 billion is OpenAI\'s, as the sentence gives it ("OpenAI intends to invest USD500 billion"), over 2025-2028', () => {
    expect(records.facts.find((f) => f.id === 'openai-ai-spending-2025-2028')).toMatchObject({
      entityId: 'openai',
      period: '2025/2028',
      value: 500_000_000_000,
      status: 'plan',
    });
    expect(records.facts.find((f) => f.id === 'openai-ai-spending-horizon-2025-2028')).toMatchObject({ entityId: 'openai', value: 4 });
    expect(records.facts.filter((f) => (f.entityId as string) === 'stargate-project')).toEqual([]);
  });

  it('the US-China gap note says each gap subtracts a Zero2IPO Research figure from a CB Insights one', () => {
    const note = notes.find((n) => n.id === 'gap-is-narrowing-beside-a-widening-us-china-gap');
    expect(note?.statement).toContain('Each gap subtracts a Zero2IPO Research figure (China) from a CB Insights one (the US)');
  });
});
