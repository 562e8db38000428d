/**
 * `ai-investment-facts export`, run in-process on the fixture records: the
 * formats, the choice of format, and `--out` (what it writes, what it says,
 * what it refuses). The file replacement itself: writeOutFile.test.ts.
 */
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/index.js';
import { cliRecords } from '../fixtures/cliRecords.js';
import { cli } from './runCli.js';

/** A new empty folder. */
function folder(): string {
  return mkdtempSync(join(tmpdir(), 'cli-export-'));
}

const VC_2024 = ['--metric', 'example-vc-investment', '--period', '2024'];

describe('export', () => {
  it('export writes the matching facts as JSON, NDJSON or RFC 4180 CSV with the columns of the published facts.csv', async () => {
    const json = JSON.parse((await cli(['export', '--metric', 'example-vc-investment'])).stdout) as { id: string }[];
    expect(json.map((fact) => fact.id)).toEqual([
      'example-north-vc-investment-2024',
      'example-north-vc-investment-2023',
      'example-south-vc-investment-2024',
      'example-south-vc-investment-2023',
    ]);
    const ndjson = (await cli(['export', '--format', 'ndjson', '--metric', 'example-vc-investment'])).stdout;
    expect(ndjson.endsWith('\n')).toBe(true);
    expect(
      ndjson
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(json);
    const csv = await cli(['export', '--format', 'csv', ...VC_2024]);
    const published = toCsv(cliRecords, 'facts').split('\r\n');
    expect(csv.stdout.split('\r\n')).toEqual([published[0], ...published.filter((line) => /^example-(north|south)-vc-investment-2024,/.test(line)), '']);
    expect(csv.stdout.split('\r\n')[1]).toBe(
      'example-north-vc-investment-2024,example-north,Northland,country,example-vc-investment,AI venture investment in a country,80000000000,USD,2024,stated,,lower-bound,reported,,example-national-survey,body,,,Example National AI Survey,Example Gazette,2025-03-15,,,"Venture investment in AI in Northland topped USD80 billion in 2024, up from USD50 billion in 2023.",,,,[]',
    );
    expect(csv.stdout.replace(/\r\n/g, '').includes('\n')).toBe(false);
    // --kind filters as it does for list.
    const companies = JSON.parse((await cli(['export', '--kind', 'company', '--status', 'estimate'])).stdout) as { id: string }[];
    expect(companies.map((fact) => fact.id)).toEqual(['example-initech-ai-spending-2025']);
  });

  it('export --out writes what standard output gets, says nothing piped, and on a terminal says what it wrote', async () => {
    const directory = folder();
    const csv = (await cli(['export', '--format', 'csv', ...VC_2024])).stdout;
    const out = join(directory, 'vc.csv');
    expect(await cli(['export', '--format', 'csv', ...VC_2024, '--out', out])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect([readFileSync(out, 'utf8'), readdirSync(directory)]).toEqual([csv, ['vc.csv']]);
    const reported = join(directory, 'reported.csv');
    expect(await cli(['export', ...VC_2024, '--out', reported], { stderrIsTTY: true })).toEqual({
      status: 0,
      stdout: '',
      stderr: `ai-investment-facts: export: wrote 2 facts as CSV to "${reported}" (${Buffer.byteLength(csv).toLocaleString('en-US')} bytes)\n`,
    });
    expect(readFileSync(reported, 'utf8')).toBe(csv);
    // `--out -` is standard output.
    expect(await cli(['export', '--format', 'csv', ...VC_2024, '--out', '-'])).toEqual({ status: 0, stdout: csv, stderr: '' });
  });

  it('export without --format takes the --out file extension (in any case), else JSON; a format that disagrees is a usage error', async () => {
    const directory = folder();
    const written = async (name: string) => {
      expect((await cli(['export', ...VC_2024, '--out', join(directory, name)])).status).toBe(0);
      return readFileSync(join(directory, name), 'utf8');
    };
    expect(await written('by-extension.CSV')).toBe((await cli(['export', '--format', 'csv', ...VC_2024])).stdout);
    expect(await written('lines.ndjson')).toBe((await cli(['export', '--format', 'ndjson', ...VC_2024])).stdout);
    expect(await written('facts.txt')).toBe((await cli(['export', ...VC_2024])).stdout);
    const said = async (args: readonly string[]) => {
      const { status, stderr } = await cli(['export', ...args]);
      return [status, stderr.split('\n')[0]];
    };
    expect(await said(['--format', 'json', '--out', 'x.csv'])).toEqual([
      2,
      'ai-investment-facts: export: --format json and --out "x.csv" disagree: the file\'s extension names csv',
    ]);
    expect(await said(['--json', '--out', 'x.ndjson'])).toEqual([
      2,
      'ai-investment-facts: export: --json and --out "x.ndjson" disagree: the file\'s extension names ndjson',
    ]);
    expect(await said(['--json', '--format', 'csv'])).toEqual([2, 'ai-investment-facts: export: --json and --format csv disagree']);
    expect(await said(['--format', 'xml'])).toEqual([2, 'ai-investment-facts: export: expected --format to be one of json, csv, ndjson, received "xml"']);
    expect((await said(['--format', 'csv', '--out', join(directory, 'x.json')]))[0]).toBe(2);
    expect(readdirSync(directory).sort()).toEqual(['by-extension.CSV', 'facts.txt', 'lines.ndjson']);
  });

  it('export where nothing matches writes no fact ([] or the CSV header) and says so on stderr, with exit code 0', async () => {
    expect(await cli(['export', '--period', '1999'])).toEqual({
      status: 0,
      stdout: '[]\n',
      stderr: 'ai-investment-facts: export: nothing matches the filters\n',
    });
    const empty = join(folder(), 'empty.csv');
    expect(await cli(['export', '--period', '1999', '--out', empty])).toEqual({
      status: 0,
      stdout: '',
      stderr: 'ai-investment-facts: export: nothing matches the filters\n',
    });
    expect(readFileSync(empty, 'utf8')).toBe(`${toCsv(cliRecords, 'facts').split('\n')[0]}\n`);
  });

  it('export --out over an existing file keeps its permissions, and through a symbolic link writes the file it points to', async () => {
    const directory = folder();
    const privateFile = join(directory, 'private.json');
    writeFileSync(privateFile, 'old');
    chmodSync(privateFile, 0o600);
    symlinkSync('private.json', join(directory, 'link.json'));
    expect(await cli(['export', '--out', join(directory, 'link.json')])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect([lstatSync(join(directory, 'link.json')).isSymbolicLink(), statSync(privateFile).mode & 0o777]).toEqual([true, 0o600]);
    expect(readFileSync(privateFile, 'utf8')).toBe((await cli(['export'])).stdout);
    expect(readdirSync(directory).sort()).toEqual(['link.json', 'private.json']);
  });

  it('export --out into a named pipe writes into it, never replacing it', async () => {
    const directory = folder();
    const pipe = join(directory, 'pipe.csv');
    await new Promise((resolve) => spawn('mkfifo', [pipe]).on('close', resolve));
    const reader = spawn('cat', [pipe]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    expect(await cli(['export', '--format', 'csv', ...VC_2024, '--out', pipe])).toEqual({ status: 0, stdout: '', stderr: '' });
    await closed;
    expect([read, statSync(pipe).isFIFO(), readdirSync(directory)]).toEqual([
      (await cli(['export', '--format', 'csv', ...VC_2024])).stdout,
      true,
      ['pipe.csv'],
    ]);
  });

  it('export --out to a path it cannot write fails with exit code 1 and one line naming the path, leaving no file', async () => {
    const directory = folder();
    mkdirSync(join(directory, 'taken'));
    const failures = await Promise.all(
      ['/nonexistent-dir/x.csv', directory, join(directory, 'a'.repeat(256)), '/dev/full', join(directory, 'missing\u001b[31m', 'x.csv')].map((out) =>
        cli(['export', '--out', out]),
      ),
    );
    expect(failures).toEqual([
      { status: 1, stdout: '', stderr: 'ai-investment-facts: export: cannot write "/nonexistent-dir/x.csv": no such file\n' },
      { status: 1, stdout: '', stderr: `ai-investment-facts: export: cannot write "${directory}": is a directory\n` },
      { status: 1, stdout: '', stderr: `ai-investment-facts: export: cannot write "${join(directory, 'a'.repeat(256))}": ENAMETOOLONG: name too long\n` },
      { status: 1, stdout: '', stderr: 'ai-investment-facts: export: cannot write "/dev/full": ENOSPC: no space left on device\n' },
      {
        status: 1,
        stdout: '',
        stderr: `ai-investment-facts: export: cannot write "${directory}/missing\\u001b[31m/x.csv": no such file\n`,
      },
    ]);
    // The temporary file is written, then renaming it over a directory fails: it is removed.
    const renameFails = await cli(['export', '--out', join(directory, 'taken')]);
    expect([renameFails.status, renameFails.stderr.startsWith(`ai-investment-facts: export: cannot write "${join(directory, 'taken')}": `)]).toEqual([1, true]);
    expect([readdirSync(directory), readdirSync(join(directory, 'taken'))]).toEqual([['taken'], []]);
  });
});
