/**
 * The packed install that `test/package/globalSetup.ts` makes once per run,
 * and the few ways the package tests use it: run a command, run a script in
 * the consumer project.
 *
 * @module
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { type ReadmeExample, readmeExamples } from '../../scripts/docs/readme.js';
import { runExample } from '../../scripts/docs/runExample.js';

/** The repository's root directory. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the global setup built, packed and installed. */
export interface PackedInstall {
  /** A temporary directory holding the tarball and the consumer; removed after the run. */
  readonly workDirectory: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The tarball's files, sorted. */
  readonly packedFiles: readonly string[];
  /** A project that installed the tarball from its file, offline; zod was copied in afterwards. */
  readonly consumer: string;
  /** The package as installed in the consumer: `consumer/node_modules/ai-investment-facts`. */
  readonly installedPackage: string;
  /** What `npm install` put in the consumer's `node_modules`, before zod was copied in. */
  readonly installedPackages: readonly string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** What `test/package/globalSetup.ts` made; `null` when the run has no package test. */
    packedInstall: PackedInstall | null;
  }
}

/**
 * The install the global setup provided.
 *
 * @throws {Error} When the global setup did not run for this run.
 * @example
 * ```ts
 * const { consumer, tarball } = packedInstall();
 * ```
 */
export function packedInstall(): PackedInstall {
  const install = inject('packedInstall');
  if (!install) {
    throw new Error(
      "packedInstall: expected test/package/globalSetup.ts to have packed the package; add globalSetup: ['test/package/globalSetup.ts'] to test/vitest.config.ts",
    );
  }
  return install;
}

/** How a command ended: its exit code (null when a signal ended it or it could not start) and what it printed. */
export interface CommandOutcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command and returns what it printed on standard output. `env` is
 * added to this process's environment; a variable given as `undefined` is
 * removed.
 *
 * @throws {Error} When the command exits non-zero; the message holds its exit code and both outputs.
 * @example
 * ```ts
 * run(process.execPath, ['-p', '1 + 1'], consumer); // '2\n'
 * ```
 */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const outcome = runToCompletion(command, args, cwd, env);
  if (outcome.status !== 0) {
    throw new Error(
      `run: \`${[command, ...args].join(' ')}\` in ${cwd} exited ${outcome.status}\n--- stdout\n${outcome.stdout}\n--- stderr\n${outcome.stderr}`,
    );
  }
  return outcome.stdout;
}

/**
 * Runs a command to its end, whatever its exit code, and returns its exit code
 * and outputs. `env` is added to this process's environment; a variable given
 * as `undefined` is removed.
 *
 * @example
 * ```ts
 * runToCompletion(process.execPath, ['-e', 'process.exit(3)'], consumer).status; // 3
 * ```
 */
export function runToCompletion(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CommandOutcome {
  const outcome = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  // A command that cannot be started (ENOENT, EACCES) has no status; its error takes standard error's place.
  return { status: outcome.status, stdout: outcome.stdout ?? '', stderr: `${outcome.stderr ?? ''}${outcome.error ? outcome.error.message : ''}` };
}

/**
 * Like {@link runToCompletion}, without blocking: for commands slow enough to
 * be worth running side by side (tsc).
 *
 * @example
 * ```ts
 * const outcomes = await Promise.all(files.map((file) => runToCompletionAsync(process.execPath, [tsc, file], consumer)));
 * ```
 */
export function runToCompletionAsync(command: string, args: readonly string[], cwd: string): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/**
 * Writes `contents` to `file` under `directory`, creating folders as needed, and returns the file's path.
 *
 * @example
 * ```ts
 * writeInto(consumer, 'browser/index.html', page); // `${consumer}/browser/index.html`
 * ```
 */
export function writeInto(directory: string, file: string, contents: string): string {
  const path = join(directory, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
  return path;
}

/**
 * Writes a script into the consumer project (under a folder of its own, so
 * that test files running in parallel never share a file), runs it with node
 * and parses what it prints as JSON.
 *
 * @example
 * ```ts
 * runInConsumer('pack/name.cjs', "console.log(JSON.stringify(require('ai-investment-facts/package.json').name))");
 * // 'ai-investment-facts'
 * ```
 */
export function runInConsumer(file: string, source: string): unknown {
  const { consumer } = packedInstall();
  writeInto(consumer, file, source);
  return JSON.parse(run(process.execPath, [file], consumer));
}

/**
 * Runs every example of the installed README in `languages` that an output
 * block follows, in the consumer project, and returns those whose output
 * differs from that block; `npm run docs` writes the blocks anew.
 *
 * @example
 * ```ts
 * expect(mismatchedReadmeExamples(['js']).mismatched).toEqual([]);
 * ```
 */
export function mismatchedReadmeExamples(languages: readonly ReadmeExample['language'][]): {
  count: number;
  mismatched: { example: string; expected: string; printed: string }[];
} {
  const { consumer, installedPackage } = packedInstall();
  const all = readmeExamples(readFileSync(join(installedPackage, 'README.md'), 'utf8'));
  const examples = all.map((example, i) => ({ example, i })).filter(({ example }) => languages.includes(example.language));
  const mismatched = examples.flatMap(({ example, i }) => {
    const printed = runExample(example, i, consumer);
    return printed === example.output ? [] : [{ example: example.code, expected: example.output, printed }];
  });
  return { count: examples.length, mismatched };
}
