// The architecture's boundaries, checked by dependency-cruiser in `npm run lint` (`npm run lint:deps`):
// imports point inward, data and src import each other in one direction only, the command uses
// only the public library, zod stays out of everything but the schemas, and what ships uses no
// development tool.
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
      comment:
        "The command is a user of the library: it imports src/index.ts (which its build links to the main entry's own file), its own modules, and the two small text modules the library's messages share with it (how echoed text is escaped, how names are listed), never the library's internals.",
      from: { path: '^src/cli(/|\\.ts$)' },
      to: { path: '^(src|data)/', pathNot: ['^src/index\\.ts$', '^src/cli/', '^src/text/(printable|listed)\\.ts$'] },
    },
    {
      name: 'main-entry-loads-no-zod',
      severity: 'error',
      comment: 'The main entry has no runtime dependency: zod is for ai-investment-facts/schema alone.',
      from: { path: '^src/index\\.ts$' },
      to: { path: 'node_modules/zod/', reachable: true },
    },
    {
      name: 'shipped-code-uses-no-development-tool',
      severity: 'error',
      comment:
        'What ships (src/, data/) reaches no devDependency but zod, the optional peer dependency of /schema: build, docs and test code that needs one (typescript, vega, csv-parse) lives in scripts/ or test/.',
      from: { path: '^(src|data)/' },
      to: { dependencyTypes: ['npm-dev'], pathNot: ['node_modules/zod/'] },
    },
    {
      name: 'helpers-use-only-arguments-and-errors',
      severity: 'error',
      comment: 'The number helpers work on plain numbers: they know nothing of records, datasets or formats.',
      from: { path: '^src/helpers/' },
      to: {
        path: '^(src|data)/',
        pathNot: [
          '^src/helpers/',
          '^src/arguments\\.ts$',
          '^src/errors\\.ts$',
          '^src/period\\.ts$',
          '^src/vocabulary\\.ts$',
          '^src/limits\\.ts$',
          '^src/text/',
        ],
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|docs|test)/' },
  },
};
