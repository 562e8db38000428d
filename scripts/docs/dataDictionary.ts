/**
 * The data dictionary, `docs/data-dictionary.md`: every record of the dataset
 * on one Markdown page for analysts (sources, metrics, entities, facts by
 * metric, claims by source, notes, the consistency audit and the corrections
 * ledger), and the fields of the data files. {@link renderDataDictionary} is
 * pure: it takes the records and returns the text; `writeDocs.ts` (`npm run
 * docs`) writes the file, and a test fails when the committed file differs
 * from a fresh render.
 *
 * Its tables are the package's tables for people (`recordTable`), its values
 * written by `formatValue`, each fact's entry with the number beside it
 * exactly as the record holds it.
 *
 * @module
 */
import { creditLine } from '../../src/format/formatCitation.js';
import {
  type Claim,
  type ConsistencyFinding,
  claims,
  corrections,
  dataset,
  entities,
  type Fact,
  facts,
  formatValue,
  metrics,
  notes,
  type RecordTable,
  recordTable,
  sources,
} from '../../src/index.js';
import { type PublishedRecords, publishedTables } from '../../src/publish/publishedTables.js';
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

/** A labelled item of an entry: its value as Markdown, a list nested under the label (`none` where empty), or nothing where `undefined`. */
type Item = readonly [label: string, value: string | readonly string[] | undefined];

/** An entry's bullet list of labelled items. */
function itemList(items: readonly Item[]): string[] {
  return items.flatMap(([label, value]) =>
    value === undefined
      ? []
      : typeof value === 'string'
        ? [`- **${label}:** ${value}`]
        : [`- **${label}:**${value.length === 0 ? ' none' : ''}`, ...value.map((line) => `  - ${line}`)],
  );
}

/** `n` things, in the singular for one. */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `text` escaped, or nothing where there is none. */
const optional = (text: string | undefined) => (text === undefined ? undefined : markdownText(text));

/** What the dictionary says of a field a record leaves `null`: that it is not stated, and why. */
const notStated = (reason = '') => `not stated. ${markdownText(reason)}`;

/**
 * Renders the data dictionary from `input`, in the records' own order: an
 * introduction (what the file is, that it is generated, and by which command),
 * then sources, metrics, entities, facts grouped by metric, claims grouped by
 * source, notes, the consistency audit, the corrections ledger and the fields
 * of the data files. An empty collection renders its section with a sentence
 * saying it is empty (the ledger also keeps its table header). Text from the
 * records is escaped where Markdown would read it as markup, so quotes render
 * verbatim.
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
  const entityName = (id: string) => `${markdownText(data.entity(id).name)} (${code(id)})`;
  const entry = (heading: string, lead: readonly string[], items: readonly Item[]) => [
    '',
    heading,
    '',
    ...lead.flatMap((line) => [line, '']),
    ...itemList(items),
  ];
  const citationItems = ({ citation, caveats }: Fact | Claim): Item[] => [
    ['Source', `[${markdownText(creditLine(data.source(citation.sourceId), citation))}](#${citation.sourceId})`],
    ['Stated by', optional(citation.statedBy)],
    ['Also stated as', citation.otherQuotes?.map(markdownText)],
    ['Caveats', caveats.map(markdownText)],
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
      "Values are written as `formatValue` writes them: in the fact's unit, with the source's own qualifier in words (\"topped USD76 billion\" is `over $76B`, a `lower-bound`), never rounded or converted between currencies; each fact's entry adds the number exactly as the record holds it (`76000000000` USD). [How the records are curated](curation.md) says what each precision, status and period basis means. Quotes are verbatim.",
    ],
    section(
      'Sources',
      "The documents the facts and claims cite, with what a reader should know about each as a source, each followed by its claims: the statements it makes that carry no figure, each in our words beside the source's quote.",
      input.sources,
      () =>
        input.sources.flatMap((document) =>
          entry(
            `### ${code(document.id)}`,
            [`**${markdownText(document.title)}**`],
            [
              ['Publisher', document.publisher === null ? notStated(document.publisherMissingReason) : markdownText(document.publisher)],
              ['Author', optional(document.author)],
              ['Editor', optional(document.editor)],
              [
                'Published',
                document.publishedOn === null
                  ? notStated(document.publishedOnMissingReason)
                  : `${document.publishedOn} (printed "${markdownText(document.publishedOnQuote ?? '')}")`,
              ],
              ['Kind', document.kind],
              [
                'Records',
                `${count(data.findFacts({ sourceId: document.id }).length, 'fact')}, ${count(data.findClaims({ sourceId: document.id }).length, 'claim')}`,
              ],
              ['Notes', document.notes.map(markdownText)],
            ],
          ).concat(
            data
              .findClaims({ sourceId: document.id })
              .flatMap((claim) =>
                entry(
                  `#### ${code(claim.id)}`,
                  [markdownText(claim.statement), `> ${markdownText(claim.citation.quote)}`],
                  [['Entities', claim.entityIds.map(entityName).join(', ') || 'none (about AI investment in general)'], ...citationItems(claim)],
                ),
              ),
          ),
        ),
    ),
    section('Entities', 'What the facts and claims are about. Country codes are ISO 3166-1 alpha-2.', input.entities, () => [
      '',
      ...recordsMarkdown(recordTable(input, 'entities', ['Members'])),
      ...input.entities
        .filter((group) => group.members !== undefined)
        .flatMap((group) =>
          entry(
            `### ${code(group.id)}`,
            [`**${markdownText(group.name)}**: ${markdownText(group.description ?? '')}`],
            [
              [
                'Members',
                `${group.members?.length ? group.members.map(entityName).join(', ') : 'none named'} (${group.membersComplete ? 'the complete list' : 'not a complete list'})`,
              ],
              ['Part of', group.subsetOf === undefined ? undefined : entityName(group.subsetOf)],
              ['Excludes', group.excludes?.map(entityName).join(', ')],
            ],
          ),
        ),
    ]),
    section(
      'Metrics',
      "What the facts measure, each metric with its facts in the records' order, each fact with its quote and caveats. Facts of the same metric, unit and period are comparable; facts of different metrics are not, however alike their names. Only the figures of an additive metric may be summed across entities. A currency metric's facts each name their ISO 4217 code.",
      input.metrics,
      () => [
        '',
        ...recordsMarkdown(recordTable(input, 'metrics'), true),
        ...input.metrics.flatMap((measure) => {
          const ofMetric = data.findFacts({ metricId: measure.id });
          return [
            ...entry(
              `### ${code(measure.id)}`,
              [`**${markdownText(measure.name)}**`, markdownText(measure.definition)],
              [['Base entity', measure.baseEntityId === undefined ? 'none stated' : entityName(measure.baseEntityId)]],
            ),
            '',
            ...(ofMetric.length === 0
              ? ['There are no facts of this metric.']
              : recordsMarkdown(recordTable({ ...input, facts: ofMetric }, 'facts', ['Metric']), true)),
            ...ofMetric.flatMap((fact) =>
              entry(
                `#### ${code(fact.id)}`,
                [`> ${markdownText(fact.citation.quote)}`],
                [
                  [
                    'Value',
                    fact.value === null
                      ? notStated(fact.missingReason)
                      : `${markdownText(formatValue(fact))} (${code(String(fact.value))} ${fact.unit}, ${fact.precision})`,
                  ],
                  ['Period', fact.period === null ? notStated(fact.periodMissingReason) : `${fact.period} (${fact.periodBasis})`],
                  ...citationItems(fact),
                ],
              ),
            ),
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
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
