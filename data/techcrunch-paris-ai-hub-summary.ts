/**
 * Records of an archived summary page of the TechCrunch Events piece "Paris
 * emerges as a leading AI hub outside Silicon Valley": its summary, its three
 * key quotes, and the blurbs of related articles it lists (Mistral AI, San
 * Francisco, AMI Labs). The page gives no date, so none of its facts has a
 * period from the page; the facts here keep only what the page states.
 */
import type { BuiltInClaim, BuiltInFact } from './builtInRecordTypes.js';
import type { Source } from '../src/types.js';

export const source = {
  id: 'techcrunch-paris-ai-hub-summary',
  title: 'Paris emerges as a leading AI hub outside Silicon Valley',
  publisher: null,
  publisherMissingReason:
    'The archived page is a summary of a TechCrunch Events piece made by a site it does not name; TechCrunch published the piece summarised, not this page.',
  author: 'TechCrunch Events',
  publishedOn: null,
  publishedOnMissingReason: 'The summary page shows no date for the piece or for itself.',
  kind: 'summary-page',
  notes: [
    'A summary page of the piece, not the piece itself: the page does not say who wrote the summary. The author is the piece\'s byline as the page shows it, "TechCrunch Events".',
    'The blurbs of related articles are cut off mid-word on the page; their facts and claims rest on the visible words only.',
  ],
} as const satisfies Source;

type SourceId = typeof source.id;

const NO_DATE = 'Neither the page nor the blurb gives a date, so the period cannot be told.';
const DOLLAR_SIGN = 'The page writes "$" without naming the currency; it is recorded as USD.';
const MISTRAL_BLURB =
  "Mistral, France's leading AI company led by CEO Arthur Mensch, has built a $14 billion valuation by positioning itself as a non-American";
const SAN_FRANCISCO_BLURB =
  'Despite San Francisco being the undisputed global hub for AI innovation—home to OpenAI, Anthropic, 91 AI unicorns, and numerous AI billionai';
const MISTRAL_TITLE = 'How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative';
const SAN_FRANCISCO_TITLE = 'San Francisco: AI capital of the world, yet an economic underperformer';
const FULL_STACK_TITLE = 'Mistral AI pivots to full-stack European AI partner with open models and on-prem focus';
const PLAYBOOK_TITLE = "Mistral AI's Strategic Playbook for European AI Leadership and Self-Reliance";
const FORBES_LABEL =
  'The page prints "forbes.com·1mo ago" right after the blurb of "How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative" and on one line with the title "Mistral AI\'s Strategic Playbook for European AI Leadership and Self-Reliance". It is more likely the footer of the $14 Billion teaser than the header of the playbook teaser, but the page does not say which article it labels, so no citation names a publisher.';
const AMI_LABS_TITLE = "Yann LeCun's AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round";
const MENSCH_TITLE = 'Mistral CEO Arthur Mensch warns Europe has two years to build sovereign AI infrastructure or face US dependence';

export const facts = [
  {
    id: 'mistral-ai-valuation',
    entityId: 'mistral-ai',
    metricId: 'valuation',
    period: null,
    periodBasis: null,
    periodMissingReason: NO_DATE,
    value: 14_000_000_000,
    unit: 'USD',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: MISTRAL_TITLE,
      quote: MISTRAL_BLURB,
      otherQuotes: [MISTRAL_TITLE],
    },
    caveats: [FORBES_LABEL, DOLLAR_SIGN],
  },
  {
    id: 'san-francisco-ai-unicorn-count',
    entityId: 'san-francisco',
    metricId: 'ai-unicorn-count',
    period: null,
    periodBasis: null,
    periodMissingReason: NO_DATE,
    value: 91,
    unit: 'count',
    precision: 'exact',
    status: 'reported',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: SAN_FRANCISCO_TITLE,
      quote: SAN_FRANCISCO_BLURB,
    },
    caveats: ['The article does not say how it defines an AI unicorn.'],
  },
  {
    id: 'ami-labs-seed-round-size',
    entityId: 'ami-labs',
    metricId: 'seed-round-size',
    period: null,
    periodBasis: null,
    periodMissingReason: NO_DATE,
    value: 1_000_000_000,
    unit: 'USD',
    precision: 'lower-bound',
    status: 'reported',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: AMI_LABS_TITLE,
      quote: "Meta's former chief AI scientist Yann LeCun has launched a new AI startup called AMI Labs, which has raised over $1 billion",
      otherQuotes: [AMI_LABS_TITLE],
    },
    caveats: [DOLLAR_SIGN],
  },
  {
    id: 'europe-sovereign-ai-infrastructure-window',
    entityId: 'europe',
    metricId: 'sovereign-ai-infrastructure-window',
    period: null,
    periodBasis: null,
    periodMissingReason: NO_DATE,
    value: 2,
    unit: 'years',
    precision: 'approximate',
    status: 'forecast',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: MENSCH_TITLE,
      quote: 'Mistral CEO Arthur Mensch warns that Europe has approximately two years to build its own AI infrastructure',
      otherQuotes: [MENSCH_TITLE],
      statedBy: 'Arthur Mensch, CEO of Mistral AI',
    },
    caveats: [
      'The headline says "two years"; the blurb says "approximately two years". Recorded as approximate.',
      'Without a date for the warning, the page does not tell when the two years end.',
    ],
  },
] as const satisfies readonly BuiltInFact<SourceId>[];

export const claims = [
  {
    id: 'paris-emerging-ai-hub-outside-silicon-valley',
    entityIds: ['paris', 'silicon-valley', 'france'],
    statement:
      'Paris is emerging as a major AI hub outside Silicon Valley, which the summary puts down to aggressive French investment in AI research and infrastructure.',
    stance: 'view',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'summary',
      quote: 'Paris is emerging as a major AI hub outside Silicon Valley, driven by aggressive French investment in AI research and infrastructure.',
    },
    caveats: [],
  },
  {
    id: 'silicon-valley-long-dominated-startup-economy',
    entityIds: ['silicon-valley'],
    statement: 'For decades the tech industry’s geography has felt largely fixed, with Silicon Valley dominating the global startup economy.',
    stance: 'view',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'key-quotes',
      quote: 'For decades, the geography of the tech industry has felt largely fixed, with Silicon Valley dominating the global startup economy.',
    },
    caveats: ['An impression the piece reports ("has felt largely fixed"), not a measured finding.'],
  },
  {
    id: 'mistral-ai-makes-europe-a-force-in-ai',
    entityIds: ['france', 'mistral-ai', 'europe'],
    statement:
      'France has aggressively invested in AI research and infrastructure, and startups such as Mistral AI are helping Europe become a legitimate force in the global AI race.',
    stance: 'report',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'key-quotes',
      quote:
        'France has aggressively invested in artificial intelligence research and infrastructure, with startups like Mistral AI helping Europe become a legitimate force in the global AI race.',
    },
    caveats: [],
  },
  {
    id: 'european-founders-scale-at-home',
    entityIds: ['europe', 'united-states'],
    statement:
      'Europe’s startup ecosystem has matured significantly: its founders are increasingly willing to scale their companies at home instead of immediately looking to relocate to the US.',
    stance: 'report',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'key-quotes',
      quote:
        'Europe’s startup ecosystem has matured significantly; its founders are increasingly willing to scale companies domestically instead of immediately looking to relocate to the U.S.',
    },
    caveats: [],
  },
  {
    id: 'mistral-ai-full-stack-european-partner',
    entityIds: ['mistral-ai', 'europe'],
    statement: 'Mistral AI pivots to being a full-stack European AI partner, with open models and a focus on on-premises deployment.',
    stance: 'report',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: FULL_STACK_TITLE,
      quote: FULL_STACK_TITLE,
    },
    caveats: [],
  },
  {
    id: 'mistral-ai-non-american-alternative',
    entityIds: ['mistral-ai', 'france'],
    statement: 'Mistral AI, led by CEO Arthur Mensch, is France’s leading AI company and has grown by offering a non-American alternative.',
    stance: 'view',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: MISTRAL_TITLE,
      quote: MISTRAL_BLURB,
      otherQuotes: [MISTRAL_TITLE],
    },
    caveats: [FORBES_LABEL],
  },
  {
    id: 'mistral-ai-playbook-for-european-self-reliance',
    entityIds: ['mistral-ai', 'europe'],
    statement: 'Mistral AI has set out a strategy for Europe to become a self-reliant AI power.',
    stance: 'report',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: PLAYBOOK_TITLE,
      quote: 'Mistral AI presents a strategic playbook for Europe to become a self-reliant AI powerhouse',
    },
    caveats: [FORBES_LABEL],
  },
  {
    id: 'san-francisco-ai-hub-yet-economic-underperformer',
    entityIds: ['san-francisco', 'openai', 'anthropic'],
    statement: 'San Francisco is the undisputed global hub for AI innovation, home to OpenAI and Anthropic, yet it underperforms economically.',
    stance: 'view',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: SAN_FRANCISCO_TITLE,
      quote: SAN_FRANCISCO_TITLE,
      otherQuotes: [SAN_FRANCISCO_BLURB],
    },
    caveats: ['The blurb is cut off before it says how San Francisco underperforms.'],
  },
  {
    id: 'ami-labs-record-european-seed-round',
    entityIds: ['ami-labs', 'europe', 'meta'],
    statement: 'AMI Labs, the AI startup founded by Yann LeCun, formerly Meta’s chief AI scientist, raised the largest seed round on record in Europe.',
    stance: 'report',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: AMI_LABS_TITLE,
      quote: AMI_LABS_TITLE,
    },
    caveats: [],
  },
  {
    id: 'mensch-warns-europe-has-two-years-for-sovereign-ai',
    entityIds: ['europe', 'mistral-ai', 'united-states'],
    statement:
      'Arthur Mensch, CEO of Mistral AI, warns that Europe has about two years to build its own AI infrastructure, including chips, energy and compute, or face dependence on the US.',
    stance: 'forecast',
    citation: {
      sourceId: 'techcrunch-paris-ai-hub-summary',
      section: 'related-article-teaser',
      teasedTitle: MENSCH_TITLE,
      quote: MENSCH_TITLE,
      otherQuotes: [
        'Mistral CEO Arthur Mensch warns that Europe has approximately two years to build its own AI infrastructure—including chips, energy, and comp',
      ],
      statedBy: 'Arthur Mensch, CEO of Mistral AI',
    },
    caveats: ['The blurb is cut off at "comp"; "compute" is our reading.'],
  },
] as const satisfies readonly BuiltInClaim<SourceId>[];
