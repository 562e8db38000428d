/**
 * The `ai-investment-facts` command as a user runs it: through the installed
 * package's `bin`, piped (standard output is not a terminal here), checking
 * what it prints on standard output and standard error, and its exit code.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Dataset, dataset, RECORD_COLLECTIONS, UnknownIdError } from '../../src/index.js';
import { type CommandOutcome, mismatchedReadmeExamples, packedInstall, runToCompletion } from './packedInstall.js';
import { readmeExamples } from '../../scripts/docs/readme.js';
import { sources } from '../../src/index.js';
import { requireDocument } from '../support/sharedFiles.js';

/** This process's environment with `env` added, NO_COLOR and FORCE_COLOR removed unless given. */
function commandEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColour, FORCE_COLOR: _forceColour, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/** Runs the installed command with `args` and the environment `env` added (NO_COLOR and FORCE_COLOR removed unless given). */
function cli(args: readonly string[], env: Readonly<Record<string, string>> = {}): CommandOutcome {
  const { consumer } = packedInstall();
  try {
    const stdout = execFileSync(join(consumer, 'node_modules/.bin/ai-investment-facts'), args, {
      cwd: consumer,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: commandEnv(env),
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { status?: number | null; stdout?: string; stderr?: string };
    return { status: failure.status ?? null, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** Runs the installed command on a terminal (util-linux `script` gives it one) with `env` added, NO_COLOR and FORCE_COLOR removed unless given; returns what it printed, line ends as LF. */
function onTerminal(command: string, env: Readonly<Record<string, string>> = {}): string {
  const { consumer } = packedInstall();
  return execFileSync('script', ['-qec', `node_modules/.bin/${command}`, '/dev/null'], {
    cwd: consumer,
    encoding: 'utf8',
    env: commandEnv(env),
  }).replaceAll('\r\n', '\n');
}

/** The rows of piped (tab-separated) output, without the header. */
function rows(stdout: string): string[][] {
  return stdout
    .replace(/\n$/, '')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
}

/**
 * What the command says (exit code 2) of the unknown ID that `lookup`, the call
 * it makes into the library, rejects: the IDs the library finds nearest ("a, b
 * or c"); where none is near, the IDs of its kind if 12 or fewer, else where a
 * user finds them. The nearest IDs themselves are the library's, tested on fixtures.
 */
function unknownId(lookup: (loose: Dataset) => unknown): CommandOutcome {
  let error: unknown;
  try {
    lookup(dataset);
  } catch (thrown) {
    error = thrown;
  }
  if (!(error instanceof UnknownIdError)) throw new Error(`unknownId: expected the lookup to throw an UnknownIdError, received ${String(error)}`);
  const { recordType, value: id, nearest } = error;
  const ids = dataset[RECORD_COLLECTIONS[recordType]].map((record) => record.id);
  const where = `\`ai-investment-facts list${recordType === 'fact' ? '' : ` ${RECORD_COLLECTIONS[recordType]}`}\` shows every ${recordType}'s ID`;
  const said =
    nearest.length > 0
      ? `did you mean ${[nearest.slice(0, -1).join(', '), nearest.at(-1)].filter(Boolean).join(' or ')}?`
      : ids.length <= 12
        ? `none is near it. The ${RECORD_COLLECTIONS[recordType]} are: ${ids.join(', ')}`
        : `none is near it (${where})`;
  return { status: 2, stdout: '', stderr: `ai-investment-facts: unknown ${recordType} ${JSON.stringify(id)}; ${said}\n` };
}

// The sources that commands are scoped to, so that another source's facts change no row.
const TOP_CITIES = '2025-06-02-top-cities-ai-investment-boom';
const YICAI = '2025-03-26-yicai-china-ai-vc-lags-us';

const YICAI_US_QUOTE = 'US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights.';

describe('ai-investment-facts', () => {
  it('top <metric> ranks the startup ecosystems, each with its value as a person writes it and its source', () => {
    const outcome = cli(['top', 'share-of-global-ai-native-funding', '--source', TOP_CITIES]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout.split('\n')[0]).toBe('Rank\tEntity\tValue\tStatus\tPeriod\tSource\tID');
    expect(rows(outcome.stdout)).toEqual([
      [
        '1',
        'Silicon Valley',
        '65%',
        'reported',
        '2023/2024',
        'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02',
        'silicon-valley-share-of-global-ai-native-funding-2023-2024',
      ],
      [
        '2',
        'Beijing',
        '10%',
        'reported',
        '2023/2024',
        'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02',
        'beijing-share-of-global-ai-native-funding-2023-2024',
      ],
      [
        '3',
        'Paris',
        '4.3%',
        'reported',
        '2023/2024',
        'Top Cities Leading The AI Investment Boom In 2025, 2025-06-02',
        'paris-share-of-global-ai-native-funding-2023-2024',
      ],
    ]);
    const countries = cli(['top', 'ai-vc-investment', '--kind', 'country', '--period', '2024', '--source', YICAI]);
    expect(rows(countries.stdout).map(([, entity, value, , , source]) => [entity, value, source])).toEqual([
      ['United States', 'over $76B', 'CB Insights, via Yicai, 2025-03-26'],
      ['China', '$14B', 'Zero2IPO Research, via Yicai, 2025-03-26'],
    ]);
  });

  it("top ai-spending --kind company shows each row's status, since announced plans rank beside market estimates", () => {
    const outcome = cli(['top', 'ai-spending', '--kind', 'company', '--period', '2025', '--source', YICAI]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(rows(outcome.stdout).map(([rank, entity, value, status]) => [rank, entity, value, status])).toEqual([
      ['1', 'Amazon', '$100B', 'plan'],
      ['2', 'Microsoft', '$80B', 'plan'],
      ['3', 'Google', '$75B', 'plan'],
      ['4', 'Meta', '$65B', 'plan'],
      ['5', 'ByteDance', 'about $20B', 'estimate'],
      ['6', 'Tencent Holdings', 'about $15B', 'estimate'],
    ]);
    // --status keeps one kind of figure.
    expect(
      rows(cli(['top', 'ai-spending', '--kind', 'company', '--period', '2025', '--status', 'estimate', '--source', YICAI]).stdout).map(([, entity]) => entity),
    ).toEqual(['ByteDance', 'Tencent Holdings']);
  });

  it('top names the entities it left out because their fact states no value, and says when -n 0 ranks none or nothing matches', () => {
    const bin = join(packedInstall().consumer, 'node_modules/.bin/ai-investment-facts');
    const outcome = runToCompletion(bin, ['top', 'ai-native-funding-concentration'], packedInstall().consumer, { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(rows(outcome.stdout).map(([, entity, value]) => [entity, value])).toEqual([
      ['Beijing', '66%'],
      ['Silicon Valley', '62%'],
      ['Seattle', '15%'],
      ['New York', '14%'],
    ]);
    expect([outcome.status, outcome.stderr]).toEqual([
      0,
      'ai-investment-facts: top: left out an entity whose fact states no value: Paris (paris-ai-native-funding-concentration-2023-2024); `show` says why\n',
    ]);
    const none = runToCompletion(bin, ['top', 'ai-vc-investment', '-n', '0', '--kind', 'country', '--period', '2024', '--json'], packedInstall().consumer, {});
    expect(none).toEqual({ status: 0, stdout: '[]\n', stderr: 'ai-investment-facts: top: -n 0 ranks no entity\n' });
    // Nothing to rank is an empty ranking, said on stderr, as for list and export: no country has a 2025 figure.
    expect(runToCompletion(bin, ['top', 'ai-vc-investment', '--kind', 'country', '--period', '2025'], packedInstall().consumer, {})).toEqual({
      status: 0,
      stdout: 'Rank\tEntity\tValue\tStatus\tPeriod\tSource\tID\n',
      stderr: 'ai-investment-facts: top: nothing matches the filters\n',
    });
  });

  it('top -n 1 --kind country --period 2024 ranks countries, and --json prints the facts', () => {
    const outcome = cli(['top', 'ai-vc-investment', '-n', '1', '--kind', 'country', '--period', '2024', '--source', YICAI, '--json']);
    expect(outcome.status).toBe(0);
    const facts = JSON.parse(outcome.stdout) as { id: string; value: number; precision: string }[];
    expect(facts.map((f) => [f.id, f.value, f.precision])).toEqual([['united-states-ai-vc-investment-2024', 76_000_000_000, 'lower-bound']]);
  });

  it('growth prints the value unrounded, with its formula, the facts it came from and why it is a lower bound', () => {
    const outcome = cli(['growth', 'united-states', 'ai-vc-investment', '2023', '2024', '--source', YICAI]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(rows(outcome.stdout)).toEqual([
      ['derivation', 'growth-rate'],
      ['value', '0.9'],
      ['reads as', 'at least 90%'],
      ['unit', 'fraction'],
      ['precision', 'lower-bound'],
      ['status', 'reported'],
      ['metric', 'ai-vc-investment'],
      ['entities', 'united-states'],
      ['periods', '2023, 2024'],
      ['formula', '(value in 2024 - value in 2023) / value in 2023 = (76000000000 - 40000000000) / 40000000000'],
      ['derived from', 'united-states-ai-vc-investment-2023'],
      ['derived from', 'united-states-ai-vc-investment-2024'],
      ['caveat', 'A lower bound, because united-states-ai-vc-investment-2024 is a lower bound and the result rises with it.'],
    ]);
  });

  it('cagr, share, ratio and sum print derived figures as JSON with --json', () => {
    const figures = [
      ['cagr', 'china', 'ai-vc-investment', '2023', '2024', '--source', YICAI],
      ['share', 'beijing-share-of-global-ai-native-funding-2023-2024', 'big-three-share-of-global-ai-native-funding-2023-2024'],
      ['ratio', 'united-states-ai-vc-investment-2023', 'china-ai-vc-investment-2023'],
      ['sum', 'united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'],
    ].map((args) => {
      const outcome = cli([...args, '--json']);
      const figure = JSON.parse(outcome.stdout) as { derivation: string; value: number; derivedFrom: string[] };
      return [outcome.status, figure.derivation, figure.value, figure.derivedFrom];
    });
    expect(figures).toEqual([
      [0, 'cagr', 0.3333333333333333, ['china-ai-vc-investment-2023', 'china-ai-vc-investment-2024']],
      [0, 'share', 0.125, ['beijing-share-of-global-ai-native-funding-2023-2024', 'big-three-share-of-global-ai-native-funding-2023-2024']],
      [0, 'ratio', 40 / 10.5, ['united-states-ai-vc-investment-2023', 'china-ai-vc-investment-2023']],
      [0, 'sum', 90_000_000_000, ['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024']],
    ]);
  });

  it('derived figures read as a person says them beside the exact value: rounded to 3 digits the way that keeps the qualifier true', () => {
    const readsAs = (args: readonly string[]) => {
      const outcome = cli(args);
      return [
        outcome.status,
        ...rows(outcome.stdout)
          .filter(([field]) => field === 'value' || field === 'reads as')
          .map(([, value]) => value),
      ];
    };
    // 10.5 to 14 over one year is 1/3, from an approximate figure: about 33.3%.
    expect(readsAs(['cagr', 'china', 'ai-vc-investment', '2023', '2024', '--source', YICAI])).toEqual([0, '0.3333333333333333', 'about 33.3%']);
    // 10% of nearly 80% is at least 12.5%.
    expect(readsAs(['share', 'beijing-share-of-global-ai-native-funding-2023-2024', 'big-three-share-of-global-ai-native-funding-2023-2024'])).toEqual([
      0,
      '0.125',
      'at least 12.5%',
    ]);
    // 4.3% of nearly 80% is at least 5.375%, read down to 5.37% so that "at least" stays true.
    expect(readsAs(['share', 'paris-share-of-global-ai-native-funding-2023-2024', 'big-three-share-of-global-ai-native-funding-2023-2024'])).toEqual([
      0,
      '0.05375',
      'at least 5.37%',
    ]);
    // 40 / about 10.5 = 3.8095…: about 3.81 times.
    expect(readsAs(['ratio', 'united-states-ai-vc-investment-2023', 'china-ai-vc-investment-2023'])).toEqual([0, String(40 / 10.5), 'about 3.81×']);
    // over 76 + 14 billion: the sum in dollars as the facts are written.
    expect(readsAs(['sum', 'united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'])).toEqual([0, '90000000000', 'at least $90B']);
    expect(readsAs(['sum', 'amazon-ai-spending-2025', 'microsoft-ai-spending-2025', 'google-ai-spending-2025', 'meta-ai-spending-2025'])).toEqual([
      0,
      '320000000000',
      '$320B',
    ]);
  });

  it('show <fact-id> prints the fact with its quote, producer, publisher and date', () => {
    const outcome = cli(['show', 'united-states-ai-vc-investment-2024']);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    const fields = Object.fromEntries(rows(outcome.stdout).map(([field = '', value = '']) => [field, value]));
    expect([fields['value'], fields['citation'], fields['publisher'], fields['published'], fields['attributed to'], fields['quote']]).toEqual([
      'over $76B',
      'CB Insights, via Yicai, 2025-03-26',
      'Yicai',
      '2025-03-26',
      'CB Insights',
      YICAI_US_QUOTE,
    ]);
    expect((JSON.parse(cli(['show', 'united-states-ai-vc-investment-2024', '--json']).stdout) as { citation: { quote: string } }).citation.quote).toBe(
      YICAI_US_QUOTE,
    );
  });

  it('show <fact-id> prints each quote once: table text, then the passages that say the figure in words', () => {
    const shown = rows(cli(['show', 'paris-share-of-global-ai-native-funding-2023-2024']).stdout);
    const fact = dataset.fact('paris-share-of-global-ai-native-funding-2023-2024');
    expect(shown.filter(([field = '']) => /quote|passage/.test(field))).toEqual([
      ['quote (table text)', fact.citation.quote],
      ['passage', 'With 4.3% of global AI-native funding, it’s carving out a niche as a serious contender'],
    ]);
    expect(shown.filter(([, value = '']) => value.includes(fact.citation.quote))).toHaveLength(1);
  });

  it('show <fact-id> of a value the source does not state gives the reason', () => {
    const fields = Object.fromEntries(
      rows(cli(['show', 'paris-ai-native-funding-concentration-2023-2024']).stdout).map(([field = '', value = '']) => [field, value]),
    );
    expect([fields['value'], fields['missing reason']]).toEqual([
      'not stated',
      'The article\'s table gives "Not specified" for Paris\'s AI funding concentration, and its text gives no figure.',
    ]);
  });

  it('list --period reads an interval typed with a hyphen as the interval, and --unit filters by unit', () => {
    expect(cli(['list', '--period', '2023-2024', '--source', TOP_CITIES])).toEqual(cli(['list', '--period', '2023/2024', '--source', TOP_CITIES]));
    expect(rows(cli(['list', '--period', '2023-2024', '--source', TOP_CITIES]).stdout).length).toBe(
      dataset.findFacts({ period: '2023/2024', sourceId: TOP_CITIES }).length,
    );
    expect(rows(cli(['list', '--unit', 'CNY']).stdout).map(([id]) => id)).toEqual(dataset.findFacts({ unit: 'CNY' }).map((fact) => fact.id));
  });

  it('answers a mistyped command or flag with the nearest ones', () => {
    const said = (args: string[]) => cli(args).stderr.split('\n')[0];
    expect(said(['lsit'])).toBe('ai-investment-facts: unknown command "lsit"; did you mean list?');
    expect(said(['help', 'exprot'])).toBe('ai-investment-facts: help: unknown command "exprot"; did you mean export?');
    expect(said(['list', '--metrc', 'x'])).toBe('ai-investment-facts: list: unknown option "--metrc"; did you mean --metric?');
    expect(said(['--verison'])).toBe('ai-investment-facts: unknown option "--verison"; did you mean --version?');
    expect(said(['frobnicate'])).toBe('ai-investment-facts: unknown command "frobnicate"');
    expect(cli(['help', 'nope']).status).toBe(2);
  });

  it('show <id> finds the record of any type, and names the nearest IDs of every type where none has it', () => {
    const claim = rows(cli(['show', 'europe-rising-stars-lag-paris']).stdout);
    expect(claim).toEqual([
      ['ID', 'europe-rising-stars-lag-paris'],
      ['entity IDs', 'europe'],
      ['', 'london'],
      ['', 'berlin'],
      ['', 'paris'],
      ['statement', 'In Europe, London and Berlin are making strides in AI but lag behind Paris in AI-specific funding.'],
      ['source ID', TOP_CITIES],
      ['section', 'body'],
      ['quote', 'Europe’s Rising Stars: London and Berlin are making strides, though they lag behind Paris in AI-specific funding.'],
      ['caveats', 'The article gives no figures for London or Berlin.'],
    ]);
    // An entity's fields in words, then after a blank line each its facts and its claims, under a heading
    // with their count, less the column that would repeat the entity.
    const [fields = '', facts = '', claims = ''] = cli(['show', 'china']).stdout.split('\n\n');
    expect(rows(fields)).toEqual([
      ['ID', 'china'],
      ['name', 'China'],
      ['kind', 'country'],
      ['country code', 'CN'],
    ]);
    // `rows` drops the first line, the heading here, leaving the table's header.
    expect(rows(facts)).toEqual([
      ['ID', 'Metric', 'Period', 'Value', 'Status'],
      ['china-ai-vc-investment-2024', 'ai-vc-investment', '2024', '$14B', 'reported'],
      ['china-ai-vc-investment-2023', 'ai-vc-investment', '2023', 'about $10.5B', 'reported'],
    ]);
    expect(claims.split('\n')[0]).toBe('Claims (6)');
    expect(rows(claims).slice(0, 2)).toEqual([
      ['ID', 'Statement'],
      ['china-ai-vc-much-lower-than-us', 'China’s AI-related venture capital investment is much lower than that of the United States.'],
    ]);
    // A group says yes or no where a field is a boolean; a metric's facts leave out the metric; a source
    // lists the facts and the claims that cite it.
    expect(rows(cli(['show', 'top-40-startup-ecosystems']).stdout)).toContainEqual(['members complete', 'no']);
    expect(rows(cli(['show', 'ai-unicorn-count']).stdout.split('\n\n')[1] ?? '')[0]).toEqual(['ID', 'Entity', 'Period', 'Value', 'Status']);
    const cited = cli(['show', 'techcrunch-paris-ai-hub-summary'])
      .stdout.split('\n\n')
      .map((part) => part.split('\n')[0]);
    expect(cited).toEqual(['Field\tValue', 'Facts (4)', 'Claims (10)']);
    expect(JSON.parse(cli(['show', 'ai-vc-investment', '--json']).stdout)).toEqual(dataset.metric('ai-vc-investment'));
    expect(cli(['show', 'chnia'])).toEqual({ status: 2, stdout: '', stderr: 'ai-investment-facts: show: no record has the ID "chnia"; did you mean china?\n' });
    expect(cli(['show', 'xyz']).stderr).toBe(
      'ai-investment-facts: show: no record has the ID "xyz"; none is near it (`ai-investment-facts list facts|entities|metrics|sources|claims` shows every ID)\n',
    );
  });

  it('list entities, metrics, sources and claims lists those records, with the filters that apply to each', () => {
    expect(rows(cli(['list', 'entities', '--kind', 'country']).stdout)).toEqual([
      ['united-states', 'United States', 'country', 'US', ''],
      ['china', 'China', 'country', 'CN', ''],
      ['france', 'France', 'country', 'FR', ''],
    ]);
    expect(rows(cli(['list', 'metrics']).stdout).map(([id]) => id)).toEqual(dataset.metrics.map((metric) => metric.id));
    expect(rows(cli(['list', 'sources']).stdout).map(([id]) => id)).toEqual(sources.map((source) => source.id));
    expect(rows(cli(['list', 'claims', '--entity', 'london']).stdout)).toEqual([
      [
        'europe-rising-stars-lag-paris',
        'europe london berlin paris',
        'In Europe, London and Berlin are making strides in AI but lag behind Paris in AI-specific funding.',
      ],
    ]);
    expect(rows(cli(['list', 'facts', '--kind', 'country', '--period', '2024']).stdout).map(([id]) => id)).toEqual([
      'united-states-ai-vc-investment-2024',
      'china-ai-vc-investment-2024',
    ]);
    expect(JSON.parse(cli(['list', 'claims', '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(dataset.claims)));
    const said = (args: string[]) => [cli(args).status, cli(args).stderr.split('\n')[0]];
    expect(said(['list', 'entities', '--metric', 'ai-vc-investment'])).toEqual([
      2,
      'ai-investment-facts: list entities: --metric does not filter entities, which are filtered by --kind',
    ]);
    expect(said(['list', 'sources', '--kind', 'country'])).toEqual([
      2,
      'ai-investment-facts: list sources: --kind does not filter sources, which take no filter',
    ]);
    expect(said(['list', 'entitis'])).toEqual([
      2,
      'ai-investment-facts: list: expected the records to be one of facts, entities, metrics, sources, claims, received "entitis"; did you mean entities?',
    ]);
    expect(said(['list', '--kind', 'contry'])).toEqual([
      2,
      'ai-investment-facts: list: expected --kind to be one of startup-ecosystem, country, region, company, group, received "contry"; did you mean country?',
    ]);
  });

  it('list filters the facts, and --json prints them as records', () => {
    const outcome = cli(['list', '--metric', 'ai-vc-investment', '--period', '2024', '--source', YICAI]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout).toBe(
      'ID\tEntity\tMetric\tPeriod\tValue\tStatus\n' +
        'united-states-ai-vc-investment-2024\tUnited States\tai-vc-investment\t2024\tover $76B\treported\n' +
        'china-ai-vc-investment-2024\tChina\tai-vc-investment\t2024\t$14B\treported\n',
    );
    const json = JSON.parse(cli(['list', '--metric', 'ai-vc-investment', '--source', YICAI, '--json']).stdout) as { id: string }[];
    expect(json.map((f) => f.id)).toEqual([
      'united-states-ai-vc-investment-2024',
      'united-states-ai-vc-investment-2023',
      'china-ai-vc-investment-2024',
      'china-ai-vc-investment-2023',
    ]);
  });

  it("audit prints the library's consistency findings, each with its outcome, check, one-sidedness, summary and ID", () => {
    const findings = dataset.auditConsistency();
    expect(cli(['audit'])).toEqual({
      status: 0,
      stdout: `Outcome\tCheck\tOne-sided\tSummary\tID\n${findings.map((f) => `${[f.outcome, f.check, f.oneSided ? 'yes' : 'no', f.summary, f.id].join('\t')}\n`).join('')}`,
      stderr: '',
    });
    expect(JSON.parse(cli(['audit', '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(findings)));
  });

  it('prints no escape sequence piped, under NO_COLOR or FORCE_COLOR=0, and colours off a terminal only when FORCE_COLOR asks', () => {
    const escapes = (env: Record<string, string>) =>
      [`top share-of-global-ai-native-funding --source ${TOP_CITIES}`, 'audit', 'list'].map((args) => cli(args.split(' '), env).stdout.includes('\u001b'));
    expect(escapes({})).toEqual([false, false, false]);
    expect(escapes({ NO_COLOR: '1' })).toEqual([false, false, false]);
    expect(escapes({ FORCE_COLOR: '1', NO_COLOR: '1' })).toEqual([false, false, false]);
    expect(escapes({ FORCE_COLOR: '1' })).toEqual([true, true, true]);
    // On a terminal: aligned and bold, unless NO_COLOR is set or the terminal is dumb.
    const table = `ai-investment-facts top share-of-global-ai-native-funding -n 1 --source ${TOP_CITIES}`;
    expect(onTerminal(table, { TERM: 'xterm' })).toContain('\u001b[1mRank\u001b[22m');
    expect(onTerminal(table, { TERM: 'xterm', NO_COLOR: '1' }).split('\n')[0]).toMatch(/^Rank {2}Entity {10}Value {2}Status {4}Period/);
    expect(onTerminal(table, { TERM: 'dumb' }).includes('\u001b')).toBe(false);
    expect(onTerminal(table, { TERM: 'xterm', FORCE_COLOR: '0' }).includes('\u001b')).toBe(false);
  });

  it('fits every table to an 80-column terminal, IDs whole on one line, and keeps piped output complete', () => {
    const ids = new Set([
      ...dataset.facts.map((fact) => fact.id),
      ...dataset.claims.map((claim) => claim.id),
      ...dataset.auditConsistency().map((finding) => finding.id),
    ]);
    const commands = [
      'audit',
      'list',
      'list claims',
      'list sources',
      'show china',
      `top share-of-global-ai-native-funding`,
      'show china-ai-vc-investment-2024',
    ];
    const tooWide = commands.flatMap((command) =>
      onTerminal(`ai-investment-facts ${command}`, { COLUMNS: '80', NO_COLOR: '1' })
        .split('\n')
        .filter((line) => line.length > 80 && !ids.has(line.split(/ {2,}/).at(-1) ?? ''))
        .map((line) => `${command}: ${line}`),
    );
    expect(tooWide).toEqual([]);
    // Each audit finding is a block whose ID line holds the whole ID, to copy.
    const audit = onTerminal('ai-investment-facts audit', { COLUMNS: '80', NO_COLOR: '1' });
    expect(audit.split('\n\n').map((block) => /^ID {9}(\S+)$/m.exec(block)?.[1])).toEqual(dataset.auditConsistency().map((finding) => finding.id));
    // Piped, COLUMNS changes nothing.
    expect(cli(['audit'], { COLUMNS: '80' }).stdout).toBe(cli(['audit']).stdout);
  });

  it('prints help with an example for every command, and the version', () => {
    const commands = ['list', 'show', 'top', 'growth', 'cagr', 'share', 'ratio', 'sum', 'audit', 'export'];
    const missingExample = commands.filter((command) => {
      const outcome = cli([command, '--help']);
      return (
        outcome.status !== 0 ||
        !outcome.stdout.startsWith(`Usage: ai-investment-facts ${command}`) ||
        !/Examples?:\n {2}ai-investment-facts \w/.test(outcome.stdout)
      );
    });
    expect(missingExample).toEqual([]);
    // Every help fits an 80-column terminal; an example too long for a line goes on with a backslash, as a shell reads it.
    const tooWide = [undefined, ...commands, 'verify'].flatMap((command) =>
      cli(command === undefined ? ['--help'] : [command, '--help'])
        .stdout.split('\n')
        .filter((line) => line.length > 80)
        .map((line) => `${command ?? '--help'}: ${line}`),
    );
    expect(tooWide).toEqual([]);
    expect(cli(['--help']).stdout).toContain('Commands:');
    expect(cli(['help', 'export'])).toEqual(cli(['export', '--help']));
    expect(cli(['-h']).status).toBe(0);
    const { installedPackage } = packedInstall();
    const { version } = JSON.parse(readFileSync(join(installedPackage, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('answers an unknown ID with the IDs the library finds nearest and exit code 2', () => {
    expect(cli(['list', '--metric', 'ai-vc'])).toEqual(unknownId((d) => d.findFacts({ metricId: 'ai-vc' })));
    // A part left out, or a word mistyped.
    expect(cli(['growth', 'chnia', 'ai-vc-investment', '2023', '2024'])).toEqual(unknownId((d) => d.growthOf('chnia', 'ai-vc-investment', '2023', '2024')));
    expect(cli(['top', 'ai-natve-funding'])).toEqual(unknownId((d) => d.findFacts({ metricId: 'ai-natve-funding' })));
  });

  it('answers an ID that nothing is near with the valid IDs where they are few, or where to find them', () => {
    expect(cli(['top', 'gdp'])).toEqual(unknownId((d) => d.findFacts({ metricId: 'gdp' })));
    expect(cli(['list', '--source', 'reuters'])).toEqual(unknownId((d) => d.findFacts({ sourceId: 'reuters' })));
    expect(cli(['list', '--entity', 'atlantis'])).toEqual(unknownId((d) => d.findFacts({ entityId: 'atlantis' })));
    expect(cli(['growth', 'atlantis', 'ai-vc-investment', '2023', '2024'])).toEqual(
      unknownId((d) => d.growthOf('atlantis', 'ai-vc-investment', '2023', '2024')),
    );
  });

  it('answers a missing argument, an unknown flag or command and a malformed period with exit code 2, and the usage where the command line is wrong', () => {
    const missing = cli(['growth', 'united-states', 'ai-vc-investment']);
    expect([missing.status, missing.stdout, missing.stderr.split('\n\n')[0], missing.stderr.includes('Usage: ai-investment-facts growth')]).toEqual([
      2,
      '',
      'ai-investment-facts: growth: missing <from-period> <to-period>',
      true,
    ]);
    // The message, then the command's synopsis and where its help is, not the whole help.
    expect(cli(['list', '--bogus'])).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        'ai-investment-facts: list: unknown option "--bogus"',
        '',
        'Usage: ai-investment-facts list [facts|entities|metrics|sources|claims]',
        '                                [filters] [--json]',
        '',
        'Run `ai-investment-facts list --help` for its options and examples.',
        '',
      ].join('\n'),
    });
    expect(cli(['lst']).stderr.split('\n').at(-2)).toBe('Run `ai-investment-facts --help` for the options.');
    // A flag's value, or its lack, in one line whatever the runtime's parser says: a value that starts with a dash is a value.
    expect(['-n', '--entity x', '--json=1'].map((flag) => cli(['top', 'share-of-global-ai-native-funding', ...flag.split(' ')]).stderr.split('\n')[0])).toEqual(
      [
        'ai-investment-facts: top: expected a value after -n, received none',
        'ai-investment-facts: top: unknown option "--entity"',
        'ai-investment-facts: top: --json takes no value, received "1"',
      ],
    );
    expect([cli(['list', '--entity']).stderr.split('\n')[0], cli(['top', 'share-of-global-ai-native-funding', '-n', '-1']).stderr.split('\n')[0]]).toEqual([
      'ai-investment-facts: list: expected a value after --entity, received none',
      'ai-investment-facts: top: expected -n to be a non-negative integer, received "-1"',
    ]);
    expect([cli(['frobnicate']).status, cli(['frobnicate']).stderr.includes('Commands:')]).toEqual([2, true]);
    expect(cli(['list', '--period', '20x4'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ai-investment-facts: list: expected --period to be a year ("2024") or an interval of years ("2023/2024"), received "20x4"\n',
    });
    expect(cli(['growth', 'united-states', 'ai-vc-investment', '2023', '24']).status).toBe(2);
    expect(cli(['top', 'ai-vc-investment', '-n', 'three']).status).toBe(2);
    expect(cli(['export', '--format', 'xml']).status).toBe(2);
  });

  it('export writes JSON, NDJSON and RFC 4180 CSV, and --out writes what standard output gets', () => {
    const json = JSON.parse(cli(['export', '--metric', 'ai-vc-investment', '--source', YICAI]).stdout) as { id: string }[];
    expect(json.length).toBe(4);
    const ndjson = cli(['export', '--format', 'ndjson', '--metric', 'ai-vc-investment', '--source', YICAI]).stdout;
    expect(
      ndjson
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id),
    ).toEqual(json.map((f) => f.id));
    const csv = cli(['export', '--format', 'csv', '--metric', 'ai-vc-investment', '--period', '2024', '--source', YICAI]).stdout;
    const lines = csv.split('\r\n');
    // The same header and rows as the published facts.csv, filtered.
    const published = readFileSync(join(packedInstall().installedPackage, 'dist/data/facts.csv'), 'utf8').split('\r\n');
    expect(lines).toEqual([published[0], ...published.filter((line) => /^(united-states|china)-ai-vc-investment-2024,/.test(line)), '']);
    expect(lines[1]?.startsWith('united-states-ai-vc-investment-2024,united-states,United States,country,ai-vc-investment,')).toBe(true);
    expect(lines[1]).toContain(
      `,76000000000,USD,2024,relative,,lower-bound,reported,,2025-03-26-yicai-china-ai-vc-lags-us,body,,,"China's VC Investment in AI Lags Far Behind US, Qiming Managing Partner Says",Yicai,2025-03-26,CB Insights,,"${YICAI_US_QUOTE.replace(/"/g, '""')}",`,
    );
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // these rows hold one caveat each: no bare LF

    const directory = mkdtempSync(join(packedInstall().workDirectory, 'export-'));
    const out = join(directory, 'ai-vc.csv');
    const written = cli(['export', '--format', 'csv', '--metric', 'ai-vc-investment', '--period', '2024', '--source', YICAI, '--out', out]);
    expect([written.status, written.stdout, written.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(csv);
    expect(readdirSync(directory)).toEqual(['ai-vc.csv']);

    // Nothing matched: the empty table or [] on standard output, a notice on standard error, exit code 0.
    const withStderr = (args: readonly string[]) =>
      runToCompletion(join(packedInstall().consumer, 'node_modules/.bin/ai-investment-facts'), args, packedInstall().consumer, {
        NO_COLOR: undefined,
        FORCE_COLOR: undefined,
      });
    expect(withStderr(['list', '--period', '1999'])).toEqual({
      status: 0,
      stdout: 'ID\tEntity\tMetric\tPeriod\tValue\tStatus\n',
      stderr: 'ai-investment-facts: list facts: nothing matches the filters\n',
    });
    expect(withStderr(['list', 'claims', '--entity', 'big-three', '--json'])).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'ai-investment-facts: list claims: nothing matches the filters\n',
    });
    expect(withStderr(['export', '--period', '1999'])).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'ai-investment-facts: export: nothing matches the filters\n',
    });
    // --kind filters as it does for list, and --out - is standard output.
    const countries = ['--metric', 'ai-vc-investment', '--kind', 'country', '--period', '2024', '--format', 'csv'];
    expect(withStderr(['export', ...countries, '--out', '-'])).toEqual({ status: 0, stdout: cli(['export', ...countries]).stdout, stderr: '' });
    const exported = JSON.parse(cli(['export', ...countries.slice(0, 6)]).stdout) as { id: string }[];
    expect(exported.map((fact) => fact.id)).toEqual(['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024']);
    const emptyCsv = join(directory, 'empty.csv');
    expect(withStderr(['export', '--period', '1999', '--out', emptyCsv])).toEqual({
      status: 0,
      stdout: '',
      stderr: 'ai-investment-facts: export: nothing matches the filters\n',
    });
    expect(readFileSync(emptyCsv, 'utf8')).toBe(`${csv.split('\n')[0]}\n`);
    rmSync(emptyCsv);

    // On a terminal, --out says what it wrote; piped (above), it says nothing.
    const reported = join(directory, 'reported.csv');
    expect(onTerminal(`ai-investment-facts export --metric ai-vc-investment --period 2024 --source ${YICAI} --out ${reported}`)).toBe(
      `ai-investment-facts: export: wrote 2 facts as CSV to "${reported}" (${statSync(reported).size.toLocaleString('en-US')} bytes)\n`,
    );
    expect(readFileSync(reported, 'utf8')).toBe(csv);
    rmSync(reported);

    // Without --format, the extension chooses (in any case); a format that disagrees with it is a usage error.
    const query = ['--metric', 'ai-vc-investment', '--period', '2024', '--source', YICAI];
    expect(cli(['export', ...query, '--out', join(directory, 'by-extension.CSV')]).status).toBe(0);
    expect(readFileSync(join(directory, 'by-extension.CSV'), 'utf8')).toBe(csv);
    expect(cli(['export', ...query, '--out', join(directory, 'lines.ndjson')]).status).toBe(0);
    expect(readFileSync(join(directory, 'lines.ndjson'), 'utf8')).toBe(cli(['export', '--format', 'ndjson', ...query]).stdout);
    expect(cli(['export', ...query, '--out', join(directory, 'facts.txt')]).status).toBe(0);
    expect(readFileSync(join(directory, 'facts.txt'), 'utf8')).toBe(cli(['export', ...query]).stdout);
    const disagree = (args: readonly string[]) => cli(['export', ...args]).stderr.split('\n')[0];
    expect(disagree(['--format', 'json', '--out', 'x.csv'])).toBe(
      'ai-investment-facts: export: --format json and --out "x.csv" disagree: the file\'s extension names csv',
    );
    expect(disagree(['--json', '--out', 'x.ndjson'])).toBe(
      'ai-investment-facts: export: --json and --out "x.ndjson" disagree: the file\'s extension names ndjson',
    );
    expect(cli(['export', '--format', 'csv', '--out', join(directory, 'x.json')]).status).toBe(2);
    expect(readdirSync(directory).sort()).toEqual(['ai-vc.csv', 'by-extension.CSV', 'facts.txt', 'lines.ndjson']);
  });

  it('export --out to a path it cannot write fails with exit code 1, names the path and leaves no file', () => {
    const missingDirectory = cli(['export', '--format', 'csv', '--out', '/nonexistent-dir/x.csv']);
    expect([missingDirectory.status, missingDirectory.stdout, missingDirectory.stderr]).toEqual([
      1,
      '',
      'ai-investment-facts: export: cannot write "/nonexistent-dir/x.csv": ENOENT: no such file or directory\n',
    ]);
    expect(existsSync('/nonexistent-dir/x.csv')).toBe(false);
    // The temporary file is written, then renaming it over a directory fails: it is removed.
    const directory = mkdtempSync(join(packedInstall().workDirectory, 'export-'));
    mkdirSync(join(directory, 'taken'));
    const renameFails = cli(['export', '--out', join(directory, 'taken')]);
    expect([renameFails.status, renameFails.stderr.startsWith(`ai-investment-facts: export: cannot write "${join(directory, 'taken')}": `)]).toEqual([1, true]);
    expect(readdirSync(directory)).toEqual(['taken']);
    expect(readdirSync(join(directory, 'taken'))).toEqual([]);
  });

  it('export --out over an existing file keeps its permissions, and through a symbolic link writes the file it points to', () => {
    const directory = mkdtempSync(join(packedInstall().workDirectory, 'export-'));
    const privateFile = join(directory, 'private.json');
    writeFileSync(privateFile, 'old');
    chmodSync(privateFile, 0o600);
    symlinkSync('private.json', join(directory, 'link.json'));
    const outcome = cli(['export', '--out', join(directory, 'link.json')]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect([lstatSync(join(directory, 'link.json')).isSymbolicLink(), statSync(privateFile).mode & 0o777]).toEqual([true, 0o600]);
    expect(readFileSync(privateFile, 'utf8')).toBe(cli(['export']).stdout);
    expect(readdirSync(directory).sort()).toEqual(['link.json', 'private.json']);
  });

  it('names the command the user typed, not the library function, in its errors', () => {
    const growth = cli(['growth', 'united-states', 'ai-vc-investment', '2024', '2023']);
    expect([growth.status, growth.stderr]).toEqual([
      2,
      'ai-investment-facts: growth: expected <to-period> to start after <from-period> ("2024") ends, received "2023"\n',
    ]);
    const share = cli(['share', 'china-ai-vc-investment-2024', 'united-states-ai-vc-investment-2024']);
    expect([share.status, share.stderr.endsWith('use the ratio command\n')]).toEqual([2, true]);
    const top = cli(['top', 'ai-vc-investment', '--source', YICAI]);
    expect([top.status, top.stderr.includes('pass --kind to rank another kind')]).toEqual([2, true]);
    // The library's argument names become the flags and operands the user typed.
    expect(cli(['growth', 'china', 'ai-vc-investment', '2023', '2024', '--unit', 'EUR', '--source', YICAI]).stderr).toBe(
      `ai-investment-facts: growth: expected a fact of "china" for metric "ai-vc-investment" in <from-period> "2023", received none; none of its facts of this metric matches the flags --unit EUR --source ${YICAI}\n`,
    );
    expect(cli(['cagr', 'china', 'ai-vc-investment', '2023', '2024', '--status', 'planned']).stderr).toBe(
      'ai-investment-facts: cagr: expected --status to be a status (reported, estimate, plan, forecast), received "planned"; did you mean "plan"?\n',
    );
    const paris = 'paris-ai-native-funding-concentration-2023-2024';
    const beijing = 'beijing-ai-native-funding-concentration-2023-2024';
    expect(cli(['ratio', beijing, paris]).stderr).toMatch(
      /^ai-investment-facts: ratio: expected <denominator-fact-id> to be a fact with a value, received "paris-/,
    );
    expect(cli(['sum', beijing, paris]).stderr).toMatch(/^ai-investment-facts: sum: expected <fact-id> number 2 to be a fact with a value, received "paris-/);
  });

  it('looks up an entity by the name or alias the sources use, where its ID was expected', () => {
    expect(cli(['list', '--entity', 'US'])).toEqual(unknownId((d) => d.findFacts({ entityId: 'US' })));
    expect(cli(['growth', 'United States', 'ai-vc-investment', '2023', '2024'])).toEqual(
      unknownId((d) => d.growthOf('United States', 'ai-vc-investment', '2023', '2024')),
    );
    expect(cli(['list', '--entity', 'the Valley'])).toEqual(unknownId((d) => d.findFacts({ entityId: 'the Valley' })));
  });

  it('export --out writes into what is not a regular file (/dev/stdout, a named pipe), never replacing it, and refuses a directory', () => {
    const { consumer } = packedInstall();
    const csv = cli(['export', '--format', 'csv', '--metric', 'ai-vc-investment']).stdout;
    // Through a shell's pipe, as a user runs it (Node gives a child a socket, which /dev/stdout cannot open: ENXIO, as for `>`).
    const piped = execFileSync('sh', ['-c', 'node_modules/.bin/ai-investment-facts export --format csv --metric ai-vc-investment --out /dev/stdout | cat'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect([piped, lstatSync('/dev/stdout').isSymbolicLink()]).toEqual([csv, true]);

    const directory = mkdtempSync(join(packedInstall().workDirectory, 'export-'));
    const pipe = join(directory, 'pipe.csv');
    execFileSync('mkfifo', [pipe]);
    // The shell opens the pipe for reading while the command writes into it.
    const read = execFileSync(
      'sh',
      ['-c', 'cat "$1" & node_modules/.bin/ai-investment-facts export --format csv --metric ai-vc-investment --out "$1"; wait', 'sh', pipe],
      {
        cwd: consumer,
        encoding: 'utf8',
      },
    );
    expect([read, statSync(pipe).isFIFO(), readdirSync(directory)]).toEqual([csv, true, ['pipe.csv']]);

    expect(cli(['export', '--out', directory])).toEqual({
      status: 1,
      stdout: '',
      stderr: `ai-investment-facts: export: cannot write "${directory}": it is a directory\n`,
    });
    expect(readdirSync(directory)).toEqual(['pipe.csv']);
  });

  it('a full device fails with exit code 1 and one line on stderr, for --out and for standard output alike', () => {
    const { consumer } = packedInstall();
    expect(cli(['export', '--out', '/dev/full'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'ai-investment-facts: export: cannot write "/dev/full": ENOSPC: no space left on device\n',
    });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    const full = openSync('/dev/full', 'w');
    try {
      const outcome = spawnSync(join(consumer, 'node_modules/.bin/ai-investment-facts'), ['list'], {
        cwd: consumer,
        encoding: 'utf8',
        stdio: ['ignore', full, 'pipe'],
      });
      expect([outcome.status, outcome.stderr]).toEqual([1, 'ai-investment-facts: cannot write to standard output: ENOSPC: no space left on device\n']);
    } finally {
      closeSync(full);
    }
  });

  it('export --out interrupted (SIGTERM, SIGINT, SIGHUP) while it writes leaves the file as it was and no temporary file, and ends by the signal', () => {
    const { consumer, workDirectory } = packedInstall();
    const directory = mkdtempSync(join(workDirectory, 'export-'));
    // Loaded before the command: sends it the signal once it has opened a file for writing beside the output.
    const preload = join(directory, 'signal-on-open.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
const dir = process.env.OUT_DIR;
const raise = (path) => { if (require('node:path').dirname(String(path)) === dir && !String(path).endsWith('facts.json')) process.kill(process.pid, process.env.SIGNAL); };
const openSync = fs.openSync;
fs.openSync = function (path, ...rest) { const fd = openSync.call(this, path, ...rest); raise(path); return fd; };
const open = fs.promises.open;
fs.promises.open = async function (path, ...rest) { const handle = await open.call(this, path, ...rest); raise(path); return handle; };
`,
    );
    const out = join(directory, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'facts.json'), 'old');
    const outcomes = (['SIGTERM', 'SIGINT', 'SIGHUP'] as const).map((signal) => {
      const outcome = spawnSync(join(consumer, 'node_modules/.bin/ai-investment-facts'), ['export', '--out', join(out, 'facts.json')], {
        cwd: consumer,
        encoding: 'utf8',
        env: commandEnv({ NODE_OPTIONS: `--require ${preload}`, OUT_DIR: out, SIGNAL: signal }),
      });
      return [outcome.signal, outcome.stderr, readdirSync(out), readFileSync(join(out, 'facts.json'), 'utf8')];
    });
    expect(outcomes).toEqual([
      ['SIGTERM', '', ['facts.json'], 'old'],
      ['SIGINT', '', ['facts.json'], 'old'],
      ['SIGHUP', '', ['facts.json'], 'old'],
    ]);
  });

  it('list, export and --version with standard output closed (>&-) fail with exit code 1 and one line; >/dev/null succeeds', () => {
    const { consumer } = packedInstall();
    const outcomes = ['list', 'export', '--version'].map((command) =>
      ['>&-', '>/dev/null'].map((redirect) => {
        const outcome = spawnSync('sh', ['-c', `node_modules/.bin/ai-investment-facts ${command} ${redirect}`], {
          cwd: consumer,
          encoding: 'utf8',
          env: commandEnv({}),
        });
        return [outcome.status, outcome.stderr];
      }),
    );
    const closed = [1, 'ai-investment-facts: cannot write to standard output: EBADF: standard output is closed\n'];
    expect(outcomes).toEqual([
      [closed, [0, '']],
      [closed, [0, '']],
      [closed, [0, '']],
    ]);
  });

  it('list and export into a pipe whose reader has stopped reading exit 1, quietly', async () => {
    const { consumer } = packedInstall();
    const outcomes = await Promise.all(
      ['list', 'export'].map(
        (command) =>
          new Promise<[number | null, string]>((resolve) => {
            const child = spawn(join(consumer, 'node_modules/.bin/ai-investment-facts'), [command], {
              cwd: consumer,
              env: commandEnv({}),
              stdio: ['ignore', 'pipe', 'pipe'],
            });
            // The reader stops before the command, still starting, writes anything: the write meets EPIPE.
            child.stdout.destroy();
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('close', (status) => resolve([status, stderr]));
          }),
      ),
    );
    expect(outcomes).toEqual([
      [1, ''],
      [1, ''],
    ]);
  });

  it('every failure is one line on stderr with exit code 1; a wrong command line is one line, then the usage, with exit code 2', () => {
    const { consumer, workDirectory } = packedInstall();
    const directory = mkdtempSync(join(workDirectory, 'export-'));
    symlinkSync('loop', join(directory, 'loop'));
    const failures = [
      ['export', '--out', '/nonexistent-dir/x.csv'],
      ['export', '--out', directory],
      ['export', '--out', join(directory, 'a'.repeat(256))],
      ['export', '--out', join(directory, 'loop')],
      ['export', '--out', '/dev/full'],
      ['export', '--out', join(directory, 'missing\u001b[31m', 'x.csv')],
      ['verify', 'no-such-file.txt'],
      ['verify', directory],
    ].map((args) => cli(args));
    const full = openSync('/dev/full', 'w');
    try {
      const outcome = spawnSync(join(consumer, 'node_modules/.bin/ai-investment-facts'), ['list'], {
        cwd: consumer,
        encoding: 'utf8',
        stdio: ['ignore', full, 'pipe'],
      });
      failures.push({ status: outcome.status, stdout: '', stderr: outcome.stderr });
    } finally {
      closeSync(full);
    }
    expect(failures.filter((outcome) => outcome.status !== 1 || !/^ai-investment-facts: [^\n]+\n$/.test(outcome.stderr))).toEqual([]);
    expect(failures[2]?.stderr).toBe(`ai-investment-facts: export: cannot write "${join(directory, 'a'.repeat(256))}": ENAMETOOLONG: name too long\n`);
    expect(failures[5]?.stderr).toBe(
      `ai-investment-facts: export: cannot write "${join(directory, 'missing\\u001b[31m', 'x.csv')}": ENOENT: no such file or directory\n`,
    );

    const usageErrors = [
      ['--version', 'extra'],
      ['--help', 'extra'],
      ['help', 'list', 'extra'],
      ['list', 'facts', 'extra'],
      ['frobnicate'],
      ['list', '--bogus'],
    ].map((args) => {
      const outcome = cli(args);
      return [outcome.status, outcome.stderr.split('\n')[0], /^[^\n]+\n\nUsage: ai-investment-facts /.test(outcome.stderr)];
    });
    expect(usageErrors).toEqual([
      [2, 'ai-investment-facts: --version: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: --help: unknown command "extra"', true],
      [2, 'ai-investment-facts: help: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: list: unexpected argument "extra"', true],
      [2, 'ai-investment-facts: unknown command "frobnicate"', true],
      [2, 'ai-investment-facts: list: unknown option "--bogus"', true],
    ]);
    expect(cli(['--help', 'export'])).toEqual(cli(['export', '--help']));
  });

  it("runs the README's commands on a terminal (util-linux `script` gives it one), printing exactly the tables shown", (context) => {
    // The README's verify command reads an archived document from the folder it runs in.
    const { consumer, installedPackage } = packedInstall();
    const commands = readmeExamples(readFileSync(join(installedPackage, 'README.md'), 'utf8')).map((example) => example.code);
    for (const source of sources.filter((s) => commands.some((command) => command.includes(`${s.id}.txt`)))) {
      writeFileSync(join(consumer, `${source.id}.txt`), requireDocument(context, source.id));
    }
    const { count, mismatched } = mismatchedReadmeExamples(['sh']);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(mismatched, 'README.md shows other output than its commands print: run `npm run docs`').toEqual([]);
  });

  describe('verify', () => {
    const YICAI = '2025-03-26-yicai-china-ai-vc-lags-us';
    /** Writes `text` into the consumer's folder as `name`, and returns the name. */
    const copy = (name: string, text: string) => {
      writeFileSync(join(packedInstall().consumer, name), text);
      return name;
    };

    it.for(sources.map((source) => source.id))(
      'verify <archived copy of %s> exits 0, identifying it by its SHA-256, every quote at its recorded position',
      (sourceId, context) => {
        const file = copy(`archived-${sourceId}.txt`, requireDocument(context, sourceId));
        const outcome = cli(['verify', file]);
        expect([outcome.status, outcome.stderr]).toEqual([0, '']);
        expect(outcome.stdout.split('\n').slice(0, 2).join(' ')).toMatch(
          new RegExp(`^${file}: checked as ${sourceId} .* identified by its SHA-256 [0-9a-f]{12}…, which is the archived copy's\\.$`),
        );
        expect(rows(outcome.stdout.split('\n\n')[1] ?? '').every((row) => row[3] === 'at recorded position')).toBe(true);
        expect(outcome.stdout).toMatch(/\nAll (\d+) quotes of \d+ records found: \1 at the recorded position, 0 elsewhere\.\n$/);
      },
    );

    it('verify <Yicai copy with USD76 changed to USD67> exits 1, naming united-states-ai-vc-investment-2024 on stderr and NOT FOUND in the report', (context) => {
      const file = copy('yicai-altered.txt', requireDocument(context, YICAI).replace('USD76', 'USD67'));
      const outcome = cli(['verify', file]);
      expect(outcome.status).toBe(1);
      expect(outcome.stderr).toMatch(
        /^ai-investment-facts: verify: \d+ records? ha(s a quote|ve quotes) not found in "yicai-altered\.txt": .*united-states-ai-vc-investment-2024/,
      );
      expect(outcome.stdout).toMatch(/identified as the source whose quotes it holds most/);
      expect(outcome.stdout).toContain('united-states-ai-vc-investment-2024\tfact\tquote\tNOT FOUND\t-\t931-1055\n');
    });

    it("verify <copy with whitespace changed> identifies it by the quotes it holds, its SHA-256 not the archived copy's, and exits 0", (context) => {
      const file = copy(
        'yicai-rewrapped.txt',
        requireDocument(context, YICAI)
          .replace(/\u00a0/g, ' ')
          .replace(/\. /g, '.\n'),
      );
      const outcome = cli(['verify', file]);
      expect([outcome.status, outcome.stderr]).toEqual([0, '']);
      expect(outcome.stdout).toMatch(
        /^yicai-rewrapped\.txt: checked as 2025-03-26-yicai-china-ai-vc-lags-us .*\nidentified as the source whose quotes it holds most \(24 of 24\); its SHA-256 [0-9a-f]{12}… is not the archived copy's, 0c91aeb79b97…\.\n/,
      );
    });

    it("verify --json prints verifyQuotes's result: the source, how it was identified, the counts and each record's quotes", (context) => {
      const file = copy('yicai.txt', requireDocument(context, YICAI));
      const outcome = cli(['verify', file, '--json']);
      expect(outcome.status).toBe(0);
      const result = JSON.parse(outcome.stdout) as Record<string, unknown> & { records: unknown[] };
      expect(Object.keys(result)).toEqual(['sourceId', 'identifiedBy', 'sha256', 'isArchivedCopy', 'ok', 'failed', 'counts', 'records']);
      expect(result).toMatchObject({ sourceId: YICAI, identifiedBy: 'sha256', isArchivedCopy: true, ok: true, failed: [] });
      expect(result.records[0]).toEqual({
        recordType: 'fact',
        id: 'united-states-ai-vc-investment-2024',
        ok: true,
        quotes: [
          {
            index: 0,
            quote: 'US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights.',
            status: 'at-recorded-position',
            found: { start: 931, end: 1055 },
            recorded: { start: 931, end: 1055 },
          },
        ],
      });
      expect(JSON.parse(cli(['verify', file, '--source', YICAI, '--json']).stdout)).toMatchObject({ identifiedBy: 'option', ok: true });
    });

    it('verify with an unknown --source, a file with no quote, or a missing file says so: exit 2, 2 and 1', () => {
      const text = copy('unrelated.txt', 'Nothing of any source.\n');
      expect(cli(['verify', text, '--source', 'yicai'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `ai-investment-facts: unknown source "yicai"; did you mean ${YICAI}?\n`,
      });
      expect(cli(['verify', text])).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'ai-investment-facts: verify: expected <file> to be a copy of a source document, holding at least one of its quotes, received a text that holds no quote of any source; pass --source to check it against one source\n',
      });
      expect(cli(['verify', 'no-such-file.txt'])).toEqual({
        status: 1,
        stdout: '',
        stderr: 'ai-investment-facts: verify: cannot read "no-such-file.txt": ENOENT: no such file or directory\n',
      });
      expect(cli(['verify'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^ai-investment-facts: verify: missing <file>\n/) });
    });
  });
});
