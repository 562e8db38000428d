/**
 * The data dictionary, `docs/data-dictionary.md`: every record of the dataset
 * on one Markdown page for analysts (sources, metrics, entities, facts by
 * metric, claims by source, notes, the consistency audit and the corrections
 * ledger), and the fields of the data files. {@link renderDataDictionary} is
 * pure: it takes the records and returns the text; `writeDocs.ts` (`npm run
 * docs`) writes the file, and a test fails when the committed file differs
 * from a fresh render.
 *
 * Its tables are the package's tables for people (`recordTable`), and each
 * record's entry gives its fields as its published table's columns read them,
 * a value as `formatValue` writes it: one column model for the data files,
 * the command and this page.
 *
 * @module
 */
import { indexRecords } from '../../src/dataset/indexRecords.js';
import { creditLine } from '../../src/format/formatCitation.js';
import {
  type Citation,
  type ConsistencyFinding,
  claims,
  corrections,
  dataset,
  entities,
  facts,
  metrics,
  notes,
  type RecordTable,
  recordTable,
  sources,
} from '../../src/index.js';
import { columnText, type PublishedRecords, publishedTables, RECORD_COLUMNS, type RecordColumn, type TableName } from '../../src/publish/publishedTables.js';
import { createDataset } from '../../src/schema/index.js';
import { TABLE_INFO, tableSchema } from '../dataFiles/dataPackage.js';
import { DOCS_COMMAND } from './readme.js';

/** Where the data dictionary is committed, from the repository root. */
export const DATA_DICTIONARY_PATH = 'docs/data-dictionary.md';

/** The command that regenerates the data dictionary. */
export const DATA_DICTIONARY_COMMAND = DOCS_COMMAND;

/**
 * What the data dictionary is rendered from: the records, the corrections
 * ledger and the consistency audit's findings over the records.
 *
 * @example
 * ```ts
 * const input: DataDictionaryInput = { ...builtInDataDictionaryInput(), corrections: [] };
 * ```
 * @category Data dictionary
 */
export interface DataDictionaryInput extends PublishedRecords {
  readonly corrections: NonNullable<PublishedRecords['corrections']>;
  /** The consistency audit's findings over `facts`. */
  readonly findings: readonly ConsistencyFinding[];
}

/**
 * The built-in records, ledger and audit findings: what the committed data
 * dictionary is rendered from.
 *
 * @returns A new input object over the built-in (frozen) records.
 * @example
 * ```ts
 * builtInDataDictionaryInput().facts.length; // 30
 * ```
 * @category Data dictionary
 */
export function builtInDataDictionaryInput(): DataDictionaryInput {
  return { sources, entities, metrics, facts, claims, notes, corrections, findings: dataset.auditConsistency() };
}

/**
 * Escapes `text` for Markdown prose and table cells: backslash, backtick, `*`,
 * `_`, `[`, `]`, `<`, `>`, `|` and `~` get a backslash, as does a heading's
 * `#`, a bullet `-` or `+`, or a `1.`-style list number that starts the text
 * and is followed by a space, and each line break
 * becomes `<br>`, so the text renders as itself, on one line. Text without any
 * of these comes back unchanged; the empty string gives `''`.
 *
 * @param text - plain text from a record.
 * @returns The escaped text.
 * @example
 * ```ts
 * markdownText('a | b\nc'); // 'a \\| b<br>c'
 * markdownText('US venture capital investment in AI topped USD76 billion'); // unchanged
 * ```
 * @category Data dictionary
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(?:#{1,6}|[+-])(?=\s|$)/, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * `text` as a Markdown code span: text with no backtick, `|` or line break,
 * such as an ID (kebab-case), a field's path or a file's name.
 *
 * @param text - the text to show as code.
 * @returns The code span.
 * @example
 * ```ts
 * code('united-states'); // '`united-states`'
 * ```
 * @category Data dictionary
 */
export function code(text: string): string {
  return `\`${text}\``;
}

/** A Markdown table of cells that are Markdown already. */
function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

/** A table of records in Markdown: IDs as code (the first column linked to the entry of its record where `linked`), other text escaped. */
function recordsMarkdown({ headers, rows, idColumns }: RecordTable, linked = false): string[] {
  const cell = (text: string, i: number) => (!idColumns.includes(i) ? markdownText(text) : linked && i === 0 ? `[${code(text)}](#${text})` : code(text));
  return markdownTable(
    headers,
    rows.map((row) => row.map(cell)),
  );
}

/** `n` things, in the singular for one. */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Renders the data dictionary from `input`, in the records' own order: an
 * introduction (what the file is, that it is generated, and by which command),
 * then the sources, each with its claims; the entities, with an entry for each
 * group; the metrics, each with its facts; the notes, the consistency audit,
 * the corrections ledger and the fields of the data files. Each entry lists
 * the record's own fields that it fills, by the names of their columns; a
 * fact's and a claim's quote stands first, then its credit line (`formatCitation`'s,
 * with a teaser's title and "as teased on"), and a claim's stance says whose it is. An empty collection renders its
 * section with a sentence saying it is empty (the ledger also keeps its table
 * header). Text from the records is escaped where Markdown would read it as
 * markup, so quotes render verbatim.
 *
 * @param input - the records, ledger and findings to render.
 * @returns The Markdown text, ending in one newline.
 * @throws {InvalidRecordsError} if the records are not valid (as `createDataset`
 * checks them): a record names a source, entity or metric that `input` does
 * not have, for one.
 * @example
 * ```ts
 * const markdown = renderDataDictionary(builtInDataDictionaryInput());
 * markdown.startsWith('<!-- Generated'); // true
 * ```
 * @category Data dictionary
 */
export function renderDataDictionary(input: DataDictionaryInput): string {
  const { corrections: _ledger, findings: _findings, ...records } = input;
  const data = createDataset(records);
  const index = indexRecords(records);
  /** A record's entry: its ID as a heading, its quote and credit line (a teaser's "as teased on"), then each of its own fields it fills, named by its column: a list as a nested list. */
  const entry = (heading: string, table: TableName, record: { readonly id: string; readonly citation?: Citation }) => [
    '',
    `${heading} ${code(record.id)}`,
    '',
    ...(record.citation === undefined
      ? []
      : [
          `> ${markdownText(record.citation.quote)}`,
          '',
          `- Credit: ${markdownText(creditLine(index.sourcesById().get(record.citation.sourceId)!, record.citation))}`,
        ]),
    ...(RECORD_COLUMNS[table] as readonly RecordColumn<object>[])
      .filter((column) => column.field.endsWith(`.${column.name}`) && !['id', 'quote', 'selectors', 'differences'].includes(column.name))
      .flatMap((column) => {
        const cell = column.cell(record, index);
        if (!Array.isArray(cell))
          return cell === undefined || cell === null ? [] : [`- \`${column.name}\`: ${markdownText(columnText(column, record, index))}`];
        return [`- \`${column.name}\`:${cell.length === 0 ? ' none' : ''}`, ...cell.map((item) => `  - ${markdownText(String(item))}`)];
      }),
  ];
  const section = (heading: string, about: string, records: readonly unknown[], body: () => string[], noun = heading.toLowerCase()) => [
    `## ${heading}`,
    '',
    about,
    ...(records.length === 0 ? ['', `There are no ${noun}.`] : body()),
  ];
  const sections = [
    [
      `<!-- Generated by \`${DATA_DICTIONARY_COMMAND}\` from the records: do not edit by hand. -->`,
      '',
      '# Data dictionary',
      '',
      `Every record of \`ai-investment-facts\` on one page: ${count(input.sources.length, 'source')}, ${count(input.entities.length, 'entity', 'entities')}, ${count(input.metrics.length, 'metric')} with their ${count(input.facts.length, 'fact')}, ${count(input.claims.length, 'claim')} and ${count(input.notes?.length ?? 0, 'note')}, the consistency audit's ${count(input.findings.length, 'finding')}, the corrections ledger, and the fields of the data files.`,
      '',
      `This file is generated from the records in \`data/\` by \`${DATA_DICTIONARY_COMMAND}\`. Do not edit it by hand: change the records and run the command again. A test fails when the file and the records disagree.`,
      '',
      "Each record's entry gives its fields by the names of the data files' columns ([Fields of the data files](#fields-of-the-data-files) describes each); a field the record leaves empty is not listed. Values are written as `formatValue` writes them: in the fact's unit, with the source's own qualifier in words (\"topped USD76 billion\" is `over $76B`, a `lower-bound` `precision`), never rounded or converted between currencies. [How the records are curated](curation.md) says what each precision, status and period basis means. Quotes are verbatim.",
    ],
    section(
      'Sources',
      'The documents the facts and claims cite, with what a reader should know about each as a source, each followed by its claims: the statements it makes that carry no figure, each in our words beside its quote.',
      input.sources,
      () =>
        input.sources.flatMap((source) => [
          ...entry('###', 'sources', source),
          ...data.findClaims({ sourceId: source.id }).flatMap((claim) => entry('####', 'claims', claim)),
        ]),
    ),
    section('Entities', 'What the facts and claims are about, each group with its entry. Country codes are ISO 3166-1 alpha-2.', input.entities, () => [
      '',
      ...recordsMarkdown(recordTable(input, 'entities', ['Members'])),
      ...input.entities.filter((entity) => entity.kind === 'group').flatMap((group) => entry('###', 'entities', group)),
    ]),
    section(
      'Metrics',
      "What the facts measure, each metric with its facts in the records' order. Facts of the same metric, unit and period are comparable; facts of different metrics are not, however alike their names. Only the figures of an additive metric may be summed across entities. A currency metric's facts each name their ISO 4217 code.",
      input.metrics,
      () => [
        '',
        ...recordsMarkdown(recordTable(input, 'metrics'), true),
        ...input.metrics.flatMap((metric) => {
          const ofMetric = data.findFacts({ metricId: metric.id });
          return [
            ...entry('###', 'metrics', metric),
            '',
            ...(ofMetric.length === 0
              ? ['There are no facts of this metric.']
              : recordsMarkdown(recordTable({ ...input, facts: ofMetric }, 'facts', ['Metric']), true)),
            ...ofMetric.flatMap((fact) => entry('####', 'facts', fact)),
          ];
        }),
      ],
    ),
    section(
      'Notes',
      'Notes across records, in our words: records that sit uneasily together (`tension`) or entities that may overlap (`overlap`). The consistency audit computes the differences of facts they name.',
      input.notes ?? [],
      () => ['', ...recordsMarkdown(recordTable(input, 'notes'))],
    ),
    section(
      'Consistency audit',
      "The facts cross-checked against each other (`dataset.auditConsistency()`): a group's figure against the sum of its members', a remainder and the parts it excludes against the whole, an amount stated in two currencies, and a figure stated more than once. A check is judged within the rounding the printed digits imply and the bounds the qualifiers set; a one-sided check can catch a value beyond a bound but not one far short of it.",
      input.findings,
      () => [
        '',
        ...markdownTable(
          ['Check', 'Outcome', 'One-sided', 'Summary', 'Facts', 'Notes'],
          input.findings.map((finding) => [
            finding.check,
            finding.outcome,
            finding.oneSided ? 'yes' : 'no',
            markdownText(finding.summary),
            finding.factIds.map((id) => `[${code(id)}](#${id})`).join('<br>'),
            finding.notes.map(markdownText).join('<br>'),
          ]),
        ),
      ],
      'findings',
    ),
    [
      '## Corrections ledger',
      '',
      'Every published value that a later release changed: the record and field, the value as published and the value from the correcting release on, and why. A correction never removes a record, and the ledger only grows. Values are shown as JSON.',
      '',
      input.corrections.length === 0
        ? 'No published value has been corrected yet: the ledger is empty, and the table below fills as corrections are released.'
        : `${count(input.corrections.length, 'published value has', 'published values have')} been corrected:`,
      '',
      ...recordsMarkdown(recordTable(input, 'corrections')),
    ],
    [
      '## Fields of the data files',
      '',
      "The columns of each CSV file in `ai-investment-facts/data/`, as its data package describes them; the JSON files have the same fields, a citation's nested under `citation`. An empty cell is a missing value: `null` or absent in the JSON.",
      ...publishedTables(input).flatMap((table) => [
        '',
        `### ${code(`${table.name}.csv`)}`,
        '',
        markdownText(TABLE_INFO[table.name].description),
        '',
        ...markdownTable(
          ['Column', 'Type', 'Empty', 'Description'],
          tableSchema(table).fields.map((field) => [
            code(field.name),
            String(field.type),
            field.constraints?.required ? 'never' : 'may be',
            field.description.replace(/\|/g, '\\|'),
          ]),
        ),
      ]),
    ],
  ];
  // The contents: each section by its heading, with how many records it holds where it holds some.
  const counts: Readonly<Record<string, number>> = {
    Sources: input.sources.length,
    Entities: input.entities.length,
    Metrics: input.metrics.length,
    Notes: input.notes?.length ?? 0,
    'Consistency audit': input.findings.length,
    'Corrections ledger': input.corrections.length,
  };
  const headings = sections.slice(1).map((lines) => String(lines[0]).slice(3));
  const contents = headings.map((heading) => `- [${heading}](#${heading.toLowerCase().replace(/ /g, '-')})${heading in counts ? ` (${counts[heading]})` : ''}`);
  return `${[sections[0]!, ['## Contents', '', ...contents], ...sections.slice(1)].map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
