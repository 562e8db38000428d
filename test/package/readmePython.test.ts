/**
 * The README's pandas example, run as written with pandas against the
 * installed package, printing exactly the output the README shows. pandas is
 * Debian's (`apt-get install -y python3-pandas`, which `.ci/run` does), run by
 * Debian's Python, `/usr/bin/python3`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packedInstall, run, writeInto } from './packedInstall.js';

const PYTHON = '/usr/bin/python3';

function requirePandas(): void {
  const hasPandas = existsSync(PYTHON) && (() => {
    try {
      run(PYTHON, ['-c', 'import pandas'], process.cwd());
      return true;
    } catch {
      return false;
    }
  })();
  if (!hasPandas) throw new Error(`The README's pandas example needs pandas for ${PYTHON}: apt-get install -y python3-pandas`);
}

describe("the README's Python examples", () => {
  it('read facts.csv from the installed package with pandas, printing exactly the output shown', () => {
    requirePandas();
    const { consumer, installedPackage } = packedInstall();
    const readme = readFileSync(join(installedPackage, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```python\n((?:(?!```)[\s\S])*)```\s*```text\n((?:(?!```)[\s\S])*)```/g)];
    expect(examples.length).toBeGreaterThanOrEqual(1);
    const mismatched = examples.flatMap(([, example = '', expected = ''], i) => {
      writeInto(consumer, `readme/example-${i}.py`, example);
      const printed = run(PYTHON, [`readme/example-${i}.py`], consumer);
      return printed === expected ? [] : [{ example, expected, printed }];
    });
    expect(mismatched).toEqual([]);
  });
});
