import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './CliError.js';
import { type CommandName, isCommandName } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const FILTERS: Options = {
  entity: { type: 'string' },
  metric: { type: 'string' },
  period: { type: 'string' },
  source: { type: 'string' },
  status: { type: 'string' },
};
const CHOICE: Options = { unit: { type: 'string' }, status: { type: 'string' }, source: { type: 'string' } };

/** Each subcommand's flags, and how many positional arguments it takes ([least, most]). */
const GRAMMAR: Readonly<Record<CommandName, { readonly options: Options; readonly arity: readonly [number, number]; readonly operands: string }>> = {
  list: { options: { ...COMMON, ...FILTERS }, arity: [0, 0], operands: '' },
  show: { options: COMMON, arity: [1, 1], operands: '<fact-id>' },
  top: {
    options: { ...COMMON, limit: { type: 'string', short: 'n' }, period: { type: 'string' }, kind: { type: 'string' }, ...CHOICE },
    arity: [1, 1],
    operands: '<metric>',
  },
  growth: { options: { ...COMMON, ...CHOICE }, arity: [4, 4], operands: '<entity> <metric> <from-period> <to-period>' },
  cagr: { options: { ...COMMON, ...CHOICE }, arity: [4, 4], operands: '<entity> <metric> <from-period> <to-period>' },
  share: { options: COMMON, arity: [2, 2], operands: '<part-fact-id> <whole-fact-id>' },
  ratio: { options: COMMON, arity: [2, 2], operands: '<numerator-fact-id> <denominator-fact-id>' },
  sum: { options: COMMON, arity: [1, Infinity], operands: '<fact-id>...' },
  audit: { options: COMMON, arity: [0, 0], operands: '' },
  export: { options: { ...COMMON, ...FILTERS, format: { type: 'string' }, out: { type: 'string' } }, arity: [0, 0], operands: '' },
};

/** What the command line asks for. */
export type ParsedCommand =
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandName;
      readonly positionals: readonly string[];
      readonly flags: Readonly<Record<string, string | boolean | undefined>>;
    };

/**
 * Parses the arguments after `ai-investment-facts` with `util.parseArgs`
 * (strict: an unknown flag, a missing flag value or a wrong number of
 * arguments is a usage error).
 *
 * @throws {CliError} exit code 2, with the usage to print.
 * @example
 * ```ts
 * parseCommand(['top', 'share-of-top-40-ai-native-funding', '-n', '3']);
 * // { kind: 'run', command: 'top', positionals: ['share-of-top-40-ai-native-funding'], flags: { limit: '3' } }
 * ```
 * @category CLI
 */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === 'help' && rest[0] !== undefined && isCommandName(rest[0])) return { kind: 'help', command: rest[0] };
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (!isCommandName(first)) {
    throw usageError(first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`, null);
  }
  const grammar = GRAMMAR[first];
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: grammar.options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    // parseArgs says what is wrong ("Unknown option '--x'"), and how to pass a value starting with "-".
    throw usageError(`${first}: ${(error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '')}`, first);
  }
  if (parsed.values['help'] === true) return { kind: 'help', command: first };
  const [least, most] = grammar.arity;
  const count = parsed.positionals.length;
  if (count < least) throw usageError(`${first}: missing ${grammar.operands.split(' ').slice(count).join(' ')}`, first);
  if (count > most) throw usageError(`${first}: unexpected argument "${parsed.positionals[most]}"`, first);
  return { kind: 'run', command: first, positionals: parsed.positionals, flags: parsed.values };
}
