/**
 * Records of "Top Cities Leading The AI Investment Boom In 2025" (analysis,
 * 2 June 2025, by Steven Soarez): shares of AI-native venture funding by
 * startup ecosystem for 2023-2024.
 *
 * Its table lost its cell separators in the archived copy: the row
 * `Beijing66%10%` is Beijing / 66% / 10% under the columns "AI Funding
 * Concentration" and "Global AI Funding Share".
 */
import type { BuiltInClaim, BuiltInFact } from './builtInRecordTypes.js';
import type { Source } from '../src/types.js';

export const source = {
  id: '2025-06-02-top-cities-ai-investment-boom',
  title: 'Top Cities Leading The AI Investment Boom In 2025',
  publisher: null,
  publisherMissingReason: 'The archived page names no publisher or website; it calls itself a "Financial market analysis".',
  author: 'Steven Soarez',
  publishedOn: '2025-06-02',
  publishedOnQuote: 'Jun 2, 2025',
  kind: 'analysis',
  notes: [
    'The page also prints its date as "02/06/2025" (day first), which agrees with "Jun 2, 2025".',
    'The article names no data producer for its figures.',
    'Its table lost its cell separators in the archived copy: "Beijing66%10%" is the row Beijing / 66% / 10%.',
    'The title and the text frame the piece as about AI investment "in 2025" ("which cities are truly standing out in 2025?"), but the only period it states for its data is "2023-2024", that of its table; no figure is recorded for 2025.',
  ],
} as const satisfies Source;

type SourceId = typeof source.id;

// Each quote of the table runs from its heading to a row. Written out whole, not built with `${...}`:
// a bundler keeps a template with substitutions, and with it the records, in bundles that use none.
const TABLE_TO_BEIJING =
  'a snapshot of the top cities by AI funding concentration in 2023-2024: CityAI Funding ConcentrationGlobal AI Funding Share Beijing66%10%';
const TABLE_TO_SILICON_VALLEY =
  'a snapshot of the top cities by AI funding concentration in 2023-2024: CityAI Funding ConcentrationGlobal AI Funding Share Beijing66%10% Silicon Valley62%65%';
const TABLE_TO_PARIS =
  'a snapshot of the top cities by AI funding concentration in 2023-2024: CityAI Funding ConcentrationGlobal AI Funding Share Beijing66%10% Silicon Valley62%65% ParisNot specified4.3%';

const BY_ORDER =
  'The sentence gives "14% and 15%" after "New York and Seattle" without "respectively"; New York\'s 14% and Seattle\'s 15% are matched by their order.';
const BASE_INFERRED =
  'The article calls this a share of "global" AI-native funding (its table heads the column "Global AI Funding Share") and states no base for it. That the base is the AI-native funding of the top 40 global startup ecosystems is this package\'s inference: it is the base the article states for the three leaders\' combined "nearly 80%", which their three shares (65% + 10% + 4.3% = 79.3%) make up.';
const PERIOD_OF_THE_TABLE =
  "The article gives no period for this figure; it is recorded for 2023-2024, the period of the article's table, whose shares of the same three ecosystems this figure sums up or completes.";
const PERIOD_OF_THE_CONCENTRATION_TABLE =
  'The article gives no period for this figure; it is recorded for 2023-2024, the period of the article\'s table of the same metric ("AI Funding Concentration").';

export const facts = [
  {
    id: 'beijing-ai-native-funding-concentration-2023-2024',
    entityId: 'beijing',
    metricId: 'ai-native-funding-concentration',
    period: '2023/2024',
    periodBasis: 'stated',
    value: 66,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'table',
      quote: TABLE_TO_BEIJING,
      otherQuotes: [
        'A staggering 66% of its startup ecosystem’s venture capital is funneled into AI-native companies',
        'Beijing’s 66% concentration shows it’s laser-focused on AI',
      ],
    },
    caveats: [],
  },
  {
    id: 'beijing-share-of-global-ai-native-funding-2023-2024',
    entityId: 'beijing',
    metricId: 'share-of-global-ai-native-funding',
    period: '2023/2024',
    periodBasis: 'stated',
    value: 10,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: { sourceId: '2025-06-02-top-cities-ai-investment-boom', section: 'table', quote: TABLE_TO_BEIJING },
    caveats: [BASE_INFERRED],
  },
  {
    id: 'silicon-valley-ai-native-funding-concentration-2023-2024',
    entityId: 'silicon-valley',
    metricId: 'ai-native-funding-concentration',
    period: '2023/2024',
    periodBasis: 'stated',
    value: 62,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: { sourceId: '2025-06-02-top-cities-ai-investment-boom', section: 'table', quote: TABLE_TO_SILICON_VALLEY },
    caveats: [
      'The article states this figure only in its table; its text gives Silicon Valley\'s 65%, which is a different metric (its share of "global" AI-native funding).',
    ],
  },
  {
    id: 'silicon-valley-share-of-global-ai-native-funding-2023-2024',
    entityId: 'silicon-valley',
    metricId: 'share-of-global-ai-native-funding',
    period: '2023/2024',
    periodBasis: 'stated',
    value: 65,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'table',
      quote: TABLE_TO_SILICON_VALLEY,
      otherQuotes: [
        'It pulls in a mind-blowing 65% of global funding for AI-native startups',
        'Silicon Valley’s 65% share of global AI funding is like one city hogging two-thirds of the pie',
      ],
    },
    caveats: [
      BASE_INFERRED,
      'One passage calls it a share of "global AI funding", dropping "AI-native", and likens it to "two-thirds of the pie"; two-thirds would be about 66.7%, not 65%.',
    ],
  },
  {
    id: 'paris-ai-native-funding-concentration-2023-2024',
    entityId: 'paris',
    metricId: 'ai-native-funding-concentration',
    period: '2023/2024',
    periodBasis: 'stated',
    value: null,
    unit: 'percent',
    precision: null,
    status: 'reported',
    missingReason: 'The article\'s table gives "Not specified" for Paris\'s AI funding concentration, and its text gives no figure.',
    citation: { sourceId: '2025-06-02-top-cities-ai-investment-boom', section: 'table', quote: TABLE_TO_PARIS },
    caveats: [],
  },
  {
    id: 'paris-share-of-global-ai-native-funding-2023-2024',
    entityId: 'paris',
    metricId: 'share-of-global-ai-native-funding',
    period: '2023/2024',
    periodBasis: 'stated',
    value: 4.3,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'table',
      quote: TABLE_TO_PARIS,
      otherQuotes: ['With 4.3% of global AI-native funding, it’s carving out a niche as a serious contender'],
    },
    caveats: [BASE_INFERRED],
  },
  {
    id: 'big-three-share-of-global-ai-native-funding-2023-2024',
    entityId: 'big-three',
    metricId: 'share-of-global-ai-native-funding',
    period: '2023/2024',
    periodBasis: 'context',
    value: 80,
    unit: 'percent',
    precision: 'upper-bound',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Together, Beijing, Silicon Valley, and Paris account for nearly 80% of all AI-native investment among the top 40 global startup ecosystems.',
    },
    caveats: [
      PERIOD_OF_THE_TABLE,
      'The one figure of this metric whose base the article states: "all AI-native investment among the top 40 global startup ecosystems".',
      'The three shares the article gives for these ecosystems (65%, 10% and 4.3%) sum to 79.3%, which fits "nearly 80%".',
      'The next sentence calls this share "almost all the cash".',
    ],
  },
  {
    id: 'rest-of-top-40-share-of-global-ai-native-funding-2023-2024',
    entityId: 'rest-of-top-40',
    metricId: 'share-of-global-ai-native-funding',
    period: '2023/2024',
    periodBasis: 'context',
    value: 20.6,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'The remaining 20.6% is spread thin across other hubs',
    },
    caveats: [
      PERIOD_OF_THE_TABLE,
      'The article says only "the remaining 20.6%", right after the three leaders\' combined share of the top 40\'s AI-native funding; that it is the rest of the top 40 (not of every ecosystem) is this package\'s reading of "remaining".',
      "The parts do not add up exactly: the three leaders' printed shares (65% + 10% + 4.3% = 79.3%) and this remainder make 99.9%, not 100%. The gap of 0.1 points is within what the rounding of the printed shares allows (a printed 65 may be anything from 64.5 to 65.5). Both are recorded as printed.",
    ],
  },
  {
    id: 'new-york-ai-native-funding-concentration-2023-2024',
    entityId: 'new-york',
    metricId: 'ai-native-funding-concentration',
    period: '2023/2024',
    periodBasis: 'context',
    value: 14,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Take New York and Seattle—both are tech powerhouses, but only 14% and 15% of their venture funding goes to AI-native startups.',
    },
    caveats: [PERIOD_OF_THE_CONCENTRATION_TABLE, BY_ORDER],
  },
  {
    id: 'seattle-ai-native-funding-concentration-2023-2024',
    entityId: 'seattle',
    metricId: 'ai-native-funding-concentration',
    period: '2023/2024',
    periodBasis: 'context',
    value: 15,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Take New York and Seattle—both are tech powerhouses, but only 14% and 15% of their venture funding goes to AI-native startups.',
    },
    caveats: [PERIOD_OF_THE_CONCENTRATION_TABLE, BY_ORDER],
  },
  {
    id: 'silicon-valley-share-of-overall-tech-funding-2023-2024',
    entityId: 'silicon-valley',
    metricId: 'share-of-overall-tech-funding',
    period: '2023/2024',
    periodBasis: 'context',
    value: 32.2,
    unit: 'percent',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote:
        'It pulls in a mind-blowing 65% of global funding for AI-native startups, dwarfing its share of overall tech funding (which is still a hefty 32.2%).',
    },
    caveats: [
      'The article gives no period for this figure; it is recorded for 2023-2024, the period its table gives for the 65% share this sentence compares it with.',
      'The article does not state the base of this share (all tech funding worldwide, or across the top 40 ecosystems).',
    ],
  },
] as const satisfies readonly BuiltInFact<SourceId>[];

export const claims = [
  {
    id: 'beijing-top-city-for-ai-funding-concentration',
    entityIds: ['beijing'],
    statement: 'Beijing is the leading city by the share of its venture funding that goes to AI-native startups.',
    stance: 'report',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Beijing is making waves as the world’s top city for AI funding concentration.',
    },
    caveats: ['The article calls Beijing the "world’s" top city, but gives this metric for four ecosystems only (Beijing, Silicon Valley, New York, Seattle).'],
  },
  {
    id: 'beijing-ai-startups-funded-by-private-and-state-investors',
    entityIds: ['beijing'],
    statement: 'Beijing’s generative AI startups raise money from both private investors and state-supported funds.',
    stance: 'report',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote:
        'Local startups like those developing advanced generative AI models are raking in billions, fueled by both private investors and state-supported funds.',
    },
    caveats: ['The article gives no amount beyond "billions".'],
  },
  {
    id: 'beijing-ai-growth-drivers',
    entityIds: ['beijing'],
    statement: 'Beijing is “so far ahead” because of government backing, large tech companies, and a culture committed to tech innovation.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Why is Beijing so far ahead? It’s a mix of government backing, massive tech giants, and a culture that’s all-in on tech innovation.',
    },
    caveats: [
      'The author\'s explanation, offered without evidence. "So far ahead" follows Beijing\'s AI funding concentration (66%, against Silicon Valley\'s 62%); by share of "global" AI-native funding, Beijing (10%) is far behind Silicon Valley (65%). See the notes across records.',
    ],
  },
  {
    id: 'silicon-valley-leads-ai-investment',
    entityIds: ['silicon-valley'],
    statement:
      'Silicon Valley remains the leader in AI investment, and what makes it so is its ecosystem: world-class universities, risk-taking venture capitalists and a culture that celebrates disruption.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'No surprise here—Silicon Valley remains the heavyweight champion of AI investment.',
      otherQuotes: ['It’s the ecosystem: world-class universities, risk-taking venture capitalists, and a culture that celebrates disruption.'],
    },
    caveats: [],
  },
  {
    id: 'silicon-valley-leads-in-absolute-dollars',
    entityIds: ['silicon-valley', 'beijing'],
    statement: 'Silicon Valley still leads Beijing in the absolute amount of AI investment, and the gap is narrowing.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'The Valley’s still got the edge in absolute dollars, but the gap is narrowing.',
      otherQuotes: ['With Beijing nipping at its heels, I’m not so sure.'],
    },
    caveats: [
      'The article gives no absolute amounts for either ecosystem and does not quantify the gap, and its shares of "global" AI-native funding (Silicon Valley 65%, Beijing 10%) are for one period only and do not show one narrowing.',
    ],
  },
  {
    id: 'paris-ai-growth-drivers',
    entityIds: ['paris', 'france'],
    statement:
      'Paris’s rise in AI is driven by government incentives, a growing talent pool, and a knack for blending creativity with tech, with France doubling down on tech; its AI startups attract investors from across Europe and beyond.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'What’s driving this? A mix of government incentives, a growing talent pool, and a knack for blending creativity with tech.',
      otherQuotes: [
        'France has been doubling down on tech, and Paris is reaping the rewards.',
        'The city’s startup scene is buzzing with AI companies that are attracting investors from across Europe and beyond.',
      ],
    },
    caveats: [],
  },
  {
    id: 'asia-contenders-shanghai-singapore',
    entityIds: ['asia', 'shanghai', 'singapore', 'beijing'],
    statement: 'In Asia beyond Beijing, Shanghai and Singapore are pushing hard into AI, with strong government support and growing startup scenes.',
    stance: 'report',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote:
        'Asia’s Heavy Hitters: Beyond Beijing, cities like Shanghai and Singapore are pushing hard into AI, with strong government support and growing startup scenes.',
    },
    caveats: ['The article gives no figures for Shanghai or Singapore.'],
  },
  {
    id: 'north-america-contenders-toronto-boston',
    entityIds: ['north-america', 'toronto', 'boston'],
    statement: 'In North America, Toronto and Boston are holding their own in AI, thanks to academic institutions and tech communities.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote:
        'North America’s Contenders: Places like Toronto and Boston are holding their own, thanks to robust academic institutions and vibrant tech communities.',
    },
    caveats: ['The article gives no figures for Toronto or Boston.'],
  },
  {
    id: 'europe-rising-stars-lag-paris',
    entityIds: ['europe', 'london', 'berlin', 'paris'],
    statement: 'In Europe, London and Berlin are making strides in AI but lag behind Paris in AI-specific funding.',
    stance: 'report',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'Europe’s Rising Stars: London and Berlin are making strides, though they lag behind Paris in AI-specific funding.',
    },
    caveats: ['The article gives no figures for London or Berlin.'],
  },
  {
    id: 'new-york-seattle-focus-on-other-sectors',
    entityIds: ['new-york', 'seattle'],
    statement:
      'New York and Seattle may direct less of their venture funding to AI-native startups because they focus on other sectors: fintech in New York, cloud computing in Seattle.',
    stance: 'view',
    citation: {
      sourceId: '2025-06-02-top-cities-ai-investment-boom',
      section: 'body',
      quote: 'It could be a focus on other sectors, like fintech in New York or cloud computing in Seattle.',
    },
    caveats: ['The article offers this as a possibility ("It could be"), not as a finding.'],
  },
] as const satisfies readonly BuiltInClaim<SourceId>[];
