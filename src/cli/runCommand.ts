import { audit } from './audit.js';
import { derive } from './derive.js';
import { exportFacts } from './export.js';
import type { CommandName, Flags } from './grammar.js';
import { list } from './list.js';

// What the library's errors mean to the user, loaded with the commands (whose errors they are).
export { fromLibraryError } from './libraryError.js';
import type { CliIo } from './CliIo.js';
import { type RenderContext, renderContextFor } from './renderContext.js';
import { show } from './show.js';
import { top } from './top.js';
import type { CommandOutput } from './CommandOutput.js';
import { verify } from './verify.js';

export type { CommandOutput } from './CommandOutput.js';

/**
 * The output of one parsed subcommand, with what it says on standard error:
 * a failure (`verify`, where a quote is not found), a notice (nothing
 * matched) or a report (the file `export --out` wrote).
 *
 * @throws {CliError} for a command line the library never sees (a malformed `-n`, `--format`).
 * @throws {Error} the library's errors, for `libraryError.ts` to say in the command's words.
 * @example
 * ```ts
 * await runCommand('list', [], { metric: 'ai-vc-investment' }, io);
 * ```
 * @category CLI
 */
export async function runCommand(command: CommandName, positionals: readonly string[], flags: Flags, io: CliIo): Promise<CommandOutput> {
  const output = await outputOf(command, positionals, flags, renderContextFor(io.isTTY, io.env, io.columns));
  return typeof output === 'string' ? { stdout: output } : output;
}

/** What a subcommand printed: its text alone, or with what it says on standard error. */
function outputOf(command: CommandName, positionals: readonly string[], flags: Flags, context: RenderContext): string | CommandOutput | Promise<CommandOutput> {
  switch (command) {
    case 'list':
      return list(positionals[0], flags, context);
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
    case 'verify':
      return verify(positionals[0] ?? '', flags, context);
    case 'export':
      return exportFacts(flags);
  }
}
