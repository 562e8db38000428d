import { describe, expect, it } from 'vitest';
import * as records from '../../data/techcrunch-paris-ai-hub-summary.js';
import { formatCitation, formatValue } from '../../src/index.js';
import { sourceDataset, TECHCRUNCH } from '../fixtures/sourceDataset.js';
import { describeSourceRecords } from './sourceChecks.js';

describeSourceRecords(records, [
  { text: '· 3 pulled', reason: 'Page furniture: the number of key quotes the page shows.' },
  {
    text: 'forbes.com·1mo ago',
    reason:
      'The age of a related-article listing relative to an unknown day ("1mo ago"); it dates nothing. Named in a caveat of mistral-ai-valuation and of the claims of the two teasers it sits between.',
  },
]);

describe('facts of techcrunch-paris-ai-hub-summary, worked out by hand from the document', () => {
  const fact = (id: string) => records.facts.find((f) => f.id === id);

  it('the page has no date, so no fact of it has a period, and each says why', () => {
    expect(records.source.publishedOn).toBeNull();
    expect(records.facts.map((f) => [f.period, f.periodBasis, typeof f.periodMissingReason])).toEqual(records.facts.map(() => [null, null, 'string']));
  });

  it('AMI Labs "raised over $1 billion": a lower bound of 1e9 USD', () => {
    expect(fact('ami-labs-seed-round-size')).toMatchObject({
      entityId: 'ami-labs',
      value: 1_000_000_000,
      unit: 'USD',
      precision: 'lower-bound',
      status: 'reported',
    });
  });

  it('San Francisco is home to 91 AI unicorns; Mensch gives Europe "approximately two years", a forecast he states', () => {
    expect(fact('san-francisco-ai-unicorn-count')).toMatchObject({ value: 91, unit: 'count', precision: 'exact' });
    expect(fact('europe-sovereign-ai-infrastructure-window')).toMatchObject({
      value: 2,
      unit: 'years',
      precision: 'approximate',
      status: 'forecast',
      citation: { statedBy: 'Arthur Mensch, CEO of Mistral AI' },
    });
  });
});

describe('facts of techcrunch-paris-ai-hub-summary as the helpers print them, worked out by hand', () => {
  /** How a passage of a related-article teaser is credited: the teased title, then the page, which has no publisher or date. */
  const teased = (title: string): string => `"${title}", as teased on Paris emerges as a leading AI hub outside Silicon Valley, undated`;

  it('formatValue(fact) and formatCitation(fact, { quote: false }): the printed digits, the qualifier and the teased article', () => {
    expect(Object.fromEntries(records.facts.map((fact) => [fact.id, [formatValue(fact), formatCitation(fact, { quote: false })]]))).toEqual({
      'mistral-ai-valuation': ['$14B', teased('How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative')],
      'san-francisco-ai-unicorn-count': ['91', teased('San Francisco: AI capital of the world, yet an economic underperformer')],
      'ami-labs-seed-round-size': ['over $1B', teased("Yann LeCun's AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round")], // "raised over $1 billion"
      'europe-sovereign-ai-infrastructure-window': [
        'about 2 years', // "approximately two years"
        teased('Mistral CEO Arthur Mensch warns Europe has two years to build sovereign AI infrastructure or face US dependence'),
      ],
    });
  });

  it('formatCitation(fact) prints the line the TSDoc example shows', () => {
    expect(formatCitation(records.facts.find((fact) => fact.id === 'ami-labs-seed-round-size') as (typeof records.facts)[number])).toBe(
      `${teased("Yann LeCun's AI Startup AMI Labs Raises Over $1 Billion in Record European Seed Round")}: "Meta's former chief AI scientist Yann LeCun has launched a new AI startup called AMI Labs, which has raised over $1 billion"`,
    );
  });
});

describe('the consistency audit of techcrunch-paris-ai-hub-summary', () => {
  it('finds nothing to cross-check: no figure of the page is a sum, a remainder, one amount in two currencies or stated twice', () => {
    expect(sourceDataset(TECHCRUNCH).auditConsistency()).toEqual([]);
  });
});

describe('claims of techcrunch-paris-ai-hub-summary: stance and wording, read from each passage', () => {
  const claim = (id: string) => records.claims.find((c) => c.id === id);

  it('each claim\'s stance: the summary\'s "driven by", the key quote\'s "has felt", the teased articles\' "by offering" and "undisputed" are views; Mensch\'s warning is a forecast', () => {
    expect(Object.fromEntries(records.claims.map((c) => [c.id, c.stance]))).toEqual({
      'paris-emerging-ai-hub-outside-silicon-valley': 'view', // the summary's causal "driven by aggressive French investment"
      'silicon-valley-long-dominated-startup-economy': 'view', // "has felt largely fixed": an impression
      'mistral-ai-makes-europe-a-force-in-ai': 'report',
      'european-founders-scale-at-home': 'report',
      'mistral-ai-full-stack-european-partner': 'report',
      'mistral-ai-non-american-alternative': 'view', // "built ... by positioning itself as a non-American" alternative: the teased article's explanation
      'mistral-ai-playbook-for-european-self-reliance': 'report',
      'san-francisco-ai-hub-yet-economic-underperformer': 'view', // "the undisputed global hub", "an economic underperformer": judgements
      'ami-labs-record-european-seed-round': 'report',
      'mensch-warns-europe-has-two-years-for-sovereign-ai': 'forecast', // "warns"
    });
  });

  it('statements keep the source\'s own words: "pivots to", "aggressive", "aggressively", "significantly"', () => {
    expect(claim('mistral-ai-full-stack-european-partner')?.statement).toContain('pivots to');
    expect(claim('paris-emerging-ai-hub-outside-silicon-valley')?.statement).toContain('which the summary puts down to aggressive French investment');
    expect(claim('mistral-ai-makes-europe-a-force-in-ai')?.statement).toContain('France has aggressively invested');
    expect(claim('european-founders-scale-at-home')?.statement).toContain('has matured significantly');
  });

  it('the "forbes.com" label between two teasers is no citation\'s publisher; a caveat on the records of both teasers says why', () => {
    const credited = [...records.facts, ...records.claims].filter((r) => 'teasedPublisher' in r.citation).map((r) => r.id);
    expect(credited).toEqual([]);
    const labelled = [...records.facts, ...records.claims].filter((r) => r.caveats.some((c) => c.includes('forbes.com·1mo ago'))).map((r) => r.id);
    expect(labelled).toEqual(['mistral-ai-valuation', 'mistral-ai-non-american-alternative', 'mistral-ai-playbook-for-european-self-reliance']);
    const data = sourceDataset(TECHCRUNCH);
    expect(formatCitation(data.claim('mistral-ai-playbook-for-european-self-reliance'), { quote: false })).toBe(
      '"Mistral AI\'s Strategic Playbook for European AI Leadership and Self-Reliance", as teased on Paris emerges as a leading AI hub outside Silicon Valley, undated (The teased article\'s report)',
    );
    expect(formatCitation(data.claim('paris-emerging-ai-hub-outside-silicon-valley'), { quote: false })).toBe(
      "Paris emerges as a leading AI hub outside Silicon Valley, undated (The summary's view)",
    );
    expect(formatCitation(data.claim('mensch-warns-europe-has-two-years-for-sovereign-ai'), { quote: false })).toBe(
      '"Mistral CEO Arthur Mensch warns Europe has two years to build sovereign AI infrastructure or face US dependence", as teased on Paris emerges as a leading AI hub outside Silicon Valley, undated (Arthur Mensch\'s forecast)',
    );
  });
});
