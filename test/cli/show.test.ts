/**
 * `ai-investment-facts show <id>`, run in-process on the fixture records: a
 * record of any type in full, with the records related to it, and the
 * nearest IDs where none has the ID.
 */
import { describe, expect, it } from 'vitest';
import { cliDataset } from '../fixtures/cliRecords.js';
import { cli, rows } from './runCli.js';

/** The fields `show` prints of a record, by label (a label repeated keeps its last value). */
async function fields(id: string): Promise<Record<string, string>> {
  return Object.fromEntries(rows((await cli(['show', id])).stdout.split('\n\n')[0] ?? '').map(([field = '', value = '']) => [field, value]));
}

describe('show', () => {
  it('show <fact-id> prints the fact field by field: its value as written, source, publisher, date, attribution and quotes', async () => {
    const outcome = await cli(['show', 'example-harbor-share-of-world-funding-2023-2024']);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(rows(outcome.stdout)).toEqual([
      ['ID', 'example-harbor-share-of-world-funding-2023-2024'],
      ['entity', 'Harbor Bay (example-harbor)'],
      ['metric', 'Share of world AI-native funding (example-share-of-world-funding)'],
      ['period', '2023/2024'],
      ['value', '60%'],
      ['status', 'reported'],
      ['citation', 'Example Index, via Example Press, 2025-05-01'],
      ['source', 'Example City Report: Where AI Money Goes (example-city-report)'],
      ['publisher', 'Example Press'],
      ['published', '2025-05-01'],
      ['attributed to', 'Example Index'],
      ['section', 'table'],
      // A quote of table text whose cells ran together, then the passage that says the figure in words: each once.
      ['quote (table text)', 'Harbor Bay60%58%'],
      ['passage', 'Harbor Bay takes 60% of world AI-native funding'],
    ]);
    const json = JSON.parse((await cli(['show', 'example-harbor-share-of-world-funding-2023-2024', '--json'])).stdout) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(cliDataset.fact('example-harbor-share-of-world-funding-2023-2024'))));
  });

  it('show <fact-id> of a value or a period the source does not state gives the reason', async () => {
    expect(await fields('example-mesa-funding-concentration-2023-2024')).toMatchObject({
      value: 'not stated',
      'missing reason': 'The report’s table gives "Not given" for Mesa Town.',
    });
    expect(await fields('example-harbor-unicorn-count')).toMatchObject({
      period: 'none: The report gives no date for the count.',
      quote: 'Harbor Bay is home to 12 AI unicorns.',
    });
  });

  it('show <claim-id> prints its fields in words, a list one item a row, its citation inline, its selectors left out', async () => {
    expect(await cli(['show', 'example-ridge-and-delta-trail-harbor'])).toEqual({
      status: 0,
      stdout: [
        'Field\tValue',
        'ID\texample-ridge-and-delta-trail-harbor',
        'entity IDs\texample-ridge',
        '\texample-delta',
        '\texample-harbor',
        'statement\tRidge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.',
        'source ID\texample-city-report',
        'section\tbody',
        'quote\tRidge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.',
        'caveats\tThe report gives no growth figures.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('show <entity-id> prints its fields, then its facts and the claims about it under headings with their count, less the entity columns', async () => {
    const [entity = '', facts = '', claims = ''] = (await cli(['show', 'example-harbor'])).stdout.split('\n\n');
    expect(rows(entity)).toEqual([
      ['ID', 'example-harbor'],
      ['name', 'Harbor Bay'],
      ['kind', 'startup-ecosystem'],
      ['aliases', 'the Bay'],
    ]);
    expect(facts.split('\n')[0]).toBe('Facts (3)');
    // `rows` drops the first line, the heading here, leaving the table's header.
    expect(rows(facts)).toEqual([
      ['ID', 'Metric', 'Period', 'Value', 'Status'],
      ['example-harbor-share-of-world-funding-2023-2024', 'example-share-of-world-funding', '2023/2024', '60%', 'reported'],
      ['example-harbor-funding-concentration-2023-2024', 'example-funding-concentration', '2023/2024', '58%', 'reported'],
      ['example-harbor-unicorn-count', 'example-unicorn-count', '', '12', 'reported'],
    ]);
    expect(claims.split('\n')[0]).toBe('Claims (2)');
    expect(rows(claims)).toEqual([
      ['ID', 'Statement'],
      ['example-harbor-leads', 'Harbor Bay leads the world in AI-native funding, and its lead keeps growing.'],
      ['example-ridge-and-delta-trail-harbor', 'Ridge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.'],
    ]);
    // An entity without facts or claims prints its fields alone.
    expect((await cli(['show', 'example-hooli'])).stdout).toBe('Field\tValue\nID\texample-hooli\nname\tHooli\nkind\tcompany\n');
  });

  it('show <group-id> says yes or no for a boolean field; show <metric-id> leaves the metric column out; show <source-id> lists what cites it', async () => {
    expect(await fields('example-big-three')).toMatchObject({ 'members complete': 'yes', 'subset of': 'example-world' });
    expect(await fields('example-world')).toMatchObject({ 'members complete': 'no' });
    const metric = (await cli(['show', 'example-vc-investment'])).stdout.split('\n\n');
    expect(rows(metric[1] ?? '').slice(0, 2)).toEqual([
      ['ID', 'Entity', 'Period', 'Value', 'Status'],
      ['example-north-vc-investment-2024', 'Northland', '2024', 'over $80B', 'reported'],
    ]);
    const cited = (await cli(['show', 'example-city-report'])).stdout.split('\n\n').map((part) => part.split('\n').slice(0, 2));
    expect(cited).toEqual([
      ['Field\tValue', 'ID\texample-city-report'],
      ['Facts (9)', 'ID\tEntity\tMetric\tPeriod\tValue\tStatus'],
      ['Claims (2)', 'ID\tEntities\tStatement'],
    ]);
    expect(JSON.parse((await cli(['show', 'example-vc-investment', '--json'])).stdout)).toEqual(cliDataset.metric('example-vc-investment'));
  });

  it('show <note-id> prints the note, each difference of two facts as "minuend - subtrahend"', async () => {
    expect(rows((await cli(['show', 'example-north-lead-grew'])).stdout)).toEqual([
      ['ID', 'example-north-lead-grew'],
      ['kind', 'tension'],
      ['statement', 'The survey’s figures put Northland’s lead over Southland at USD38 billion in 2023 and over USD65 billion in 2024: a lead that grew.'],
      ['entity IDs', 'example-north'],
      ['', 'example-south'],
      ['fact IDs', 'example-north-vc-investment-2023'],
      ['', 'example-south-vc-investment-2023'],
      ['', 'example-north-vc-investment-2024'],
      ['', 'example-south-vc-investment-2024'],
      ['claim IDs', 'example-south-lags-north'],
      ['differences', 'example-north-vc-investment-2023 - example-south-vc-investment-2023'],
      ['', 'example-north-vc-investment-2024 - example-south-vc-investment-2024'],
    ]);
  });

  it('show <unknown-id> names the nearest IDs of every type, or where to find them, with exit code 2', async () => {
    expect(await cli(['show', 'exmple-harbor'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ai-investment-facts: show: no record has the ID "exmple-harbor"; did you mean example-harbor?\n',
    });
    // The nearest of every type: a note and an entity.
    expect((await cli(['show', 'example-north-lead-grow'])).stderr).toBe(
      'ai-investment-facts: show: no record has the ID "example-north-lead-grow"; did you mean example-north-lead-grew or example-north?\n',
    );
    expect((await cli(['show', 'xyz'])).stderr).toBe(
      'ai-investment-facts: show: no record has the ID "xyz"; none is near it (`ai-investment-facts list facts|sources|entities|metrics|claims|notes` shows every ID)\n',
    );
  });
});
