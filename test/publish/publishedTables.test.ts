/** The published tables: every field of every record lands in a column, and the CSV rows read as the records state them. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { publishedTables, TABLE_NAMES } from '../../src/publish/publishedTables.js';
import { tableCsv } from '../../src/publish/toCsv.js';
import { tablesRecords } from '../fixtures/tablesRecords.js';
import { builtInRecords, dataFile } from './builtInDataFiles.js';

const tables = publishedTables(tablesRecords);

/** The rows of a CSV as objects keyed by column name, every cell as the text the file holds. */
function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** The rows of a table of the fixture records. */
function readCsv(name: string): Record<string, string>[] {
  return rowsOf(tableCsv(tables.find((table) => table.name === name)!));
}

/** A record's field names, with its citation's fields in place of `citation`, as the CSV flattens them. */
function flatFieldNames(record: object): string[] {
  return Object.entries(record).flatMap(([key, value]) => (key === 'citation' ? Object.keys(value as object) : [key]));
}

describe('publishedTables(records)', () => {
  it("makes one table per collection, with one row per record, in the records' order", () => {
    expect(tables.map((table) => [table.name, table.cells.length])).toEqual(TABLE_NAMES.map((name) => [name, tablesRecords[name].length]));
    expect(readCsv('facts').map((row) => row['id'])).toEqual(tablesRecords.facts.map((fact) => fact.id));
    expect(rowsOf(dataFile('facts.csv')).map((row) => row['id'])).toEqual(builtInRecords.facts.map((fact) => fact.id));
  });

  it('gives every field of every record a column holding that field, so that the CSV loses nothing the JSON holds', () => {
    const missing = tables.flatMap((table) => {
      const held = new Set(table.columns.map((column) => column.field.split('.')[1]));
      const fields = new Set((tablesRecords[table.name] as readonly object[]).flatMap(flatFieldNames));
      return [...fields].filter((field) => !held.has(field)).map((field) => `${table.name}.${field}`);
    });
    expect(missing).toEqual([]);
    expect(tables.map((table) => table.columns.filter((column) => column.name !== column.field.split('.')[1]).map((column) => column.name))).toEqual([
      [],
      [],
      [],
      ['entityName', 'entityKind', 'metricName', 'sourceTitle', 'sourcePublisher', 'sourcePublishedOn', 'quoteStart', 'quoteEnd'],
      ['sourceTitle', 'sourcePublisher', 'sourcePublishedOn', 'quoteStart', 'quoteEnd'],
      [],
      ['oldText', 'oldNumber', 'oldBoolean', 'newText', 'newNumber', 'newBoolean'],
    ]);
  });

  it('writes a fact as its source states it, with the names of its entity and metric and its source beside the IDs', () => {
    expect(readCsv('facts')[0]).toEqual({
      id: 'a-amount-2024-usd-report-one-reported',
      entityId: 'a',
      entityName: 'A',
      entityKind: 'startup-ecosystem',
      metricId: 'amount',
      metricName: 'Amount',
      value: '76000000000',
      unit: 'USD',
      period: '2024',
      periodBasis: 'stated',
      periodMissingReason: '',
      precision: 'lower-bound',
      status: 'reported',
      missingReason: '',
      sourceId: 'report-one',
      section: 'related-article-teaser',
      teasedTitle: 'How A raised *over* $76B',
      teasedPublisher: 'example.org',
      sourceTitle: 'Report report-one',
      sourcePublisher: 'Example Press',
      sourcePublishedOn: '2025-01-31',
      attributedTo: 'Example Data',
      statedBy: 'Ann Example, CEO of A',
      quote: 'A topped USD76 billion',
      quoteStart: '9',
      quoteEnd: '31',
      otherQuotes: '["A: over $76B"]',
      caveats: '["The teaser | is cut off."]',
    });
  });

  it('leaves a value and a period the source does not give empty, with their reasons, a source without publisher or date empty too, and a decimal unrounded', () => {
    const [, unknown, share] = readCsv('facts');
    expect(unknown).toMatchObject({
      value: '',
      precision: '',
      missingReason: 'Not given.',
      period: '',
      periodBasis: '',
      periodMissingReason: 'No date.',
      sourceTitle: 'Example | page',
      sourcePublisher: '',
      sourcePublishedOn: '',
      quoteStart: '',
      otherQuotes: '',
      caveats: '[]',
    });
    expect(share?.['value']).toBe('4.3');
  });

  it("writes a group's members as a JSON array and its flags as true or false, and a claim's entities as a JSON array", () => {
    expect(readCsv('entities').find((row) => row['id'] === 'rest')).toMatchObject({
      members: '[]',
      membersComplete: 'false',
      subsetOf: 'all',
      excludes: '["a","b"]',
    });
    expect(readCsv('metrics').map((row) => row['additive'])).toEqual(['true', 'true', 'false']);
    expect(readCsv('claims')[0]).toMatchObject({ entityIds: '["a","b"]', section: 'key-quotes', sourceTitle: 'Report report-two' });
  });

  it('writes each corrected value in the column of its type, the other two empty, and all three empty for null', () => {
    const values = (row: Record<string, string>) => ['oldText', 'oldNumber', 'oldBoolean', 'newText', 'newNumber', 'newBoolean'].map((name) => row[name]);
    expect(readCsv('corrections').map(values)).toEqual([
      ['', '67', '', '', '76.5', ''],
      ['exact', '', '', 'lower-bound', '', ''],
      ['', '', 'false', '', '', 'true'],
      ['', '', '', '', '12.5', ''],
    ]);
  });
});
