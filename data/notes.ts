/**
 * Notes across records: where records, of one source or of two, sit uneasily
 * together, or where two entities may share ground. Each is in our words; a
 * passage a statement quotes is verbatim in a document its records cite (a
 * test checks it), and each figure it gives is computed by the consistency
 * audit from the differences it names, not stated here.
 */
import type { Note } from '../src/types.js';
import type { EntityId } from './entities.js';

/**
 * The type every built-in note is written against: a typo in an entity ID does
 * not compile, and one in a fact or claim ID fails the dataset schema's test
 * (the fact and claim IDs are declared in the data index, which imports this file).
 */
type BuiltInNote = Note<EntityId>;

export const notes = [
  {
    id: 'gap-is-narrowing-beside-a-widening-us-china-gap',
    kind: 'tension',
    statement:
      'The Top Cities article asserts of Silicon Valley and Beijing that "the gap is narrowing", while Yicai\'s national figures put the US lead over China in AI venture investment at about USD29.5 billion in 2023 (USD40 billion against around USD10.5 billion) and, taking China\'s figure as printed, over USD62 billion in 2024 (over USD76 billion against USD14 billion): a lead that grew. Each gap subtracts a Zero2IPO Research figure (China) from a CB Insights one (the US), and the two producers may count AI venture investment differently. The places differ too (two startup ecosystems, two countries) and the article gives no amounts, so this is a tension, not a contradiction.',
    entityIds: ['silicon-valley', 'beijing', 'united-states', 'china'],
    factIds: ['united-states-ai-vc-investment-2023', 'china-ai-vc-investment-2023', 'united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'],
    claimIds: ['silicon-valley-leads-in-absolute-dollars'],
    differences: [
      { minuendId: 'united-states-ai-vc-investment-2023', subtrahendId: 'china-ai-vc-investment-2023' },
      { minuendId: 'united-states-ai-vc-investment-2024', subtrahendId: 'china-ai-vc-investment-2024' },
    ],
  },
  {
    id: 'beijing-so-far-ahead-by-four-points',
    kind: 'tension',
    statement:
      'The Top Cities article asks "Why is Beijing so far ahead?" of AI funding concentration, where its own figures put Beijing at 66% and Silicon Valley at 62%: 4 percentage points ahead. Beijing is far ahead only of the other two ecosystems whose concentration the article gives, New York (14%) and Seattle (15%).',
    entityIds: ['beijing', 'silicon-valley', 'new-york', 'seattle'],
    factIds: [
      'beijing-ai-native-funding-concentration-2023-2024',
      'silicon-valley-ai-native-funding-concentration-2023-2024',
      'new-york-ai-native-funding-concentration-2023-2024',
      'seattle-ai-native-funding-concentration-2023-2024',
    ],
    claimIds: ['beijing-ai-growth-drivers'],
    differences: [{ minuendId: 'beijing-ai-native-funding-concentration-2023-2024', subtrahendId: 'silicon-valley-ai-native-funding-concentration-2023-2024' }],
  },
  {
    id: 'beijing-nipping-at-heels-with-a-tenth-of-global-funding',
    kind: 'tension',
    statement:
      'The Top Cities article has "Beijing nipping at its heels" of Silicon Valley, where its own shares of "global" AI-native funding put Beijing at 10% and Silicon Valley at 65%: 55 percentage points behind. Beijing leads only in concentration, the share of its own ecosystem\'s funding that goes to AI.',
    entityIds: ['beijing', 'silicon-valley'],
    factIds: ['beijing-share-of-global-ai-native-funding-2023-2024', 'silicon-valley-share-of-global-ai-native-funding-2023-2024'],
    claimIds: ['silicon-valley-leads-in-absolute-dollars'],
    differences: [
      { minuendId: 'beijing-share-of-global-ai-native-funding-2023-2024', subtrahendId: 'silicon-valley-share-of-global-ai-native-funding-2023-2024' },
    ],
  },
  {
    id: 'paris-in-a-table-by-concentration-without-one',
    kind: 'tension',
    statement:
      'The Top Cities article introduces its table as "the top cities by AI funding concentration", yet the table gives Paris "Not specified" for concentration and lists it by its share of "global" AI-native funding (4.3%) alone, so Paris is in the table on another measure than the one it is said to rank by.',
    entityIds: ['paris'],
    factIds: ['paris-ai-native-funding-concentration-2023-2024', 'paris-share-of-global-ai-native-funding-2023-2024'],
    claimIds: [],
    differences: [],
  },
  {
    id: 'san-francisco-and-silicon-valley-may-overlap',
    kind: 'overlap',
    statement:
      "Silicon Valley (in the Top Cities article) and San Francisco (in the TechCrunch page's teasers) are recorded as separate entities because the sources name them apart, but neither source draws either boundary, and San Francisco may lie inside what the article counts as Silicon Valley: do not add their figures or compare them as if they were disjoint.",
    entityIds: ['san-francisco', 'silicon-valley'],
    factIds: ['san-francisco-ai-unicorn-count', 'silicon-valley-share-of-global-ai-native-funding-2023-2024'],
    claimIds: ['san-francisco-ai-hub-yet-economic-underperformer', 'silicon-valley-leads-ai-investment'],
    differences: [],
  },
] as const satisfies readonly BuiltInNote[];
