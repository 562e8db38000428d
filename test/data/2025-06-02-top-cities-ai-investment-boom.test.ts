import { describe, expect, it } from 'vitest';
import * as records from '../../data/2025-06-02-top-cities-ai-investment-boom.js';
import { formatCitation, formatFigure, formatValue, metrics, notes } from '../../src/index.js';
import { sourceDataset, TOP_CITIES } from '../fixtures/sourceDataset.js';
import { describeSourceRecords } from './sourceChecks.js';

const FIGURE_OF_SPEECH = 'A figure of speech, not a measurement.';
const NAME_OF_THE_GROUP = 'Part of "Big Three", the article\'s name for the group big-three (one of its aliases).';
const YEAR_OF_WRITING = 'The year the article writes about, not a figure of any record.';
const LIST_NUMBER = 'The number of an item in a list.';

describeSourceRecords(records, [
  { text: '7 min read', reason: 'Page furniture: the estimated reading time.' },
  { text: '0 views', reason: 'Page furniture: a view counter.' },
  { text: 'analysis from 02/06/2025', reason: "The publication date again, day first; recorded as the source's publishedOn." },
  { text: 'the most love (and cash) in 2025', reason: YEAR_OF_WRITING },
  { text: 'truly standing out in 2025', reason: YEAR_OF_WRITING },
  { text: 'As we look to 2025 and beyond', reason: YEAR_OF_WRITING },
  { text: 'toward one industry', reason: FIGURE_OF_SPEECH },
  { text: 'the million-dollar question', reason: FIGURE_OF_SPEECH },
  { text: 'The Big Three and Beyond', reason: NAME_OF_THE_GROUP },
  {
    text: 'three cities are soaking up almost all the cash',
    reason: 'Restates the big three\'s "nearly 80%" in words; recorded as a caveat of big-three-share-of-global-ai-native-funding-2023-2024.',
  },
  { text: 'the AI Big Three are sucking up', reason: NAME_OF_THE_GROUP },
  { text: 'one big investment or breakthrough', reason: FIGURE_OF_SPEECH },
  { text: '1. Talent Pool', reason: LIST_NUMBER },
  { text: '2. Investment Muscle', reason: LIST_NUMBER },
  { text: '3. Ecosystem Synergy', reason: LIST_NUMBER },
  { text: '4. Cultural Drive', reason: LIST_NUMBER },
  { text: 'billion-dollar companies', reason: FIGURE_OF_SPEECH },
  { text: 'challenge the Big Three?', reason: NAME_OF_THE_GROUP },
  { text: 'One thing’s for sure', reason: FIGURE_OF_SPEECH },
  { text: 'one heck of a race', reason: FIGURE_OF_SPEECH },
]);

describe('facts of 2025-06-02-top-cities-ai-investment-boom, worked out by hand from the document', () => {
  const fact = (id: string) => records.facts.find((f) => f.id === id);

  it('Beijing: 66% of its venture funding goes to AI-native startups (table row "Beijing66%10%")', () => {
    expect(fact('beijing-ai-native-funding-concentration-2023-2024')).toMatchObject({
      entityId: 'beijing',
      metricId: 'ai-native-funding-concentration',
      period: '2023/2024',
      periodBasis: 'stated',
      value: 66,
      unit: 'percent',
      precision: 'exact',
      status: 'reported',
      citation: { sourceId: '2025-06-02-top-cities-ai-investment-boom' },
    });
  });

  it('Silicon Valley: concentration 62% and share of the top 40\'s AI-native funding 65% are two metrics (row "Silicon Valley62%65%")', () => {
    expect(fact('silicon-valley-ai-native-funding-concentration-2023-2024')).toMatchObject({
      entityId: 'silicon-valley',
      metricId: 'ai-native-funding-concentration',
      value: 62,
    });
    expect(fact('silicon-valley-share-of-global-ai-native-funding-2023-2024')).toMatchObject({
      entityId: 'silicon-valley',
      metricId: 'share-of-global-ai-native-funding',
      period: '2023/2024',
      value: 65,
      unit: 'percent',
      precision: 'exact',
    });
  });

  it('Paris: "Not specified" concentration is a null value with its reason; its share is 4.3%', () => {
    expect(fact('paris-ai-native-funding-concentration-2023-2024')).toMatchObject({
      value: null,
      precision: null,
      missingReason: expect.stringContaining('"Not specified"'),
    });
    expect(fact('paris-share-of-global-ai-native-funding-2023-2024')).toMatchObject({ value: 4.3, precision: 'exact' });
  });

  it('the big three: "nearly 80%" is an upper bound, and the remaining 20.6% is recorded as printed with the 99.9% inconsistency named', () => {
    expect(fact('big-three-share-of-global-ai-native-funding-2023-2024')).toMatchObject({
      entityId: 'big-three',
      value: 80,
      precision: 'upper-bound',
      periodBasis: 'context',
    });
    const rest = fact('rest-of-top-40-share-of-global-ai-native-funding-2023-2024');
    expect(rest).toMatchObject({ entityId: 'rest-of-top-40', value: 20.6, precision: 'exact' });
    expect(rest?.caveats.some((caveat) => caveat.includes('99.9%'))).toBe(true);
  });

  it('New York 14% and Seattle 15% take their period from context, with a caveat', () => {
    expect(fact('new-york-ai-native-funding-concentration-2023-2024')).toMatchObject({ value: 14, periodBasis: 'context' });
    expect(fact('seattle-ai-native-funding-concentration-2023-2024')).toMatchObject({ value: 15, periodBasis: 'context' });
  });
});

describe('facts of 2025-06-02-top-cities-ai-investment-boom as the helpers print them, worked out by hand', () => {
  it('formatValue(fact) gives the printed digits and the qualifier, and formatCitation(fact, { quote: false }) the title, which stands for the unknown publisher', () => {
    expect(Object.fromEntries(records.facts.map((fact) => [fact.id, formatValue(fact)]))).toEqual({
      'beijing-ai-native-funding-concentration-2023-2024': '66%',
      'beijing-share-of-global-ai-native-funding-2023-2024': '10%',
      'silicon-valley-ai-native-funding-concentration-2023-2024': '62%',
      'silicon-valley-share-of-global-ai-native-funding-2023-2024': '65%',
      'paris-ai-native-funding-concentration-2023-2024': 'not stated', // the table says "Not specified"
      'paris-share-of-global-ai-native-funding-2023-2024': '4.3%',
      'big-three-share-of-global-ai-native-funding-2023-2024': 'nearly 80%', // "nearly 80%"
      'rest-of-top-40-share-of-global-ai-native-funding-2023-2024': '20.6%',
      'new-york-ai-native-funding-concentration-2023-2024': '14%',
      'seattle-ai-native-funding-concentration-2023-2024': '15%',
      'silicon-valley-share-of-overall-tech-funding-2023-2024': '32.2%',
    });
    expect(new Set(records.facts.map((fact) => formatCitation(fact, { quote: false })))).toEqual(
      new Set(['Top Cities Leading The AI Investment Boom In 2025, 2025-06-02']),
    );
  });

  it('formatValue, formatCitation and formatFigure print the figures the TSDoc examples show', () => {
    const data = sourceDataset(TOP_CITIES);
    expect(formatValue(data.fact('beijing-ai-native-funding-concentration-2023-2024'), { locale: 'de-DE' })).toBe('66\u00a0%');
    expect(formatCitation(data.fact('big-three-share-of-global-ai-native-funding-2023-2024'))).toBe(
      'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02: "Together, Beijing, Silicon Valley, and Paris account for nearly 80% of all AI-native investment among the top 40 global startup ecosystems."',
    );
    // 4.3% of nearly 80%: at least 4.25 / 80 = 0.053125 within the printed digits, read down.
    const parisOfBigThree = data.shareOf('paris-share-of-global-ai-native-funding-2023-2024', 'big-three-share-of-global-ai-native-funding-2023-2024');
    expect(formatFigure(parisOfBigThree)).toBe('at least 5.31%');
  });
});

describe('the consistency audit of 2025-06-02-top-cities-ai-investment-boom, worked out by hand', () => {
  const findings = sourceDataset(TOP_CITIES).auditConsistency();
  const cell = 'share-of-global-ai-native-funding:2023/2024:percent:reported:2025-06-02-top-cities-ai-investment-boom';

  it('finds two sums of members and the remainder twice, each consistent within the printed digits and qualifiers', () => {
    expect(findings.map((f) => [f.id, f.outcome, f.oneSided, f.computed, f.computedInterval, f.expected, f.expectedBasis])).toEqual([
      // 10 + 65 + 4.3 = 79.3 (78.25 to 80.35), at most the top 40's 100% by definition: its member list is incomplete.
      [`members-sum:top-40-startup-ecosystems:${cell}`, 'consistent', true, 79.3, { low: 78.25, high: 80.35 }, 100, 'definition'],
      // the same 79.3 against the big three's "nearly 80%" (0 to 80).
      [`members-sum:big-three:${cell}`, 'consistent', true, 79.3, { low: 78.25, high: 80.35 }, 80, 'fact'],
      // the remainder 20.6 and the three leaders: 99.9 (98.8 to 101) against 100%; the 0.1 is rounding.
      [`remainder-sum:rest-of-top-40+beijing+silicon-valley+paris:${cell}`, 'consistent', false, 99.9, { low: 98.8, high: 101 }, 100, 'definition'],
      // the remainder 20.6 and "nearly 80%": 100.6 (20.55 to 100.65) holds 100.
      [`remainder-sum:rest-of-top-40+big-three:${cell}`, 'consistent', true, 100.6, { low: 20.55, high: 100.65 }, 100, 'definition'],
    ]);
  });
});

describe('claims and caveats of 2025-06-02-top-cities-ai-investment-boom, read from each passage', () => {
  it('each claim\'s stance: the author\'s explanations ("Why is Beijing so far ahead?", "What makes it so special?", "What\'s driving this?", "thanks to", "It could be") and "I\'m not so sure" are views', () => {
    expect(Object.fromEntries(records.claims.map((c) => [c.id, c.stance]))).toEqual({
      'beijing-top-city-for-ai-funding-concentration': 'report',
      'beijing-ai-startups-funded-by-private-and-state-investors': 'report',
      'beijing-ai-growth-drivers': 'view',
      'silicon-valley-leads-ai-investment': 'view',
      'silicon-valley-leads-in-absolute-dollars': 'view',
      'paris-ai-growth-drivers': 'view',
      'asia-contenders-shanghai-singapore': 'report',
      'north-america-contenders-toronto-boston': 'view',
      'europe-rising-stars-lag-paris': 'report',
      'new-york-seattle-focus-on-other-sectors': 'view',
    });
    expect(records.claims.filter((c) => /^The (author|article)/.test(c.statement)).map((c) => c.id)).toEqual([]);
    expect(formatCitation(sourceDataset(TOP_CITIES).claim('paris-ai-growth-drivers'), { quote: false })).toBe(
      "Top Cities Leading The AI Investment Boom In 2025, 2025-06-02 (The author's view)",
    );
  });

  it('records the "in 2025" framing beside the only stated period, 2023-2024, and that New York 14% and Seattle 15% are matched by order', () => {
    expect(records.source.notes.filter((n) => n.includes('"in 2025"') && n.includes('"2023-2024"'))).toHaveLength(1);
    for (const id of ['new-york-ai-native-funding-concentration-2023-2024', 'seattle-ai-native-funding-concentration-2023-2024']) {
      expect(records.facts.find((f) => f.id === id)?.caveats.some((c) => c.includes('without "respectively"'))).toBe(true);
    }
  });

  it('the note beijing-so-far-ahead-by-four-points names New York (14%) and Seattle (15%) and their facts', () => {
    const note = notes.find((n) => n.id === 'beijing-so-far-ahead-by-four-points');
    expect(note?.statement).toContain('New York (14%) and Seattle (15%)');
    expect(note?.factIds).toContain('new-york-ai-native-funding-concentration-2023-2024');
    expect(note?.factIds).toContain('seattle-ai-native-funding-concentration-2023-2024');
  });

  it("the metric's base is the top 40 ecosystems by the package's inference, said by baseInferredReason", () => {
    expect(metrics.find((m) => m.id === 'share-of-global-ai-native-funding')).toMatchObject({
      baseEntityId: 'top-40-startup-ecosystems',
      baseInferredReason: expect.stringContaining('65%, 10%, 4.3%'),
    });
  });
});
