/**
 * The command line's grammar, in one place: which flag sets which field of
 * the library's queries, ranking options and fact choices, and for each
 * command its flags, its operands (with the library argument each one is)
 * and the library methods it calls. Parsing, the calls to the library and
 * the error messages all read it, so a flag and its field are paired once.
 *
 * @module
 */
import type { ParseArgsConfig } from 'node:util';
import type { ArgumentReference, MessageNaming, MethodReference } from '../index.js';
import { printable } from '../text/printable.js';

/** The flags that filter facts: each a field of a fact query. */
export const FACT_QUERY_FLAGS: readonly FieldFlag[] = ['entity', 'metric', 'period', 'source', 'status', 'unit'];

/** The flags that stand for a field of a query, ranking options or fact choice, each with that field. */
export const FIELD_FLAGS = {
  entity: 'entityId',
  metric: 'metricId',
  period: 'period',
  source: 'sourceId',
  status: 'status',
  unit: 'unit',
  kind: 'kind',
} as const;

/** A flag that stands for a library field. */
export type FieldFlag = keyof typeof FIELD_FLAGS;

/** The parsed flags of a command. */
export type Flags = Readonly<Record<string, string | boolean | undefined>>;

/** One operand of a command: how the usage names it, and the library argument it is. */
interface Operand {
  readonly name: string;
  readonly argument: string;
}

/** What a command takes, and which library methods it calls. */
interface CommandGrammar {
  /** The flags that set library fields. */
  readonly fieldFlags: readonly FieldFlag[];
  /** Its other flags, as `util.parseArgs` takes them. */
  readonly otherFlags?: NonNullable<ParseArgsConfig['options']>;
  /** Its operands, in order; the last may repeat when `repeats`. */
  readonly operands: readonly Operand[];
  readonly repeats?: boolean;
  /** Whether the operands may be left out. */
  readonly optional?: boolean;
  /** The library methods whose errors it reports. */
  readonly methods: readonly string[];
}

const FILTERS = FACT_QUERY_FLAGS;
const CHOICE: readonly FieldFlag[] = ['unit', 'status', 'source'];
const GROWTH_OPERANDS: readonly Operand[] = [
  { name: '<entity>', argument: 'entityId' },
  { name: '<metric>', argument: 'metricId' },
  { name: '<from-period>', argument: 'fromPeriod' },
  { name: '<to-period>', argument: 'toPeriod' },
];

/** Each command's grammar, in the order the help lists the commands. */
export const GRAMMAR = {
  list: {
    fieldFlags: [...FILTERS, 'kind'],
    operands: [{ name: '[facts|entities|metrics|sources|claims]', argument: 'records' }],
    optional: true,
    methods: ['findFacts', 'findClaims'],
  },
  show: { fieldFlags: [], operands: [{ name: '<id>', argument: 'id' }], methods: ['fact', 'entity', 'metric', 'source', 'claim'] },
  top: {
    fieldFlags: ['period', 'kind', 'unit', 'status', 'source'],
    otherFlags: { limit: { type: 'string', short: 'n' } },
    operands: [{ name: '<metric>', argument: 'metricId' }],
    methods: ['topEntities'],
  },
  growth: { fieldFlags: CHOICE, operands: GROWTH_OPERANDS, methods: ['growthOf', 'growthRate'] },
  cagr: { fieldFlags: CHOICE, operands: GROWTH_OPERANDS, methods: ['cagrOf', 'cagr'] },
  share: {
    fieldFlags: [],
    operands: [
      { name: '<part-fact-id>', argument: 'partFactId' },
      { name: '<whole-fact-id>', argument: 'wholeFactId' },
    ],
    methods: ['shareOf', 'share'],
  },
  ratio: {
    fieldFlags: [],
    operands: [
      { name: '<numerator-fact-id>', argument: 'numeratorFactId' },
      { name: '<denominator-fact-id>', argument: 'denominatorFactId' },
    ],
    methods: ['ratioOf'],
  },
  sum: { fieldFlags: [], operands: [{ name: '<fact-id>', argument: 'factIds' }], repeats: true, methods: ['sumOf'] },
  audit: { fieldFlags: [], operands: [], methods: ['auditConsistency'] },
  export: {
    fieldFlags: [...FILTERS, 'kind'],
    otherFlags: { format: { type: 'string' }, out: { type: 'string' } },
    operands: [],
    methods: ['findFacts', 'toCsv'],
  },
  verify: { fieldFlags: ['source'], operands: [{ name: '<file>', argument: 'document' }], methods: ['verifyQuotes'] },
} as const satisfies Readonly<Record<string, CommandGrammar>>;

/** A subcommand's name. */
export type CommandName = keyof typeof GRAMMAR;

/** The subcommands, in the order the help lists them. */
export const COMMANDS = Object.keys(GRAMMAR) as CommandName[];

/**
 * Whether `name` is a subcommand.
 *
 * @example
 * ```ts
 * isCommandName('list'); // true
 * ```
 */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(GRAMMAR, name);
}

/**
 * The library fields the `flags` given set, among `which`: `--unit EUR` is
 * `{ unit: 'EUR' }`, `--source x` is `{ sourceId: 'x' }`. Flags not given are
 * left out.
 *
 * @example
 * ```ts
 * fieldsFrom({ metric: 'ai-vc-investment', period: '2024' }, ['metric', 'period']); // { metricId: 'ai-vc-investment', period: '2024' }
 * ```
 */
export function fieldsFrom(flags: Flags, which: readonly FieldFlag[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const flag of which) {
    const value = flags[flag];
    if (typeof value === 'string') fields[FIELD_FLAGS[flag]] = flag === 'period' ? periodFrom(value) : value;
  }
  return fields;
}

/**
 * A `--period` as the library writes it: an interval of years typed with a
 * hyphen (`2023-2024`, as the sources print it) is the interval `2023/2024`;
 * anything else is passed on as typed, for the library to check.
 *
 * @example
 * ```ts
 * periodFrom('2023-2024'); // '2023/2024'
 * ```
 */
export function periodFrom(typed: string): string {
  return typed.replace(/^(\d{4})-(\d{4})$/, '$1/$2');
}

/**
 * The flag that sets `field`: `--source` for `sourceId`; `undefined` for a field no flag sets.
 *
 * @example
 * ```ts
 * flagOf('sourceId'); // '--source'
 * ```
 */
export function flagOf(field: string): string | undefined {
  const flag = (Object.keys(FIELD_FLAGS) as FieldFlag[]).find((name) => FIELD_FLAGS[name] === field);
  return flag === undefined ? undefined : `--${flag}`;
}

/** The command that calls `method`. */
function commandCalling(method: string): CommandName | undefined {
  return COMMANDS.find((command) => (GRAMMAR[command].methods as readonly string[]).includes(method));
}

/**
 * How `command`'s messages name what its user typed: an option or query field
 * by its flag (`--period`), an operand as the usage writes it
 * (`<from-period>`, `<fact-id> number 2`), a fact choice by its flags
 * (`the flags --unit EUR`), and a library method by the command that calls it
 * (`the ratio command`).
 *
 * @example
 * ```ts
 * namingFor('growth').argument({ argument: 'fromPeriod' }); // '<from-period>'
 * ```
 */
export function namingFor(command: CommandName): MessageNaming {
  const grammar: CommandGrammar = GRAMMAR[command];
  return {
    argument: ({ argument, value }: ArgumentReference) => {
      if (argument === 'choice' && typeof value === 'object' && value !== null) {
        return `the flags ${Object.entries(value)
          .map(([field, chosen]) => `${flagOf(field) ?? field} ${printable(String(chosen))}`)
          .join(' ')}`;
      }
      const repeated = /^(\w+)\[(\d+)\]$/.exec(argument);
      const operand = grammar.operands.find((candidate) => candidate.argument === (repeated?.[1] ?? argument));
      if (operand !== undefined) return repeated === null ? operand.name : `${operand.name} number ${Number(repeated[2]) + 1}`;
      return flagOf(argument.replace(/^(options|query|choice)\./, '')) ?? `\`${argument}\``;
    },
    method: ({ method }: MethodReference) => {
      const caller = commandCalling(method);
      return caller === undefined ? method : `the ${caller} command`;
    },
  };
}
