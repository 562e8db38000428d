// The size budgets of what a user's bundler keeps (`npm run size`, part of `npm test`, after the
// build): esbuild bundles each import from the built package, minified, and size-limit measures
// it gzipped. The records' budgets follow the records: at most 115% of the same records as
// plain JSON, gzipped alike, so that adding a source moves the budgets with them.
const { readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
const { TABLE_NAMES } = require('./dist/index.cjs');

/** 115% of `collections` as one JSON object, gzipped, in bytes. */
function recordsBudget(collections) {
  const json = JSON.stringify(Object.fromEntries(collections.map((name) => [name, JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8'))])));
  return Math.floor((gzipSync(json, { level: 9 }).length * 115) / 100);
}

/** The budget of a bundle of `collections`: 115% of the same records as gzipped JSON. */
function records(name, collections) {
  const budget = recordsBudget(collections);
  return {
    name: `${name} (at most 115% of the same records as gzipped JSON, ${budget} B)`,
    path: 'dist/index.js',
    import: `{ ${collections.join(', ')} }`,
    limit: `${budget} B`,
    gzip: true,
  };
}

module.exports = [
  {
    // The helpers and the argument errors they throw (ArgumentTypeError, ArgumentRangeError), no record, no zod.
    // 2.5 kB until issue 25, which asked for 1.5 kB: its consolidation took the bundle from 2.35 kB to 2.07 kB
    // (measured), and the limit follows it down. The rest is behaviour users have: any value described,
    // escaped and shortened without throwing (about 0.2 kB), topN's heap (0.14 kB), the brands that make
    // `instanceof` hold across the ESM and CommonJS copies (0.12 kB), cagr's accurate logarithms (0.11 kB),
    // arguments named with their values (0.05 kB); a golfed equivalent of all of it is 2.01 kB.
    name: 'the number helpers alone (share, growthRate, cagr, topN)',
    path: 'dist/index.js',
    import: '{ share, growthRate, cagr, topN }',
    limit: '2.1 kB',
    gzip: true,
  },
  records('every record', TABLE_NAMES),
  // Each collection carries its own anchors (their quotes' selectors) only.
  records('the facts alone', ['facts']),
  records('the claims alone', ['claims']),
];
