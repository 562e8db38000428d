/**
 * `main(argv, io)`, the command in-process on the fixture records: exit codes,
 * usage errors with the synopsis, the nearest names and IDs, colour, and
 * tables fitted to a terminal.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';
import { cliDataset } from '../fixtures/cliRecords.js';
import { cli, usageError } from './runCli.js';

/** The first line of what the command says on standard error, with its exit code. */
async function said(argv: readonly string[]): Promise<[number, string | undefined]> {
  const { status, stderr } = await cli(argv);
  return [status, stderr.split('\n')[0]];
}

describe('main', () => {
  it('answers a wrong command line with exit code 2, one line, then the synopsis and where the help is', async () => {
    expect(await cli(['list', '--bogus'])).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        'ai-investment-facts: list: unknown option "--bogus"',
        '',
        'Usage: ai-investment-facts list [facts|sources|entities|metrics|claims|notes]',
        '                                [--entity ID] [--metric ID] [--period P]',
        '                                [--source ID] [--status S] [--unit U] [--kind K]',
        '                                [--stance S] [--json] [--wide]',
        '',
        'Run `ai-investment-facts list --help` for its options and examples.',
        '',
      ].join('\n'),
    });
    const missing = await cli(['growth', 'example-north', 'example-vc-investment']);
    expect([
      missing.status,
      missing.stdout,
      missing.stderr.split('\n\n')[0],
      missing.stderr.split('\n\n')[1]?.startsWith('Usage: ai-investment-facts growth '),
    ]).toEqual([2, '', 'ai-investment-facts: growth: missing <from-period> <to-period>', true]);
    expect((await said(['sum']))[1]).toBe('ai-investment-facts: sum: missing <fact-id>...');
    // At the top level, the commands too.
    const unknown = await cli(['frobnicate']);
    expect([unknown.status, unknown.stderr.includes('\n\nCommands:\n  list '), unknown.stderr.split('\n').at(-2)]).toEqual([
      2,
      true,
      'Run `ai-investment-facts --help` for the options.',
    ]);
    const usageErrors = await Promise.all(
      [['--version', 'extra'], ['--help', 'extra'], ['help', 'list', 'extra'], ['list', 'facts', 'extra'], ['frobnicate'], ['list', '--bogus']].map(
        async (argv) => {
          const { status, stderr } = await cli(argv);
          return [status, stderr.split('\n')[0], /^[^\n]+\n\nUsage: ai-investment-facts /.test(stderr)];
        },
      ),
    );
    expect(usageErrors).toEqual([
      [2, 'ai-investment-facts: --version: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: --help: unknown command "extra"', true],
      [2, 'ai-investment-facts: help: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: list: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: unknown command "frobnicate"', true],
      [2, 'ai-investment-facts: list: unknown option "--bogus"', true],
    ]);
  });

  it("says a flag's missing or extra value in one line, whatever the runtime's parser says; a value that starts with a dash is a value", async () => {
    expect(await Promise.all(['-n', '--entity x', '--json=1'].map((flag) => said(['top', 'example-vc-investment', ...flag.split(' ')])))).toEqual([
      [2, 'ai-investment-facts: top: expected a value after -n, received none'],
      [2, 'ai-investment-facts: top: unknown option "--entity"'],
      [2, 'ai-investment-facts: top: --json takes no value, received "1"'],
    ]);
    expect(await said(['list', '--entity'])).toEqual([2, 'ai-investment-facts: list: expected a value after --entity, received none']);
    expect(await said(['list', '--period', '20x4'])).toEqual([
      2,
      'ai-investment-facts: list: expected --period to be a year ("2024") or an interval of years ("2023/2024"), received "20x4"',
    ]);
  });

  it('answers a mistyped command or flag with the nearest ones', async () => {
    expect(await said(['lsit'])).toEqual([2, 'ai-investment-facts: unknown command "lsit"; did you mean list?']);
    expect(await said(['help', 'exprot'])).toEqual([2, 'ai-investment-facts: help: unknown command "exprot"; did you mean export?']);
    expect(await said(['list', '--metrc', 'x'])).toEqual([2, 'ai-investment-facts: list: unknown option "--metrc"; did you mean --metric?']);
    expect(await said(['--verison'])).toEqual([2, 'ai-investment-facts: unknown option "--verison"; did you mean --version?']);
    expect(await said(['frobnicate'])).toEqual([2, 'ai-investment-facts: unknown command "frobnicate"']);
  });

  it('answers an unknown ID, after the command name, with the nearest IDs, or where none is near with the IDs of its kind where they are 12 or fewer, else where to find them', async () => {
    const unknown = async (argv: readonly string[]) => (await cli(argv)).stderr;
    expect(await cli(['list', '--metric', 'example-vc'])).toEqual({
      status: 2,
      stdout: '',
      stderr: usageError('list', 'unknown metric "example-vc"; did you mean example-vc-investment?'),
    });
    expect(await unknown(['top', 'example-share-of-world-fundng'])).toBe(
      usageError('top', 'unknown metric "example-share-of-world-fundng"; did you mean example-share-of-world-funding?'),
    );
    expect(await unknown(['growth', 'exmple-south', 'example-vc-investment', '2023', '2024'])).toBe(
      usageError('growth', 'unknown entity "exmple-south"; did you mean example-south or example-north?'),
    );
    expect(cliDataset.metrics.length).toBeLessThanOrEqual(12);
    expect(await unknown(['top', 'gdp'])).toBe(
      usageError(
        'top',
        'unknown metric "gdp"; none is near it. The metrics are: example-share-of-world-funding, example-funding-concentration, example-vc-investment, example-ai-spending, example-unicorn-count',
      ),
    );
    expect(await unknown(['list', '--source', 'reuters'])).toBe(
      usageError('list', 'unknown source "reuters"; none is near it. The sources are: example-city-report, example-national-survey'),
    );
    expect([cliDataset.entities.length, cliDataset.facts.length].every((count) => count > 12)).toBe(true);
    expect(await unknown(['list', '--entity', 'atlantis'])).toBe(
      usageError('list', 'unknown entity "atlantis"; none is near it (`ai-investment-facts list entities` shows every entity\'s ID)'),
    );
    expect(await unknown(['ratio', 'xyz', 'example-north-vc-investment-2024'])).toBe(
      usageError('ratio', 'unknown fact "xyz"; none is near it (`ai-investment-facts list` shows every fact\'s ID)'),
    );
  });

  it('takes an entity by its name, an alias or its country code (any case) where its ID is expected, saying which; several or none named is an unknown ID', async () => {
    const facts = async (argv: readonly string[]) => {
      const { status, stdout, stderr } = await cli([...argv, '--json']);
      return [status, (JSON.parse(stdout) as { id: string }[]).map((fact) => fact.id), stderr];
    };
    const harbor = cliDataset.findFacts({ entityId: 'example-harbor' }).map((fact) => fact.id);
    expect(harbor.length).toBe(3);
    expect(await facts(['list', '--entity', 'the Bay'])).toEqual([0, harbor, 'ai-investment-facts: list: using example-harbor for "the Bay"\n']);
    expect(await facts(['list', '--entity', 'HARBOR-bay'])).toEqual([0, harbor, 'ai-investment-facts: list: using example-harbor for "HARBOR-bay"\n']);
    expect(await facts(['export', '--entity', 'xs'])).toEqual([
      0,
      ['example-south-vc-investment-2024', 'example-south-vc-investment-2023'],
      'ai-investment-facts: export: using example-south for "xs"\n',
    ]);
    const growth = await cli(['growth', 'Northland', 'example-vc-investment', '2023', '2024', '--json']);
    expect([growth.status, (JSON.parse(growth.stdout) as { entityIds: string[] }).entityIds, growth.stderr]).toEqual([
      0,
      ['example-north'],
      'ai-investment-facts: growth: using example-north for "Northland"\n',
    ]);
    const shown = await cli(['show', 'harbor bay']);
    expect([shown.status, shown.stdout.split('\n')[1], shown.stderr]).toEqual([
      0,
      'ID\texample-harbor',
      'ai-investment-facts: show: using example-harbor for "harbor bay"\n',
    ]);
    // A word of a name is not its name.
    expect((await cli(['list', '--entity', 'Bay'])).stderr.split('\n')[0]).toBe(
      'ai-investment-facts: list: unknown entity "Bay"; none is near it (`ai-investment-facts list entities` shows every entity\'s ID)',
    );
  });

  it('list --entity US and --entity "silicon valley" return that entity\'s built-in facts', async () => {
    const ids = async (entity: string) => {
      const { stdout, stderr } = await cli(['list', '--entity', entity, '--json'], { dataset });
      return [(JSON.parse(stdout) as { id: string }[]).map((fact) => fact.id), stderr];
    };
    expect(await ids('US')).toEqual([
      ['united-states-ai-vc-investment-2024', 'united-states-ai-vc-investment-2023'],
      'ai-investment-facts: list: using united-states for "US"\n',
    ]);
    expect(await ids('silicon valley')).toEqual([
      [
        'silicon-valley-ai-native-funding-concentration-2023-2024',
        'silicon-valley-share-of-global-ai-native-funding-2023-2024',
        'silicon-valley-share-of-overall-tech-funding-2023-2024',
      ],
      'ai-investment-facts: list: using silicon-valley for "silicon valley"\n',
    ]);
  });

  it('show and growth take an entity by its name or country code, in any case, saying which entity they took', async () => {
    const shown = await cli(['show', 'united states', '--json'], { dataset });
    expect([(JSON.parse(shown.stdout) as { id: string }).id, shown.stderr]).toEqual([
      'united-states',
      'ai-investment-facts: show: using united-states for "united states"\n',
    ]);
    const growth = await cli(['growth', 'cn', 'ai-vc-investment', '2023', '2024', '--json'], { dataset });
    expect([(JSON.parse(growth.stdout) as { entityIds: string[]; value: number }).entityIds, growth.stderr]).toEqual([
      ['china'],
      'ai-investment-facts: growth: using china for "cn"\n',
    ]);
  });

  it('prints no escape sequence piped, under NO_COLOR or FORCE_COLOR=0, and colours off a terminal only when FORCE_COLOR asks', async () => {
    const escapes = (env: Record<string, string>) =>
      Promise.all(
        [['top', 'example-share-of-world-funding'], ['audit'], ['list'], ['show', 'example-harbor']].map(async (argv) =>
          (await cli(argv, { env })).stdout.includes('\u001b'),
        ),
      );
    expect(await escapes({})).toEqual([false, false, false, false]);
    expect(await escapes({ NO_COLOR: '1' })).toEqual([false, false, false, false]);
    expect(await escapes({ FORCE_COLOR: '1', NO_COLOR: '1' })).toEqual([false, false, false, false]);
    expect(await escapes({ FORCE_COLOR: '1' })).toEqual([true, true, true, true]);
    // On a terminal: aligned, the header bold and IDs dim, unless NO_COLOR is set, the terminal is dumb or FORCE_COLOR is 0.
    const terminal = async (env: Record<string, string>) => (await cli(['top', 'example-share-of-world-funding', '-n', '1'], { isTTY: true, env })).stdout;
    expect((await terminal({ TERM: 'xterm' })).split('\n')).toEqual([
      '\u001b[1mRank\u001b[22m  \u001b[1mEntity    \u001b[22m  \u001b[1mValue\u001b[22m  \u001b[1mStatus  \u001b[22m  \u001b[1mPeriod   \u001b[22m  \u001b[1mSource                                      \u001b[22m  \u001b[1mID\u001b[22m',
      '1     Harbor Bay  60%    reported  2023/2024  Example Index, via Example Press, 2025-05-01  \u001b[2mexample-harbor-share-of-world-funding-2023-2024\u001b[22m',
      '',
    ]);
    expect(await terminal({ TERM: 'xterm', NO_COLOR: '1' })).toBe(
      'Rank  Entity      Value  Status    Period     Source                                        ID\n' +
        '1     Harbor Bay  60%    reported  2023/2024  Example Index, via Example Press, 2025-05-01  example-harbor-share-of-world-funding-2023-2024\n',
    );
    expect((await terminal({ TERM: 'dumb' })).includes('\u001b')).toBe(false);
    expect((await terminal({ TERM: 'xterm', FORCE_COLOR: '0' })).includes('\u001b')).toBe(false);
    expect((await cli(['show', 'example-harbor'], { isTTY: true })).stdout).toContain('\n\n\u001b[1mFacts (3)\u001b[22m\n');
  });

  it('fits every table to an 80-column terminal, IDs whole on one line, and keeps piped output complete whatever COLUMNS says', async () => {
    const ids = new Set([
      ...cliDataset.facts.map((fact) => fact.id),
      ...cliDataset.claims.map((claim) => claim.id),
      ...cliDataset.auditConsistency().map((finding) => finding.id),
    ]);
    const commands = [
      ['audit'],
      ['list'],
      ['list', 'claims'],
      ['list', 'sources'],
      ['list', 'notes'],
      ['show', 'example-harbor'],
      ['show', 'example-city-report'],
      ['show', 'example-north-lead-grew'],
      ['top', 'example-share-of-world-funding'],
      ['show', 'example-harbor-share-of-world-funding-2023-2024'],
    ];
    const terminal80 = async (argv: readonly string[]) => (await cli(argv, { isTTY: true, env: { COLUMNS: '80', NO_COLOR: '1' } })).stdout;
    const tooWide = await Promise.all(
      commands.map(async (argv) =>
        (await terminal80(argv))
          .split('\n')
          .filter((line) => line.length > 80 && !ids.has(line))
          .map((line) => `${argv.join(' ')}: ${line}`),
      ),
    );
    expect(tooWide.flat()).toEqual([]);
    // Each list is a header, one line per record, and one notice line where a column is shortened or left out.
    const notice = 'Shortened to fit the terminal: --wide or --json shows every column whole.\n';
    const lists = [[], ['entities'], ['metrics'], ['sources'], ['claims'], ['notes']].map((collection) => ['list', ...collection]);
    for (const argv of lists) {
      const lines = (await terminal80(argv)).replace(notice, '').split('\n');
      const records = cliDataset[(argv[1] ?? 'facts') as 'facts'];
      expect(
        lines.slice(1, -1).map((line) => line.split('  ')[0]),
        argv.join(' '),
      ).toEqual(records.map((record) => record.id));
    }
    // Period, Status and Metric are left out (detail, or what the ID names); the ID, Entity and Value do not fit whole,
    // so Entity, the widest text, is shortened to the columns left: "Harbor Bay" is short enough to stay whole.
    expect((await terminal80(['list'])).split('\n').slice(0, 2)).toEqual([
      'ID                                                  Entity         Value',
      'example-harbor-share-of-world-funding-2023-2024     Harbor Bay     60%',
    ]);
    // top: a header and 3 rows (Rank, Entity, Value and the 47-column ID: 74 columns), Source, Period and Status left out.
    expect(await terminal80(['top', 'example-share-of-world-funding'])).toBe(
      [
        'Rank  Entity        Value  ID',
        '1     Harbor Bay    60%    example-harbor-share-of-world-funding-2023-2024',
        '2     Ridge Valley  12%    example-ridge-share-of-world-funding-2023-2024',
        '3     Delta City    5.5%   example-delta-share-of-world-funding-2023-2024',
        notice,
      ].join('\n'),
    );
    // Long text is shortened on its one line: 80 less the 36-column ID and the gap leave the statement 42 columns, 41 and an ellipsis.
    expect((await terminal80(['list', 'claims'])).split('\n')[1]).toBe('example-harbor-leads                  Harbor Bay leads the world in AI-native f…');
    // Each audit finding is a short block; its ID, wider than the 69 columns beside the headers, is left out (--json has it), said once.
    const audit = await terminal80(['audit']);
    expect(
      audit.split('\n\n').map((block) =>
        block
          .split('\n')
          .filter((line) => /^\S/.test(line))
          .map((line) => line.split('  ')[0]),
      ),
    ).toEqual([
      ['Outcome', 'Check', 'One-sided', 'Summary'],
      ['Outcome', 'Check', 'One-sided', 'Summary'],
      ['Outcome', 'Check', 'One-sided', 'Summary'],
      ['Outcome', 'Check', 'One-sided', 'Summary', notice.trimEnd()],
    ]);
    expect((await cli(['audit'], { env: { COLUMNS: '80' } })).stdout).toBe((await cli(['audit'])).stdout);
    const findings = cliDataset.auditConsistency();
    expect(await cli(['audit'])).toEqual({
      status: 0,
      stdout: `Outcome\tCheck\tOne-sided\tSummary\tID\n${findings.map((f) => `${[f.outcome, f.check, f.oneSided ? 'yes' : 'no', f.summary, f.id].join('\t')}\n`).join('')}`,
      stderr: '',
    });
    expect(JSON.parse((await cli(['audit', '--json'])).stdout)).toEqual(JSON.parse(JSON.stringify(findings)));
  });
});
