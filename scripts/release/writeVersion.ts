/**
 * Writes package.json's version into `src/version.ts` (the `VERSION` the main
 * entry exports), after `changeset version` has bumped it: `npm run version`
 * runs it.
 *
 * Usage: `npx tsx scripts/release/writeVersion.ts`
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../src/version.ts', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
writeFileSync(file, readFileSync(file, 'utf8').replace(/= '.*'/, `= '${version}'`));
