import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './CliError.js';
import { type CommandName, type Flags, GRAMMAR, isCommandName } from './grammar.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

/** The flags `command` takes, as `util.parseArgs` takes them. */
function optionsOf(command: CommandName): Options {
  const grammar = GRAMMAR[command];
  const fieldFlags = Object.fromEntries(grammar.fieldFlags.map((flag) => [flag, { type: 'string' } as const]));
  return { ...COMMON, ...fieldFlags, ...('otherFlags' in grammar ? grammar.otherFlags : {}) };
}

/** What the command line asks for. */
export type ParsedCommand =
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: CommandName; readonly positionals: readonly string[]; readonly flags: Flags };

/**
 * Parses the arguments after `ai-investment-facts` with `util.parseArgs`
 * (strict: an unknown flag, a missing flag value or a wrong number of
 * arguments is a usage error), by the command's grammar.
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
  if (first === 'help' && rest[0] !== undefined && isCommandName(rest[0])) return { kind: 'help', command: rest[0] };
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (!isCommandName(first)) {
    throw usageError(first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`, null);
  }
  let parsed: { values: Flags; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: optionsOf(first), strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    // parseArgs says what is wrong ("Unknown option '--x'"), and how to pass a value starting with "-".
    throw usageError(`${first}: ${(error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '')}`, first);
  }
  if (parsed.values['help'] === true) return { kind: 'help', command: first };
  const grammar = GRAMMAR[first];
  const names = grammar.operands.map((operand) => operand.name);
  const most = 'repeats' in grammar ? Infinity : names.length;
  const count = parsed.positionals.length;
  if (count < names.length) throw usageError(`${first}: missing ${names.slice(count).join(' ')}${'repeats' in grammar ? '...' : ''}`, first);
  if (count > most) throw usageError(`${first}: unexpected argument "${parsed.positionals[most]}"`, first);
  return { kind: 'run', command: first, positionals: parsed.positionals, flags: parsed.values };
}
