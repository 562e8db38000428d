import { didYouMeanText } from '../text/listed.js';
import type { CliIo } from './CliIo.js';
import { CliError, type Mistyped, messageLine } from './CliError.js';
import { parseCommand } from './parseCommand.js';
import { usage, usageHint } from './usage.js';

/**
 * What a mistyped command or flag may have meant, by the library's
 * `nearestIds` (a swap of two letters is one edit): `; did you mean list?`,
 * or nothing where no name is near. Flags are compared without their dashes,
 * so `--metrc` finds `--metric`. The library is loaded only then.
 */
async function didYouMean({ typed, among }: Mistyped): Promise<string> {
  const { nearestIds } = await import('../index.js');
  const bare = (name: string) => name.replace(/^-{1,2}/, '');
  const near = nearestIds(bare(typed), among.map(bare)).map((name) => among.find((candidate) => bare(candidate) === name) ?? name);
  return near.length === 0 ? '' : `; ${didYouMeanText(near)}`;
}

/**
 * Runs `ai-investment-facts` with `argv` (the arguments after the command's
 * name): results go to standard output, errors to standard error, in one
 * line each; a usage error is followed by the synopsis.
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
  try {
    const parsed = parseCommand(argv);
    // The commands, and the library under them, are loaded only to run one: help and the version load neither.
    if (parsed.kind === 'run') await (await import('./runCommand.js')).runCommand(parsed, io);
    else io.stdout.write(`${parsed.kind === 'help' ? usage(parsed.command) : io.version}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(messageLine(`${error.message}${error.mistyped === undefined ? '' : await didYouMean(error.mistyped)}`));
    if (error.usageOf !== undefined) io.stderr.write(`\n${usageHint(error.usageOf ?? undefined)}\n`);
    return error.exitCode;
  }
}
