/**
 * The command line's grammar, in one place: each command's summary, what it
 * does, its options with their help, its operands (with the library argument
 * each one is) and its examples, and which flag sets which field of the
 * library's queries. Parsing, the help (`usage.ts` writes it from here), the
 * calls to the library and the error messages all read it, so that a flag is
 * declared, documented and paired with its field once.
 *
 * @module
 */
import type { MessageNaming } from '../index.js';
import { printable } from '../text/printable.js';

/**
 * What a command takes and does, as its help says it and its parser reads it.
 * Each option is written as its help lists it, after its name: `--period P`,
 * `-n, --limit N` (a one-letter form, then the value's name; a switch has none).
 *
 * @example
 * ```ts
 * GRAMMAR.show satisfies CommandGrammar;
 * ```
 * @category CLI
 */
export interface CommandGrammar {
  /** Its line in the top-level list of commands. */
  readonly summary: string;
  /** Its operands, in order, each as the usage names it with the library argument it is; the last may repeat when `repeats`, and all may be left out when `optional`. */
  readonly operands: Readonly<Record<string, string>>;
  readonly repeats?: true;
  readonly optional?: true;
  /** What it does: the paragraphs of its help. */
  readonly about: readonly string[];
  /** Its options and their help, in the order its help lists them. */
  readonly options: Readonly<Record<string, string>>;
  /** Command lines after `ai-investment-facts`, each a runnable example. */
  readonly examples: readonly string[];
}

/** The flags that stand for a field of a query, ranking options or fact choice, each with that field, in the order messages name them. */
const FIELD_FLAGS = {
  entity: 'entityId',
  metric: 'metricId',
  period: 'period',
  unit: 'unit',
  status: 'status',
  source: 'sourceId',
  kind: 'kind',
  stance: 'stance',
} as const;

/**
 * The parsed flags of a command, by name: a string for a flag with a value, `true` for a switch.
 *
 * @example
 * ```ts
 * const flags: Flags = { metric: 'ai-vc-investment', json: true };
 * ```
 * @category CLI
 */
export type Flags = Readonly<Record<string, string | boolean | undefined>>;

const HELP_OPTION = { '-h, --help': 'show this help' };
const COMMON = { '--json': 'print JSON instead of a table', '--wide': 'print tables whole, however narrow the terminal', ...HELP_OPTION };

/**
 * The options that filter facts, each a field of a fact query, that a synopsis writes as `[filters]`.
 *
 * @example
 * ```ts
 * Object.keys(FILTERS)[0]; // '--entity ID'
 * ```
 * @category CLI
 */
export const FILTERS = {
  '--entity ID': 'only facts about this entity (united-states, or by its name, an alias or a country code: US)',
  '--metric ID': 'only facts of this metric (ai-vc-investment)',
  '--period P': 'only facts of this period (2024, 2023/2024; 2023-2024 is read as 2023/2024)',
  '--source ID': 'only facts citing this source',
  '--status S': 'only facts of this status (reported, estimate, plan, forecast)',
  '--unit U': 'only facts in this unit (USD, CNY, percent)',
  '--kind K': 'only facts about, or entities of, this kind (startup-ecosystem, country, region, company, group)',
};

/** The options that choose among an entity's facts of a metric in a period. */
const CHOICE = {
  '--unit U': 'take the facts in this unit (USD, CNY, percent)',
  '--status S': 'take the facts of this status',
  '--source ID': 'take the facts of this source',
};

/** What every derivation says of the value it prints. */
const READS_AS = 'Prints the value exact and as it reads (three digits, rounded so that "at least" or "at most" stays true).';

const GROWTH_OPERANDS = { '<entity>': 'entityId', '<metric>': 'metricId', '<from-period>': 'fromPeriod', '<to-period>': 'toPeriod' };

/**
 * Each command's grammar, in the order the help lists the commands.
 *
 * @example
 * ```ts
 * GRAMMAR.top.options['-n, --limit N']; // 'how many to list (default 10)'
 * ```
 * @category CLI
 */
export const GRAMMAR = {
  list: {
    summary: 'list facts (filtered), sources, entities, metrics, claims or notes',
    // The record lists of `list` (RECORD_LISTS), written out so that the help loads no library; a test holds them equal.
    operands: { '[facts|sources|entities|metrics|claims|notes]': 'records' },
    optional: true,
    about: [
      'Lists the records of one kind (facts unless another is named), with their IDs. Facts match every filter; entities are filtered by --kind alone, claims by --entity, --source and --stance; sources, metrics and notes take no filter.',
    ],
    options: { ...FILTERS, '--stance S': 'only claims of this stance (report, view, forecast)', ...COMMON },
    examples: ['list --metric ai-vc-investment --period 2024', 'list entities --kind country', 'list claims --stance view'],
  },
  show: {
    summary: 'show any record in full: a fact with its source and quotes',
    operands: { '<id>': 'id' },
    about: [
      'Shows the record with this ID (or the entity with this name, alias or country code) in full, whatever its type: a fact with its value, source, date, attribution and quotes; an entity with its facts and the claims about it; a metric with its facts; a source with the facts and claims that cite it; a claim with its citation; a note with the differences the consistency audit computes for it and the facts, entities and claims it names. A fact, an entity or a claim that notes name is followed by those notes. --json prints the record as the data files hold it.',
    ],
    options: COMMON,
    examples: ['show united-states-ai-vc-investment-2024', 'show europe-rising-stars-lag-paris', 'show gap-is-narrowing-beside-a-widening-us-china-gap'],
  },
  top: {
    summary: 'rank entities by a metric, each with its source',
    operands: { '<metric>': 'metricId' },
    about: [
      'Ranks the entities of one kind by a metric in one period, largest first, each with its source. A kind or period it chooses, and the entities left out because their fact states no value, are named on stderr.',
    ],
    options: {
      '-n, --limit N': 'how many to list (default 10)',
      '--period P': 'rank facts of this period (2024, 2023/2024 or 2023-2024; default: the latest)',
      '--kind K': 'rank entities of this kind (default: startup-ecosystem, else the one kind with values; also country, region, company, group)',
      '--unit U': 'rank only facts in this unit',
      '--status S': 'rank only facts of this status',
      '--source ID': 'rank only facts of this source',
      ...COMMON,
    },
    examples: ['top share-of-global-ai-native-funding -n 3'],
  },
  growth: {
    summary: "growth rate of an entity's metric between two periods",
    operands: GROWTH_OPERANDS,
    about: ['The growth rate (to - from) / from, as a fraction, with its formula and the facts it came from.', READS_AS],
    options: { ...CHOICE, ...COMMON },
    examples: ['growth united-states ai-vc-investment 2023 2024'],
  },
  cagr: {
    summary: 'compound annual growth rate between two periods',
    operands: GROWTH_OPERANDS,
    about: ['The compound annual growth rate, with its formula and the facts it came from.', READS_AS],
    options: { ...CHOICE, ...COMMON },
    examples: ['cagr china ai-vc-investment 2023 2024'],
  },
  share: {
    summary: 'share of one fact in another',
    operands: { '<part-fact-id>': 'partFactId', '<whole-fact-id>': 'wholeFactId' },
    about: ['The share part / whole, as a fraction, with its formula and the facts it came from.', READS_AS],
    options: COMMON,
    examples: ['share beijing-share-of-global-ai-native-funding-2023-2024 big-three-share-of-global-ai-native-funding-2023-2024'],
  },
  ratio: {
    summary: 'ratio of two facts',
    operands: { '<numerator-fact-id>': 'numeratorFactId', '<denominator-fact-id>': 'denominatorFactId' },
    about: ['The ratio numerator / denominator, with its formula and the facts it came from.', READS_AS],
    options: COMMON,
    examples: ['ratio united-states-ai-vc-investment-2024 china-ai-vc-investment-2024'],
  },
  sum: {
    summary: 'sum of facts',
    operands: { '<fact-id>': 'factIds' },
    repeats: true,
    about: ['The sum of facts of one metric, unit and status, with its formula.', READS_AS],
    options: COMMON,
    examples: ['sum united-states-ai-vc-investment-2024 china-ai-vc-investment-2024'],
  },
  audit: {
    summary: 'cross-check the facts against each other',
    operands: {},
    about: ['Cross-checks the facts against each other (sums of members, remainders, currency pairs, repeated figures) and prints the findings.'],
    options: COMMON,
    examples: ['audit'],
  },
  export: {
    summary: 'write facts as JSON, CSV or NDJSON',
    operands: {},
    about: [
      "Writes the facts that match every filter, for notebooks and spreadsheets. With --out, the file is replaced whole or not at all: the facts go to a temporary file beside it (.<8 hex digits>.tmp), which is then renamed over it. It is a new file: other hard links to the old one keep the old contents; it keeps the old file's permissions (and, run as root, its owner). A symbolic link is followed: the file it points to is written (created, if the link dangles). A terminal, a pipe or /dev/stdout is written into. Interrupted (Ctrl-C, SIGTERM, SIGHUP), the command leaves the file as it was and no temporary file; SIGKILL cannot be caught, and may leave one. Where stderr is a terminal, the command says there what it wrote. Where no fact matches, it says so on stderr and writes none (exit code 0).",
    ],
    options: {
      '--format F': "json, csv (RFC 4180) or ndjson (default: the --out file's extension where it is one of these, else json)",
      '--out FILE': 'write to FILE instead of standard output (- for standard output)',
      ...FILTERS,
      '--kind K': 'only facts about entities of this kind',
      '--json': 'the same as --format json',
      ...HELP_OPTION,
    },
    examples: ['export --metric ai-vc-investment --out ai-vc.csv'],
  },
  verify: {
    summary: "check a source's quotes against your copy of its document",
    operands: { '<file>': 'document' },
    about: [
      "Checks every quote of a source's facts and claims against your copy of its document (<file>, a regular file of UTF-8 text, at most 20,000,000 bytes): each is found at its recorded position, elsewhere, changed (not at its recorded position, though the text before it is), or not found (any run of whitespace matches any other). Without --source, the document is identified by its SHA-256, or else as the source whose quotes it holds most. Exits 1, naming each failing record, when a quote is changed or not found.",
    ],
    options: { '--source ID': 'check the file as a copy of this source', ...COMMON },
    examples: ['verify 2025-03-26-yicai-china-ai-vc-lags-us.txt'],
  },
} as const satisfies Readonly<Record<string, CommandGrammar>>;

/**
 * The top level of the command: its own options, and what its help says
 * after them (the output, colour and exit status).
 *
 * @example
 * ```ts
 * Object.keys(TOP_LEVEL.options); // ['-h, --help', '--version']
 * ```
 * @category CLI
 */
export const TOP_LEVEL = {
  about: 'Facts about AI investment, each with its source and verbatim quote.',
  options: {
    '-h, --help': 'show help (also: ai-investment-facts <command> --help)',
    '--version': 'print the version',
  },
  after: [
    'Output is a table on a terminal, fitted to its width (COLUMNS, a positive whole number, overrides the width the terminal says): long text wraps, IDs stay whole, and a table that still does not fit prints each row as a block. Piped, it is tab-separated text, complete; --json prints JSON.',
    'Colour: on a terminal, unless NO_COLOR is set (to anything but the empty string), TERM is dumb or FORCE_COLOR is 0; FORCE_COLOR (set, and not 0) colours output that is not a terminal too, unless NO_COLOR is set. A mistyped command or flag is answered with the nearest ones.',
    'Exit status: 0 on success; 2 for a wrong command line, with the synopsis; 1 for a failure, said in one line: a file that cannot be read or written, standard output closed (>&-) or full. Where the reader stops reading (| head), the output cut short exits 1 too, but quietly.',
  ],
  examples: ['top share-of-global-ai-native-funding -n 3'],
} as const;

/**
 * A subcommand's name.
 *
 * @example
 * ```ts
 * const command: CommandName = 'top';
 * ```
 * @category CLI
 */
export type CommandName = keyof typeof GRAMMAR;

/**
 * The subcommands, in the order the help lists them.
 *
 * @example
 * ```ts
 * COMMANDS[0]; // 'list'
 * ```
 * @category CLI
 */
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
 * The library fields the `flags` given set: `--unit EUR` is `{ unit: 'EUR' }`,
 * `--source x` is `{ sourceId: 'x' }`, and a `--period` typed with a hyphen
 * (`2023-2024`, as the sources print it) is the interval `2023/2024`. Flags
 * not given, and flags that set no field, are left out.
 *
 * @example
 * ```ts
 * fieldsFrom({ metric: 'ai-vc-investment', period: '2023-2024', json: true }); // { metricId: 'ai-vc-investment', period: '2023/2024' }
 * ```
 */
export function fieldsFrom(flags: Flags): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [flag, field] of Object.entries(FIELD_FLAGS)) {
    const value = flags[flag];
    if (typeof value === 'string') fields[field] = flag === 'period' ? value.replace(/^(\d{4})-(\d{4})$/, '$1/$2') : value;
  }
  return fields;
}

/**
 * The flag that sets each field: `--source` for `sourceId`.
 *
 * @example
 * ```ts
 * FLAG_OF.get('sourceId'); // '--source'
 * ```
 */
export const FLAG_OF: ReadonlyMap<string, string> = new Map(Object.entries(FIELD_FLAGS).map(([flag, field]) => [field, `--${flag}`]));

/**
 * An option as its grammar writes it (`-n, --limit N`), in parts: its name,
 * its one-letter form and the name of its value, where it has them.
 *
 * @example
 * ```ts
 * optionParts('-n, --limit N'); // { name: 'limit', short: 'n', value: 'N' }
 * optionParts('--json'); // { name: 'json', short: undefined, value: undefined }
 * ```
 */
export function optionParts(option: string): { readonly name: string; readonly short: string | undefined; readonly value: string | undefined } {
  const [, short, name = option, value] = /^(?:-(\w), )?--(\w+)(?: (\S+))?$/.exec(option) ?? [];
  return { name, short, value };
}

/**
 * How `command`'s messages name what its user typed: an option or query field
 * by its flag (`--period`), an operand as the usage writes it
 * (`<from-period>`, `<fact-id> number 2`), a fact choice by its flags
 * (`the flags --unit EUR`), and a derivation method by the command that
 * makes it (`ratioOf`, `the ratio command`).
 *
 * @example
 * ```ts
 * namingFor('growth').argument({ argument: 'fromPeriod' }); // '<from-period>'
 * ```
 */
export function namingFor(command: CommandName): MessageNaming {
  const operands = Object.entries<string>(GRAMMAR[command].operands);
  return {
    argument: ({ argument, value }) => {
      if (argument === 'choice' && typeof value === 'object' && value !== null) {
        return `the flags ${Object.entries(value)
          .map(([field, chosen]) => `${FLAG_OF.get(field) ?? field} ${printable(String(chosen))}`)
          .join(' ')}`;
      }
      const [, name = argument, index] = /^(\w+)\[(\d+)\]$/.exec(argument) ?? [];
      const operand = operands.find(([, operandArgument]) => operandArgument === name)?.[0];
      if (operand !== undefined) return index === undefined ? operand : `${operand} number ${Number(index) + 1}`;
      return FLAG_OF.get(argument.replace(/^(options|query|choice)\./, '')) ?? `\`${argument}\``;
    },
    method: ({ method }) => {
      const maker = method.replace(/Of$/, '');
      return isCommandName(maker) ? `the ${maker} command` : method;
    },
  };
}
