/**
 * How long each command of `ai-investment-facts` takes from the installed
 * bin, beside a bare start of Node (`node -e ""`): the package is packed and
 * installed into a temporary project, as a user installs it, and every
 * command runs in each round, in turn with the bare start, so that a change
 * in the machine's load falls on all of them alike. Prints each command's
 * median time and its ratio to the bare start's; the goal is at most 1.3.
 *
 * `npm run bench` runs it after the vitest benchmarks, on the build in `dist/`
 * (run `npm run build` first); not a CI gate.
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const GOAL = 1.3;

const COMMANDS: readonly (readonly string[])[] = [
  ['--help'],
  ['list'],
  ['show', 'united-states-ai-vc-investment-2024'],
  ['top', 'share-of-global-ai-native-funding'],
  ['growth', 'united-states', 'ai-vc-investment', '2023', '2024'],
  ['sum', 'united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'],
  ['audit'],
  ['export', '--format', 'csv'],
];

/** The milliseconds `command args` takes to its end, piped; throws unless it succeeds. */
function timed(command: string, args: readonly string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const outcome = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (outcome.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr.toString()}`);
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const work = mkdtempSync(join(tmpdir(), 'ai-investment-facts-bench-'));
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }),
  ) as [{ filename: string }];
  writeFileSync(join(work, 'package.json'), '{ "name": "bench", "private": true }\n');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)], { cwd: work, stdio: 'ignore' });
  const bin = join(work, 'node_modules/.bin/ai-investment-facts');
  const runs = [
    { label: 'node -e ""', command: process.execPath, args: ['-e', ''] },
    ...COMMANDS.map((args) => ({ label: `ai-investment-facts ${args.join(' ')}`, command: bin, args })),
  ];
  const times = runs.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS + 2; round++) {
    runs.forEach((run, i) => {
      const ms = timed(run.command, run.args, work);
      if (round >= 2) times[i]!.push(ms); // the first two rounds warm the file cache
    });
  }
  const baseline = median(times[0]!);
  const width = Math.max(...runs.map((run) => run.label.length));
  console.log(`${ROUNDS} rounds, each command in turn with a bare Node start; median milliseconds, and the ratio to the bare start (goal: at most ${GOAL})`);
  runs.forEach((run, i) => {
    const ms = median(times[i]!);
    const ratio = ms / baseline;
    console.log(`${run.label.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${i > 0 && ratio > GOAL ? '  over the goal' : ''}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
