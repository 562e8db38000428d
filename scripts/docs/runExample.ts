/**
 * Runs one README example in a project that has the package installed (the
 * packed tarball in the tests, the build itself for `npm run docs`), the way
 * a reader would: JavaScript with node, Python with Debian's python3 and
 * pandas, a command on a terminal (util-linux `script` gives it one), with
 * no colour.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReadmeExample } from './readme.js';

/** The Python that runs the README's pandas example. */
export const PYTHON = '/usr/bin/python3';

/** This process's environment without colour settings, and with `NO_COLOR` set. */
function noColour(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, NO_COLOR: '1' };
}

/**
 * What example number `index` prints, run in `consumer` (a folder whose
 * `node_modules` holds the package, and zod).
 *
 * @throws {Error} when the example exits with an error, with what it printed.
 */
export function runExample(example: ReadmeExample, index: number, consumer: string): string {
  const run = (command: string, args: readonly string[]) =>
    execFileSync(command, args, { cwd: consumer, encoding: 'utf8', env: noColour(), stdio: ['ignore', 'pipe', 'pipe'] });
  if (example.language === 'sh') {
    const command = example.code.replace(/^((?:[A-Z_]+=\S* )*)/, '$1node_modules/.bin/');
    return run('script', ['-qec', command, '/dev/null']).replaceAll('\r\n', '\n');
  }
  const file = join(consumer, 'readme', `example-${index}.${example.language === 'js' ? 'mjs' : 'py'}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, example.code);
  return example.language === 'js' ? run(process.execPath, [file]) : run(PYTHON, [file]);
}
