/**
 * The `ai-investment-facts` command as a user runs it, through the installed
 * package's `bin`: what only a process shows (exit codes, a pipe, a terminal,
 * signals, a closed or full standard output, a reader that stops reading,
 * what it loads) and the README's commands. Its messages, tables and exit
 * codes are tested in-process, on fixture records, in test/cli/.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../../scripts/docs/readme.js';
import { dataset, LIMITS, sources } from '../../src/index.js';
import { requireDocument } from '../support/sharedFiles.js';
import { mismatchedReadmeExamples, packedInstall, runToCompletion } from './packedInstall.js';

/** This process's environment with `env` added, NO_COLOR and FORCE_COLOR removed unless given. */
function commandEnv(env: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColour, FORCE_COLOR: _forceColour, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/** The installed bin. */
function bin(): string {
  return join(packedInstall().consumer, 'node_modules/.bin/ai-investment-facts');
}

/** Runs `command` (a shell command line) in the consumer project with `env` added; returns its exit code and standard error. */
function shell(command: string, env: Readonly<Record<string, string>> = {}): [number | null, string] {
  const outcome = spawnSync('sh', ['-c', command], { cwd: packedInstall().consumer, encoding: 'utf8', env: commandEnv(env) });
  return [outcome.status, outcome.stderr];
}

/** Runs the installed command on a terminal (util-linux `script` gives it one) with `env` added; returns what it printed, line ends as LF. */
function onTerminal(command: string, env: Readonly<Record<string, string>> = {}): string {
  return execFileSync('script', ['-qec', `node_modules/.bin/${command}`, '/dev/null'], {
    cwd: packedInstall().consumer,
    encoding: 'utf8',
    env: commandEnv(env),
  }).replaceAll('\r\n', '\n');
}

describe('ai-investment-facts, installed', () => {
  it('exits 0 on success, printing a tab-separated table into a pipe; 2 for a wrong command line; 1 for a failure, in one line', () => {
    const { consumer } = packedInstall();
    const listed = runToCompletion(bin(), ['list', 'metrics'], consumer, { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect([listed.status, listed.stderr, listed.stdout.split('\n')[0], listed.stdout.split('\n').length]).toEqual([
      0,
      '',
      'ID\tName\tUnit\tAdditive',
      dataset.metrics.length + 2,
    ]);
    const wrong = runToCompletion(bin(), ['frobnicate'], consumer);
    expect([wrong.status, wrong.stdout, wrong.stderr.split('\n')[0]]).toEqual([2, '', 'ai-investment-facts: unknown command "frobnicate"']);
    expect(runToCompletion(bin(), ['verify', 'no-such-file.txt'], consumer)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'ai-investment-facts: verify: cannot read "no-such-file.txt": no such file\n',
    });
  });

  it('on a terminal (util-linux `script`) prints aligned tables, the header bold, unless NO_COLOR is set or the terminal is dumb', () => {
    const header = onTerminal('ai-investment-facts list metrics', { TERM: 'xterm' }).split('\n')[0] ?? '';
    expect([header.startsWith('\u001b[1mID '), header.includes(' \u001b[22m  \u001b[1mName ')]).toEqual([true, true]);
    expect(onTerminal('ai-investment-facts list metrics', { TERM: 'xterm', NO_COLOR: '1' }).split('\n')[0]).toMatch(/^ID {2,}Name {2,}Unit {2,}Additive$/);
    expect(onTerminal('ai-investment-facts list metrics', { TERM: 'dumb' }).includes('\u001b')).toBe(false);
  });

  it('prints the version and the help without loading the library or the commands; a command loads both', () => {
    const { consumer, installedPackage, workDirectory } = packedInstall();
    // Loaded before the command: says on exit which of the package's files it loaded, but the bin.
    const preload = join(mkdtempSync(join(workDirectory, 'loaded-')), 'loaded.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => process.stderr.write(Object.keys(require.cache).flatMap((f) => /[\\\\/]dist[\\\\/]((index|cli-\\w+)\\.cjs)$/.exec(f)?.[1] ?? []).sort().join(' ') + '\\n'));\n`,
    );
    const loaded = (args: readonly string[]) => runToCompletion(bin(), args, consumer, { NODE_OPTIONS: `--require ${preload}` });
    const { version } = JSON.parse(readFileSync(join(installedPackage, 'package.json'), 'utf8')) as { version: string };
    const versionRun = loaded(['--version']);
    expect([versionRun.status, versionRun.stdout]).toEqual([0, `${version}\n`]);
    const [help, commandHelp, command] = [loaded(['--help']), loaded(['list', '--help']), loaded(['list', 'metrics'])];
    expect([help.status, help.stdout.startsWith('Usage: ai-investment-facts <command>'), commandHelp.status, command.status]).toEqual([0, true, 0, 0]);
    // The same files (the command line's own code) for the version and the help; the library (index.cjs) and the commands' chunk only to run one.
    const files = (stderr: string) => stderr.trim().split(' ');
    expect([files(help.stderr), files(commandHelp.stderr)]).toEqual([files(versionRun.stderr), files(versionRun.stderr)]);
    expect(files(versionRun.stderr)).not.toContain('index.cjs');
    expect(files(command.stderr)).toEqual(expect.arrayContaining([...files(versionRun.stderr), 'index.cjs']));
    expect(files(command.stderr).length).toBe(files(versionRun.stderr).length + 2);
  });

  it('list, show and verify into pipes make no stream for standard output or standard error (they load neither node:net nor node:tty), and list and show load neither node:crypto nor node:fs/promises (verify needs node:crypto for its SHA-256)', (context) => {
    const { consumer, workDirectory } = packedInstall();
    // Loaded before the command: says on exit which of Node's own modules it loaded.
    const preload = join(mkdtempSync(join(workDirectory, 'builtins-')), 'builtins.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList) + '\\n'));\n`);
    const archived = requireDocument(context, '2025-03-26-yicai-china-ai-vc-lags-us');
    const document = join(mkdtempSync(join(workDirectory, 'archived-')), 'archived.txt');
    writeFileSync(document, archived);
    const loaded = (args: readonly string[]) => {
      const outcome = runToCompletion(bin(), args, consumer, { NODE_OPTIONS: `--require ${preload}` });
      const modules = JSON.parse(outcome.stderr.trim().split('\n').at(-1) ?? '[]') as string[];
      return [
        outcome.status,
        modules.filter((name) => ['NativeModule net', 'NativeModule tty', 'NativeModule crypto', 'NativeModule fs/promises'].includes(name)),
      ];
    };
    expect([loaded(['list']), loaded(['show', 'china-ai-vc-investment-2024']), loaded(['verify', document])]).toEqual([
      [0, []],
      [0, []],
      [0, ['NativeModule crypto']],
    ]);
  });

  it('export into a pipe its parent left non-blocking and smaller than the output writes it whole, waiting for the reader', () => {
    const { consumer } = packedInstall();
    const expected = runToCompletion(bin(), ['export'], consumer).stdout;
    // Python makes the pipe: non-blocking at the command's end, 4096 bytes, read only after a second (Node cannot set either).
    const script = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      'fcntl.fcntl(w, 1031, 4096)',
      'child = subprocess.Popen([sys.argv[1], "export"], stdout=w)',
      'os.close(w)',
      'time.sleep(1)',
      'chunks = iter(lambda: os.read(r, 65536), b"")',
      'sys.stdout.buffer.write(b"".join(chunks))',
      'sys.exit(child.wait())',
    ].join('\n');
    const outcome = spawnSync('python3', ['-c', script, bin()], { cwd: consumer, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect([outcome.status, outcome.stderr, outcome.stdout.length > 4096, outcome.stdout === expected]).toEqual([0, '', true, true]);
  });

  it('export --out interrupted (SIGTERM, SIGINT, SIGHUP) while it writes leaves the file as it was and no temporary file, and ends by the signal', () => {
    const directory = mkdtempSync(join(packedInstall().workDirectory, 'export-'));
    // Loaded before the command: sends it the signal once it has opened a file for writing beside the output.
    const preload = join(directory, 'signal-on-open.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
const dir = process.env.OUT_DIR;
const raise = (path) => { if (require('node:path').dirname(String(path)) === dir && !String(path).endsWith('facts.json')) process.kill(process.pid, process.env.SIGNAL); };
const openSync = fs.openSync;
fs.openSync = function (path, ...rest) { const fd = openSync.call(this, path, ...rest); raise(path); return fd; };
const open = fs.promises.open;
fs.promises.open = async function (path, ...rest) { const handle = await open.call(this, path, ...rest); raise(path); return handle; };
`,
    );
    const out = join(directory, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'facts.json'), 'old');
    const outcomes = (['SIGTERM', 'SIGINT', 'SIGHUP'] as const).map((signal) => {
      const outcome = spawnSync(bin(), ['export', '--out', join(out, 'facts.json')], {
        cwd: packedInstall().consumer,
        encoding: 'utf8',
        env: commandEnv({ NODE_OPTIONS: `--require ${preload}`, OUT_DIR: out, SIGNAL: signal }),
      });
      return [outcome.signal, outcome.stderr, readdirSync(out), readFileSync(join(out, 'facts.json'), 'utf8')];
    });
    expect(outcomes).toEqual([
      ['SIGTERM', '', ['facts.json'], 'old'],
      ['SIGINT', '', ['facts.json'], 'old'],
      ['SIGHUP', '', ['facts.json'], 'old'],
    ]);
  });

  it('list, export and --version with standard output closed (>&-) fail with exit code 1 and one line; >/dev/null succeeds', () => {
    const closed = [1, 'ai-investment-facts: cannot write to standard output: EBADF: standard output is closed\n'];
    expect(
      ['list', 'export', '--version'].map((command) => [
        shell(`node_modules/.bin/ai-investment-facts ${command} >&-`),
        shell(`node_modules/.bin/ai-investment-facts ${command} >/dev/null`),
      ]),
    ).toEqual([
      [closed, [0, '']],
      [closed, [0, '']],
      [closed, [0, '']],
    ]);
  });

  it('list and export into a pipe whose reader has stopped reading exit 1, quietly; into a full device, with one line', async () => {
    const outcomes = await Promise.all(
      ['list', 'export'].map(
        (command) =>
          new Promise<[number | null, string]>((resolve) => {
            const child = spawn(bin(), [command], { cwd: packedInstall().consumer, env: commandEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
            // The reader stops before the command, still starting, writes anything: the write meets EPIPE.
            child.stdout.destroy();
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('close', (status) => resolve([status, stderr]));
          }),
      ),
    );
    expect(outcomes).toEqual([
      [1, ''],
      [1, ''],
    ]);
    expect(shell('node_modules/.bin/ai-investment-facts list | head -n 1 >/dev/null')).toEqual([0, '']);
    const full = openSync('/dev/full', 'w');
    try {
      const outcome = spawnSync(bin(), ['list'], { cwd: packedInstall().consumer, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect([outcome.status, outcome.stderr]).toEqual([1, 'ai-investment-facts: cannot write to standard output: ENOSPC: no space left on device\n']);
    } finally {
      closeSync(full);
    }
  });

  it('export --out /dev/stdout through a shell pipe writes into the pipe, as the export to standard output does', () => {
    const { consumer } = packedInstall();
    const csv = runToCompletion(bin(), ['export', '--format', 'csv', '--metric', 'ai-vc-investment'], consumer).stdout;
    // Through a shell's pipe, as a user runs it (Node gives a child a socket, which /dev/stdout cannot open: ENXIO, as for `>`).
    const piped = execFileSync('sh', ['-c', 'node_modules/.bin/ai-investment-facts export --format csv --metric ai-vc-investment --out /dev/stdout | cat'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect([piped, csv.startsWith('id,'), lstatSync('/dev/stdout').isSymbolicLink()]).toEqual([csv, true, true]);
  });

  it('verify refuses a device, a FIFO with no writer, a directory and a file over the limit, each in one line with exit code 1; 1 MB of a repeated quote it checks', () => {
    const directory = mkdtempSync(join(packedInstall().workDirectory, 'verify-'));
    const fifo = join(directory, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const large = join(directory, 'large.txt');
    writeFileSync(large, '');
    truncateSync(large, LIMITS.documentLength + 1);
    // Each run is killed after 10 s (a guard against a hang: /dev/zero read whole, a FIFO waiting for a writer), and then fails.
    const verify = (file: string) =>
      spawnSync(bin(), ['verify', file], { cwd: packedInstall().consumer, encoding: 'utf8', env: commandEnv(), timeout: 10_000 });
    const notRegular = 'not a regular file (a device, a FIFO or a socket)';
    expect(
      [
        ['/dev/zero', notRegular],
        [fifo, notRegular],
        [directory, 'is a directory'],
        [large, '20000001 bytes, more than the 20000000 it reads'],
      ].map(([file = '', reason]) => {
        const outcome = verify(file);
        return [outcome.status, outcome.signal, outcome.stdout, outcome.stderr === `ai-investment-facts: verify: cannot read "${file}": ${reason}\n`];
      }),
    ).toEqual(Array.from({ length: 4 }, () => [1, null, '', true]));
    // The shortest built-in quote with a character outside ASCII (a two-byte text), repeated: quadratic before.
    const shortest = [...dataset.facts, ...dataset.claims]
      .flatMap((record) => [record.citation.quote, ...(record.citation.otherQuotes ?? [])])
      .filter((quote) => /\P{ASCII}/u.test(quote))
      .reduce((a, b) => (b.length < a.length ? b : a));
    const repeated = join(directory, 'repeated.txt');
    writeFileSync(repeated, `${shortest}\n`.repeat(Math.ceil(1_000_000 / (shortest.length + 1))));
    const outcome = verify(repeated);
    expect([outcome.status, outcome.signal, outcome.stdout.includes('identified as the source whose quotes it holds most')]).toEqual([1, null, true]);
  });

  it("runs the README's commands on a terminal (util-linux `script` gives it one), printing exactly the tables shown", (context) => {
    // The README's verify command reads an archived document from the folder it runs in.
    const { consumer, installedPackage } = packedInstall();
    const commands = readmeExamples(readFileSync(join(installedPackage, 'README.md'), 'utf8')).map((example) => example.code);
    for (const source of sources.filter((s) => commands.some((command) => command.includes(`${s.id}.txt`)))) {
      writeFileSync(join(consumer, `${source.id}.txt`), requireDocument(context, source.id));
    }
    const { count, mismatched } = mismatchedReadmeExamples(['sh']);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(mismatched, 'README.md shows other output than its commands print: run `npm run docs`').toEqual([]);
  });
});
