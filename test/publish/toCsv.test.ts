import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineTable } from '../../src/publish/PublishedTable.js';
import { publishedTables } from '../../src/publish/publishedTables.js';
import { cellText, csvField, tableCsv, toCsv } from '../../src/publish/toCsv.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

describe('cellText(value)', () => {
  it('writes null and undefined as an empty cell, the missing value of the data package', () => {
    expect([cellText(null), cellText(undefined)]).toEqual(['', '']);
  });

  it('writes numbers in their shortest round-trip form, unrounded', () => {
    expect([76_000_000_000, 4.3, 10.5e9, 0, -1.25].map(cellText)).toEqual(['76000000000', '4.3', '10500000000', '0', '-1.25']);
  });

  it('writes booleans as true and false, and lists as JSON arrays', () => {
    expect([cellText(true), cellText(false), cellText([]), cellText(['a "b"', 'c,d'])]).toEqual([
      'true',
      'false',
      '[]',
      '["a \\"b\\"","c,d"]',
    ]);
  });

  it('cellText(NaN) and cellText(Infinity) throw a RangeError naming the value', () => {
    expect(() => cellText(Number.NaN)).toThrow(new RangeError('cellText: expected a finite number, received NaN'));
    expect(() => cellText(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('csvField(text)', () => {
  it('quotes a field only where it holds a comma, a double quote or a line break, doubling the quotes', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\rhere"',
      '',
    ]);
  });
});

/** A table of two text columns, `first` and `second`, with these rows. */
function twoColumns(rows: readonly (readonly [string, string])[]) {
  const column = (name: string, at: 0 | 1) => ({ name, type: 'string' as const, description: name, cell: (row: readonly [string, string]) => row[at] });
  return defineTable({ name: 't', title: 'T', description: 'T.', rows, columns: [column('first', 0), column('second', 1)], primaryKey: [], foreignKeys: [] });
}

describe('tableCsv(table)', () => {
  it('ends every line, the last too, with CRLF, and writes a header line alone for no rows', () => {
    expect(tableCsv(twoColumns([['beijing', '10'], ['paris', '4.3']]))).toBe('first,second\r\nbeijing,10\r\nparis,4.3\r\n');
    expect(tableCsv(twoColumns([]))).toBe('first,second\r\n');
  });

  it('round-trips any text through an RFC 4180 reader (csv-parse)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', '\n', '\r', ' ', '’', '\u00a0') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), (rows) => {
        const parsed = parse(tableCsv(twoColumns(rows)), { relax_quotes: false, record_delimiter: '\r\n' });
        expect(parsed).toEqual([['first', 'second'], ...rows]);
      }),
    );
  });
});

describe('toCsv(records, table)', () => {
  const records = userRecords([userFact('a', 5), userFact('b', null, { metricId: 'share' })]);

  it('writes a collection of your own records in the columns of the published CSV of that name', () => {
    const lines = toCsv(records, 'facts').split('\r\n');
    expect(lines[0]).toBe(publishedTables(records)[3]?.columns.map((column) => column.name).join(','));
    expect(lines.slice(1)).toEqual([
      'a-amount-2024-usd-report-one-reported,a,A,startup-ecosystem,amount,Amount,5,USD,2024,stated,,exact,reported,,report-one,body,,,Report report-one,Example Press,2025-01-31,,,Figure 5,,,,,[]',
      'b-share-2024-percent-report-one-reported,b,B,startup-ecosystem,share,Share of all,,percent,2024,stated,,,reported,Not given.,report-one,body,,,Report report-one,Example Press,2025-01-31,,,Figure null,,,,,[]',
      '',
    ]);
    expect(toCsv(records, 'corrections')).toBe('recordType,recordId,field,oldValue,newValue,reason,release\r\n');
  });

  it('toCsv(records, unknown table) throws a RangeError naming the tables, and toCsv(not an object) a TypeError', () => {
    expect(() => toCsv(records, 'fact' as never)).toThrow(
      new RangeError('toCsv: expected `table` to be one of "sources", "entities", "metrics", "facts", "claims", "notes", "corrections", received "fact"; nearest: "facts"'),
    );
    expect(() => toCsv(null as never, 'facts')).toThrow(TypeError);
  });
});
