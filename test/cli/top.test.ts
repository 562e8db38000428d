/**
 * `ai-investment-facts top <metric>`, run in-process on the fixture records:
 * the ranking with each value as written and its source, and what it says on
 * standard error of what it left out.
 */
import { describe, expect, it } from 'vitest';
import { cli, rows } from './runCli.js';

const HEADER = 'Rank\tEntity\tValue\tStatus\tPeriod\tSource\tID\n';

describe('top', () => {
  it('top <metric> ranks the startup ecosystems, largest first, each with its value as written, status, period and source', async () => {
    expect(await cli(['top', 'example-share-of-world-funding'])).toEqual({
      status: 0,
      stdout:
        HEADER +
        '1\tHarbor Bay\t60%\treported\t2023/2024\tExample Index, via Example Press, 2025-05-01\texample-harbor-share-of-world-funding-2023-2024\n' +
        '2\tRidge Valley\t12%\treported\t2023/2024\tExample Press, 2025-05-01\texample-ridge-share-of-world-funding-2023-2024\n' +
        '3\tDelta City\t5.5%\treported\t2023/2024\tExample Press, 2025-05-01\texample-delta-share-of-world-funding-2023-2024\n',
      stderr: '',
    });
    const countries = await cli(['top', 'example-vc-investment', '--kind', 'country', '--period', '2024']);
    expect(rows(countries.stdout).map(([, entity, value, , , source]) => [entity, value, source])).toEqual([
      ['Northland', 'over $80B', 'Example Gazette, 2025-03-15'],
      ['Southland', '$15B', 'Example Research, via Example Gazette, 2025-03-15'],
    ]);
  });

  it("top --kind company shows each row's status, since announced plans rank beside estimates; --status keeps one kind of figure", async () => {
    const spending = await cli(['top', 'example-ai-spending', '--kind', 'company', '--period', '2025']);
    expect(rows(spending.stdout).map(([rank, entity, value, status]) => [rank, entity, value, status])).toEqual([
      ['1', 'Acme Cloud', '$90B', 'plan'],
      ['2', 'Globex', '$40B', 'plan'],
      ['3', 'Initech', 'about $10B', 'estimate'],
    ]);
    const estimates = await cli(['top', 'example-ai-spending', '--kind', 'company', '--period', '2025', '--status', 'estimate']);
    expect(rows(estimates.stdout).map(([, entity]) => entity)).toEqual(['Initech']);
  });

  it('top -n 1 --json prints the ranked facts as records', async () => {
    const facts = JSON.parse((await cli(['top', 'example-vc-investment', '-n', '1', '--kind', 'country', '--period', '2024', '--json'])).stdout) as {
      id: string;
      value: number;
      precision: string;
    }[];
    expect(facts.map((fact) => [fact.id, fact.value, fact.precision])).toEqual([['example-north-vc-investment-2024', 80_000_000_000, 'lower-bound']]);
  });

  it('top names the entities it left out because their fact states no value, and says when -n 0 ranks none or nothing matches', async () => {
    const outcome = await cli(['top', 'example-funding-concentration']);
    expect(rows(outcome.stdout).map(([, entity, value]) => [entity, value])).toEqual([
      ['Ridge Valley', '64%'],
      ['Harbor Bay', '58%'],
      ['Delta City', '20%'],
    ]);
    expect([outcome.status, outcome.stderr]).toEqual([
      0,
      'ai-investment-facts: top: left out an entity whose fact states no value: Mesa Town (example-mesa-funding-concentration-2023-2024); `show` says why\n',
    ]);
    expect(await cli(['top', 'example-vc-investment', '-n', '0', '--kind', 'country', '--period', '2024', '--json'])).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'ai-investment-facts: top: -n 0 ranks no entity\n',
    });
    // Nothing to rank is an empty ranking, said on stderr, as for list and export: no country has a 2025 figure.
    expect(await cli(['top', 'example-vc-investment', '--kind', 'country', '--period', '2025'])).toEqual({
      status: 0,
      stdout: HEADER,
      stderr: 'ai-investment-facts: top: nothing matches the filters\n',
    });
  });

  it('top <metric> of no startup ecosystem says to pass --kind, naming the filters given; a malformed -n is a usage error', async () => {
    expect(await cli(['top', 'example-vc-investment', '--period', '2024', '--source', 'example-national-survey'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'ai-investment-facts: top: expected facts with a value of metric "example-vc-investment" about a startup-ecosystem (the default --kind) and --period 2024 and --source example-national-survey, received none; pass --kind to rank another kind (startup-ecosystem, country, region, company, group)\n',
    });
    for (const limit of ['three', '-1', '1.5']) {
      const { status, stderr } = await cli(['top', 'example-vc-investment', '-n', limit]);
      expect([status, stderr.split('\n')[0]]).toEqual([2, `ai-investment-facts: top: expected -n to be a non-negative integer, received "${limit}"`]);
    }
  });
});
