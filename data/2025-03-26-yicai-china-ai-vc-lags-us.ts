/**
 * Records of "China's VC Investment in AI Lags Far Behind US, Qiming Managing
 * Partner Says" (Yicai, 26 March 2025, by Ning Jiayan): US and China AI venture
 * investment in 2023 and 2024, and the AI spending large companies announced
 * or are estimated to make.
 *
 * "Last year" and "this year" are read against the publication date: 2024 and
 * 2025.
 */
import type { BuiltInClaim, BuiltInFact } from './builtInRecordTypes.js';
import type { Source } from '../src/types.js';

export const source = {
  id: '2025-03-26-yicai-china-ai-vc-lags-us',
  title: "China's VC Investment in AI Lags Far Behind US, Qiming Managing Partner Says",
  publisher: 'Yicai',
  author: 'Ning Jiayan',
  editor: 'Martin Kadiev',
  publishedOn: '2025-03-26',
  publishedOnQuote: 'DATE: Mar 26 2025',
  kind: 'news-article',
  notes: [
    'Yicai attributes the US figures to CB Insights and the China figures to Zero2IPO Research; the two producers may count AI venture investment differently.',
    'The archived copy contains no-break spaces (U+00A0); quotes match them as ordinary whitespace.',
  ],
} as const satisfies Source;

type SourceId = typeof source.id;

const VC_INVESTMENT_US = 'US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights.';
const VC_INVESTMENT_CHINA =
  'In comparison, the figure in China stood at USD14 billion last year, up from around USD10.5 billion the year before, Zero2IPO Research data showed.';
const US_PLANS =
  'Several US tech giants have announced plans for significant AI investments this year, with Amazon planning to spend USD100 billion, Microsoft USD80 billion, Google USD75 billion, and Meta USD65 billion.';
const OPENAI_PLAN =
  "ChatGPT developer OpenAI intends to invest USD500 billion in collaboration with Japan's SoftBank Group and Oracle's Stargate Project over the next four years.";
const ALIBABA_PLAN = 'Alibaba Group Holding plans to spend CNY380 billion (USD52 billion) over the next three years';
const MARKET_ESTIMATES = 'market estimates suggest TikTok owner ByteDance will allocate about USD20 billion a year and Tencent Holdings around USD15 billion.';

const PRODUCERS_DIFFER =
  'The US and China figures come from different producers (CB Insights and Zero2IPO Research), which may define and count AI venture investment differently.';
const NEXT_YEARS_FROM_2025 =
  'The article says "over the next" years without naming them; the period is counted from 2025, the year of publication, which may or may not be the first of them.';
const PLAN_UNDEFINED = 'The article does not say what the AI spending covers (data centres, chips, research) or whether it is capital expenditure.';
const A_YEAR_FROM_CONTEXT =
  'The article gives a yearly rate ("a year") without naming any year, not a stated total for 2025; it is recorded for 2025, the year of the US spending plans it is compared with ("The figures in China pale compared to the commitments of US tech firms").';
const THIS_YEAR =
  'The article says the companies "have announced plans for significant AI investments this year"; "this year" is read as the year of the spending (2025), though it could also date the announcements.';

export const facts = [
  {
    id: 'united-states-ai-vc-investment-2024',
    entityId: 'united-states',
    metricId: 'ai-vc-investment',
    period: '2024',
    periodBasis: 'relative',
    value: 76_000_000_000,
    unit: 'USD',
    precision: 'lower-bound',
    status: 'reported',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: VC_INVESTMENT_US, attributedTo: 'CB Insights' },
    caveats: [PRODUCERS_DIFFER],
  },
  {
    id: 'united-states-ai-vc-investment-2023',
    entityId: 'united-states',
    metricId: 'ai-vc-investment',
    period: '2023',
    periodBasis: 'stated',
    value: 40_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'reported',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: VC_INVESTMENT_US, attributedTo: 'CB Insights' },
    caveats: [PRODUCERS_DIFFER],
  },
  {
    id: 'china-ai-vc-investment-2024',
    entityId: 'china',
    metricId: 'ai-vc-investment',
    period: '2024',
    periodBasis: 'relative',
    value: 14_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: VC_INVESTMENT_CHINA,
      attributedTo: 'Zero2IPO Research',
    },
    caveats: [PRODUCERS_DIFFER],
  },
  {
    id: 'china-ai-vc-investment-2023',
    entityId: 'china',
    metricId: 'ai-vc-investment',
    period: '2023',
    periodBasis: 'relative',
    value: 10_500_000_000,
    unit: 'USD',
    precision: 'approximate',
    status: 'reported',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: VC_INVESTMENT_CHINA,
      attributedTo: 'Zero2IPO Research',
    },
    caveats: [PRODUCERS_DIFFER],
  },
  {
    id: 'amazon-ai-spending-2025',
    entityId: 'amazon',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'relative',
    value: 100_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: US_PLANS },
    caveats: [THIS_YEAR, PLAN_UNDEFINED],
  },
  {
    id: 'microsoft-ai-spending-2025',
    entityId: 'microsoft',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'relative',
    value: 80_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: US_PLANS },
    caveats: [THIS_YEAR, PLAN_UNDEFINED],
  },
  {
    id: 'google-ai-spending-2025',
    entityId: 'google',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'relative',
    value: 75_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: US_PLANS },
    caveats: [THIS_YEAR, PLAN_UNDEFINED],
  },
  {
    id: 'meta-ai-spending-2025',
    entityId: 'meta',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'relative',
    value: 65_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: US_PLANS },
    caveats: [THIS_YEAR, PLAN_UNDEFINED],
  },
  {
    id: 'openai-ai-spending-2025-2028',
    entityId: 'openai',
    metricId: 'ai-spending',
    period: '2025/2028',
    periodBasis: 'relative',
    value: 500_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: OPENAI_PLAN },
    caveats: [
      'The sentence gives the amount to OpenAI: "OpenAI intends to invest USD500 billion in collaboration with" SoftBank Group and "Oracle\'s Stargate Project". It is recorded as OpenAI\'s, as the sentence states it; the article does not say whether the partners invest beside it or how the amount is shared with them.',
      NEXT_YEARS_FROM_2025,
    ],
  },
  {
    id: 'openai-ai-spending-horizon-2025-2028',
    entityId: 'openai',
    metricId: 'ai-spending-horizon',
    period: '2025/2028',
    periodBasis: 'relative',
    value: 4,
    unit: 'years',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: OPENAI_PLAN },
    caveats: [NEXT_YEARS_FROM_2025],
  },
  {
    id: 'alibaba-group-ai-spending-2025-2027-cny',
    entityId: 'alibaba-group',
    metricId: 'ai-spending',
    period: '2025/2027',
    periodBasis: 'relative',
    value: 380_000_000_000,
    unit: 'CNY',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: ALIBABA_PLAN },
    caveats: [
      'The article states the same plan in two currencies; this is the CNY figure, and alibaba-group-ai-spending-2025-2027-usd the USD one. Neither is a conversion of ours.',
      PLAN_UNDEFINED,
      NEXT_YEARS_FROM_2025,
    ],
  },
  {
    id: 'alibaba-group-ai-spending-2025-2027-usd',
    entityId: 'alibaba-group',
    metricId: 'ai-spending',
    period: '2025/2027',
    periodBasis: 'relative',
    value: 52_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: ALIBABA_PLAN },
    caveats: [
      'The article states the same plan in two currencies; this is the USD figure it gives in brackets after CNY380 billion (alibaba-group-ai-spending-2025-2027-cny), without saying which exchange rate it used.',
      PLAN_UNDEFINED,
      NEXT_YEARS_FROM_2025,
    ],
  },
  {
    id: 'alibaba-group-ai-spending-horizon-2025-2027',
    entityId: 'alibaba-group',
    metricId: 'ai-spending-horizon',
    period: '2025/2027',
    periodBasis: 'relative',
    value: 3,
    unit: 'years',
    precision: 'exact',
    status: 'plan',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: ALIBABA_PLAN },
    caveats: [NEXT_YEARS_FROM_2025],
  },
  {
    id: 'bytedance-ai-spending-2025',
    entityId: 'bytedance',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'context',
    value: 20_000_000_000,
    unit: 'USD',
    precision: 'approximate',
    status: 'estimate',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: MARKET_ESTIMATES },
    caveats: [A_YEAR_FROM_CONTEXT, 'The article does not name who made the market estimates.', PLAN_UNDEFINED],
  },
  {
    id: 'tencent-ai-spending-2025',
    entityId: 'tencent',
    metricId: 'ai-spending',
    period: '2025',
    periodBasis: 'context',
    value: 15_000_000_000,
    unit: 'USD',
    precision: 'approximate',
    status: 'estimate',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: MARKET_ESTIMATES },
    caveats: [
      A_YEAR_FROM_CONTEXT,
      'The sentence gives Tencent\'s figure after ByteDance\'s "about USD20 billion a year"; that it too is a yearly amount is read from that construction.',
      'The article does not name who made the market estimates.',
      PLAN_UNDEFINED,
    ],
  },
] as const satisfies readonly BuiltInFact<SourceId>[];

const KUANG = 'Duane Kuang, founding managing partner of Qiming Venture Partners';

export const claims = [
  {
    id: 'china-ai-vc-much-lower-than-us',
    entityIds: ['china', 'united-states'],
    statement: 'China’s AI-related venture capital investment is much lower than that of the United States.',
    stance: 'report',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: "China's artificial intelligence-related venture capital investment is much lower than that of the United States",
      statedBy: KUANG,
    },
    caveats: [],
  },
  {
    id: 'ai-most-significant-investment-opportunity-next-decade',
    entityIds: [],
    statement: 'AI will be the most significant investment opportunity of the next ten years.',
    stance: 'forecast',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote:
        'AI will be the most significant investment opportunity over the next decade, Duane Kuang said during the two-day China Development Forum, a key annual international business conference in Beijing that ended March 24.',
      statedBy: KUANG,
    },
    caveats: [],
  },
  {
    id: 'china-investment-gap-not-necessarily-negative',
    entityIds: ['china', 'united-states'],
    statement:
      'Because companies and VC funds in China can take a more rational approach to sizing investments, China’s gap with the US is not necessarily negative.',
    stance: 'view',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote:
        'Companies and VC funds in China can adopt a more rational approach to evaluating appropriate investment sizes, so the gap with the US is not necessarily negative, he noted.',
      statedBy: KUANG,
    },
    caveats: [],
  },
  {
    id: 'openai-stargate-collaboration',
    entityIds: ['openai', 'softbank-group', 'oracle', 'stargate-project'],
    statement: 'OpenAI intends to invest USD500 billion over four years together with SoftBank Group and what the article calls Oracle’s Stargate Project.',
    stance: 'report',
    citation: { sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', section: 'body', quote: OPENAI_PLAN },
    caveats: ['The sentence gives the USD500 billion to OpenAI (openai-ai-spending-2025-2028); it does not say whether the partners invest beside it.'],
  },
  {
    id: 'china-ai-spending-pales-next-to-us',
    entityIds: ['china', 'united-states', 'alibaba-group', 'bytedance', 'tencent'],
    statement:
      'The AI spending that Chinese internet companies have disclosed, or are estimated to make, is far smaller than the commitments of US tech companies.',
    stance: 'report',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: 'The figures in China pale compared to the commitments of US tech firms, Kuang pointed out.',
      statedBy: KUANG,
    },
    caveats: [],
  },
  {
    id: 'chinese-internet-giants-invest-less',
    entityIds: ['china', 'alibaba-group', 'bytedance', 'tencent'],
    statement: 'The AI investments of Chinese internet giants, whether disclosed or only speculated, are significantly smaller.',
    stance: 'report',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: 'Chinese internet giants have disclosed or are speculated to invest significantly less.',
    },
    caveats: [
      'The sentence names nothing to compare with; it follows the paragraph on US tech giants\' announced plans, so "less" reads as less than those. Kuang\'s own comparison with the US is the claim china-ai-spending-pales-next-to-us; this claim records the article\'s statement and its basis ("disclosed or are speculated"), which that one does not.',
    ],
  },
  {
    id: 'deepseek-prompted-ai-infrastructure-reassessment',
    entityIds: ['deepseek'],
    statement: 'DeepSeek’s global success has led to reassessments of how much AI infrastructure investment is needed.',
    stance: 'report',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: 'The global success of Chinese startup DeepSeek has prompted reassessments of AI infrastructure investment needs.',
    },
    caveats: [],
  },
  {
    id: 'china-ai-sector-investment-gap-not-overheating',
    entityIds: ['china'],
    statement: 'China’s AI sector still faces a significant investment gap and is far from overheating.',
    stance: 'view',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: "However, regardless of evaluations, China's AI sector still faces a significant investment gap and is far from overheating.",
    },
    caveats: ['The article states this in its own voice, after reporting Kuang; it does not attribute it to him.'],
  },
  {
    id: 'china-ai-applications-boom-forecast-2025',
    entityIds: ['china', 'deepseek'],
    statement: 'As foundation models such as DeepSeek-R1 mature and costs fall, AI applications in China should boom in 2025.',
    stance: 'forecast',
    citation: {
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      quote: '"As foundational models such as DeepSeek-R1 mature and costs decline, AI applications in China should boom this year," Kuang predicted.',
      statedBy: KUANG,
    },
    caveats: ['A prediction; "this year" is 2025, the year of publication.'],
  },
] as const satisfies readonly BuiltInClaim<SourceId>[];
