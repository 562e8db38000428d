import { constants } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AiInvestmentFactsError, dataset } from '../../src/index.js';
import { type CellValue, publishedTables, TABLE_NAMES } from '../../src/publish/publishedTables.js';
import { cellText, csvField, escapeFormula, tableCsv, toCsv } from '../../src/publish/toCsv.js';
import { builtInRecords, dataFile } from './builtInDataFiles.js';
import { tablesRecords, teasedFact } from '../fixtures/tablesRecords.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

/** A table of these columns and rows of cells, as `tableCsv` reads one. */
function table<Row>(names: readonly string[], rows: readonly Row[], cells: (row: Row) => CellValue[]) {
  return { name: 'facts' as const, columns: names.map((name) => ({ name })), cells: rows.map(cells) };
}

describe('cellText(value)', () => {
  it('writes null and undefined as an empty cell, the missing value of the data package', () => {
    expect([cellText(null), cellText(undefined)]).toEqual(['', '']);
  });

  it('writes numbers in their shortest round-trip form, unrounded', () => {
    expect([76_000_000_000, 4.3, 10.5e9, 0, -1.25].map(cellText)).toEqual(['76000000000', '4.3', '10500000000', '0', '-1.25']);
  });

  it('writes booleans as true and false, and lists as JSON arrays', () => {
    expect([cellText(true), cellText(false), cellText([]), cellText(['a "b"', 'c,d'])]).toEqual(['true', 'false', '[]', '["a \\"b\\"","c,d"]']);
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
  return table(['first', 'second'], rows, (row) => [...row]);
}

describe('tableCsv(table)', () => {
  it('ends every line, the last too, with CRLF, and writes a header line alone for no rows', () => {
    expect(
      tableCsv(
        twoColumns([
          ['beijing', '10'],
          ['paris', '4.3'],
        ]),
      ),
    ).toBe('first,second\r\nbeijing,10\r\nparis,4.3\r\n');
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
    expect(lines[0]).toBe(
      publishedTables(records)[3]
        ?.columns.map((column) => column.name)
        .join(','),
    );
    expect(lines.slice(1)).toEqual([
      'a-amount-2024-usd-report-one-reported,a,A,startup-ecosystem,amount,Amount,5,USD,2024,stated,,exact,reported,,report-one,body,,,Report report-one,Example Press,2025-01-31,,,Figure 5,,,,[]',
      'b-share-2024-percent-report-one-reported,b,B,startup-ecosystem,share,Share of all,,percent,2024,stated,,,reported,Not given.,report-one,body,,,Report report-one,Example Press,2025-01-31,,,Figure null,,,,[]',
      '',
    ]);
    expect(toCsv(records, 'corrections')).toBe('recordType,recordId,field,oldText,oldNumber,oldBoolean,newText,newNumber,newBoolean,reason,release\r\n');
  });

  it('writes a corrected value in the column of its type, so that a CSV reader casts it: a number, a text, a boolean, and null as three empty cells', () => {
    expect(toCsv(tablesRecords, 'corrections').split('\r\n').slice(1)).toEqual([
      'fact,example-fact-2024,value,,67,,,76.5,,The source prints 76.5; the digits were transposed.,1.0.1',
      'fact,example-fact-2024,precision,exact,,,lower-bound,,,"The quote says ""topped"" | a bound\nnot an exact figure",1.0.1',
      'metric,example-metric,additive,,,false,,,true,Shares of one base add up.,1.1.0',
      'fact,example-unknown-2023,value,,,,,12.5,,A value that was missing.,1.1.0',
      '',
    ]);
  });

  it('toCsv(records, unknown table) throws a RangeError naming the tables, and toCsv(not an object) a TypeError', () => {
    expect(() => toCsv(records, 'fact' as never)).toThrow(
      new RangeError(
        'toCsv: expected `table` to be one of "sources", "entities", "metrics", "facts", "claims", "notes", "corrections", received "fact"; did you mean "facts"?',
      ),
    );
    expect(() => toCsv(null as never, 'facts')).toThrow(TypeError);
  });
});

describe('escapeFormula(text)', () => {
  it('escapeFormula(text) puts a single quote before text that starts with =, +, -, @, a tab or a carriage return', () => {
    expect(['=1+1', '+1 202 555 0100', '-55', '@SUM(A1:A2)', '\tx', '\rx'].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+1 202 555 0100",
      "'-55",
      "'@SUM(A1:A2)",
      "'\tx",
      "'\rx",
    ]);
  });

  it('escapeFormula(text) leaves other text as it is: a trigger character after the first, a leading space or quote, the empty text', () => {
    expect(['a=b', 'USD 76 billion', ' =1', "'=1", '', '5-6', '[]', '\n=1'].map(escapeFormula)).toEqual([
      'a=b',
      'USD 76 billion',
      ' =1',
      "'=1",
      '',
      '5-6',
      '[]',
      '\n=1',
    ]);
  });
});

/** A table with a text, a number, a boolean and a list column, one row per text, its number `-1.25`. */
function mixedColumns(texts: readonly string[]) {
  return table(['text', 'number', 'flag', 'list'], texts, (text) => [text, -1.25, false, [text]]);
}

/** The characters a spreadsheet reads as the start of a formula. */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('tableCsv(table, formulas)', () => {
  it("tableCsv(table, 'escape') escapes text cells only: the number -1.25, the boolean and the JSON list stay as they are", () => {
    expect(tableCsv(mixedColumns(['=1+1', '-55', 'fine']), 'escape')).toBe(
      'text,number,flag,list\r\n\'=1+1,-1.25,false,"[""=1+1""]"\r\n\'-55,-1.25,false,"[""-55""]"\r\nfine,-1.25,false,"[""fine""]"\r\n',
    );
  });

  it("tableCsv(table, 'escape') quotes an escaped cell that starts with a carriage return, as RFC 4180 quotes any line break", () => {
    expect(tableCsv(mixedColumns(['\r=2']), 'escape').split('\r\n')[1]).toBe('"\'\r=2",-1.25,false,"[""\\r=2""]"');
  });

  it("tableCsv(table, 'escape'): read back (csv-parse), no text cell starts with a formula character, and each is its text with at most a ' before it", () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', 'a', '1', ',', '"', "'", ' ') });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        const [header, ...rows] = parse(tableCsv(mixedColumns(texts), 'escape'), { record_delimiter: '\r\n' }) as string[][];
        expect(header).toEqual(['text', 'number', 'flag', 'list']);
        expect(rows.filter(([cell]) => FORMULA_TRIGGERS.some((trigger) => cell!.startsWith(trigger)))).toEqual([]);
        expect(rows.map(([cell]) => cell)).toEqual(texts.map((t) => (FORMULA_TRIGGERS.some((trigger) => t.startsWith(trigger)) ? `'${t}` : t)));
        expect(rows.map(([, number]) => number)).toEqual(texts.map(() => '-1.25'));
      }),
    );
  });

  it("tableCsv(table) and tableCsv(table, 'keep') write every cell as it is, and read back give the texts unchanged", () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', 'a', ',', '"', "'") });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        const kept = tableCsv(mixedColumns(texts));
        expect(tableCsv(mixedColumns(texts), 'keep')).toBe(kept);
        const [, ...rows] = parse(kept, { record_delimiter: '\r\n' }) as string[][];
        expect(rows.map(([cell]) => cell)).toEqual(texts);
      }),
    );
  });
});

describe('toCsv(records, table, options)', () => {
  const metrics = [{ id: 'net-flow', name: '-Net flow', unit: 'currency', definition: '=1+1', additive: true }] as const;
  const records = { ...userRecords([userFact('a', -5, { citation: { sourceId: 'report-one', section: 'body', quote: '+5 lost' } })]), metrics };

  it("toCsv(records, table, { formulas: 'escape' }) escapes your text, as the TSDoc example shows, and leaves a negative value as it is", () => {
    expect(toCsv(records, 'metrics', { formulas: 'escape' }).split('\r\n')[1]).toBe("net-flow,'-Net flow,currency,'=1+1,true,,");
    expect(toCsv(records, 'metrics').split('\r\n')[1]).toBe('net-flow,-Net flow,currency,=1+1,true,,');
    const [header, row] = parse(toCsv(records, 'facts', { formulas: 'escape' }), { record_delimiter: '\r\n' }) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('value'), cell('section'), cell('quote')]).toEqual(['-5', 'body', "'+5 lost"]);
  });

  it("toCsv(records, table) and toCsv(records, table, { formulas: 'keep' }) are the same text, for every table", () => {
    for (const name of TABLE_NAMES) {
      expect(toCsv(records, name, { formulas: 'keep' })).toBe(toCsv(records, name));
      expect(toCsv(records, name, {})).toBe(toCsv(records, name));
    }
  });

  it('toCsv(records, table, bad options) throws: a misspelt field or choice is an error, never quietly ignored', () => {
    expect(() => toCsv(records, 'facts', { formula: 'escape' } as never)).toThrow(
      new RangeError('toCsv: expected the fields of `options` to be among "formulas", received "formula"; did you mean "formulas"?'),
    );
    expect(() => toCsv(records, 'facts', { formulas: 'escaped' } as never)).toThrow(
      new RangeError('toCsv: expected `options.formulas` to be one of "keep", "escape", received "escaped"; did you mean "escape"?'),
    );
    expect(() => toCsv(records, 'facts', 'escape' as never)).toThrow(new TypeError('toCsv: expected `options` to be a plain object, received "escape"'));
  });

  it("the package's own data files are toCsv(records, table) with no option: formulas are never escaped in them", () => {
    for (const name of TABLE_NAMES) expect(dataFile(`${name}.csv`)).toBe(toCsv(builtInRecords, name));
  });
});

/** What `toCsv` says of a cell it cannot write: the field and the record it is in, and what it may be, in a text no longer than V8's longest string (2^29 - 24 characters). */
function unwritable(field: string, record: string, received: string): RangeError {
  return new RangeError(
    `toCsv: expected \`${record}.${field}\` to be text, a finite number, a boolean or a list JSON can write, in a text of at most ${constants.MAX_STRING_LENGTH.toLocaleString('en-US')} characters (V8's longest string), received ${received}`,
  );
}

describe('toCsv(records it cannot write)', () => {
  it('toCsv(records whose collection is not an array of records) throws a TypeError naming the collection or the record', () => {
    expect(() => toCsv({ ...dataset, facts: [null] } as never, 'facts')).toThrow(
      new TypeError('toCsv: expected `records.facts[0]` to be a record (an object), received null'),
    );
    expect(() => toCsv({} as never, 'facts')).toThrow(new TypeError('toCsv: expected `records.facts` to be an array of records, received undefined'));
    // The collections a fact's columns read beside the facts: its source, entity and metric.
    expect(() => toCsv({ ...tablesRecords, entities: new Map() } as never, 'facts')).toThrow(
      new TypeError('toCsv: expected `records.entities` to be an array of records, received a Map'),
    );
    expect(() => toCsv({ ...tablesRecords, sources: [...tablesRecords.sources, 'report-three'] } as never, 'claims')).toThrow(
      new TypeError('toCsv: expected `records.sources[3]` to be a record (an object), received "report-three"'),
    );
    expect(() => toCsv({ ...tablesRecords, metrics: [[]] } as never, 'metrics')).toThrow(
      new TypeError('toCsv: expected `records.metrics[0]` to be a record (an object), received an array of 0'),
    );
  });

  it('toCsv(records, table) reads only the collections the table needs, and a ledger or notes left out as none', () => {
    const { notes: _notes, corrections: _corrections, ...withoutNotes } = tablesRecords;
    expect([toCsv(withoutNotes, 'notes'), toCsv(withoutNotes, 'corrections')].map((csv) => csv.split('\r\n').length)).toEqual([2, 2]);
    expect(toCsv({ sources: tablesRecords.sources } as never, 'sources')).toBe(toCsv(tablesRecords, 'sources'));
  });

  it('toCsv(records, table) writes a field it cannot find as an empty cell, the missing value: a fact without a citation or a selector without a position', () => {
    const uncited = { ...teasedFact, citation: null, caveats: undefined };
    const [header, row] = parse(toCsv({ ...tablesRecords, facts: [uncited] } as never, 'facts'), { record_delimiter: '\r\n' }) as string[][];
    expect(header!.flatMap((name, i) => (row![i] === '' ? [] : [name]))).toEqual([
      'id',
      'entityId',
      'entityName',
      'entityKind',
      'metricId',
      'metricName',
      'value',
      'unit',
      'period',
      'periodBasis',
      'precision',
      'status',
    ]);
    const unplaced = { ...teasedFact, citation: { ...teasedFact.citation, selectors: ['not a selector'] } };
    const [names, cells] = parse(toCsv({ ...tablesRecords, facts: [unplaced] } as never, 'facts'), { record_delimiter: '\r\n' }) as string[][];
    expect(['quoteStart', 'quoteEnd'].map((name) => cells![names!.indexOf(name)])).toEqual(['', '']);
    // The selectors themselves are in the JSON files and the annotations, their standard form, not in the CSVs.
    expect(names).not.toContain('selectors');
  });

  it('toCsv(records with a cell it cannot write) throws a RangeError naming the record and the field', () => {
    const facts = (fact: object) => ({ ...tablesRecords, facts: [teasedFact, fact] }) as never;
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => toCsv(facts({ ...teasedFact, value: Number.NaN }), 'facts')).toThrow(unwritable('value', 'records.facts[1]', 'NaN'));
    expect(() => toCsv(facts({ ...teasedFact, caveats: [1n] }), 'facts')).toThrow(unwritable('caveats', 'records.facts[1]', 'an array of 1'));
    expect(() => toCsv(facts({ ...teasedFact, caveats: cyclic }), 'facts', { formulas: 'escape' })).toThrow(
      unwritable('caveats', 'records.facts[1]', 'an array of 1'),
    );
  });

  it("toCsv(records that createDataset accepts whose text is longer than V8's longest string) throws a RangeError, before building it", () => {
    // 6,000 caveats of 100,000 characters: 600 million characters in one cell.
    const caveats = Array.from({ length: 6000 }, () => 'x'.repeat(100_000));
    expect(() => toCsv({ ...dataset, facts: [{ ...dataset.facts[0]!, caveats }] }, 'facts')).toThrow(
      unwritable('caveats', 'records.facts[0]', 'an array of 6000'),
    );
    // Six quotes of 100 million characters: each cell fits, the table does not; the sixth is refused before the text is built.
    const long = 'x'.repeat(100_000_000);
    const quoted = { ...teasedFact, citation: { ...teasedFact.citation, quote: long } };
    expect(() => toCsv({ ...tablesRecords, facts: Array.from({ length: 6 }, () => quoted) }, 'facts')).toThrow(
      unwritable('quote', 'records.facts[5]', `"${'x'.repeat(120)}…" (100000000 characters)`),
    );
  }, 30_000);

  it('toCsv(anything, anything, anything) returns a string or throws an AiInvestmentFactsError, never another error', () => {
    const value = fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
    });
    const collection = fc.constantFrom(...TABLE_NAMES);
    // The records with one record, or one field of it or of its citation, replaced (a field of '' is the whole record).
    const damaged = fc
      .tuple(collection, fc.nat(), fc.constantFrom('', 'id', 'value', 'name', 'citation', 'caveats', 'members', 'oldValue', 'quote', 'selectors'), value)
      .map(([name, at, field, replacement]) => {
        const rows: readonly object[] = tablesRecords[name];
        const row = rows[at % rows.length] as Record<string, unknown>;
        const citation = row['citation'] as object | undefined;
        const changed =
          field === ''
            ? replacement
            : ['quote', 'selectors'].includes(field) && citation !== undefined
              ? { ...row, citation: { ...citation, [field]: replacement } }
              : { ...row, [field]: replacement };
        return { ...tablesRecords, [name]: rows.map((each) => (each === row ? changed : each)) };
      });
    const records = fc.oneof(value, damaged, fc.dictionary(collection, fc.oneof(value, fc.array(value, { maxLength: 3 }))));
    fc.assert(
      fc.property(
        records,
        fc.oneof(collection, value),
        fc.oneof(fc.constant(undefined), fc.record({ formulas: fc.constantFrom('keep', 'escape') }), value),
        (given, table, options) => {
          try {
            expect(typeof toCsv(given as never, table as never, options as never)).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(AiInvestmentFactsError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
