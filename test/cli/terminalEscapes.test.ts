/**
 * Whatever the command is given, it prints nothing a terminal acts on: every
 * text it echoes is escaped (`quoted`, `printable`), whichever message echoes it.
 * Run in-process through `main` on the fixture records, with colour off (piped, NO_COLOR set).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/grammar.js';
import { printable, quoted } from '../../src/text/printable.js';
import { cli } from './runCli.js';

/** Runs the command in-process on the fixture records with `argv`, piped and without colour. */
function run(argv: readonly string[]) {
  return cli(argv, { env: { NO_COLOR: '1' } });
}

/** The characters of `text` a terminal would act on: controls other than LF and tab, DEL, C1, the format characters, the line separators. */
function actedOn(text: string): string[] {
  return [...text.matchAll(/[^\P{Cc}\n\t]|[\p{Cf}\p{Zl}\p{Zp}]/gu)].map(([character]) => character);
}

const ESCAPES = [
  '\u001b]0;TITLE\u0007',
  '\u001b[31m',
  '\u009b31m',
  '\u009d0;T\u009c',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u2028',
  '\u0000',
  '\u007f',
  '\u0085',
  '\r',
  '\n',
  '\t',
  '\u0007',
  '\u001b',
  '\ud800',
];
const hostile = fc.string({
  unit: fc.oneof(fc.constantFrom(...ESCAPES), fc.constantFrom('a', '-', '=', '"', '\\', "'", ' '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
});
const FLAGS = [
  '--json',
  '--help',
  '--version',
  '-n',
  '--limit',
  '--format',
  '--entity',
  '--metric',
  '--period',
  '--source',
  '--status',
  '--unit',
  '--kind',
  '--bogus',
  '-x',
  '--',
];
const word = fc.oneof(
  fc.constantFrom(...COMMANDS, 'help', ...FLAGS, 'example-vc-investment', 'example-north', '2024'),
  hostile,
  hostile.map((text) => `--${text}`),
  hostile.map((text) => `--format=${text}`),
);

describe('terminal escapes', () => {
  it('quoted(text) is JSON.stringify(text) for a text without controls, and escapes C1, DEL and the bidi overrides JSON leaves raw', () => {
    expect([quoted('ai-vc'), quoted('say "hi"'), quoted('a\\b')]).toEqual(['"ai-vc"', '"say \\"hi\\""', '"a\\\\b"']);
    expect(quoted('\u001b]0;TITLE\u0007\u001b[31m')).toBe('"\\u001b]0;TITLE\\u0007\\u001b[31m"');
    expect(quoted('\u009b31m\u007f\u202eevil\u2066\u200b\u2028')).toBe('"\\u009b31m\\u007f\\u202eevil\\u2066\\u200b\\u2028"');
    expect(printable('tab\there\nnext \u{e0001}')).toBe('tab\\there\\nnext \\udb40\\udc01');
    expect(printable('Zürich, 北京 — 65%')).toBe('Zürich, 北京 — 65%');
  });

  it('printable(text) leaves nothing a terminal acts on, on one line, and changes no text that had none', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(actedOn(printable(text))).toEqual([]);
        expect(actedOn(quoted(text))).toEqual([]);
        if (actedOn(text).length === 0 && !text.includes('\n') && !text.includes('\t')) expect(printable(text)).toBe(text);
      }),
    );
  });

  it('each message that echoes an argument escapes it: an unknown command, option or argument, -n, --format, an ID, a filter (--out: test/cli/writeOutFile.test.ts)', async () => {
    const evil = '\u001b]0;TITLE\u0007\u001b[31m\u202e';
    const shown = '\\u001b]0;TITLE\\u0007\\u001b[31m\\u202e';
    const firstLines = await Promise.all(
      [
        [evil],
        [`--${evil}`],
        ['show', 'x', evil],
        ['list', `--${evil}`],
        ['top', 'example-vc-investment', '-n', evil],
        ['export', '--format', evil],
        ['show', evil],
        ['list', '--period', evil],
        ['--version', evil],
        ['help', evil],
      ].map(async (argv) => (await run(argv)).stderr.split('\n')[0]),
    );
    expect(firstLines).toEqual([
      `ai-investment-facts: unknown command "${shown}"`,
      `ai-investment-facts: unknown option "--${shown}"`,
      `ai-investment-facts: show: unexpected argument "${shown}"`,
      `ai-investment-facts: list: unknown option "--${shown}"`,
      `ai-investment-facts: top: expected -n to be a non-negative integer, received "${shown}"`,
      `ai-investment-facts: export: expected --format to be one of json, csv, ndjson, received "${shown}"`,
      `ai-investment-facts: show: no record has the ID "${shown}"; none is near it (\`ai-investment-facts list facts|sources|entities|metrics|claims|notes\` shows every ID)`,
      `ai-investment-facts: list: expected --period to be a year ("2024") or an interval of years ("2023/2024"), received "${shown}"`,
      `ai-investment-facts: --version: unexpected argument "${shown}"`,
      `ai-investment-facts: help: unknown command "${shown}"`,
    ]);
  });

  it('main(argv) prints no control character but LF and tab, on stdout or stderr, for any arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
        // `--out` would write files: its messages are tested in test/cli/writeOutFile.test.ts.
        fc.pre(!argv.some((arg) => arg.startsWith('--out')));
        const { stdout, stderr } = await run(argv);
        expect([actedOn(stdout), actedOn(stderr)]).toEqual([[], []]);
      }),
      { numRuns: 300 },
    );
  });
});
