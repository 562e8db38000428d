// The architecture's boundaries, checked by dependency-cruiser in `npm test` (`npm run lint:deps`):
// imports point inward, data and src import each other in one direction only, the command uses
// only the public library, and zod stays out of everything but the schemas.
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No module imports itself through others, types included: data/ and src/ in particular import each other in one direction only.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'data-imports-only-types-from-src',
      severity: 'error',
      comment: 'The records use the record types; nothing of src/ runs when data/ is loaded.',
      from: { path: '^data/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-uses-only-the-public-library',
      severity: 'error',
      comment: 'The command is a user of the library: it imports src/index.ts and its own modules, never the library\'s internals.',
      from: { path: '^src/cli(/|\\.ts$)' },
      to: { path: '^(src|data)/', pathNot: ['^src/index\\.ts$', '^src/cli/'] },
    },
    {
      name: 'main-entry-loads-no-zod',
      severity: 'error',
      comment: 'The main entry has no runtime dependency: zod is for ai-investment-facts/schema alone.',
      from: { path: '^src/index\\.ts$' },
      to: { path: 'node_modules/zod/', reachable: true },
    },
    {
      name: 'helpers-use-only-arguments-and-errors',
      severity: 'error',
      comment: 'The number helpers work on plain numbers: they know nothing of records, datasets or formats.',
      from: { path: '^src/helpers/' },
      to: { path: '^(src|data)/', pathNot: ['^src/helpers/', '^src/arguments\\.ts$', '^src/errors/', '^src/period\\.ts$', '^src/vocabulary\\.ts$', '^src/limits\\.ts$', '^src/text/nearestIds\\.ts$'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|docs|test)/' },
  },
};
