import { type ParseArgsConfig, parseArgs } from 'node:util';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import { type CommandGrammar, type CommandName, COMMANDS, type Flags, GRAMMAR, isCommandName, optionParts } from './grammar.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The flags `command` takes, as `util.parseArgs` takes them: each option of
 * its grammar, a string where it has a value, else a boolean.
 *
 * @example
 * ```ts
 * optionsOf('top').limit; // { type: 'string', short: 'n' }
 * ```
 */
export function optionsOf(command: CommandName): Options {
  return Object.fromEntries(
    Object.keys(GRAMMAR[command].options).map((option) => {
      const { name, short, value } = optionParts(option);
      return [name, { type: value === undefined ? 'boolean' : 'string', ...(short === undefined ? {} : { short }) }];
    }),
  );
}

/**
 * What the command line asks for: a help, the version, or a subcommand to run.
 *
 * @example
 * ```ts
 * const parsed: ParsedCommand = { kind: 'run', command: 'list', operands: ['metrics'], flags: {} };
 * ```
 * @category CLI
 */
export type ParsedCommand =
  | { readonly kind: 'help'; readonly command?: CommandName | undefined }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: CommandName; readonly operands: readonly string[]; readonly flags: Flags };

/**
 * Parses the arguments after `ai-investment-facts` with `util.parseArgs`,
 * by the command's grammar: an unknown flag, a flag that takes a value given
 * none (or one that takes none given one, `--json=1`) or a wrong number of
 * operands is a usage error, in one line.
 *
 * @throws {CliError} exit code 2, with the synopsis to print.
 * @example
 * ```ts
 * parseCommand(['top', 'share-of-global-ai-native-funding', '-n', '3']);
 * // { kind: 'run', command: 'top', operands: ['share-of-global-ai-native-funding'], flags: { limit: '3' } }
 * ```
 */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'help' };
  // `help`, `--help` or `-h`, then at most a command's name; `--version` alone.
  const help = first === '--help' || first === '-h' || first === 'help';
  if (help || first === '--version') {
    const [command, extra] = help ? rest : [undefined, ...rest];
    if (command !== undefined && !isCommandName(command))
      throw new CliError(`${first}: unknown command ${quoted(command)}`, 2, null, { typed: command, among: COMMANDS });
    if (extra !== undefined) throw new CliError(`${first}: unexpected argument ${quoted(extra)}`, 2, null);
    return help ? { kind: 'help', command } : { kind: 'version' };
  }
  if (!isCommandName(first)) {
    const [what, among] = first.startsWith('-') ? ['option', ['--help', '--version']] : ['command', COMMANDS];
    throw new CliError(`unknown ${what} ${quoted(first)}`, 2, null, { typed: first, among });
  }
  const options = optionsOf(first);
  // Not strict: parseArgs' own messages differ from one runtime to the next, and run over lines; each is said here, in one.
  const parsed = parseArgs({ args: rest, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const type = options[token.name]?.type;
    const among = Object.keys(options).map((flag) => `--${flag}`);
    if (type === undefined) throw new CliError(`${first}: unknown option ${quoted(token.rawName)}`, 2, first, { typed: token.rawName, among });
    if (type === 'string' && token.value === undefined) throw new CliError(`${first}: expected a value after ${token.rawName}, received none`, 2, first);
    if (type === 'boolean' && token.value !== undefined)
      throw new CliError(`${first}: ${token.rawName} takes no value, received ${quoted(token.value)}`, 2, first);
  }
  if (parsed.values['help'] === true) return { kind: 'help', command: first };
  const grammar: CommandGrammar = GRAMMAR[first];
  const names = Object.keys(grammar.operands);
  const count = parsed.positionals.length;
  if (count < (grammar.optional ? 0 : names.length))
    throw new CliError(`${first}: missing ${names.slice(count).join(' ')}${grammar.repeats ? '...' : ''}`, 2, first);
  const most = grammar.repeats ? Infinity : names.length;
  if (count > most) throw new CliError(`${first}: unexpected argument ${quoted(parsed.positionals[most] ?? '')}`, 2, first);
  return { kind: 'run', command: first, operands: parsed.positionals, flags: parsed.values };
}
