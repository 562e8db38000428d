import { describe, expect, it } from 'vitest';
import * as records from '../../data/techcrunch-paris-ai-hub-summary.js';
import { describeSourceRecords } from './sourceChecks.js';

describeSourceRecords(records, [
  { text: '· 3 pulled', reason: 'Page furniture: the number of key quotes the page shows.' },
  {
    text: 'forbes.com·1mo ago',
    reason: 'The age of a related-article listing relative to an unknown day ("1mo ago"); it dates nothing. Named in a caveat of mistral-ai-valuation.',
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
