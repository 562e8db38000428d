/**
 * The data dictionary, `docs/data-dictionary.md`: every record of the dataset
 * on one Markdown page for analysts (sources, metrics, entities, facts by
 * metric, claims by source, the consistency audit and the corrections ledger).
 * {@link renderDataDictionary} is pure: it takes the records and returns the
 * text; `writeDocs.ts` (`npm run docs`) writes the file, and a test fails when the
 * committed file differs from a fresh render.
 *
 * Every number is printed exactly as the record holds it (`76000000000`), then
 * in a readable form that only groups its digits (76,000,000,000 USD): nothing
 * is rounded, scaled or converted.
 *
 * @module
 */
import {
  claims,
  corrections,
  dataset,
  entities,
  facts,
  metrics,
  sources,
  type Claim,
  type ConsistencyFinding,
  type Correction,
  type Entity,
  type Fact,
  type Metric,
  type Source,
} from '../../src/index.js';

import { indexRecords } from '../../src/dataset/indexRecords.js';
import { DOCS_COMMAND } from './readme.js';
import { creditLine, documentCredit } from '../../src/format/formatCitation.js';
import { columnDescription } from '../dataFiles/dataPackage.js';
import { publishedTables, type PublishedRecords } from '../../src/publish/publishedTables.js';

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
  return { sources, entities, metrics, facts, claims, corrections, findings: dataset.auditConsistency() };
}

/**
 * Renders the data dictionary from `input`, in the records' own order: an
 * introduction (what the file is, that it is generated, and by which command),
 * then sources, metrics, entities, facts grouped by metric, claims grouped by
 * source, the consistency audit and the corrections ledger. An empty
 * collection renders its section with a sentence saying it is empty (the
 * ledger also keeps its table header). Text from the records is escaped where
 * Markdown would read it as markup, so quotes render verbatim.
 *
 * @param input - the records, ledger and findings to render.
 * @returns The Markdown text, ending in one newline.
 * @throws {RangeError} if a record names a source, entity or metric that
 * `input` does not have.
 * @example
 * ```ts
 * const markdown = renderDataDictionary(builtInDataDictionaryInput());
 * markdown.startsWith('<!-- Generated'); // true
 * ```
 * @category Data dictionary
 */
export function renderDataDictionary(input: DataDictionaryInput): string {
  const index = indexInput(input);
  const sections = [
    introSection(input),
    sourcesSection(input, index),
    metricsSection(input, index),
    entitiesSection(input, index),
    factsSection(input, index),
    claimsSection(input, index),
    auditSection(input),
    correctionsSection(input),
    fieldsSection(input),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
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
 * `text` as a Markdown code span, with a fence of backticks longer than any
 * run of backticks inside it. In a table cell (`inTable`), `|` is escaped as
 * `\|`, which GitHub's tables read as a literal pipe inside code. Line breaks
 * become spaces, as Markdown renders them in code spans anyway.
 *
 * @param text - the text to show as code.
 * @param inTable - whether the span goes in a table cell.
 * @returns The code span.
 * @example
 * ```ts
 * code('united-states'); // '`united-states`'
 * code('a|b', true); // '`a\\|b`'
 * ```
 * @category Data dictionary
 */
export function code(text: string, inTable = false): string {
  const content = (inTable ? text.replace(/\|/g, '\\|') : text).replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * `value` with the digits of its integer part grouped in threes by commas, and
 * every other character as JavaScript prints the number: nothing is rounded.
 * A number JavaScript prints in exponent form (`1e+21`) and `NaN` or an
 * infinity come back as printed.
 *
 * @param value - the number to print.
 * @returns The readable form.
 * @example
 * ```ts
 * readableNumber(76000000000); // '76,000,000,000'
 * readableNumber(4.3); // '4.3'
 * readableNumber(-1234.5); // '-1,234.5'
 * ```
 * @category Data dictionary
 */
export function readableNumber(value: number): string {
  const printed = String(value);
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(printed);
  if (!match) return printed;
  const [, sign = '', integer = '', fraction = ''] = match;
  return `${sign}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}

/**
 * A fact's value as the record holds it, with its unit, then the readable
 * form: `` `76000000000` USD (76,000,000,000 USD) ``, `` `66` percent (66%) ``,
 * `` `4` years (4 years) ``, `` `91` count (91) ``. A missing value is
 * `not known`.
 *
 * @param fact - the fact.
 * @param inTable - whether the text goes in a table cell.
 * @returns The value with its unit.
 * @example
 * ```ts
 * valueWithUnit(dataset.fact('united-states-ai-vc-investment-2024')); // '`76000000000` USD (76,000,000,000 USD)'
 * ```
 * @category Data dictionary
 */
export function valueWithUnit(fact: Pick<Fact, 'value' | 'unit'>, inTable = false): string {
  if (fact.value === null) return 'not known';
  const readable = readableNumber(fact.value);
  const readableWithUnit =
    fact.unit === 'percent'
      ? `${readable}%`
      : fact.unit === 'count'
        ? readable
        : fact.unit === 'years'
          ? `${readable} ${fact.value === 1 ? 'year' : 'years'}`
          : `${readable} ${fact.unit}`;
  return `${code(String(fact.value), inTable)} ${markdownText(fact.unit)} (${markdownText(readableWithUnit)})`;
}

/**
 * One row of a Markdown table from cells that are already Markdown (escape
 * record text with {@link markdownText}, and code with {@link code} with
 * `inTable`).
 *
 * @param cells - the cells, left to right.
 * @returns The row, `| a | b |`.
 * @example
 * ```ts
 * tableRow(['a', 'b']); // '| a | b |'
 * ```
 * @category Data dictionary
 */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table's header row and separator. */
function tableHeader(headings: readonly string[]): string[] {
  return [tableRow(headings), tableRow(headings.map(() => '---'))];
}

interface InputIndex {
  readonly source: (id: string, referrer: string) => Source;
  readonly entity: (id: string, referrer: string) => Entity;
  readonly metric: (id: string, referrer: string) => Metric;
  readonly factsOfMetric: (metricId: string) => readonly Fact[];
  readonly factsOfSource: (sourceId: string) => readonly Fact[];
  readonly claimsOfSource: (sourceId: string) => readonly Claim[];
}

/** The input's records through the package's record index, every reference checked to resolve. */
function indexInput(input: DataDictionaryInput): InputIndex {
  const records = indexRecords(input);
  const lookup =
    <T>(byId: ReadonlyMap<string, T>, kind: string) =>
    (id: string, referrer: string): T => {
      const record = byId.get(id);
      if (record === undefined) throw new RangeError(`renderDataDictionary: expected ${referrer} to name a ${kind} of the input, received "${id}"`);
      return record;
    };
  const index = {
    source: lookup(records.sourcesById(), 'source'),
    entity: lookup(records.entitiesById(), 'entity'),
    metric: lookup(records.metricsById(), 'metric'),
    factsOfMetric: (metricId: string) => records.factsBy('metricId').get(metricId) ?? [],
    factsOfSource: (sourceId: string) => records.factsBy('sourceId').get(sourceId) ?? [],
    claimsOfSource: (sourceId: string) => records.claimsBySource().get(sourceId) ?? [],
  };
  for (const fact of input.facts) {
    const referrer = `fact "${fact.id}"`;
    index.entity(fact.entityId, referrer);
    index.metric(fact.metricId, referrer);
    index.source(fact.citation.sourceId, referrer);
  }
  for (const claim of input.claims) {
    const referrer = `claim "${claim.id}"`;
    for (const entityId of claim.entityIds) index.entity(entityId, referrer);
    index.source(claim.citation.sourceId, referrer);
  }
  return index;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function introSection(input: DataDictionaryInput): string[] {
  return [
    `<!-- Generated by \`${DATA_DICTIONARY_COMMAND}\` from the records: do not edit by hand. -->`,
    '',
    '# Data dictionary',
    '',
    `Every record of \`ai-investment-facts\` on one page: ${count(input.sources.length, 'source')}, ${count(input.metrics.length, 'metric')}, ${count(input.entities.length, 'entity', 'entities')}, ${count(input.facts.length, 'fact')} and ${count(input.claims.length, 'claim')}, the consistency audit's ${count(input.findings.length, 'finding')}, and the corrections ledger.`,
    '',
    `This file is generated from the records in \`data/\` by \`${DATA_DICTIONARY_COMMAND}\`. Do not edit it by hand: change the records and run the command again. A test fails when the file and the records disagree.`,
    '',
    'Values are printed exactly as the records hold them (`76000000000`), followed by a readable form that only groups the digits (76,000,000,000 USD): nothing is rounded, scaled or converted between currencies. Precision comes from the source\'s own qualifier ("topped" is `lower-bound`); [How the records are curated](curation.md) says what each precision, status and period basis means. Quotes are verbatim.',
    '',
    '## Contents',
    '',
    `- [Sources](#sources) (${input.sources.length})`,
    `- [Metrics](#metrics) (${input.metrics.length})`,
    `- [Entities](#entities) (${input.entities.length})`,
    `- [Facts](#facts) (${input.facts.length}), by metric`,
    `- [Claims](#claims) (${input.claims.length}), by source`,
    `- [Consistency audit](#consistency-audit) (${input.findings.length})`,
    `- [Corrections ledger](#corrections-ledger) (${input.corrections.length})`,
    '- [Fields of the data files](#fields-of-the-data-files)',
  ];
}

/** A link to a source's entry: its title and credit line. */
function sourceLink(source: Source): string {
  return `[${markdownText(documentCredit(source))}](#${source.id})`;
}

function entityName(entity: Entity, inTable = false): string {
  return `${markdownText(entity.name)} (${code(entity.id, inTable)})`;
}

function bulletList(items: readonly string[], indent = ''): string[] {
  return items.map((item) => `${indent}- ${item}`);
}

function sourcesSection(input: DataDictionaryInput, index: InputIndex): string[] {
  const lines = ['## Sources', '', 'The documents the facts and claims cite, with what a reader should know about each as a source.'];
  if (input.sources.length === 0) return [...lines, '', 'There are no sources.'];
  for (const source of input.sources) {
    lines.push(
      '',
      `### ${code(source.id)}`,
      '',
      `**${markdownText(source.title)}**`,
      '',
      ...bulletList([
        `**Publisher:** ${source.publisher === null ? `not stated. ${markdownText(source.publisherMissingReason ?? '')}` : markdownText(source.publisher)}`,
        ...(source.author === undefined ? [] : [`**Author:** ${markdownText(source.author)}`]),
        ...(source.editor === undefined ? [] : [`**Editor:** ${markdownText(source.editor)}`]),
        `**Published:** ${
          source.publishedOn === null
            ? `not stated. ${markdownText(source.publishedOnMissingReason ?? '')}`
            : `${source.publishedOn}${source.publishedOnQuote === undefined ? '' : ` (printed "${markdownText(source.publishedOnQuote)}")`}`
        }`,
        `**Kind:** ${markdownText(source.kind)}`,
        `**Records:** ${count(index.factsOfSource(source.id).length, 'fact')}, ${count(index.claimsOfSource(source.id).length, 'claim')}`,
        `**Notes:**${source.notes.length === 0 ? ' none' : ''}`,
      ]),
      ...bulletList(source.notes.map(markdownText), '  '),
    );
  }
  return lines;
}

function metricUnit(metric: Metric): string {
  return metric.unit === 'currency' ? 'currency (each fact names its ISO 4217 code)' : metric.unit;
}

function metricsSection(input: DataDictionaryInput, index: InputIndex): string[] {
  const lines = [
    '## Metrics',
    '',
    'What the facts measure. Facts of the same metric, unit and period are comparable; facts of different metrics are not, however alike their names. Only the figures of an additive metric may be summed across entities.',
  ];
  if (input.metrics.length === 0) return [...lines, '', 'There are no metrics.'];
  const baseOf = (metric: Metric, inTable = false) =>
    metric.baseEntityId === undefined ? 'none stated' : entityName(index.entity(metric.baseEntityId, `metric "${metric.id}"`), inTable);
  lines.push(
    '',
    ...tableHeader(['Metric', 'Name', 'Unit', 'Additive', 'Base entity', 'Facts']),
    ...input.metrics.map((metric) =>
      tableRow([
        `[${code(metric.id, true)}](#${metric.id})`,
        markdownText(metric.name),
        markdownText(metric.unit),
        metric.additive ? 'yes' : 'no',
        baseOf(metric, true),
        String(index.factsOfMetric(metric.id).length),
      ]),
    ),
  );
  for (const metric of input.metrics) {
    lines.push(
      '',
      `### ${code(metric.id)}`,
      '',
      `**${markdownText(metric.name)}**`,
      '',
      markdownText(metric.definition),
      '',
      ...bulletList([
        `**Unit:** ${markdownText(metricUnit(metric))}`,
        `**Additive:** ${metric.additive ? 'yes: figures of different entities, for the same period and unit, add up' : 'no: figures of different entities do not add up'}`,
        `**Base entity:** ${baseOf(metric)}`,
        `**Facts:** [${count(index.factsOfMetric(metric.id).length, 'fact')}](#facts-of-${metric.id})`,
      ]),
    );
  }
  return lines;
}

function entitiesSection(input: DataDictionaryInput, index: InputIndex): string[] {
  const lines = ['## Entities', '', 'What the facts and claims are about. Country codes are ISO 3166-1 alpha-2.'];
  if (input.entities.length === 0) return [...lines, '', 'There are no entities.'];
  lines.push(
    '',
    ...tableHeader(['Entity', 'Name', 'Kind', 'Country', 'Aliases']),
    ...input.entities.map((entity) =>
      tableRow([
        code(entity.id, true),
        markdownText(entity.name),
        markdownText(entity.kind),
        entity.countryCode === undefined ? '' : markdownText(entity.countryCode),
        (entity.aliases ?? []).map(markdownText).join(', '),
      ]),
    ),
  );
  const groups = input.entities.filter((entity) => entity.kind === 'group' || entity.members !== undefined);
  if (groups.length === 0) return lines;
  lines.push('', '### Groups', '', 'Each group with the members the sources name.');
  for (const group of groups) {
    const referrer = `entity "${group.id}"`;
    const members = (group.members ?? []).map((id) => entityName(index.entity(id, referrer)));
    const completeness = group.membersComplete === true ? 'the complete list' : 'not a complete list';
    lines.push(
      '',
      `#### ${code(group.id)}`,
      '',
      `**${markdownText(group.name)}**${group.description === undefined ? '' : `: ${markdownText(group.description)}`}`,
      '',
      ...bulletList([
        `**Members:** ${members.length === 0 ? 'none named' : members.join(', ')} (${completeness})`,
        ...(group.subsetOf === undefined ? [] : [`**Part of:** ${entityName(index.entity(group.subsetOf, referrer))}`]),
        ...(group.excludes === undefined ? [] : [`**Excludes:** ${group.excludes.map((id) => entityName(index.entity(id, referrer))).join(', ')}`]),
      ]),
    );
  }
  return lines;
}

function periodText(fact: Fact): string {
  return fact.period === null ? 'not known' : `${fact.period} (${markdownText(fact.periodBasis ?? '')})`;
}

function citationLines(citation: Fact['citation'], index: InputIndex, referrer: string): string[] {
  return [
    `**Source:** ${sourceLink(index.source(citation.sourceId, referrer))}`,
    ...(citation.attributedTo === undefined ? [] : [`**Attributed to:** ${markdownText(citation.attributedTo)}`]),
    ...(citation.statedBy === undefined ? [] : [`**Stated by:** ${markdownText(citation.statedBy)}`]),
  ];
}

/** The citation's other quotes as one list item, each quote a nested item; none where it has none. */
function otherQuotesItem(citation: Fact['citation']): string[] {
  const otherQuotes = citation.otherQuotes ?? [];
  return otherQuotes.length === 0 ? [] : ['- **Also stated as:**', ...bulletList(otherQuotes.map(markdownText), '  ')];
}

/** The caveats as one list item, each caveat a nested item: `- **Caveats:** none` when there are none. */
function caveatItem(caveats: readonly string[]): string[] {
  return [`- **Caveats:**${caveats.length === 0 ? ' none' : ''}`, ...bulletList(caveats.map(markdownText), '  ')];
}

function factsSection(input: DataDictionaryInput, index: InputIndex): string[] {
  const lines = [
    '## Facts',
    '',
    "Every figure, grouped by metric so that the figures in one table measure the same thing, in the records' order. Each table gives the figures at a glance; the entries after it give each figure's quote and caveats.",
  ];
  if (input.facts.length === 0) return [...lines, '', 'There are no facts.'];
  for (const metric of input.metrics) {
    const ofMetric = index.factsOfMetric(metric.id);
    lines.push('', `### Facts of ${code(metric.id)}`, '', `${markdownText(metric.name)}: see [its definition](#${metric.id}).`, '');
    if (ofMetric.length === 0) {
      lines.push('There are no facts of this metric.');
      continue;
    }
    lines.push(
      ...tableHeader(['Fact', 'Entity', 'Period', 'Value', 'Precision', 'Status', 'Source']),
      ...ofMetric.map((fact) =>
        tableRow([
          `[${code(fact.id, true)}](#${fact.id})`,
          markdownText(index.entity(fact.entityId, `fact "${fact.id}"`).name),
          periodText(fact),
          valueWithUnit(fact, true),
          fact.precision === null ? '' : markdownText(fact.precision),
          markdownText(fact.status),
          markdownText(creditLine(index.source(fact.citation.sourceId, `fact "${fact.id}"`), fact.citation)),
        ]),
      ),
    );
    for (const fact of ofMetric) lines.push('', ...factEntry(fact, index));
  }
  return lines;
}

function factEntry(fact: Fact, index: InputIndex): string[] {
  const referrer = `fact "${fact.id}"`;
  return [
    `#### ${code(fact.id)}`,
    '',
    `> ${markdownText(fact.citation.quote)}`,
    '',
    ...bulletList([
      `**Entity:** ${entityName(index.entity(fact.entityId, referrer))}`,
      `**Metric:** ${markdownText(index.metric(fact.metricId, referrer).name)} (${code(fact.metricId)})`,
      `**Value:** ${fact.value === null ? `not known. ${markdownText(fact.missingReason ?? '')}` : valueWithUnit(fact)}`,
      `**Precision:** ${fact.precision === null ? 'none (no value)' : markdownText(fact.precision)}`,
      `**Period:** ${fact.period === null ? `not known. ${markdownText(fact.periodMissingReason ?? '')}` : periodText(fact)}`,
      `**Status:** ${markdownText(fact.status)}`,
      ...citationLines(fact.citation, index, referrer),
    ]),
    ...otherQuotesItem(fact.citation),
    ...caveatItem(fact.caveats),
  ];
}

function claimsSection(input: DataDictionaryInput, index: InputIndex): string[] {
  const lines = [
    '## Claims',
    '',
    "Statements of the sources that carry no figure, grouped by source. Each statement is in our words; the quote is the source's.",
  ];
  if (input.claims.length === 0) return [...lines, '', 'There are no claims.'];
  for (const source of input.sources) {
    const ofSource = index.claimsOfSource(source.id);
    if (ofSource.length === 0) continue;
    lines.push('', `### Claims of ${code(source.id)}`, '', `From ${sourceLink(source)}.`);
    for (const claim of ofSource) {
      const referrer = `claim "${claim.id}"`;
      const entityNames = claim.entityIds.map((id) => entityName(index.entity(id, referrer)));
      lines.push(
        '',
        `#### ${code(claim.id)}`,
        '',
        markdownText(claim.statement),
        '',
        `> ${markdownText(claim.citation.quote)}`,
        '',
        ...bulletList([
          `**Entities:** ${entityNames.length === 0 ? 'none (about AI investment in general)' : entityNames.join(', ')}`,
          ...citationLines(claim.citation, index, referrer),
        ]),
        ...otherQuotesItem(claim.citation),
        ...caveatItem(claim.caveats),
      );
    }
  }
  return lines;
}

function auditSection(input: DataDictionaryInput): string[] {
  const lines = [
    '## Consistency audit',
    '',
    "The facts cross-checked against each other (`dataset.auditConsistency()`): a group's figure against the sum of its members', a remainder and the parts it excludes against the whole, an amount stated in two currencies, and a figure stated more than once. A check is judged within the rounding the printed digits imply and the bounds the qualifiers set; a one-sided check can catch a value beyond a bound but not one far short of it.",
  ];
  if (input.findings.length === 0) return [...lines, '', 'There are no findings.'];
  return [
    ...lines,
    '',
    ...tableHeader(['Check', 'Outcome', 'One-sided', 'Summary', 'Facts', 'Notes']),
    ...input.findings.map((finding) =>
      tableRow([
        markdownText(finding.check),
        markdownText(finding.outcome),
        finding.oneSided ? 'yes' : 'no',
        markdownText(finding.summary),
        finding.factIds.map((id) => `[${code(id, true)}](#${id})`).join('<br>'),
        finding.notes.map(markdownText).join('<br>'),
      ]),
    ),
  ];
}

/** A corrected value as JSON (`null`, `76000000000`, `"approximate"`), as code. */
function correctedValue(value: Correction['oldValue']): string {
  return code(JSON.stringify(value), true);
}

function correctionsSection(input: DataDictionaryInput): string[] {
  const lines = [
    '## Corrections ledger',
    '',
    'Every published value that a later release changed: the record and field, the value as published and the value from the correcting release on, and why. A correction never removes a record, and the ledger only grows. Values are shown as JSON.',
    '',
    input.corrections.length === 0
      ? 'No published value has been corrected yet: the ledger is empty, and the table below fills as corrections are released.'
      : `${count(input.corrections.length, 'published value has', 'published values have')} been corrected:`,
    '',
    ...tableHeader(['Record', 'Field', 'Old value', 'New value', 'Reason', 'Release']),
  ];
  for (const correction of input.corrections) {
    lines.push(
      tableRow([
        `${markdownText(correction.recordType)} ${code(correction.recordId, true)}`,
        code(correction.field, true),
        correctedValue(correction.oldValue),
        correctedValue(correction.newValue),
        markdownText(correction.reason),
        markdownText(correction.release),
      ]),
    );
  }
  return lines;
}

/** Every column of every published CSV file, with its type, whether it may be empty, and its description. */
function fieldsSection(input: DataDictionaryInput): string[] {
  const lines = [
    '## Fields of the data files',
    '',
    "The columns of each CSV file in `ai-investment-facts/data/`, as its data package describes them; the JSON files have the same fields, a citation's nested under `citation`. An empty cell is a missing value: `null` or absent in the JSON.",
  ];
  for (const table of publishedTables(input)) {
    lines.push(
      '',
      `### ${code(`${table.name}.csv`)}`,
      '',
      markdownText(table.description),
      '',
      ...tableHeader(['Column', 'Type', 'Empty', 'Description']),
      ...table.columns.map((column) =>
        tableRow([code(column.name, true), column.type, column.required === true ? 'never' : 'may be', columnDescription(column).replace(/\|/g, '\\|')]),
      ),
    );
  }
  return lines;
}
