/**
 * Benchmarks how long each command of `ai-investment-facts` takes from start
 * to end, as the built bin (`dist/cli.cjs`, what the installed command runs)
 * started by Node with its output piped, beside a bare start of Node
 * (`node -e ""`), as issue 28 measures it: in interleaved rounds (a bare
 * start, then each command once), so that a load on the machine weighs on
 * the bare start and the commands of a round alike. The summary printed at
 * the end gives each command's median of its per-round ratios to the bare
 * start; the goal is at most 1.3.
 *
 * `verify` checks an archived source document, from the folder that
 * `AI_INVESTMENT_FACTS_SOURCES` names (or `../shared/sources`); without it,
 * `verify` is left out, with a warning.
 *
 * It measures the build in `dist/`, and builds it first if there is none:
 * after changing `src/`, run `npm run build` for it to measure the change.
 * `BENCH_ROUNDS` sets the rounds (30).
 *
 * Not a CI gate: `npm run bench`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { folderOf, SOURCES } from '../support/sharedFiles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const GOAL = 1.3;
const DOCUMENT = '2025-03-26-yicai-china-ai-vc-lags-us.txt';

/** The archived document `verify` checks, or `undefined` (with a warning) where it is not there. */
function verifiedDocument(): string | undefined {
  const folder = folderOf(SOURCES);
  if (folder !== undefined && existsSync(join(folder, DOCUMENT))) return join(folder, DOCUMENT);
  console.warn(`!! ${DOCUMENT} is not in ${folder ?? SOURCES.beside}: verify is SKIPPED (set ${SOURCES.variable})`);
  return undefined;
}

const document = verifiedDocument();

const COMMANDS: readonly (readonly string[])[] = [
  ['--help'],
  ['list'],
  ['show', 'united-states-ai-vc-investment-2024'],
  ['top', 'share-of-global-ai-native-funding'],
  ['growth', 'united-states', 'ai-vc-investment', '2023', '2024'],
  ['sum', 'united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'],
  ['audit'],
  ['export', '--format', 'csv'],
  ...(document === undefined ? [] : [['verify', document]]),
];

/** Runs Node with `args` to its end, output piped; returns the milliseconds it took, or throws unless it succeeds. */
function node(args: readonly string[]): number {
  const start = performance.now();
  const outcome = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (outcome.status !== 0) throw new Error(`cliLatency.bench: node ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr}`);
  return performance.now() - start;
}

/** Each command's ratio to the bare start of its round, one per round (the warm-up's included, then dropped). */
const ratios = COMMANDS.map((): number[] => []);

/** One round: a bare start of Node, then each command once. */
function round(): void {
  const bare = node(['-e', '']);
  for (const [i, args] of COMMANDS.entries()) ratios[i]?.push(node([CLI, ...args]) / bare);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The summary: each command's median ratio, over the rounds run (not the warm-up). */
function summary(): string {
  const lines = COMMANDS.map((args, i) => {
    const ratio = median((ratios[i] ?? []).slice(-ROUNDS));
    return `${ratio.toFixed(2)}${ratio > GOAL ? ' (over the goal)' : ''}  ai-investment-facts ${args.join(' ')}`;
  });
  return [`Median of per-round ratios to node -e "" (${ROUNDS} rounds; goal at most ${GOAL}):`, ...lines].join('\n');
}

if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });

describe('each command of the built bin, beside a bare start of Node, in interleaved rounds (goal: at most 1.3 times)', () => {
  // Hooks do not run in a bench: the summary is printed by the task's teardown once its rounds are run.
  bench(`one round: node -e "" then each of ${COMMANDS.length} commands`, round, {
    time: 0,
    iterations: ROUNDS,
    warmupTime: 0,
    warmupIterations: 1,
    teardown: (_task, mode) => {
      if (mode === 'run') console.log(summary());
    },
  });
});
