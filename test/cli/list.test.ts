/**
 * `ai-investment-facts list`, run in-process on the fixture records: each
 * collection with its columns, the filters that apply to each, and what it
 * says where a filter does not apply or nothing matches.
 */
import { describe, expect, it } from 'vitest';
import { dataset, type Note, notes, RECORD_COLLECTIONS, RECORD_TYPES } from '../../src/index.js';
import { RECORD_LISTS, RECORD_ORDER } from '../../src/cli/list.js';
import { cliDataset, cliFacts, cliNotes } from '../fixtures/cliRecords.js';
import { cli, rows } from './runCli.js';

describe('list', () => {
  it('list --metric --period lists the facts that match every filter, each with its entity, metric, period, value as written and status', async () => {
    expect(await cli(['list', '--metric', 'example-vc-investment', '--period', '2024'])).toEqual({
      status: 0,
      stdout:
        'ID\tEntity\tMetric\tPeriod\tValue\tStatus\n' +
        'example-north-vc-investment-2024\tNorthland\texample-vc-investment\t2024\tover $80B\treported\n' +
        'example-south-vc-investment-2024\tSouthland\texample-vc-investment\t2024\t$15B\treported\n',
      stderr: '',
    });
    const json = JSON.parse((await cli(['list', '--metric', 'example-vc-investment', '--json'])).stdout) as unknown[];
    expect(json).toEqual(JSON.parse(JSON.stringify(cliFacts.filter((fact) => fact.metricId === 'example-vc-investment'))));
  });

  it('list --period 2023-2024 reads the hyphen as the interval 2023/2024, and --unit and --kind filter by unit and entity kind', async () => {
    const interval = await cli(['list', '--period', '2023-2024']);
    expect(interval).toEqual(await cli(['list', '--period', '2023/2024']));
    expect(rows(interval.stdout)).toHaveLength(8);
    expect(rows((await cli(['list', '--unit', 'count'])).stdout).map(([id]) => id)).toEqual(['example-harbor-unicorn-count']);
    expect(rows((await cli(['list', 'facts', '--kind', 'company', '--status', 'plan'])).stdout).map(([id]) => id)).toEqual([
      'example-acme-ai-spending-2025',
      'example-globex-ai-spending-2025',
    ]);
  });

  it('list entities|metrics|sources|claims|notes lists those records, with the filters that apply to each', async () => {
    expect(rows((await cli(['list', 'entities', '--kind', 'country'])).stdout)).toEqual([
      ['example-north', 'Northland', 'country', 'XN', ''],
      ['example-south', 'Southland', 'country', 'XS', ''],
    ]);
    expect(rows((await cli(['list', 'entities', '--kind', 'group'])).stdout).map((row) => row.at(-1))).toEqual([
      'example-harbor example-ridge example-delta example-mesa',
      'example-harbor example-ridge example-delta',
    ]);
    expect((await cli(['list', 'metrics'])).stdout).toBe(
      'ID\tName\tUnit\tAdditive\n' +
        'example-share-of-world-funding\tShare of world AI-native funding\tpercent\tyes\n' +
        'example-funding-concentration\tAI funding concentration\tpercent\tno\n' +
        'example-vc-investment\tAI venture investment in a country\tcurrency\tyes\n' +
        'example-ai-spending\tAI spending of a company\tcurrency\tyes\n' +
        'example-unicorn-count\tAI unicorns in an ecosystem\tcount\tyes\n',
    );
    expect(rows((await cli(['list', 'sources'])).stdout)).toEqual([
      ['example-city-report', 'Example City Report: Where AI Money Goes', 'Example Press', '2025-05-01'],
      ['example-national-survey', 'Example National AI Survey', 'Example Gazette', '2025-03-15'],
    ]);
    expect(rows((await cli(['list', 'claims', '--entity', 'example-ridge'])).stdout)).toEqual([
      [
        'example-ridge-and-delta-trail-harbor',
        'example-ridge example-delta example-harbor',
        "The author's report",
        'Ridge Valley and Delta City trail Harbor Bay, though Delta City grows fastest.',
      ],
    ]);
    expect(rows((await cli(['list', 'claims', '--stance', 'view'])).stdout).map(([id, , stance]) => [id, stance])).toEqual([
      ['example-harbor-leads', "The author's view"],
    ]);
    expect(rows((await cli(['list', 'claims', '--source', 'example-national-survey'])).stdout).map(([id]) => id)).toEqual(['example-south-lags-north']);
    expect((await cli(['list', 'notes'])).stdout).toBe(
      'ID\tKind\tEntities\tStatement\n' +
        'example-north-lead-grew\ttension\texample-north example-south\tThe survey’s figures put Northland’s lead over Southland at USD38 billion in 2023 and over USD65 billion in 2024: a lead that grew.\n' +
        'example-delta-in-ridge\toverlap\texample-ridge example-delta\tThe report draws no boundary of Ridge Valley or Delta City, and Delta City may lie inside Ridge Valley: do not add their figures.\n',
    );
    expect(JSON.parse((await cli(['list', 'notes', '--json'])).stdout)).toEqual(JSON.parse(JSON.stringify(cliNotes)));
    expect(JSON.parse((await cli(['list', 'claims', '--json'])).stdout)).toEqual(JSON.parse(JSON.stringify(cliDataset.claims)));
  });

  it('list notes --json prints every built-in note, in the order of data/notes.ts, as the data files hold it', async () => {
    const listed = JSON.parse((await cli(['list', 'notes', '--json'], { dataset })).stdout) as Note[];
    expect(listed.map((note) => note.id)).toEqual([
      'gap-is-narrowing-beside-a-widening-us-china-gap',
      'beijing-so-far-ahead-by-four-points',
      'beijing-nipping-at-heels-with-a-tenth-of-global-funding',
      'paris-in-a-table-by-concentration-without-one',
      'san-francisco-and-silicon-valley-may-overlap',
    ]);
    expect(listed).toEqual(JSON.parse(JSON.stringify(notes)));
    expect(rows((await cli(['list', 'notes'], { dataset })).stdout).map(([id, kind]) => [id, kind])).toEqual(listed.map((note) => [note.id, note.kind]));
  });

  it('list names its collections facts first, then in the order of RECORD_TYPES: every collection, as the help writes them', () => {
    expect(RECORD_ORDER).toEqual(['fact', 'source', 'entity', 'metric', 'claim', 'note']);
    expect([...RECORD_ORDER].sort()).toEqual([...RECORD_TYPES].sort());
    expect(RECORD_LISTS).toEqual(RECORD_ORDER.map((type) => RECORD_COLLECTIONS[type]));
  });

  it('list answers a filter that does not apply, an unknown collection or kind with exit code 2 and the nearest names', async () => {
    const said = async (args: string[]) => {
      const { status, stderr } = await cli(args);
      return [status, stderr.split('\n')[0]];
    };
    expect(await said(['list', 'entities', '--metric', 'example-vc-investment'])).toEqual([
      2,
      'ai-investment-facts: list entities: --metric does not filter entities, which are filtered by --kind',
    ]);
    expect(await said(['list', 'claims', '--period', '2024'])).toEqual([
      2,
      'ai-investment-facts: list claims: --period does not filter claims, which are filtered by --entity, --source, --stance',
    ]);
    expect(await said(['list', 'facts', '--stance', 'view'])).toEqual([
      2,
      'ai-investment-facts: list facts: --stance does not filter facts, which are filtered by --entity, --metric, --period, --source, --status, --unit, --kind',
    ]);
    expect(await said(['list', 'sources', '--kind', 'country'])).toEqual([
      2,
      'ai-investment-facts: list sources: --kind does not filter sources, which take no filter',
    ]);
    expect(await said(['list', 'notes', '--entity', 'example-north'])).toEqual([
      2,
      'ai-investment-facts: list notes: --entity does not filter notes, which take no filter',
    ]);
    expect(await said(['list', 'entitis'])).toEqual([
      2,
      'ai-investment-facts: list: expected the records to be one of facts, sources, entities, metrics, claims, notes, received "entitis"; did you mean entities?',
    ]);
    expect(await said(['list', '--kind', 'contry'])).toEqual([
      2,
      'ai-investment-facts: list: expected --kind to be one of startup-ecosystem, country, region, company, group, received "contry"; did you mean country?',
    ]);
  });

  it('list where nothing matches prints the empty table or [] and says so on stderr, with exit code 0', async () => {
    expect(await cli(['list', '--period', '1999'])).toEqual({
      status: 0,
      stdout: 'ID\tEntity\tMetric\tPeriod\tValue\tStatus\n',
      stderr: 'ai-investment-facts: list facts: nothing matches the filters\n',
    });
    expect(await cli(['list', 'claims', '--entity', 'example-mesa', '--json'])).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'ai-investment-facts: list claims: nothing matches the filters\n',
    });
  });
});
