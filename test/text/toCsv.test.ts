import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, csvField, toCsv } from '../../src/text/toCsv.js';

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

describe('toCsv(header, rows)', () => {
  it('ends every line, the last too, with CRLF', () => {
    expect(toCsv(['id', 'value'], [['beijing', 10], ['paris', 4.3]])).toBe('id,value\r\nbeijing,10\r\nparis,4.3\r\n');
  });

  it('writes a header line alone for no rows', () => {
    expect(toCsv(['id'], [])).toBe('id\r\n');
  });

  it('throws a RangeError naming the row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x', 'y'], ['z']])).toThrow(new RangeError('toCsv: expected 2 cells in row 1, received 1'));
  });

  it('round-trips any text through an RFC 4180 reader (csv-parse)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', '\n', '\r', ' ', '’', '\u00a0') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), (rows) => {
        const parsed = parse(toCsv(['first', 'second'], rows), { relax_quotes: false, record_delimiter: '\r\n' });
        expect(parsed).toEqual([['first', 'second'], ...rows]);
      }),
    );
  });
});
