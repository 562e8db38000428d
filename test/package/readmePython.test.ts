/**
 * The README's pandas example, run as written with pandas against the
 * installed package, printing exactly the output the README shows. pandas is
 * Debian's (`apt-get install -y python3-pandas`, which `.ci/run` does), run by
 * Debian's Python, `/usr/bin/python3`.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../../scripts/docs/runExample.js';
import { mismatchedReadmeExamples, run } from './packedInstall.js';

function requirePandas(): void {
  const hasPandas =
    existsSync(PYTHON) &&
    (() => {
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
    const { count, mismatched } = mismatchedReadmeExamples(['python']);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(mismatched, 'README.md shows other output than its pandas example prints: run `npm run docs`').toEqual([]);
  });
});
