/**
 * `ai-investment-facts growth|cagr|share|ratio|sum`, run in-process on the
 * fixture records: the derived figure exact and as a person reads it, with
 * its formula, the facts it came from and its caveats.
 */
import { describe, expect, it } from 'vitest';
import { cli, rows } from './runCli.js';

/** The exit code, then the exact value and how it reads. */
async function readsAs(args: readonly string[]): Promise<(number | string | undefined)[]> {
  const outcome = await cli(args);
  const fields = Object.fromEntries(rows(outcome.stdout));
  return [outcome.status, fields['value'], fields['reads as']];
}

describe('derive', () => {
  it('growth prints the value unrounded, its bounds, its formula, the facts it came from and why it is a lower bound', async () => {
    const outcome = await cli(['growth', 'example-north', 'example-vc-investment', '2023', '2024']);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(rows(outcome.stdout)).toEqual([
      ['derivation', 'growth-rate'],
      ['value', '0.6'],
      // 50 billion (50.5 at most) to over 80 billion: at least (80 - 50.5) / 50.5 = 0.5841…, never 60%.
      ['reads as', 'at least 58.4%'],
      ['bounds', `${(80e9 - 50.5e9) / 50.5e9} to none`],
      ['unit', 'fraction'],
      ['precision', 'lower-bound'],
      ['status', 'reported'],
      ['metric', 'example-vc-investment'],
      ['entities', 'example-north'],
      ['periods', '2023, 2024'],
      ['formula', '(value in 2024 - value in 2023) / value in 2023 = (80000000000 - 50000000000) / 50000000000'],
      ['derived from', 'example-north-vc-investment-2023'],
      ['derived from', 'example-north-vc-investment-2024'],
      ['caveat', 'A lower bound, because example-north-vc-investment-2024 is a lower bound and the result rises with it.'],
    ]);
  });

  it('derived figures read as a person says them beside the exact value: by their bounds, rounded the way that keeps the words true', async () => {
    // 12 (about: 11.5 to 12.5 at least) to 15 (14.5 to 15.5) over one year is 1/4: from 14.5 / 12.5 - 1 = 16% to 15.5 / 11.5 - 1 = 34.78…%.
    expect(await readsAs(['cagr', 'example-south', 'example-vc-investment', '2023', '2024'])).toEqual([0, '0.25', 'about 25% (16% to 34.8%)']);
    // 12% (11.5 at least) of nearly 80% is at least 11.5 / 80 = 14.375%, read down to 14.3%.
    expect(await readsAs(['share', 'example-ridge-share-of-world-funding-2023-2024', 'example-big-three-share-of-world-funding-2023-2024'])).toEqual([
      0,
      '0.15',
      'at least 14.3%',
    ]);
    // 5.5% (5.45 at least) of nearly 80% is at least 5.45 / 80 = 6.8125%, read down to 6.81% so that "at least" stays true.
    expect(await readsAs(['share', 'example-delta-share-of-world-funding-2023-2024', 'example-big-three-share-of-world-funding-2023-2024'])).toEqual([
      0,
      '0.06875',
      'at least 6.81%',
    ]);
    // 50 / about 12 = 4.1666…: about 4.17 times, from 49.5 / 12.5 = 3.96 to 50.5 / 11.5 = 4.391…, read up to 4.4.
    expect(await readsAs(['ratio', 'example-north-vc-investment-2023', 'example-south-vc-investment-2023'])).toEqual([
      0,
      String(50 / 12),
      'about 4.17× (3.96× to 4.4×)',
    ]);
    // over 80 + 15 (14.5 at least) billion: at least 94.5 billion.
    expect(await readsAs(['sum', 'example-north-vc-investment-2024', 'example-south-vc-investment-2024'])).toEqual([0, '95000000000', 'at least $94.5B']);
    expect(await readsAs(['sum', 'example-acme-ai-spending-2025', 'example-globex-ai-spending-2025'])).toEqual([
      0,
      '130000000000',
      'about $130B ($129B to $131B)',
    ]);
  });

  it('cagr, share, ratio and sum print the derived figure as JSON with --json', async () => {
    const figures = await Promise.all(
      [
        ['cagr', 'example-south', 'example-vc-investment', '2023', '2024'],
        ['share', 'example-ridge-share-of-world-funding-2023-2024', 'example-big-three-share-of-world-funding-2023-2024'],
        ['ratio', 'example-north-vc-investment-2023', 'example-south-vc-investment-2023'],
        ['sum', 'example-north-vc-investment-2024', 'example-south-vc-investment-2024'],
      ].map(async (args) => {
        const outcome = await cli([...args, '--json']);
        const figure = JSON.parse(outcome.stdout) as { derivation: string; value: number; bounds: unknown; derivedFrom: string[] };
        return [outcome.status, figure.derivation, figure.value, figure.bounds, figure.derivedFrom];
      }),
    );
    expect(figures).toEqual([
      [0, 'cagr', 0.25, { lower: (14.5 - 12.5) / 12.5, upper: (15.5 - 11.5) / 11.5 }, ['example-south-vc-investment-2023', 'example-south-vc-investment-2024']],
      [
        0,
        'share',
        0.15,
        { lower: 11.5 / 80, upper: null },
        ['example-ridge-share-of-world-funding-2023-2024', 'example-big-three-share-of-world-funding-2023-2024'],
      ],
      [0, 'ratio', 50 / 12, { lower: 49.5 / 12.5, upper: 50.5 / 11.5 }, ['example-north-vc-investment-2023', 'example-south-vc-investment-2023']],
      [0, 'sum', 95_000_000_000, { lower: 94_500_000_000, upper: null }, ['example-north-vc-investment-2024', 'example-south-vc-investment-2024']],
    ]);
  });

  it("names the command's operands and flags, not the library's arguments and methods, in its errors", async () => {
    expect(await cli(['growth', 'example-north', 'example-vc-investment', '2024', '2023'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ai-investment-facts: growth: expected <to-period> to start after <from-period> ("2024") ends, received "2023"\n',
    });
    expect((await cli(['share', 'example-south-vc-investment-2024', 'example-north-vc-investment-2024'])).stderr).toBe(
      'ai-investment-facts: share: expected the part\'s entity to be a member of the whole\'s, received "example-south" (example-south-vc-investment-2024), which is not a member of "example-north" (example-north-vc-investment-2024); for two entities side by side, use the ratio command\n',
    );
    expect(
      (await cli(['growth', 'example-north', 'example-vc-investment', '2023', '2024', '--unit', 'EUR', '--source', 'example-national-survey'])).stderr,
    ).toBe(
      'ai-investment-facts: growth: expected a fact of "example-north" for metric "example-vc-investment" in <from-period> "2023", received none; none of its facts of this metric matches the flags --unit EUR --source example-national-survey\n',
    );
    expect((await cli(['cagr', 'example-north', 'example-vc-investment', '2023', '2024', '--status', 'planned'])).stderr).toBe(
      'ai-investment-facts: cagr: expected --status to be a status (reported, estimate, plan, forecast), received "planned"; did you mean "plan"?\n',
    );
    const concentration = ['example-delta-funding-concentration-2023-2024', 'example-mesa-funding-concentration-2023-2024'];
    const noValue =
      'to be a fact with a value, received "example-mesa-funding-concentration-2023-2024", whose value is null (The report’s table gives "Not given" for Mesa Town.)\n';
    expect(await cli(['ratio', ...concentration])).toEqual({
      status: 2,
      stdout: '',
      stderr: `ai-investment-facts: ratio: expected <denominator-fact-id> ${noValue}`,
    });
    expect((await cli(['sum', ...concentration])).stderr).toBe(`ai-investment-facts: sum: expected <fact-id> number 2 ${noValue}`);
    expect((await cli(['growth', 'example-north', 'example-vc-investment', '2023', '24'])).status).toBe(2);
  });
});
