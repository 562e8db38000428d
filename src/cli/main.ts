import { CliError } from './CliError.js';
import type { CommandName } from './grammar.js';
import type { CliIo } from './CliIo.js';
import { parseCommand } from './parseCommand.js';
import { printable } from '../text/printable.js';
import { usage, usageHint } from './usage.js';

/**
 * Runs `ai-investment-facts` with `argv` (the arguments after the command's
 * name): results go to standard output, errors to standard error.
 *
 * @returns The exit code, once the command has run: 0 on success, 2 for a usage error (a wrong
 * argument, flag or name), 1 for a failure (a file that cannot be written or read, a quote `verify` does not find).
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, version });
 * ```
 * @category CLI
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
    // The commands, and the library under them, are loaded only to run one: help and the version load neither.
    const { runCommand } = await import('./runCommand.js');
    const output = await runCommand(parsed.command, parsed.positionals, parsed.flags, io);
    io.stdout.write(output.stdout);
    if (output.notice !== undefined) io.stderr.write(messageLine(output.notice));
    if (output.report !== undefined && io.stderrIsTTY) io.stderr.write(messageLine(output.report));
    if (output.failure === undefined) return 0;
    io.stderr.write(messageLine(output.failure));
    return 1;
  } catch (thrown) {
    const error = thrown instanceof CliError ? thrown : (await import('./runCommand.js')).fromLibraryError(thrown, command);
    const suggestion = error.mistyped === undefined ? '' : (await import('./didYouMean.js')).didYouMean(error.mistyped);
    io.stderr.write(messageLine(`${error.message}${suggestion}`));
    if (error.usageOf !== undefined) io.stderr.write(`\n${usageHint(error.usageOf ?? undefined)}\n`);
    return error.exitCode;
  }
}

/**
 * A message as standard error gets it: one line, after the command's name, with
 * nothing a terminal acts on. The commands quote what their user typed
 * (`quoted`); this makes printable what the library's messages show of it too.
 */
function messageLine(message: string): string {
  return `ai-investment-facts: ${printable(message)}\n`;
}
