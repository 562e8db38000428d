/**
 * `ai-investment-facts top <metric>`, run in-process on the fixture records:
 * the ranking with each value as written and its source, and what it says on
 * standard error of what it left out.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { cliRecords } from '../fixtures/cliRecords.js';
import { cli, rows, usageError } from './runCli.js';

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

  it('top <metric> held by one kind ranks that kind in the latest period, saying so; where several kinds hold it, a usage error asks for --kind', async () => {
    expect(await cli(['top', 'example-vc-investment'])).toEqual({
      status: 0,
      stdout:
        HEADER +
        '1\tNorthland\tover $80B\treported\t2024\tExample Gazette, 2025-03-15\texample-north-vc-investment-2024\n' +
        '2\tSouthland\t$15B\treported\t2024\tExample Research, via Example Gazette, 2025-03-15\texample-south-vc-investment-2024\n',
      stderr:
        'ai-investment-facts: top: ranking the country entities, the only kind with values of example-vc-investment; the period 2024, the latest of 2023, 2024 (--kind and --period choose others)\n',
    });
    const only2023 = await cli(['top', 'example-vc-investment', '--period', '2023', '--source', 'example-national-survey']);
    expect([only2023.status, rows(only2023.stdout).map(([, entity, value]) => [entity, value]), only2023.stderr]).toEqual([
      0,
      [
        ['Northland', '$50B'],
        ['Southland', 'about $12B'],
      ],
      'ai-investment-facts: top: ranking the country entities, the only kind with values of example-vc-investment (--kind and --period choose others)\n',
    ]);
    const builtIn = await cli(['top', 'ai-vc-investment'], { dataset });
    expect(rows(builtIn.stdout).map(([rank, entity, value, , period]) => [rank, entity, value, period])).toEqual([
      ['1', 'United States', 'over $76B', '2024'],
      ['2', 'China', '$14B', '2024'],
    ]);
    // A region's spending beside the companies': two kinds, neither the default, and the user chooses.
    const acme = cliRecords.facts.find((fact) => fact.id === 'example-acme-ai-spending-2025')!;
    const regional = createDataset({
      ...cliRecords,
      facts: [...cliRecords.facts, { ...acme, id: 'example-continent-ai-spending-2025', entityId: 'example-continent' }],
    });
    expect(await cli(['top', 'example-ai-spending', '--status', 'plan'], { dataset: regional })).toEqual({
      status: 2,
      stdout: '',
      stderr: usageError(
        'top',
        'metric "example-ai-spending" has values about no startup-ecosystem (the default --kind); pass --kind to rank one of company, region',
      ),
    });
    for (const limit of ['three', '-1', '1.5']) {
      const { status, stderr } = await cli(['top', 'example-vc-investment', '-n', limit]);
      expect([status, stderr.split('\n')[0]]).toEqual([2, `ai-investment-facts: top: expected -n to be a non-negative integer, received "${limit}"`]);
    }
  });
});
