/**
 * Every entity the facts and claims are about, shared by all sources.
 * `aliases` are other names the sources themselves use (a test checks each one
 * appears in a source document).
 */
import type { Entity } from '../src/types.js';
import { literalFields } from './literalFields.js';

export const entities = /* @__PURE__ */ literalFields([
  // Startup ecosystems
  { id: 'beijing', name: 'Beijing', kind: 'startup-ecosystem', countryCode: 'CN' },
  {
    id: 'silicon-valley',
    name: 'Silicon Valley',
    kind: 'startup-ecosystem',
    countryCode: 'US',
    aliases: ['the Valley'],
    description:
      'The startup ecosystem as "Top Cities Leading The AI Investment Boom In 2025" names it; the article does not say what it covers. It may include San Francisco (the entity san-francisco), so figures of the two must not be added together.',
  },
  { id: 'paris', name: 'Paris', kind: 'startup-ecosystem', countryCode: 'FR' },
  { id: 'new-york', name: 'New York', kind: 'startup-ecosystem', countryCode: 'US' },
  { id: 'seattle', name: 'Seattle', kind: 'startup-ecosystem', countryCode: 'US' },
  { id: 'shanghai', name: 'Shanghai', kind: 'startup-ecosystem', countryCode: 'CN' },
  { id: 'singapore', name: 'Singapore', kind: 'startup-ecosystem', countryCode: 'SG' },
  { id: 'toronto', name: 'Toronto', kind: 'startup-ecosystem', countryCode: 'CA' },
  { id: 'boston', name: 'Boston', kind: 'startup-ecosystem', countryCode: 'US' },
  { id: 'london', name: 'London', kind: 'startup-ecosystem', countryCode: 'GB' },
  { id: 'berlin', name: 'Berlin', kind: 'startup-ecosystem', countryCode: 'DE' },
  {
    id: 'san-francisco',
    name: 'San Francisco',
    kind: 'startup-ecosystem',
    countryCode: 'US',
    description:
      'The city as a related-article teaser on the TechCrunch summary page names it. It may be part of what "Top Cities" calls Silicon Valley (the entity silicon-valley); no source says, so figures of the two must not be added together.',
  },

  // Groups of ecosystems
  {
    id: 'top-40-startup-ecosystems',
    name: 'Top 40 global startup ecosystems',
    kind: 'group',
    description:
      'The 40 leading startup ecosystems worldwide, as "Top Cities Leading The AI Investment Boom In 2025" names them ("the top 40 global startup ecosystems"). The article states them as the base of one figure, the combined share of Beijing, Silicon Valley and Paris; that they are the base of its other "global" AI-native funding shares is this package\'s inference (see the metric share-of-global-ai-native-funding). The article names only some of them.',
    members: ['beijing', 'silicon-valley', 'paris'],
    membersComplete: false,
  },
  {
    id: 'big-three',
    name: 'Beijing, Silicon Valley and Paris',
    kind: 'group',
    aliases: ['Big Three', 'AI Big Three'],
    description: 'The three ecosystems the article names as leading in AI-native funding, taken together.',
    members: ['beijing', 'silicon-valley', 'paris'],
    membersComplete: true,
    subsetOf: 'top-40-startup-ecosystems',
  },
  {
    id: 'rest-of-top-40',
    name: 'Rest of the top 40 startup ecosystems',
    kind: 'group',
    description:
      'The top 40 global startup ecosystems other than Beijing, Silicon Valley and Paris, taken together. The article goes on to discuss other cities, but never says which of them belong to the top 40.',
    members: [],
    membersComplete: false,
    subsetOf: 'top-40-startup-ecosystems',
    excludes: ['beijing', 'silicon-valley', 'paris'],
  },

  {
    id: 'stargate-project',
    name: 'Stargate Project (OpenAI with SoftBank Group and Oracle)',
    kind: 'group',
    description:
      "The collaboration in which, according to Yicai, OpenAI intends to invest \"in collaboration with Japan's SoftBank Group and Oracle's Stargate Project\". The name and the members rest on that garbled phrase alone: it calls the project Oracle's, and reads as if OpenAI collaborates with SoftBank Group and with a project of Oracle's. The package reads it as one project of the three companies it names; the article does not say whether there are others.",
    members: ['openai', 'softbank-group', 'oracle'],
    membersComplete: false,
  },

  // Countries and regions
  { id: 'united-states', name: 'United States', kind: 'country', countryCode: 'US', aliases: ['US', 'U.S.'] },
  { id: 'china', name: 'China', kind: 'country', countryCode: 'CN' },
  { id: 'france', name: 'France', kind: 'country', countryCode: 'FR' },
  { id: 'asia', name: 'Asia', kind: 'region' },
  { id: 'north-america', name: 'North America', kind: 'region' },
  { id: 'europe', name: 'Europe', kind: 'region' },

  // Companies
  { id: 'amazon', name: 'Amazon', kind: 'company', countryCode: 'US' },
  { id: 'microsoft', name: 'Microsoft', kind: 'company', countryCode: 'US' },
  {
    id: 'google',
    name: 'Google',
    kind: 'company',
    countryCode: 'US',
    description:
      'The company as Yicai names it ("Google USD75 billion"). The article does not name its parent, Alphabet, nor say whether the plan is Google\'s or Alphabet\'s.',
  },
  { id: 'meta', name: 'Meta', kind: 'company', countryCode: 'US' },
  { id: 'openai', name: 'OpenAI', kind: 'company', countryCode: 'US' },
  { id: 'oracle', name: 'Oracle', kind: 'company', countryCode: 'US' },
  { id: 'anthropic', name: 'Anthropic', kind: 'company', countryCode: 'US' },
  { id: 'softbank-group', name: 'SoftBank Group', kind: 'company', countryCode: 'JP' },
  { id: 'alibaba-group', name: 'Alibaba Group Holding', kind: 'company', countryCode: 'CN' },
  { id: 'bytedance', name: 'ByteDance', kind: 'company', countryCode: 'CN' },
  { id: 'tencent', name: 'Tencent Holdings', kind: 'company', countryCode: 'CN' },
  { id: 'deepseek', name: 'DeepSeek', kind: 'company', countryCode: 'CN' },
  { id: 'mistral-ai', name: 'Mistral AI', kind: 'company', countryCode: 'FR', aliases: ['Mistral'] },
  { id: 'ami-labs', name: 'AMI Labs', kind: 'company' },
] as const satisfies readonly Entity[]);

/**
 * The ID of a built-in entity: the union of the built-in entities' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { EntityId } from 'ai-investment-facts';
 * const id: EntityId = 'silicon-valley';
 * ```
 * @category IDs
 */
export type EntityId = (typeof entities)[number]['id'];
