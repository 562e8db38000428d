/**
 * The checks a whole dataset's records pass, as functions that collect the
 * offenders, whatever sources the dataset holds: the built-in records pass
 * them (test/records.test.ts), and so does the built-in dataset with one more,
 * synthetic source (test/data/syntheticSource.test.ts), which proves that a
 * new source needs no change to them.
 */
import { formatValue } from '../../src/format/formatValue.js';
import { parsePeriod } from '../../src/period.js';
import { publishedTables, type PublishedRecords } from '../../src/publish/publishedTables.js';
import { datasetSchema } from '../../src/schema/index.js';
import { normalizeWhitespace } from './textMatching.js';

/** A record's field names, with its citation's fields in place of `citation`, as the CSV flattens them. */
function flatFieldNames(record: object): string[] {
  return Object.entries(record).flatMap(([key, value]) => (key === 'citation' ? Object.keys(value as object) : [key]));
}

/** The checks, each collecting the offenders among `records`. */
export const DATASET_CHECKS: Readonly<Record<string, (records: Required<PublishedRecords>) => unknown[]>> = {
  'parse with datasetSchema: every record valid, IDs unique, every reference resolving': ({ corrections: _ledger, ...records }) =>
    datasetSchema.safeParse(records).error?.issues ?? [],
  'use every entity and every metric they define': ({ entities, metrics, facts, claims }) => {
    const referenced = new Set<string>([
      ...facts.map((f) => f.entityId),
      ...claims.flatMap((c) => c.entityIds),
      ...entities.flatMap((e) => [...(e.members ?? []), ...(e.subsetOf === undefined ? [] : [e.subsetOf])]),
    ]);
    const measured = new Set(facts.map((f) => f.metricId));
    return [...entities.filter((e) => !referenced.has(e.id)), ...metrics.filter((m) => !measured.has(m.id))].map((record) => record.id);
  },
  'give each spending plan\'s horizon as the length of its period ("over the next three years" is 2025/2027)': ({ facts }) =>
    facts
      .filter((f) => f.metricId === 'ai-spending-horizon')
      .filter((f) => {
        const years = f.period === null ? undefined : parsePeriod(f.period);
        return years === undefined || f.value !== years.end - years.start + 1;
      })
      .map((f) => f.id),
  'give every fact ID in the form entity, metric, period (and currency where one plan has two)': ({ facts }) =>
    facts
      .filter((f) => {
        const stem = [f.entityId, f.metricId, f.period?.replace('/', '-')].filter(Boolean).join('-');
        return f.id !== stem && f.id !== `${stem}-${f.unit.toLowerCase()}`;
      })
      .map((f) => f.id),
  'format every value in en-US, de-DE and ja-JP, as "not stated" exactly where it is null': ({ facts }) =>
    facts.flatMap((fact) =>
      ['en-US', 'de-DE', 'ja-JP'].flatMap((locale) => {
        try {
          return (formatValue(fact, { locale }) === 'not stated') === (fact.value === null) ? [] : [`${fact.id} in ${locale}`];
        } catch (error) {
          return [`${fact.id} in ${locale}: ${error}`];
        }
      }),
    ),
  'publish every field of every record in a column of its table, so that the CSV loses nothing the JSON holds': (records) =>
    publishedTables(records).flatMap((table) => {
      // A column holds the field it is named after, or the field whose TSDoc describes it (the ledger's `oldNumber` holds `oldValue`).
      const columns = new Set(table.columns.flatMap((column) => [column.name, column.field.split('.')[1]]));
      const rows = records[table.name as keyof typeof records] as readonly object[];
      return [...new Set(rows.flatMap(flatFieldNames))].filter((field) => !columns.has(field)).map((field) => `${table.name}.${field}`);
    }),
};

/**
 * The passages that notes quote (in double quotes) and that no document cited
 * by one of the note's facts or claims holds verbatim, whitespace aside: a
 * note is in our words, and what it quotes must be checkable.
 */
export function notePassagesNotInDocuments(records: Required<PublishedRecords>, documentOf: (sourceId: string) => string): string[] {
  const cited = new Map([...records.facts, ...records.claims].map((record) => [record.id, record.citation.sourceId]));
  return records.notes.flatMap((note) => {
    const texts = [...new Set([...note.factIds, ...note.claimIds].map((id) => cited.get(id)))].flatMap((sourceId) =>
      sourceId === undefined ? [] : [normalizeWhitespace(documentOf(sourceId))],
    );
    const passages = [...note.statement.matchAll(/"([^"]+)"/g)].map((match) => normalizeWhitespace(match[1]!));
    return passages.filter((passage) => !texts.some((text) => text.includes(passage))).map((passage) => `${note.id}: ${passage}`);
  });
}

/** The entities' aliases that no document in `documents` uses: an alias is a name a source gives the entity. */
export function aliasesNotInDocuments(records: Pick<PublishedRecords, 'entities'>, documents: readonly string[]): string[] {
  const texts = documents.map(normalizeWhitespace);
  return records.entities.flatMap((e) => (e.aliases ?? []).filter((alias) => !texts.some((text) => text.includes(alias))).map((alias) => `${e.id}: ${alias}`));
}
