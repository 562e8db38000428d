/**
 * Every metric the facts measure. Each definition names its base precisely
 * enough that two facts of the same metric, unit and period are comparable;
 * where a source's own wording is looser than the base, the facts say so in a
 * caveat. `additive` says whether figures of different entities may be summed:
 * shares of one base and amounts may, an ecosystem's concentration on AI (a
 * share of its own funding) and durations may not.
 */
import type { EntityId } from './entities.js';
import type { Metric } from '../src/types.js';
import { literalFields } from './literalFields.js';

export const metrics = /* @__PURE__ */ literalFields([
  {
    id: 'ai-native-funding-concentration',
    name: "Share of an ecosystem's venture funding going to AI-native startups",
    unit: 'percent',
    definition:
      "Of all venture capital invested in a startup ecosystem's companies in the period, the percentage that went to AI-native startups (companies built around AI models and tools). The base is the ecosystem's own venture funding, so the figure measures how concentrated on AI an ecosystem is, not how much it raises; it is not comparable with an ecosystem's share of AI-native funding across ecosystems.",
    additive: false,
  },
  {
    id: 'share-of-global-ai-native-funding',
    name: 'Share of "global" AI-native venture funding, as the source calls it',
    unit: 'percent',
    definition:
      'The percentage of AI-native venture funding in the period that went to startups of this ecosystem or group of ecosystems. The source calls each figure a share of "global" AI-native funding (its table heads the column "Global AI Funding Share"), and it names a base for one figure only, the three leaders\' combined share, "of all AI-native investment among the top 40 global startup ecosystems". That every figure has this base is the package\'s inference (`baseInferredReason`).',
    additive: true,
    baseEntityId: 'top-40-startup-ecosystems',
    baseInferredReason:
      'The source states the base only for the three leaders\' combined "nearly 80%"; their own shares (65%, 10%, 4.3%) sum to 79.3%, which fits it, and the "remaining 20.6%" completes them to 99.9%, so every figure of the metric is read as a share of the AI-native funding of the top 40 ecosystems combined.',
  },
  {
    id: 'share-of-overall-tech-funding',
    name: "An ecosystem's share of overall tech funding",
    unit: 'percent',
    definition:
      'The percentage of overall tech venture funding (all sectors, not only AI) that went to startups of this ecosystem. The source does not state the base (every ecosystem in the world, or the top 40); it sets the figure beside the ecosystem\'s share of "global" AI-native funding.',
    additive: true,
  },
  {
    id: 'ai-vc-investment',
    name: 'AI-related venture capital investment in a country',
    unit: 'currency',
    definition:
      'Total venture capital investment in artificial intelligence attributed to a country in the period, as compiled by the data producer the source names. The source does not say whether a country\'s figure counts investment in its companies or by its investors, nor how the producer decides what is AI; its lede calls the category "artificial intelligence-related", which is broader than "AI-native". Figures from different producers may count differently.',
    additive: true,
  },
  {
    id: 'ai-spending',
    name: "A company's AI spending",
    unit: 'currency',
    definition:
      "The amount a company (or a group of companies investing together) spends, has announced it plans to spend, or is estimated to spend on artificial intelligence in the period, as the source reports it, with no breakdown into capital and other spending. For an interval of years it is the total over the whole interval. Whether the amount is a plan or an estimate is the fact's status.",
    additive: true,
  },
  {
    id: 'ai-spending-horizon',
    name: "Length of a company's AI spending plan",
    unit: 'years',
    definition:
      'The number of years over which a company (or a group of companies investing together) says it will spend an announced AI spending amount ("over the next three years").',
    additive: false,
  },
  {
    id: 'valuation',
    name: 'Company valuation',
    unit: 'currency',
    definition: 'The value of a company as the source reports it.',
    additive: true,
  },
  {
    id: 'ai-unicorn-count',
    name: 'AI unicorns based in an ecosystem',
    unit: 'count',
    definition:
      'The number of "AI unicorns" (AI startups valued at a billion dollars or more, as the source counts them) that the source says an ecosystem is home to.',
    additive: true,
  },
  {
    id: 'seed-round-size',
    name: 'Size of a seed funding round',
    unit: 'currency',
    definition: 'The amount a startup raised in one seed funding round.',
    additive: true,
  },
  {
    id: 'sovereign-ai-infrastructure-window',
    name: 'Time left to build sovereign AI infrastructure',
    unit: 'years',
    definition: "The time a speaker says a region has left to build its own AI infrastructure (chips, energy, compute) before it depends on another country's.",
    additive: false,
  },
] as const satisfies readonly Metric<string, EntityId>[]);

/**
 * The ID of a built-in metric: the union of the built-in metrics' literal IDs.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { MetricId } from 'ai-investment-facts';
 * const id: MetricId = 'share-of-global-ai-native-funding';
 * ```
 * @category IDs
 */
export type MetricId = (typeof metrics)[number]['id'];
