/**
 * Finishes the declarations tsup wrote (`npm run build` runs it after tsup):
 * each library entry gets a `.d.ts`, for the `import` condition, that
 * re-exports its `.d.cts`. The types are written once, as CommonJS
 * declarations, which an ES module may import, and each condition still
 * resolves to a declaration file of its own module format (attw checks it).
 *
 * @module
 */
import { writeFileSync } from 'node:fs';

/** The library entries, as tsup writes them (see tsup.config.ts). */
const ENTRIES = ['index', 'schema/index'];

for (const entry of ENTRIES) writeFileSync(new URL(`../../dist/${entry}.d.ts`, import.meta.url), "export * from './index.cjs';\n");
console.log(`Wrote ${ENTRIES.map((entry) => `dist/${entry}.d.ts`).join(' and ')}`);
