/**
 * The command run in-process, as its tests run it: `main(argv, io)` on the
 * fixture records (test/fixtures/cliRecords.ts), its outputs captured.
 *
 * @module
 */
import type { CliIo } from '../../src/cli/CliIo.js';
import type { CommandName } from '../../src/cli/grammar.js';
import { main } from '../../src/cli/main.js';
import { usageHint } from '../../src/cli/usage.js';
import { cliDataset } from '../fixtures/cliRecords.js';

/** How a run ended: its exit code and what it printed on standard output and standard error. */
export interface CliOutcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command with `argv` on the fixture records: piped, with no
 * environment variable, unless `io` says otherwise (`isTTY`, `columns`, `env`…).
 *
 * @example
 * ```ts
 * await cli(['list', 'metrics']); // { status: 0, stdout: 'ID\tName\tUnit\tAdditive\n…', stderr: '' }
 * ```
 */
export async function cli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    isTTY: false,
    stderrIsTTY: false,
    version: '1.2.3',
    dataset: cliDataset,
    ...io,
  });
  return { status, stdout, stderr };
}

/** The rows of piped (tab-separated) output, without the header. */
export function rows(stdout: string): string[][] {
  return stdout
    .replace(/\n$/, '')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
}

/** What standard error holds after a usage error of `command`: the message in one line, then the command's synopsis and where its help is. */
export function usageError(command: CommandName, message: string): string {
  return `ai-investment-facts: ${command}: ${message}\n\n${usageHint(command)}\n`;
}
