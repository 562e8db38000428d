/** The published tables: every field of every record lands in a column, and the CSV rows read as the records state them. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { publishedTables } from '../../src/publish/publishedTables.js';
import { defineTable } from '../../src/publish/PublishedTable.js';
import type { Correction } from '../../src/types.js';
import { builtInRecords, dataFile } from './builtInDataFiles.js';

const tables = publishedTables(builtInRecords);

/** The rows of a published CSV as objects keyed by column name, every cell as the text the file holds. */
function readCsv(name: string): Record<string, string>[] {
  return parse(dataFile(`${name}.csv`), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** A record's field names, with its citation's fields in place of `citation`, as the CSV flattens them. */
function flatFieldNames(record: object): string[] {
  return Object.entries(record).flatMap(([key, value]) => (key === 'citation' ? Object.keys(value as object) : [key]));
}

describe('publishedTables(records)', () => {
  it("makes one table per collection, with one row per record, in the records' order", () => {
    expect(tables.map((table) => [table.name, table.cells.length])).toEqual(Object.entries(builtInRecords).map(([name, records]) => [name, records.length]));
    expect(readCsv('facts').map((row) => row['id'])).toEqual(builtInRecords.facts.map((fact) => fact.id));
  });

  it('gives every field of every record a column, so that the CSV loses nothing the JSON holds', () => {
    // The ledger is empty, so a made-up entry stands in for its records.
    const correction: Correction = { recordType: 'fact', recordId: 'a', field: 'value', oldValue: 1, newValue: 2, reason: 'r', release: '1.0.1' };
    const records = { ...builtInRecords, corrections: [correction] };
    const missing = publishedTables(records).flatMap((table) => {
      const columns = new Set(table.columns.map((column) => column.name));
      const tableRecords = records[table.name as keyof typeof records] as readonly object[];
      return [...new Set(tableRecords.flatMap(flatFieldNames))].filter((field) => !columns.has(field)).map((field) => `${table.name}.${field}`);
    });
    expect(missing).toEqual([]);
  });

  it('writes the US 2024 figure as its source states it, with the names and the source beside the IDs', () => {
    const us2024 = readCsv('facts').find((row) => row['id'] === 'united-states-ai-vc-investment-2024');
    expect(us2024).toEqual({
      id: 'united-states-ai-vc-investment-2024',
      entityId: 'united-states',
      entityName: 'United States',
      entityKind: 'country',
      metricId: 'ai-vc-investment',
      metricName: builtInRecords.metrics.find((metric) => metric.id === 'ai-vc-investment')?.name,
      value: '76000000000',
      unit: 'USD',
      period: '2024',
      periodBasis: 'relative',
      periodMissingReason: '',
      precision: 'lower-bound',
      status: 'reported',
      missingReason: '',
      sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
      section: 'body',
      teasedTitle: '',
      teasedPublisher: '',
      sourceTitle: "China's VC Investment in AI Lags Far Behind US, Qiming Managing Partner Says",
      sourcePublisher: 'Yicai',
      sourcePublishedOn: '2025-03-26',
      attributedTo: 'CB Insights',
      statedBy: '',
      quote: 'US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights.',
      quoteStart: '931',
      quoteEnd: '1055',
      otherQuotes: '',
      selectors: JSON.stringify(builtInRecords.facts.find((fact) => fact.id === 'united-states-ai-vc-investment-2024')?.citation.selectors),
      caveats: JSON.stringify(builtInRecords.facts.find((fact) => fact.id === 'united-states-ai-vc-investment-2024')?.caveats),
    });
  });

  it('credits a passage of a related-article teaser to the teased article, by the title (and publisher) the page gives', () => {
    const mistral = readCsv('facts').find((r) => r['id'] === 'mistral-ai-valuation');
    expect([mistral?.['section'], mistral?.['teasedTitle'], mistral?.['teasedPublisher']]).toEqual([
      'related-article-teaser',
      'How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative',
      '',
    ]);
    const playbook = readCsv('claims').find((r) => r['teasedPublisher'] !== '');
    expect([playbook?.['section'], playbook?.['teasedTitle'], playbook?.['teasedPublisher']]).toEqual([
      'related-article-teaser',
      "Mistral AI's Strategic Playbook for European AI Leadership and Self-Reliance",
      'forbes.com',
    ]);
    expect(readCsv('claims').filter((r) => r['section'] === 'related-article-teaser')).toHaveLength(6);
  });

  it('leaves a value the source does not give empty, with its reason, and a decimal share unrounded', () => {
    const rows = readCsv('facts');
    const parisConcentration = rows.find((row) => row['id'] === 'paris-ai-native-funding-concentration-2023-2024');
    expect([parisConcentration?.['value'], parisConcentration?.['precision'], parisConcentration?.['missingReason']]).toEqual([
      '',
      '',
      'The article\'s table gives "Not specified" for Paris\'s AI funding concentration, and its text gives no figure.',
    ]);
    expect(rows.find((row) => row['id'] === 'paris-share-of-global-ai-native-funding-2023-2024')?.['value']).toBe('4.3');
  });

  it('leaves a period that cannot be told empty, with its reason, and names no publisher where the page names none', () => {
    const mistral = readCsv('facts').find((row) => row['id'] === 'mistral-ai-valuation');
    expect([mistral?.['period'], mistral?.['periodBasis'], mistral?.['value'], mistral?.['unit'], mistral?.['sourcePublisher']]).toEqual([
      '',
      '',
      '14000000000',
      'USD',
      '',
    ]);
    expect(mistral?.['periodMissingReason']).not.toBe('');
    expect(JSON.parse(mistral?.['otherQuotes'] ?? '')).toEqual(['How Mistral Built a $14 Billion AI Company by Offering a Non-American Alternative']);
  });

  it("writes a group's members as a JSON array and its flags as true or false", () => {
    const bigThree = readCsv('entities').find((row) => row['id'] === 'big-three');
    expect([JSON.parse(bigThree?.['members'] ?? ''), bigThree?.['kind']]).toEqual([['beijing', 'silicon-valley', 'paris'], 'group']);
    expect(['true', 'false']).toContain(bigThree?.['membersComplete']);
    expect(
      readCsv('metrics')
        .map((row) => row['additive'])
        .every((text) => text === 'true' || text === 'false'),
    ).toBe(true);
  });
});

describe('defineTable(definition)', () => {
  it('throws a RangeError naming a key column the table does not have', () => {
    expect(() =>
      defineTable({
        name: 'things',
        title: 'Things',
        description: 'Things.',
        rows: [{ id: 'a' }],
        columns: [{ name: 'id', type: 'string', description: 'ID.', cell: (row: { id: string }) => row.id }],
        primaryKey: ['key'],
        foreignKeys: [{ fields: ['parent'], resource: undefined, referencedFields: ['id'] }],
      }),
    ).toThrow(new RangeError('defineTable: table "things" has no column "key", "parent"'));
  });
});
