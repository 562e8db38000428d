import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentRangeError, ArgumentTypeError, recordTable, TABLE_HEADERS, TABLE_NAMES } from '../../src/index.js';
import { tablesRecords } from '../fixtures/tablesRecords.js';

describe('recordTable(records, table)', () => {
  it('recordTable(records, table) shows each kind of record in its columns, as a person reads them', () => {
    expect(TABLE_NAMES.map((name) => recordTable(tablesRecords, name))).toEqual([
      {
        headers: ['ID', 'Title', 'Publisher', 'Published'],
        rows: [
          ['report-one', 'Report report-one', 'Example Press', '2025-01-31'],
          ['report-two', 'Report report-two', 'Example Press', '2025-01-31'],
          ['example-undated-page', 'Example | page', 'not stated', 'not stated'],
        ],
        idColumns: [0],
      },
      {
        headers: ['ID', 'Name', 'Kind', 'Country', 'Members', 'Aliases'],
        rows: [
          ['a', 'A', 'startup-ecosystem', '', '', ''],
          ['b', 'B', 'startup-ecosystem', '', '', ''],
          ['c', 'C', 'startup-ecosystem', '', '', ''],
          ['ab', 'A and B', 'group', '', 'a b', ''],
          ['all', 'All', 'group', '', 'a b c', ''],
          ['rest', 'Rest', 'group', '', '', ''],
          ['acme', 'Acme', 'company', '', '', ''],
        ],
        idColumns: [0],
      },
      {
        headers: ['ID', 'Name', 'Unit', 'Additive'],
        rows: [
          ['amount', 'Amount', 'currency', 'yes'],
          ['share', 'Share of all', 'percent', 'yes'],
          ['concentration', 'Concentration', 'percent', 'no'],
        ],
        idColumns: [0],
      },
      {
        headers: ['ID', 'Entity', 'Metric', 'Period', 'Value', 'Status'],
        rows: [
          ['a-amount-2024-usd-report-one-reported', 'A', 'amount', '2024', 'over $76B', 'reported'],
          ['b-share-undated-percent-example-undated-page-reported', 'B', 'share', 'not stated', 'not stated', 'reported'],
          ['c-share-2024-percent-report-two-reported', 'C', 'share', '2024', '4.3%', 'reported'],
        ],
        idColumns: [0, 2],
      },
      { headers: ['ID', 'Entities', 'Stance', 'Statement'], rows: [['example-claim', 'a b', "The author's report", 'A leads B.']], idColumns: [0] },
      { headers: ['ID', 'Kind', 'Entities', 'Statement'], rows: [['example-note', 'overlap', 'a b', 'A and B may count the same startups.']], idColumns: [0] },
      {
        headers: ['Type', 'Record', 'Field', 'Old value', 'New value', 'Reason', 'Release'],
        rows: [
          ['fact', 'example-fact-2024', 'value', '67', '76.5', 'The source prints 76.5; the digits were transposed.', '1.0.1'],
          ['fact', 'example-fact-2024', 'precision', '"exact"', '"lower-bound"', 'The quote says "topped" | a bound\nnot an exact figure', '1.0.1'],
          ['metric', 'example-metric', 'additive', 'false', 'true', 'Shares of one base add up.', '1.1.0'],
          ['fact', 'example-unknown-2023', 'value', 'null', '12.5', 'A value that was missing.', '1.1.0'],
        ],
        idColumns: [1, 2],
      },
    ]);
  });

  it('TABLE_HEADERS names each header by the published column it shows, and is frozen', () => {
    expect(TABLE_HEADERS.facts).toEqual({ id: 'ID', entityName: 'Entity', metricId: 'Metric', period: 'Period', value: 'Value', status: 'Status' });
    expect([Object.isFrozen(TABLE_HEADERS), Object.isFrozen(TABLE_HEADERS.facts)]).toEqual([true, true]);
  });

  it('recordTable(records, table, leaveOut) leaves out the columns it names, and the ID columns move with the others', () => {
    const [teased] = tablesRecords.facts;
    expect(recordTable({ ...tablesRecords, facts: [teased!] }, 'facts', ['Entity', 'Period'])).toEqual({
      headers: ['ID', 'Metric', 'Value', 'Status'],
      rows: [['a-amount-2024-usd-report-one-reported', 'amount', 'over $76B', 'reported']],
      idColumns: [0, 1],
    });
    expect(recordTable({ ...tablesRecords, corrections: [] }, 'corrections', ['Type', 'Reason'])).toEqual({
      headers: ['Record', 'Field', 'Old value', 'New value', 'Release'],
      rows: [],
      idColumns: [0, 1],
    });
  });

  it('recordTable(records, table, leaveOut) has one cell per header in every row and one row per record, whatever it leaves out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_NAMES), fc.infiniteStream(fc.boolean()), (name, dropped) => {
        const labels: string[] = Object.values(TABLE_HEADERS[name]);
        const leaveOut = labels.filter(() => dropped.next().value);
        const { headers, rows, idColumns } = recordTable(tablesRecords, name, leaveOut as never[]);
        expect(headers).toEqual(labels.filter((label) => !leaveOut.includes(label)));
        expect(rows.map((row) => row.length)).toEqual(tablesRecords[name].map(() => headers.length));
        expect(idColumns.every((i) => i < headers.length)).toBe(true);
      }),
    );
  });

  it('recordTable(records, bad table or leaveOut) throws, naming the argument and the value', () => {
    expect(() => recordTable(tablesRecords, 'fact' as never)).toThrow(
      new RangeError(
        'recordTable: expected `table` to be one of "sources", "entities", "metrics", "facts", "claims", "notes", "corrections", received "fact"; did you mean "facts"?',
      ),
    );
    expect(() => recordTable(tablesRecords, 'facts', ['Entitiy' as never])).toThrow(
      new RangeError(
        'recordTable: expected `leaveOut[0]` to be one of "ID", "Entity", "Metric", "Period", "Value", "Status", received "Entitiy"; did you mean "Entity"?',
      ),
    );
    expect(() => recordTable(tablesRecords, 'facts', 'Entity' as never)).toThrow(ArgumentTypeError);
    expect(() => recordTable(null as never, 'facts')).toThrow(ArgumentTypeError);
    expect(() => recordTable(tablesRecords, 'claims', ['Entity' as never])).toThrow(ArgumentRangeError);
  });

  it('recordTable(records whose collection is not an array of records) throws a TypeError naming the collection or the record, as toCsv does', () => {
    expect(() => recordTable({ ...tablesRecords, facts: [null] } as never, 'facts')).toThrow(
      new TypeError('recordTable: expected `records.facts[0]` to be a record (an object), received null'),
    );
    expect(() => recordTable({ ...tablesRecords, metrics: undefined } as never, 'facts')).toThrow(
      new TypeError('recordTable: expected `records.metrics` to be an array of records, received undefined'),
    );
  });
});
