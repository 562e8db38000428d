import { audit } from './audit.js';
import { CliError, fromLibraryError } from './CliError.js';
import { derive } from './derive.js';
import { exportFacts } from './export.js';
import { list } from './list.js';
import { parseCommand } from './parseCommand.js';
import { renderContextFor } from './renderContext.js';
import { show } from './show.js';
import { top } from './top.js';
import type { CommandName, Flags } from './grammar.js';
import { usage } from './usage.js';

/**
 * What the command reads and writes: its outputs, its environment, whether
 * standard output is a terminal, and the package's version.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false, version: '1.0.0' };
 * ```
 * @category CLI
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly version: string;
}

/** The output of one parsed subcommand. */
function runCommand(
  command: CommandName,
  positionals: readonly string[],
  flags: Flags,
  io: CliIo,
): string {
  const context = renderContextFor(io.isTTY, io.env);
  switch (command) {
    case 'list':
      return list(flags, context);
    case 'show':
      return show(positionals[0] ?? '', flags, context);
    case 'top':
      return top(positionals[0] ?? '', flags, context);
    case 'growth':
    case 'cagr':
    case 'share':
    case 'ratio':
    case 'sum':
      return derive(command, positionals, flags, context);
    case 'audit':
      return audit(flags, context);
    case 'export':
      return exportFacts(flags);
  }
}

/**
 * Runs `ai-investment-facts` with `argv` (the arguments after the command's
 * name): results go to standard output, errors to standard error.
 *
 * @returns The exit code: 0 on success, 2 for a usage error (a wrong
 * argument, flag or name), 1 for a failure (a file that cannot be written).
 * @example
 * ```ts
 * process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: process.stdout.isTTY === true, version });
 * ```
 * @category CLI
 */
export function main(argv: readonly string[], io: CliIo): number {
  let command: CommandName | null = null;
  try {
    const parsed = parseCommand(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(`${usage(parsed.command)}\n`);
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    command = parsed.command;
    io.stdout.write(runCommand(parsed.command, parsed.positionals, parsed.flags, io));
    return 0;
  } catch (thrown) {
    const error: CliError = fromLibraryError(thrown, command);
    io.stderr.write(`ai-investment-facts: ${error.message}\n`);
    if (error.usageOf !== undefined) io.stderr.write(`\n${usage(error.usageOf ?? undefined)}\n`);
    return error.exitCode;
  }
}
