import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './CliError.js';
import { type CommandName, COMMANDS, type Flags, GRAMMAR, isCommandName } from './grammar.js';
import { quoted } from '../text/printable.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

/** The flags `command` takes, as `util.parseArgs` takes them. */
function optionsOf(command: CommandName): Options {
  const grammar = GRAMMAR[command];
  const fieldFlags = Object.fromEntries(grammar.fieldFlags.map((flag) => [flag, { type: 'string' } as const]));
  return { ...COMMON, ...fieldFlags, ...('otherFlags' in grammar ? grammar.otherFlags : {}) };
}

/** A flag as `util.parseArgs` read it: the name, as typed, and the value given, if any. */
interface FlagToken {
  readonly name: string;
  readonly rawName: string;
  readonly value?: string | undefined;
}

/**
 * Throws a usage error, in one line, for a flag `command` does not take
 * (with the nearest ones), a flag that takes a value given none, and one that
 * takes none given one (`--json=1`).
 */
function requireKnownFlag(command: CommandName, options: Options, { name, rawName, value }: FlagToken): void {
  const option = Object.hasOwn(options, name) ? options[name] : undefined;
  if (option === undefined) {
    throw usageError(`${command}: unknown option ${quoted(rawName)}`, command, { typed: rawName, among: Object.keys(options).map((flag) => `--${flag}`) });
  }
  if (option.type === 'string' && value === undefined) throw usageError(`${command}: expected a value after ${rawName}, received none`, command);
  if (option.type === 'boolean' && value !== undefined) throw usageError(`${command}: ${rawName} takes no value, received ${quoted(value)}`, command);
}

/** What the command line asks for. */
export type ParsedCommand =
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: CommandName; readonly positionals: readonly string[]; readonly flags: Flags };

/**
 * Parses the arguments after `ai-investment-facts` with `util.parseArgs`,
 * by the command's grammar: an unknown flag, a missing flag value or a wrong
 * number of arguments is a usage error.
 *
 * @throws {CliError} exit code 2, with the usage to print.
 * @example
 * ```ts
 * parseCommand(['top', 'share-of-global-ai-native-funding', '-n', '3']);
 * // { kind: 'run', command: 'top', positionals: ['share-of-global-ai-native-funding'], flags: { limit: '3' } }
 * ```
 */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'help' };
  if (first === '--help' || first === '-h' || first === 'help') return helpFor(first, rest);
  if (first === '--version') {
    if (rest[0] !== undefined) throw usageError(`--version: unexpected argument ${quoted(rest[0])}`, null);
    return { kind: 'version' };
  }
  if (!isCommandName(first)) {
    throw first.startsWith('-')
      ? usageError(`unknown option ${quoted(first)}`, null, { typed: first, among: ['--help', '--version'] })
      : usageError(`unknown command ${quoted(first)}`, null, { typed: first, among: COMMANDS });
  }
  const options = optionsOf(first);
  // Not strict: parseArgs' own messages differ from one runtime to the next, and run over lines; each is said here, in one.
  const parsed = parseArgs({ args: [...rest], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of parsed.tokens) if (token.kind === 'option') requireKnownFlag(first, options, token);
  if (parsed.values['help'] === true) return { kind: 'help', command: first };
  const grammar = GRAMMAR[first];
  const names = grammar.operands.map((operand) => operand.name);
  const most = 'repeats' in grammar ? Infinity : names.length;
  const count = parsed.positionals.length;
  if (count < ('optional' in grammar ? 0 : names.length))
    throw usageError(`${first}: missing ${names.slice(count).join(' ')}${'repeats' in grammar ? '...' : ''}`, first);
  if (count > most) throw usageError(`${first}: unexpected argument ${quoted(parsed.positionals[most] ?? '')}`, first);
  return { kind: 'run', command: first, positionals: parsed.positionals, flags: parsed.values };
}

/**
 * `help`, `--help` or `-h` (`word`), then at most a command's name: its help,
 * or the top-level help where none follows.
 */
function helpFor(word: string, rest: readonly string[]): ParsedCommand {
  const [command, extra] = rest;
  if (command === undefined) return { kind: 'help' };
  if (!isCommandName(command)) throw usageError(`${word}: unknown command ${quoted(command)}`, null, { typed: command, among: COMMANDS });
  if (extra !== undefined) throw usageError(`${word}: unexpected argument ${quoted(extra)}`, null);
  return { kind: 'help', command };
}
