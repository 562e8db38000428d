/**
 * `ai-investment-facts show <id>`, run in-process on the fixture records: a
 * record of any type in full, with the records related to it, and the
 * nearest IDs where none has the ID.
 */
import { describe, expect, it } from 'vitest';
import { dataset, notes } from '../../src/index.js';
import { cliDataset } from '../fixtures/cliRecords.js';
import { cli, rows, usageError } from './runCli.js';

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

  it('show <fact-id> of a value or a period the source does not state says "not stated" with the reason, as every command says a missing value', async () => {
    expect(await fields('example-mesa-funding-concentration-2023-2024')).toMatchObject({
      value: 'not stated: The report’s table gives "Not given" for Mesa Town.',
    });
    expect(await fields('example-harbor-unicorn-count')).toMatchObject({
      period: 'not stated: The report gives no date for the count.',
      quote: 'Harbor Bay is home to 12 AI unicorns.',
    });
  });

  it("show <claim-id> prints its fields in words, its entities and source by name and ID as a fact's are, a list one item a row, its citation inline, its selectors left out, then the notes about it", async () => {
    expect(await cli(['show', 'example-ridge-and-delta-trail-harbor'])).toEqual({
      status: 0,
      stdout: [
        'Field\tValue',
        'ID\texample-ridge-and-delta-trail-harbor',
        'entities\tRidge Valley (example-ridge)',
        '\tDelta City (example-delta)',
        '\tHarbor Bay (example-harbor)',
        'statement\tRidge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.',
        "stance\tThe author's report",
        'source\tExample City Report: Where AI Money Goes (example-city-report)',
        'section\tbody',
        'quote\tRidge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.',
        'caveats\tThe report gives no growth figures.',
        '',
        'Notes (1)',
        'ID\tKind\tEntities\tStatement',
        'example-delta-in-ridge\toverlap\texample-ridge example-delta\tThe report draws no boundary of Ridge Valley or Delta City, and Delta City may lie inside Ridge Valley: do not add their figures.',
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
      ['example-harbor-unicorn-count', 'example-unicorn-count', 'not stated', '12', 'reported'],
    ]);
    expect(claims.split('\n')[0]).toBe('Claims (2)');
    expect(rows(claims)).toEqual([
      ['ID', 'Stance', 'Statement'],
      ['example-harbor-leads', "The author's view", 'Harbor Bay leads the world in AI-native funding, and its lead keeps growing.'],
      ['example-ridge-and-delta-trail-harbor', "The author's report", 'Ridge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.'],
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
      ['Claims (2)', 'ID\tEntities\tStance\tStatement'],
    ]);
    expect(JSON.parse((await cli(['show', 'example-vc-investment', '--json'])).stdout)).toEqual(cliDataset.metric('example-vc-investment'));
  });

  it('show <note-id> prints the note, each difference as the consistency audit computes it, then the facts, entities and claims it names', async () => {
    const [note = '', facts = '', entities = '', claims = '', ...rest] = (await cli(['show', 'example-north-lead-grew'])).stdout.split('\n\n');
    expect(rows(note)).toEqual([
      ['ID', 'example-north-lead-grew'],
      ['kind', 'tension'],
      ['statement', 'The survey’s figures put Northland’s lead over Southland at USD38 billion in 2023 and over USD65 billion in 2024: a lead that grew.'],
      ['entities', 'Northland (example-north)'],
      ['', 'Southland (example-south)'],
      ['fact IDs', 'example-north-vc-investment-2023'],
      ['', 'example-south-vc-investment-2023'],
      ['', 'example-north-vc-investment-2024'],
      ['', 'example-south-vc-investment-2024'],
      ['claim IDs', 'example-south-lags-north'],
      // USD50 billion (49.5 to 50.5) less around USD12 billion (11.5 to 12.5); over USD80 billion (80 or more) less USD15 billion (14.5 to 15.5).
      [
        'differences',
        'example-north - example-south example-vc-investment 2023: $50B - $12B = $38B ($37B to $39B within the printed digits and qualifiers), for the tension example-north-lead-grew.',
      ],
      [
        '',
        'example-north - example-south example-vc-investment 2024: $80B - $15B = $65B (at least $64.5B within the printed digits and qualifiers), for the tension example-north-lead-grew.',
      ],
    ]);
    expect(facts.split('\n')[0]).toBe('Facts (4)');
    expect(rows(facts).map(([id, , , period, value]) => [id, period, value])).toEqual([
      ['ID', 'Period', 'Value'],
      ['example-north-vc-investment-2024', '2024', 'over $80B'],
      ['example-north-vc-investment-2023', '2023', '$50B'],
      ['example-south-vc-investment-2024', '2024', '$15B'],
      ['example-south-vc-investment-2023', '2023', 'about $12B'],
    ]);
    expect(entities.split('\n')[0]).toBe('Entities (2)');
    expect(rows(entities).map(([id, name]) => [id, name])).toEqual([
      ['ID', 'Name'],
      ['example-north', 'Northland'],
      ['example-south', 'Southland'],
    ]);
    expect(
      claims
        .split('\n')
        .slice(0, 1)
        .concat(rows(claims).map(([id = '']) => id)),
    ).toEqual(['Claims (1)', 'ID', 'example-south-lags-north']);
    expect(rest).toEqual([]);
    // A note without differences prints none, and its records all the same.
    const overlap = (await cli(['show', 'example-delta-in-ridge'])).stdout.split('\n\n');
    expect(rows(overlap[0] ?? '').some(([field]) => field === 'differences')).toBe(false);
    expect(overlap.slice(1).map((part) => part.split('\n')[0])).toEqual(['Facts (2)', 'Entities (2)', 'Claims (1)']);
  });

  it('show <fact-id>|<entity-id> of a record a note names lists the note under "Notes (1)" after the rest', async () => {
    const fact = (await cli(['show', 'example-north-vc-investment-2023'])).stdout.split('\n\n');
    expect(fact).toHaveLength(2);
    expect(fact[1]?.split('\n')[0]).toBe('Notes (1)');
    expect(rows(fact[1] ?? '').map(([id = '', kind = '']) => [id, kind])).toEqual([
      ['ID', 'Kind'],
      ['example-north-lead-grew', 'tension'],
    ]);
    const entity = (await cli(['show', 'example-ridge'])).stdout.split('\n\n').map((part) => part.split('\n')[0]);
    expect(entity).toEqual(['Field\tValue', 'Facts (2)', 'Claims (1)', 'Notes (1)']);
    expect((await cli(['show', 'example-ridge'])).stdout).toContain('\nNotes (1)\nID\tKind\tEntities\tStatement\nexample-delta-in-ridge\toverlap\t');
    // A record no note names has no notes section.
    expect((await cli(['show', 'example-acme-ai-spending-2025'])).stdout).not.toContain('Notes');
  });

  it('show <note-id> of every built-in note prints its fields, the differences the audit computes and the records it names', async () => {
    const builtIn = { dataset };
    for (const note of notes) {
      const outcome = await cli(['show', note.id], builtIn);
      expect([note.id, outcome.status, outcome.stderr]).toEqual([note.id, 0, '']);
      const [fields = '', ...related] = outcome.stdout.split('\n\n');
      // The differences are the note's last field: the rows from its label on.
      const at = rows(fields).findIndex(([field]) => field === 'differences');
      const differences = at === -1 ? [] : rows(fields).slice(at);
      expect(differences.map(([, summary]) => summary?.endsWith(`, for the ${note.kind} ${note.id}.`))).toEqual(note.differences.map(() => true));
      const counts = [
        ['Facts', note.factIds.length],
        ['Entities', note.entityIds.length],
        ['Claims', note.claimIds.length],
      ].filter(([, count]) => count !== 0);
      expect(related.map((part) => part.split('\n')[0])).toEqual(counts.map(([heading, count]) => `${heading} (${count})`));
    }
    // The US lead over China, worked out by hand: USD40 billion (39.5 to 40.5) less around USD10.5 billion (10.45 to 10.55),
    // and over USD76 billion (76 or more) less USD14 billion (13.5 to 14.5).
    const gap = (await cli(['show', 'gap-is-narrowing-beside-a-widening-us-china-gap'], builtIn)).stdout;
    expect(gap).toContain('$40B - $10.5B = $29.5B ($28,950,000,000 to $30,050,000,000 within the printed digits and qualifiers)');
    expect(gap).toContain('$76B - $14B = $62B (at least $61.5B within the printed digits and qualifiers)');
  });

  it('show <fact-id>|<claim-id> of a built-in record a note names lists it under "Notes (N)"', async () => {
    const notesOf = async (id: string) => {
      const parts = (await cli(['show', id], { dataset })).stdout.split('\n\n');
      const section = parts.find((part) => part.startsWith('Notes ')) ?? '';
      return [
        section.split('\n')[0],
        ...rows(section)
          .slice(1)
          .map(([noteId]) => noteId),
      ];
    };
    expect(await notesOf('united-states-ai-vc-investment-2024')).toEqual(['Notes (1)', 'gap-is-narrowing-beside-a-widening-us-china-gap']);
    expect(await notesOf('paris-ai-native-funding-concentration-2023-2024')).toEqual(['Notes (1)', 'paris-in-a-table-by-concentration-without-one']);
    expect(await notesOf('silicon-valley-share-of-global-ai-native-funding-2023-2024')).toEqual([
      'Notes (2)',
      'beijing-nipping-at-heels-with-a-tenth-of-global-funding',
      'san-francisco-and-silicon-valley-may-overlap',
    ]);
    expect(await notesOf('san-francisco-ai-hub-yet-economic-underperformer')).toEqual(['Notes (1)', 'san-francisco-and-silicon-valley-may-overlap']);
  });

  it('show <unknown-id> names the nearest IDs of every type, or where to find them, with exit code 2', async () => {
    expect(await cli(['show', 'exmple-harbor'])).toEqual({
      status: 2,
      stdout: '',
      stderr: usageError('show', 'no record has the ID "exmple-harbor"; did you mean example-harbor?'),
    });
    // The nearest of every type: a note and an entity.
    expect((await cli(['show', 'example-north-lead-grow'])).stderr).toBe(
      usageError('show', 'no record has the ID "example-north-lead-grow"; did you mean example-north-lead-grew or example-north?'),
    );
    expect((await cli(['show', 'xyz'])).stderr).toBe(
      usageError('show', 'no record has the ID "xyz"; none is near it (`ai-investment-facts list facts|sources|entities|metrics|claims|notes` shows every ID)'),
    );
  });
});
