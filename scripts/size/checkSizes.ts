/**
 * Checks the size budgets of the built package (`npm run size`, after
 * `npm run build`): prints each bundle's minified and gzipped size against
 * its budget, and exits 1 when a bundle exceeds its budget or holds what it
 * must not. The budgets are in `measureBundles.ts`.
 */
import { fileURLToPath } from 'node:url';
import { formatSizeTable } from './formatSizeTable.js';
import { measureBundles } from './measureBundles.js';

const { recordsJsonBytes, recordsJsonGzip, verdicts } = await measureBundles(fileURLToPath(new URL('../..', import.meta.url)));
console.log(`The records as plain JSON: ${recordsJsonBytes} B, ${recordsJsonGzip} B gzipped (level 9).`);
console.log(formatSizeTable(verdicts));
if (verdicts.some((verdict) => !verdict.ok)) process.exitCode = 1;
