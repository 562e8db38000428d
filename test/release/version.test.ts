import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('VERSION', () => {
  it("VERSION is package.json's version", () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });

  it('scripts/release/writeVersion.ts (run by `npm run version` after `changeset version`) writes the bumped version of package.json into src/version.ts, and nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'write-version-'));
    try {
      for (const folder of ['src', 'scripts/release']) mkdirSync(join(root, folder), { recursive: true });
      cpSync(new URL('../../scripts/release/writeVersion.ts', import.meta.url), join(root, 'scripts/release/writeVersion.ts'));
      writeFileSync(join(root, 'src/version.ts'), read('src/version.ts'));
      writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'example-package', version: '1.2.3' }));
      await tsImport(pathToFileURL(join(root, 'scripts/release/writeVersion.ts')).href, import.meta.url);
      const written = readFileSync(join(root, 'src/version.ts'), 'utf8');
      expect(written).not.toBe(read('src/version.ts'));
      expect(written).toBe(read('src/version.ts').replace(`= '${VERSION}';`, "= '1.2.3';"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
