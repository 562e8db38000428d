import { toCsv } from '../index.js';
import { quoted } from '../text/printable.js';
import { CliError } from './CliError.js';
import { type CommandRun, toJson } from './CommandRun.js';
import { matchingFacts } from './list.js';
import { writeOutFile } from './writeOutFile.js';

/** The formats `export` writes. */
const EXPORT_FORMATS = ['json', 'csv', 'ndjson'];

/**
 * The `--format` flag (or `--json`), or else the `--out` file's extension, as a format; json where none says.
 *
 * @throws {CliError} exit code 2 for a format `export` does not write, or one that disagrees with `--json` or the `--out` file's extension.
 */
function formatOf({ flags }: CommandRun): string {
  const named = flags['format'];
  if (named !== undefined && !EXPORT_FORMATS.includes(String(named))) {
    throw new CliError(`export: expected --format to be one of ${EXPORT_FORMATS.join(', ')}, received ${quoted(String(named))}`, 2, 'export');
  }
  if (flags['json'] === true && named !== undefined && named !== 'json') throw new CliError(`export: --json and --format ${named} disagree`, 2, 'export');
  const asked = named ?? (flags['json'] === true ? 'json' : undefined);
  // The format the `--out` file's extension names (`.csv`, `.json`, `.ndjson`, in any case), if it names one.
  const extension = /\.([^./]+)$/.exec(String(flags['out'] ?? ''))?.[1]?.toLowerCase();
  const byExtension = EXPORT_FORMATS.find((format) => format === extension);
  if (asked !== undefined && byExtension !== undefined && byExtension !== asked) {
    const flag = named === undefined ? '--json' : `--format ${named}`;
    throw new CliError(`export: ${flag} and --out ${quoted(String(flags['out']))} disagree: the file's extension names ${byExtension}`, 2, 'export');
  }
  return String(asked ?? byExtension ?? 'json');
}

/**
 * `ai-investment-facts export`: the facts matching every filter, in the
 * format asked for (`--format`, or else the `--out` file's extension): a JSON
 * array, RFC 4180 CSV (the columns of the published `facts.csv`) or NDJSON
 * (one fact per line). Written to `--out` (whole or not at all, reporting
 * what it wrote), or else to standard output (also for `--out -`). Where no
 * fact matches, it says so on standard error (and the output holds none).
 *
 * @throws {RangeError} from `dataset.findFacts`.
 * @throws {CliError} for an unknown format (exit code 2) or a file that cannot be written (exit code 1).
 * @example
 * ```ts
 * await exportFacts({ ...run, flags: { format: 'csv', metric: 'ai-vc-investment' } });
 * ```
 * @category CLI
 */
export async function exportFacts(run: CommandRun): Promise<void> {
  const facts = matchingFacts(run);
  const format = formatOf(run);
  const text =
    format === 'csv'
      ? toCsv({ ...run.dataset, facts }, 'facts')
      : format === 'ndjson'
        ? facts.map((fact) => `${JSON.stringify(fact)}\n`).join('')
        : toJson(facts);
  const out = run.flags['out'];
  // `-` is standard output, as for most commands that write a file.
  const toFile = typeof out === 'string' && out !== '-';
  if (toFile) await writeOutFile(out, text);
  else run.print(text);
  if (facts.length === 0) run.notice('export: nothing matches the filters');
  if (!toFile) return;
  const bytes = new TextEncoder().encode(text).length.toLocaleString('en-US');
  run.report(`export: wrote ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'} as ${format.toUpperCase()} to ${quoted(out)} (${bytes} bytes)`);
}
