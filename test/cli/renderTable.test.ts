/**
 * Tables fit the terminal: long text wraps, IDs stay whole, a table that
 * cannot fit prints its rows as blocks, and piped output stays complete.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { renderContextFor } from '../../src/cli/renderContext.js';
import { fitWidths, NARROWEST_WRAPPED_COLUMN, renderTable, type TextTable } from '../../src/cli/renderTable.js';
import { textWidth, wrapText } from '../../src/cli/wrapText.js';

const terminal = (columns?: number) => ({ tty: true, colour: false, ...(columns === undefined ? {} : { columns }) });

const TABLE: TextTable = {
  headers: ['ID', 'Statement'],
  rows: [
    ['europe-rising-stars-lag-paris', 'In Europe, London and Berlin are making strides in AI but lag behind Paris in AI-specific funding.'],
    ['beijing-ai-growth-drivers', 'Government backing.'],
  ],
  idColumns: [0],
  wrap: true,
};

describe('wrapText', () => {
  it('breaks at spaces, and inside a word only where the word alone is too wide', () => {
    expect(wrapText('Top Cities Leading The AI Investment Boom', 16)).toEqual(['Top Cities', 'Leading The AI', 'Investment Boom']);
    expect(wrapText('members-sum:top-40-startup-ecosystems', 16)).toEqual(['members-sum:top-', '40-startup-ecosy', 'stems']);
    expect(wrapText('', 16)).toEqual(['']);
    expect(textWidth('Beijing’s 😀')).toBe(11);
  });

  it('gives lines no wider than the width that, joined with spaces, give back the words', () => {
    const text = fc.array(fc.stringMatching(/^[a-z’]{0,30}$/), { maxLength: 20 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (words, width) => {
        const lines = wrapText(words, width);
        expect(lines.every((line) => textWidth(line) <= width)).toBe(true);
        expect(lines.join(' ').replaceAll(' ', '')).toBe(words.replaceAll(' ', ''));
        expect(lines.join(' ').split(' ').filter(Boolean).length).toBeGreaterThanOrEqual(words.split(' ').filter(Boolean).length);
      }),
    );
  });
});

describe('fitWidths', () => {
  it('keeps a table that fits as it is, and narrows the widest text columns first, IDs never', () => {
    expect(fitWidths([13, 10], [13, 5], 80)).toEqual([13, 10]);
    expect(fitWidths([13, 40, 30], [13, 16, 16], 60)).toEqual([13, 22, 21]);
    expect(fitWidths([13, 40, 8], [13, 16, 8], 60)).toEqual([13, 35, 8]);
    // The text columns cannot go below 16 (or their header) beside a 58-column ID: no fit.
    expect(fitWidths([4, 14, 5, 8, 9, 63, 58], [4, 14, 5, 8, 9, 16, 58], 120)).toBeUndefined();
  });

  it('fills the width exactly when it narrows, each column between its narrowest and its natural width', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 10, max: 300 }), (natural, available) => {
        const narrowest = natural.map((width, i) => (i === 0 ? width : Math.min(width, NARROWEST_WRAPPED_COLUMN)));
        const widths = fitWidths(natural, narrowest, available);
        const total = (list: readonly number[]) => list.reduce((sum, width) => sum + width, 2 * (list.length - 1));
        if (total(natural) <= available) {
          expect(widths).toEqual(natural);
        } else if (widths === undefined) {
          expect(total(narrowest)).toBeGreaterThan(available);
        } else {
          expect(total(widths)).toBe(available);
          expect(widths.every((width, i) => width >= (narrowest[i] ?? 0) && width <= (natural[i] ?? 0))).toBe(true);
        }
      }),
    );
  });
});

describe('renderTable on a terminal', () => {
  it('wraps the long text column to the 39 columns the 29-column ID and the gap leave of 70, the ID whole', () => {
    expect(renderTable(TABLE, terminal(70))).toBe(
      [
        'ID                             Statement',
        'europe-rising-stars-lag-paris  In Europe, London and Berlin are making',
        '                               strides in AI but lag behind Paris in',
        '                               AI-specific funding.',
        'beijing-ai-growth-drivers      Government backing.',
        '',
      ].join('\n'),
    );
  });

  it('prints each row as a block of header-value lines where wrapping cannot fit it', () => {
    expect(renderTable(TABLE, terminal(40))).toBe(
      [
        'ID         europe-rising-stars-lag-paris',
        'Statement  In Europe, London and Berlin',
        '           are making strides in AI but',
        '           lag behind Paris in',
        '           AI-specific funding.',
        '',
        'ID         beijing-ai-growth-drivers',
        'Statement  Government backing.',
        '',
      ].join('\n'),
    );
  });

  const FACTS: TextTable = {
    headers: ['ID', 'Entity', 'Metric', 'Period', 'Value', 'Status'],
    rows: [['example-harbor-share-of-world-funding-2023-2024', 'Harbor', 'example-share-of-world-funding', '2023/2024', 'nearly 80%', 'reported']],
    idColumns: [0, 2],
  };

  it('keeps a list one row per record: leaves out Period, Status and Metric (detail, or what the ID names) for the 67 columns ID, Entity and Value take of 72, and says so once', () => {
    expect(renderTable(FACTS, terminal(72))).toBe(
      [
        `${'ID'.padEnd(49)}Entity  Value`,
        'example-harbor-share-of-world-funding-2023-2024  Harbor  nearly 80%',
        'Shortened to fit the terminal: --wide or --json shows every column',
        'whole.',
        '',
      ].join('\n'),
    );
    // At 60, the Entity goes too: the 47-column ID and Value take 59.
    expect(renderTable(FACTS, terminal(60)).split('\n').slice(0, 2)).toEqual([
      `${'ID'.padEnd(49)}Value`,
      'example-harbor-share-of-world-funding-2023-2024  nearly 80%',
    ]);
    // At 50, not even Value shortened to its header (47 + 2 + 5) fits: a block, without the ID, which is wider than the room beside the headers.
    expect(renderTable(FACTS, terminal(50))).toMatch(/^Entity {2}Harbor\n/);
    expect(renderTable(FACTS, terminal(50))).not.toContain('example-harbor-share');
    expect(renderTable(FACTS, terminal(130))).not.toContain('Shortened');
  });

  it('shortens the widest text of a list to the 29 columns left of 60 (28 and an ellipsis), each row on one line, the ID whole', () => {
    expect(renderTable({ ...TABLE, wrap: false }, terminal(60))).toBe(
      [
        'ID                             Statement',
        'europe-rising-stars-lag-paris  In Europe, London and Berlin…',
        'beijing-ai-growth-drivers      Government backing.',
        'Shortened to fit the terminal: --wide or --json shows every',
        'column whole.',
        '',
      ].join('\n'),
    );
  });

  it('leaves a table as wide as its cells where the width is not known', () => {
    expect(renderTable(TABLE, terminal()).split('\n')[1]).toBe(`europe-rising-stars-lag-paris  ${TABLE.rows[0]?.[1]}`);
  });

  const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
  const text = fc.array(word, { maxLength: 15 }).map((words) => words.join(' '));
  const id = fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('-'));
  const table = fc.integer({ min: 1, max: 5 }).chain((textColumns) =>
    fc.record({
      headers: fc.array(word, { minLength: textColumns + 1, maxLength: textColumns + 1 }),
      rows: fc.array(
        fc.tuple(id, fc.array(text, { minLength: textColumns, maxLength: textColumns })).map(([rowId, cells]) => [rowId, ...cells]),
        { minLength: 1, maxLength: 6 },
      ),
    }),
  );

  it('never prints a line wider than the terminal, and prints whole every ID that fits beside the headers (the others are said left out)', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 30, max: 200 }), ({ headers, rows }, columns) => {
        const output = renderTable({ headers, rows, idColumns: [0], wrap: true }, terminal(columns));
        const lines = output.split('\n');
        const ids = rows.map(([rowId = '']) => rowId);
        expect(lines.filter((line) => textWidth(line) > columns)).toEqual([]);
        const room = columns - Math.max(...headers.map(textWidth)) - 2;
        for (const rowId of ids.filter((rowId) => textWidth(rowId) <= room)) expect(lines.some((line) => line.split(/ {2,}/).includes(rowId))).toBe(true);
        expect(/--wide\sor\s--json\sshows\severy\scolumn\swhole\.\n$/.test(output)).toBe(
          ids.some((rowId) => !lines.some((line) => line.split(/ {2,}/).includes(rowId))),
        );
        // Words of at most 12 letters are never broken (text wraps to no fewer than 16 columns): each is in the output (the IDs are checked above).
        const printed = new Set(output.split(/\s+/));
        expect(
          [headers, ...rows]
            .flatMap((cells) => cells.slice(1))
            .flatMap((cell) => cell.split(' '))
            .filter((w) => w !== '' && !printed.has(w)),
        ).toEqual([]);
      }),
    );
  });

  it('piped, prints every cell whole and tab-separated, whatever the width', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 200 }), ({ headers, rows }, columns) => {
        const piped = renderTable({ headers, rows, idColumns: [0] }, { tty: false, colour: false, columns });
        expect(piped).toBe(`${[headers, ...rows].map((cells) => cells.join('\t')).join('\n')}\n`);
      }),
    );
  });
});

describe('renderContextFor', () => {
  it('takes the width from COLUMNS where it is a positive whole number, else from the terminal, and none when piped', () => {
    expect(renderContextFor(true, { COLUMNS: '100' }, 80)).toEqual({ tty: true, colour: true, columns: 100 });
    expect(renderContextFor(true, {}, 80)).toEqual({ tty: true, colour: true, columns: 80 });
    for (const wrong of ['0', '-5', 'wide', '80.5', ' 80', '']) expect(renderContextFor(true, { COLUMNS: wrong }, 80).columns).toBe(80);
    expect(renderContextFor(true, { COLUMNS: 'wide' }, undefined)).toEqual({ tty: true, colour: true });
    expect(renderContextFor(false, { COLUMNS: '100' }, undefined)).toEqual({ tty: false, colour: false });
  });

  it('colours a terminal unless NO_COLOR, TERM=dumb or FORCE_COLOR=0 says not, and colours a pipe only where FORCE_COLOR asks', () => {
    const colour = (isTTY: boolean, env: Record<string, string>) => renderContextFor(isTTY, env).colour;
    expect([
      colour(true, {}),
      colour(true, { NO_COLOR: '1' }),
      colour(true, { TERM: 'dumb' }),
      colour(true, { FORCE_COLOR: '0' }),
      colour(true, { NO_COLOR: '' }),
    ]).toEqual([true, false, false, false, true]);
    expect([
      colour(false, {}),
      colour(false, { FORCE_COLOR: '1' }),
      colour(false, { FORCE_COLOR: '0' }),
      colour(false, { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]).toEqual([false, true, false, false]);
  });
});
