/**
 * The help text of the command and of each subcommand, each with an example.
 *
 * @module
 */

import type { CommandName } from './grammar.js';

const COMMON = `  --json               print JSON instead of a table
  -h, --help           show this help`;

const FILTERS = `  --entity ID          only facts about this entity (united-states)
  --metric ID          only facts of this metric (ai-vc-investment)
  --period P           only facts of this period (2024, 2023/2024; 2023-2024
                       is read as 2023/2024)
  --source ID          only facts citing this source
  --status S           only facts of this status (reported, estimate, plan,
                       forecast)
  --unit U             only facts in this unit (USD, CNY, percent)`;

const CHOICE = `  --unit U             take the facts in this unit (USD, CNY, percent)
  --status S           take the facts of this status
  --source ID          take the facts of this source`;

/** What every derivation says of the value it prints. */
const READS_AS = `Prints the value exact and as it reads (three digits, rounded so that "at
least" or "at most" stays true).`;

const USAGES: Readonly<Record<CommandName, string>> = {
  list: `Usage: ai-investment-facts list [facts|entities|metrics|sources|claims]
                                [filters] [--json]

Lists the records of one kind (facts unless another is named), with their
IDs. Facts match every filter; entities are filtered by --kind alone, claims
by --entity and --source; metrics and sources take no filter.

${FILTERS}
  --kind K             only facts about, or entities of, this kind
                       (startup-ecosystem, country, region, company, group)
${COMMON}

Examples:
  ai-investment-facts list --metric ai-vc-investment --period 2024
  ai-investment-facts list entities --kind country`,
  show: `Usage: ai-investment-facts show <id> [--json]

Shows the record with this ID in full, whatever its type: a fact with its
value, source, date, attribution and quotes; an entity with its facts and
the claims about it; a metric with its facts; a source with the facts and
claims that cite it; a claim with its citation. --json prints the record as
the data files hold it.

${COMMON}

Examples:
  ai-investment-facts show united-states-ai-vc-investment-2024
  ai-investment-facts show europe-rising-stars-lag-paris`,
  top: `Usage: ai-investment-facts top <metric> [-n N] [--period P] [--kind K] [--json]

Ranks the entities of one kind by a metric, largest first, each with its source.
The entities left out because their fact states no value are named on stderr.

  -n, --limit N        how many to list (default 10)
  --period P           rank only facts of this period (2024, 2023/2024 or
                       2023-2024)
  --kind K             rank entities of this kind (default startup-ecosystem;
                       also country, region, company, group)
  --unit U             rank only facts in this unit
  --status S           rank only facts of this status
  --source ID          rank only facts of this source
${COMMON}

Example:
  ai-investment-facts top share-of-global-ai-native-funding -n 3`,
  growth: `Usage: ai-investment-facts growth <entity> <metric> <from-period> <to-period>
                                  [--json]

The growth rate (to - from) / from, as a fraction, with its formula and the
facts it came from.
${READS_AS}

${CHOICE}
${COMMON}

Example:
  ai-investment-facts growth united-states ai-vc-investment 2023 2024`,
  cagr: `Usage: ai-investment-facts cagr <entity> <metric> <from-period> <to-period>
                                [--json]

The compound annual growth rate, with its formula and the facts it came from.
${READS_AS}

${CHOICE}
${COMMON}

Example:
  ai-investment-facts cagr china ai-vc-investment 2023 2024`,
  share: `Usage: ai-investment-facts share <part-fact-id> <whole-fact-id> [--json]

The share part / whole, as a fraction, with its formula and the facts it
came from.
${READS_AS}

${COMMON}

Example:
  ai-investment-facts share \\
      beijing-share-of-global-ai-native-funding-2023-2024 \\
      big-three-share-of-global-ai-native-funding-2023-2024`,
  ratio: `Usage: ai-investment-facts ratio <numerator-fact-id> <denominator-fact-id>
                                 [--json]

The ratio numerator / denominator, with its formula and the facts it came
from.
${READS_AS}

${COMMON}

Example:
  ai-investment-facts ratio united-states-ai-vc-investment-2024 \\
      china-ai-vc-investment-2024`,
  sum: `Usage: ai-investment-facts sum <fact-id>... [--json]

The sum of facts of one metric, unit and status, with its formula.
${READS_AS}

${COMMON}

Example:
  ai-investment-facts sum united-states-ai-vc-investment-2024 \\
      china-ai-vc-investment-2024`,
  audit: `Usage: ai-investment-facts audit [--json]

Cross-checks the facts against each other (sums of members, remainders,
currency pairs, repeated figures) and prints the findings.

${COMMON}

Example:
  ai-investment-facts audit`,
  export: `Usage: ai-investment-facts export [--format json|csv|ndjson] [filters]
                                  [--out FILE]

Writes the facts that match every filter, for notebooks and spreadsheets.
With --out, the file is replaced whole or not at all: the facts go to a
temporary file beside it (.<8 hex digits>.tmp), which is then renamed over
it. It is a new file: other hard links to the old one keep the old contents;
it keeps the old file's permissions (and, run as root, its owner). A symbolic
link is followed: the file it points to is written (created, if the link
dangles). A terminal, a pipe or /dev/stdout is written into. Interrupted
(Ctrl-C, SIGTERM, SIGHUP), the command leaves the file as it was and no
temporary file; SIGKILL cannot be caught, and may leave one. Where stderr is
a terminal, the command says there what it wrote. Where no fact matches, it
says so on stderr and writes none (exit code 0).

  --format F           json, csv (RFC 4180) or ndjson (default: the --out
                       file's extension where it is one of these, else json)
  --out FILE           write to FILE instead of standard output (- for
                       standard output)
${FILTERS}
  --kind K             only facts about entities of this kind
  --json               the same as --format json
  -h, --help           show this help

Example:
  ai-investment-facts export --metric ai-vc-investment --out ai-vc.csv`,
  verify: `Usage: ai-investment-facts verify <file> [--source ID] [--json]

Checks every quote of a source's facts and claims against your copy of its
document (<file>, read as UTF-8): each is found at its recorded position,
elsewhere, or not found (any run of whitespace matches any other). Without
--source, the document is identified by its SHA-256, or else as the source
whose quotes it holds most. Exits 1, naming each failing record, when a
quote is not found.

  --source ID          check the file as a copy of this source
${COMMON}

Example:
  ai-investment-facts verify 2025-03-26-yicai-china-ai-vc-lags-us.txt`,
};

const TOP_LEVEL = `Usage: ai-investment-facts <command> [arguments] [options]

Facts about AI investment, each with its source and verbatim quote.

Commands:
  list       list facts (filtered), entities, metrics, sources or claims
  show       show any record in full: a fact with its source and quotes
  top        rank entities by a metric, each with its source
  growth     growth rate of an entity's metric between two periods
  cagr       compound annual growth rate between two periods
  share      share of one fact in another
  ratio      ratio of two facts
  sum        sum of facts
  audit      cross-check the facts against each other
  export     write facts as JSON, CSV or NDJSON
  verify     check a source's quotes against your copy of its document

Options:
  -h, --help           show help (also: ai-investment-facts <command> --help)
  --version            print the version

Output is a table on a terminal, fitted to its width (COLUMNS, a positive
whole number, overrides the width the terminal says): long text wraps, IDs
stay whole, and a table that still does not fit prints each row as a block.
Piped, it is tab-separated text, complete; --json prints JSON.

Colour: on a terminal, unless NO_COLOR is set (to anything but the empty
string), TERM is dumb or FORCE_COLOR is 0; FORCE_COLOR (set, and not 0)
colours output that is not a terminal too, unless NO_COLOR is set. A
mistyped command or flag is answered with the nearest ones.

Exit status: 0 on success; 2 for a wrong command line, with the synopsis; 1 for
a failure, said in one line: a file that cannot be read or written, standard
output closed (>&-) or full. Where the reader stops reading (| head), the
output cut short exits 1 too, but quietly.

Example:
  ai-investment-facts top share-of-global-ai-native-funding -n 3`;

/**
 * The help text of `command`, or of the whole command when none is given.
 *
 * @example
 * ```ts
 * usage('show').split('\n')[0]; // 'Usage: ai-investment-facts show <fact-id> [--json]'
 * ```
 * @category CLI
 */
export function usage(command?: CommandName): string {
  return command === undefined ? TOP_LEVEL : USAGES[command];
}

/**
 * What follows a usage error: the synopsis of `command` (the first paragraph
 * of its help; at the top level, the list of commands too) and where the rest
 * is, so that a mistake is not buried under the whole help text.
 *
 * @example
 * ```ts
 * usageHint('show');
 * // 'Usage: ai-investment-facts show <id> [--json]\n\nRun `ai-investment-facts show --help` for its options and examples.'
 * ```
 * @category CLI
 */
export function usageHint(command?: CommandName): string {
  const [synopsis = '', ...rest] = usage(command).split('\n\n');
  if (command !== undefined) return `${synopsis}\n\nRun \`ai-investment-facts ${command} --help\` for its options and examples.`;
  const commands = rest.find((paragraph) => paragraph.startsWith('Commands:')) ?? '';
  return `${synopsis}\n\n${commands}\n\nRun \`ai-investment-facts --help\` for the options.`;
}
