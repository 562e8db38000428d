// The size budgets of what a user's bundler keeps (`npm run size`, part of `npm test`, after the
// build): esbuild bundles each import from the built package, minified, and size-limit measures
// it gzipped. The records' budget follows the records: at most 115% of the same records as
// plain JSON, gzipped alike, so that adding a source moves the budget with it.
const { readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');

const COLLECTIONS = ['sources', 'entities', 'metrics', 'facts', 'claims', 'corrections'];
const recordsJson = JSON.stringify(Object.fromEntries(COLLECTIONS.map((name) => [name, JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8'))])));
const recordsBudget = Math.floor((gzipSync(recordsJson, { level: 9 }).length * 115) / 100);

module.exports = [
  {
    // The helpers and the argument errors they throw (ArgumentTypeError, ArgumentRangeError), no record, no zod.
    // 2 kB until the hardening of issue 13 (1.75 kB then): the inputs read once into checked copies, the
    // length limits, the description of any value (escaped, shortened, never throwing) and cagr's accurate
    // logarithms (expm1/log1p) add about 0.55 kB: 2.31 kB measured.
    name: 'the number helpers alone (share, growthRate, cagr, topN)',
    path: 'dist/index.js',
    import: '{ share, growthRate, cagr, topN }',
    limit: '2.5 kB',
    gzip: true,
  },
  {
    name: `every record (at most 115% of the records as gzipped JSON, ${recordsBudget} B)`,
    path: 'dist/index.js',
    import: `{ ${COLLECTIONS.join(', ')} }`,
    limit: `${recordsBudget} B`,
    gzip: true,
  },
];
