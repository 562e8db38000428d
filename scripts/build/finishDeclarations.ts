/**
 * Finishes the declarations tsup wrote (`npm run build` runs it after tsup):
 *
 * - each library entry gets a `.d.ts`, for the `import` condition, that
 *   re-exports its `.d.cts`: the types are written once, as CommonJS
 *   declarations, which an ES module may import, and each condition still
 *   resolves to a declaration file of its own module format (attw checks it);
 * - the tags only the API reference reads are left out of the shipped
 *   declarations: the `@example` blocks (the API reference, `npm run
 *   docs:api`, and the README carry every example) and the `@category` lines
 *   (which group its pages), so that the package's size budget keeps to the
 *   records, the code and their documentation. An editor still shows each
 *   export's summary, parameters, return value and errors.
 *
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The library entries, as tsup writes them (see tsup.config.ts). */
const ENTRIES = ['index', 'schema/index'];

/** A TSDoc `@example` tag with its fenced code, as TypeScript writes it into a declaration's comment. */
const EXAMPLE = /^ *\* @example\n(?: *\*(?: .*)?\n)*? *\* ```\n/gm;

/** A TSDoc `@category` line, with the empty comment line before it where there is one. */
const CATEGORY = /^(?: *\*\n)? *\* @category .*\n/gm;

/** `declarations` without the tags only the API reference reads: `@example` blocks and `@category` lines. */
export function withoutReferenceTags(declarations: string): string {
  return declarations.replace(EXAMPLE, '').replace(CATEGORY, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of ENTRIES) writeFileSync(join(DIST, `${entry}.d.ts`), "export * from './index.cjs';\n");
  const declarations = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.d.cts'));
  for (const file of declarations) writeFileSync(join(DIST, file), withoutReferenceTags(readFileSync(join(DIST, file), 'utf8')));
  console.log(`Wrote ${ENTRIES.length} .d.ts files and left the examples and categories out of ${declarations.length} .d.cts files in ${DIST}`);
}
