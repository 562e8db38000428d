/**
 * Benchmarks how long each command of `ai-investment-facts` takes from start
 * to end, as the built bin (`dist/cli.cjs`, what the installed command runs)
 * started by Node with its output piped, beside a bare start of Node
 * (`node -e ""`). The summary gives each command's ratio to the bare start;
 * the goal is at most 1.3.
 *
 * It measures the build in `dist/`, and builds it first if there is none:
 * after changing `src/`, run `npm run build` for it to measure the change.
 * `BENCH_ROUNDS` sets the samples of each (30).
 *
 * Not a CI gate: `npm run bench`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const SAMPLES = { time: 0, iterations: Number(process.env['BENCH_ROUNDS'] ?? 30), warmupTime: 0, warmupIterations: 2 };

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

/** Runs Node with `args` to its end, output piped; throws unless it succeeds. */
function node(args: readonly string[]): void {
  const outcome = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (outcome.status !== 0) throw new Error(`cliLatency.bench: node ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr}`);
}

if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });

describe('each command of the built bin, beside a bare start of Node (goal: at most 1.3 times)', () => {
  bench('node -e ""', () => node(['-e', '']), SAMPLES);
  for (const args of COMMANDS) bench(`ai-investment-facts ${args.join(' ')}`, () => node([CLI, ...args]), SAMPLES);
});
