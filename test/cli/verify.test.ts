/**
 * `ai-investment-facts verify <file>`, run in-process on the fixture records
 * and copies of the fixture city report: the report, how the document was
 * identified, the exit code and what fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/index.js';
import { sha256 } from '../../src/verify/sha256.js';
import { CITY_REPORT_DOCUMENT } from '../fixtures/cliRecords.js';
import { cli, rows, usageError } from './runCli.js';

const directory = mkdtempSync(join(tmpdir(), 'cli-verify-'));

/** Writes `text` (or bytes) into a file of the test's folder, and returns its path. */
function copy(name: string, text: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

const ARCHIVED = sha256(CITY_REPORT_DOCUMENT).slice(0, 12);
const CHECKED_AS = 'checked as example-city-report ("Example City Report: Where AI Money Goes", Example Press, 2025-05-01),';

describe('verify', () => {
  it('verify <archived copy> exits 0, identifying it by its SHA-256, every quote at its recorded position', async () => {
    const file = copy('archived.txt', CITY_REPORT_DOCUMENT);
    const outcome = await cli(['verify', file]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    const [head = '', table = '', summary] = outcome.stdout.split('\n\n');
    expect(head).toBe(`${file}: ${CHECKED_AS}\nidentified by its SHA-256 ${ARCHIVED}…, which is the archived copy's.`);
    expect(table.split('\n')[0]).toBe('Record\tType\tQuote\tFound\tAt\tRecorded at');
    expect(rows(table).slice(0, 2)).toEqual([
      ['example-harbor-share-of-world-funding-2023-2024', 'fact', 'quote', 'at recorded position', '259-275', '259-275'],
      ['example-harbor-share-of-world-funding-2023-2024', 'fact', 'other 1', 'at recorded position', '69-116', '69-116'],
    ]);
    expect(
      rows(table)
        .map(([id, type, , found]) => [id, type, found])
        .slice(-2),
    ).toEqual([
      ['example-harbor-leads', 'claim', 'at recorded position'],
      ['example-ridge-and-delta-trail-harbor', 'claim', 'at recorded position'],
    ]);
    expect(rows(table).every((row) => row[3] === 'at recorded position')).toBe(true);
    expect(summary).toBe('All 12 quotes of 11 records found: 12 at the recorded position, 0 elsewhere.\n');
    const named = await cli(['verify', file, '--source', 'example-city-report']);
    expect(named.stdout.split('\n')[1]).toBe(`as --source names it; its SHA-256 ${ARCHIVED}… is the archived copy's.`);
  });

  it('verify <copy with a figure changed in place> exits 1, naming the record on stderr and CHANGED in the report', async () => {
    const altered = CITY_REPORT_DOCUMENT.replace('12 AI unicorns', '21 AI unicorns');
    const file = copy('altered.txt', altered);
    const outcome = await cli(['verify', file]);
    expect([outcome.status, outcome.stderr]).toEqual([
      1,
      `ai-investment-facts: verify: record has a quote changed in "${file}": example-harbor-unicorn-count\n`,
    ]);
    expect(outcome.stdout.split('\n')[1]).toBe(
      `identified as the source whose quotes it holds most (11 of 12); its SHA-256 ${sha256(altered).slice(0, 12)}… is not the archived copy's, ${ARCHIVED}….`,
    );
    expect(outcome.stdout).toContain('\nexample-harbor-unicorn-count\tfact\tquote\tCHANGED\t-\t584-621\n');
    expect(outcome.stdout).toMatch(/\n1 of 12 quotes changed, in 1 of 11 records: example-harbor-unicorn-count\.\n$/);
  });

  it('verify <copy without a passage, the rest moved> exits 1 with NOT FOUND; with a passage changed as well, says both', async () => {
    const moved = `A new header.\n${CITY_REPORT_DOCUMENT.replace('Harbor Bay is home to 12 AI unicorns.\n', '')}`;
    const outcome = await cli(['verify', copy('cut.txt', moved)]);
    expect([outcome.status, outcome.stderr]).toEqual([
      1,
      `ai-investment-facts: verify: record has a quote not found in "${join(directory, 'cut.txt')}": example-harbor-unicorn-count\n`,
    ]);
    expect(outcome.stdout).toContain('\nexample-harbor-unicorn-count\tfact\tquote\tNOT FOUND\t-\t584-621\n');
    expect(outcome.stdout).toMatch(/\n1 of 12 quotes not found, in 1 of 11 records: example-harbor-unicorn-count\.\n$/);
    // The unicorns' figure changed in place; 60% changed along with the date before it, the recorded prefix.
    const both = copy(
      'both.txt',
      CITY_REPORT_DOCUMENT.replace('12 AI unicorns', '21 AI unicorns').replace(', 2025\n\nHarbor Bay takes 60%', ', 2026\n\nHarbor Bay takes 61%'),
    );
    const twice = await cli(['verify', both]);
    expect(twice.stderr).toBe(
      `ai-investment-facts: verify: 2 records have quotes not found or changed in "${both}": example-harbor-share-of-world-funding-2023-2024, example-harbor-unicorn-count\n`,
    );
    expect(twice.stdout).toMatch(
      /\n1 of 12 quotes not found and 1 changed, in 2 of 11 records: example-harbor-share-of-world-funding-2023-2024, example-harbor-unicorn-count\.\n$/,
    );
  });

  it('verify <copy with whitespace changed> finds the quotes elsewhere; a copy of a source that records no SHA-256 says so', async () => {
    const moved = copy('moved.txt', `\n\n${CITY_REPORT_DOCUMENT.replace(/\. /g, '.\n')}`);
    const outcome = await cli(['verify', moved]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout.split('\n')[1]).toMatch(
      /^identified as the source whose quotes it holds most \(12 of 12\); its SHA-256 [0-9a-f]{12}… is not the archived copy's/,
    );
    expect(outcome.stdout).toMatch(/\nexample-harbor-unicorn-count\tfact\tquote\telsewhere\t586-623\t584-621\n/);
    expect(outcome.stdout).toMatch(/\nAll 12 quotes of 11 records found: 0 at the recorded position, 12 elsewhere\.\n$/);
    const survey = copy('survey.txt', 'Southland drew USD15 billion in 2024, up from around USD12 billion the year before.\n');
    const surveyed = await cli(['verify', survey, '--source', 'example-national-survey']);
    expect(surveyed.stdout.split('\n').slice(0, 2)).toEqual([
      `${survey}: checked as example-national-survey ("Example National AI Survey", Example Gazette, 2025-03-15),`,
      `as --source names it; its SHA-256 ${sha256('Southland drew USD15 billion in 2024, up from around USD12 billion the year before.\n').slice(0, 12)}… is not the archived copy's (the source records none).`,
    ]);
    expect(surveyed.stdout).toContain('\nexample-south-vc-investment-2024\tfact\tquote\tfound\t0-83\t-\n');
    expect([surveyed.status, surveyed.stderr]).toEqual([
      1,
      `ai-investment-facts: verify: 5 records have quotes not found in "${survey}": example-north-vc-investment-2024, example-north-vc-investment-2023, example-acme-ai-spending-2025, example-globex-ai-spending-2025, example-initech-ai-spending-2025\n`,
    ]);
  });

  it("verify --json prints verifyQuotes's result: the source, how it was identified, the counts and each record's quotes", async () => {
    const outcome = await cli(['verify', copy('json.txt', CITY_REPORT_DOCUMENT), '--json']);
    const result = JSON.parse(outcome.stdout) as Record<string, unknown> & { records: unknown[] };
    expect(Object.keys(result)).toEqual(['sourceId', 'identifiedBy', 'sha256', 'isArchivedCopy', 'ok', 'failed', 'counts', 'records']);
    expect(result).toMatchObject({ sourceId: 'example-city-report', identifiedBy: 'sha256', isArchivedCopy: true, ok: true, failed: [] });
    expect(result.records.at(-3)).toEqual({
      recordType: 'fact',
      id: 'example-harbor-unicorn-count',
      ok: true,
      quotes: [
        {
          index: 0,
          quote: 'Harbor Bay is home to 12 AI unicorns.',
          status: 'at-recorded-position',
          found: { start: 584, end: 621 },
          recorded: { start: 584, end: 621 },
        },
      ],
    });
  });

  it('verify with an unknown --source, a file with no quote, or a file it cannot read says so: exit 2, 2 and 1', async () => {
    const text = copy('unrelated.txt', 'Nothing of any source.\n');
    expect(await cli(['verify', text, '--source', 'city-report'])).toEqual({
      status: 2,
      stdout: '',
      stderr: usageError('verify', 'unknown source "city-report"; did you mean example-city-report?'),
    });
    expect(await cli(['verify', text])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'ai-investment-facts: verify: expected <file> to be a copy of a source document, holding at least one of its quotes, received a text that holds no quote of any source; pass --source to check it against one source\n',
    });
    expect(await cli(['verify', join(directory, 'no-such-file.txt')])).toEqual({
      status: 1,
      stdout: '',
      stderr: `ai-investment-facts: verify: cannot read "${join(directory, 'no-such-file.txt')}": no such file\n`,
    });
    expect(await cli(['verify', directory])).toEqual({
      status: 1,
      stdout: '',
      stderr: `ai-investment-facts: verify: cannot read "${directory}": is a directory\n`,
    });
    expect(await cli(['verify'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^ai-investment-facts: verify: missing <file>\n\nUsage: /) });
  });

  it('verify refuses what is not a regular file (a device, a FIFO with no writer) and a file over the limit before reading it: exit 1, one line', {
    timeout: 10_000,
  }, async () => {
    const fifo = join(directory, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const large = copy('large.txt', '');
    truncateSync(large, LIMITS.documentLength + 1);
    const outcomes = await Promise.all(['/dev/zero', fifo, large].map((file) => cli(['verify', file])));
    expect(outcomes).toEqual([
      { status: 1, stdout: '', stderr: 'ai-investment-facts: verify: cannot read "/dev/zero": not a regular file (a device, a FIFO or a socket)\n' },
      { status: 1, stdout: '', stderr: `ai-investment-facts: verify: cannot read "${fifo}": not a regular file (a device, a FIFO or a socket)\n` },
      { status: 1, stdout: '', stderr: `ai-investment-facts: verify: cannot read "${large}": 20000001 bytes, more than the 20000000 it reads\n` },
    ]);
  });

  it("verify <file> hashes the file's bytes: one not UTF-8 is refused, naming its encoding; one with a byte-order mark keeps its quotes' positions", async () => {
    const latin1 = copy('latin1.txt', Uint8Array.from([0x78, 0xff]));
    expect(await cli(['verify', latin1])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'ai-investment-facts: verify: expected <file> to be text in UTF-8, received bytes that are not UTF-8 (perhaps Windows-1252 or Latin-1), the first at byte 1\n',
    });
    const utf16 = copy('utf16.txt', Uint8Array.from(Buffer.from(`\ufeff${CITY_REPORT_DOCUMENT}`, 'utf16le')));
    expect((await cli(['verify', utf16])).stderr).toBe(
      'ai-investment-facts: verify: expected <file> to be text in UTF-8, received text in UTF-16 LE (by its byte-order mark or its NUL bytes)\n',
    );
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CITY_REPORT_DOCUMENT)]);
    const outcome = await cli(['verify', copy('bom.txt', bytes), '--json']);
    const result = JSON.parse(outcome.stdout) as { sha256: string; ok: boolean; counts: Record<string, number> };
    expect([outcome.status, result.sha256, result.ok, result.counts['at-recorded-position']]).toEqual([0, sha256(bytes), true, 12]);
  });
});
