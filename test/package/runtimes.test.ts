/**
 * The installed package under the other runtimes its users run it in, each
 * from the devDependency that pins it (installed by `npm ci`, offline from the
 * npm registry): Deno 2 (the entries, a JSON data file with import
 * attributes, `deno check`, and the command with no permission), Bun (both
 * module systems and the command) and Cloudflare's workerd through miniflare
 * (a worker esbuild bundled). A runtime that is missing or does not start
 * fails its tests, naming where it was looked for: none is ever skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { dataset, facts } from '../../src/index.js';
import { REPOSITORY_ROOT, packedInstall, run, runToCompletion, writeInto } from './packedInstall.js';

const NODE_MODULES = join(REPOSITORY_ROOT, 'node_modules');
const ESBUILD = join(NODE_MODULES, '.bin/esbuild');
const DEV_DEPENDENCIES = (JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies;

/** A fact of the data, whose value the runtimes print (its source's own test pins the value). */
const FACT_ID = 'china-ai-vc-investment-2024';
/** The metric the top ecosystems are ranked by. */
const RANKING_METRIC = 'share-of-global-ai-native-funding';

/** The read-only commands each runtime runs, as a user types them after the command's name. */
const READ_ONLY_COMMANDS = ['list', `show ${FACT_ID}`];

/** The environment the commands compared across runtimes get: no colour setting, whichever the test run has. */
const NO_COLOUR_SETTING: NodeJS.ProcessEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };

/** A runtime binary's candidate paths: the `.bin` link npm makes, then the binaries inside its packages. */
interface RuntimeLookup {
  /** The runtime, as a message names it. */
  readonly runtime: string;
  /** The devDependency that pins it. */
  readonly devDependency: string;
  /** The paths tried, in order. */
  readonly candidates: readonly string[];
  /** What its `--version` prints first for the pinned version, alone or before a space and build details. */
  readonly version: string;
}

/** The binaries named `binary` in the platform packages of `scope` whose names start with `prefix` (`@deno/linux-x64-glibc/deno`). */
function platformBinaries(scope: string, prefix: string, binary: string): string[] {
  const directory = join(NODE_MODULES, scope);
  if (!existsSync(directory)) return [join(directory, `${prefix}*`, binary)];
  return readdirSync(directory)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(directory, name, binary));
}

const DENO: RuntimeLookup = {
  runtime: 'Deno',
  devDependency: 'deno',
  candidates: [join(NODE_MODULES, '.bin/deno'), join(NODE_MODULES, 'deno/deno'), ...platformBinaries('@deno', '', 'deno')],
  version: `deno ${DEV_DEPENDENCIES.deno}`,
};

const BUN: RuntimeLookup = {
  runtime: 'Bun',
  devDependency: 'bun',
  candidates: [join(NODE_MODULES, '.bin/bun'), join(NODE_MODULES, 'bun/bin/bun.exe'), ...platformBinaries('@oven', 'bun-', 'bin/bun')],
  version: String(DEV_DEPENDENCIES.bun),
};

/**
 * What the workerd that miniflare `version` runs prints for `--version`:
 * miniflare `4.YYYYMMDD.n` depends on the workerd of that date, `workerd YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * workerdVersionOf('4.20260426.0'); // 'workerd 2026-04-26'
 * ```
 */
function workerdVersionOf(version: string): string {
  const [, year, month, day] = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version) ?? [];
  return `workerd ${year}-${month}-${day}`;
}

const WORKERD: RuntimeLookup = {
  runtime: 'workerd',
  devDependency: 'miniflare',
  candidates: [join(NODE_MODULES, '.bin/workerd'), ...platformBinaries('@cloudflare', 'workerd-', 'bin/workerd')],
  version: workerdVersionOf(String(DEV_DEPENDENCIES.miniflare)),
};

const usableBinaries = new Map<RuntimeLookup, string>();

/**
 * The first of a runtime's candidate binaries whose `--version` prints its
 * pinned version, looked for once per run.
 *
 * @throws {Error} When none does: the message names the runtime, every path tried and what each did.
 */
function usableBinary(lookup: RuntimeLookup): string {
  const found = usableBinaries.get(lookup);
  if (found !== undefined) return found;
  const tried: string[] = [];
  for (const candidate of lookup.candidates) {
    const outcome = runToCompletion(candidate, ['--version'], REPOSITORY_ROOT);
    const printed = `${outcome.stdout}${outcome.stderr}`.trim().split('\n')[0] ?? '';
    if (outcome.status === 0 && (printed === lookup.version || printed.startsWith(`${lookup.version} `))) {
      usableBinaries.set(lookup, candidate);
      return candidate;
    }
    tried.push(`  ${candidate}: ${outcome.status === 0 ? `printed ${JSON.stringify(printed)}` : `exited ${outcome.status}: ${printed}`}`);
  }
  throw new Error(
    `${lookup.runtime} IS NOT USABLE ON THIS MACHINE, so its tests fail (they never skip). ` +
      `Looked for a binary whose \`--version\` starts with ${JSON.stringify(lookup.version)} (devDependency ${lookup.devDependency}@${DEV_DEPENDENCIES[lookup.devDependency]}):\n` +
      `${tried.join('\n')}\n` +
      'Run `npm ci`; where npm ran no install script, the binary is in the platform package (e.g. @deno/linux-x64-glibc, @oven/bun-linux-x64, @cloudflare/workerd-linux-64).',
  );
}

/** What the installed command prints under Node for `args`: what every runtime must print. */
function nodeOutput(args: readonly string[]): string {
  const { consumer } = packedInstall();
  return run(process.execPath, [join(consumer, 'node_modules/ai-investment-facts/dist/cli.cjs'), ...args], consumer, NO_COLOUR_SETTING);
}

/** Deno's folder in the consumer: its `deno.json` resolves bare specifiers from the consumer's node_modules, as npm installed it. */
const DENO_FOLDER = 'runtimes/deno';

/**
 * Runs Deno with `args` in {@link DENO_FOLDER}, with its cache in the run's
 * work directory, no remote module and no permission prompt.
 */
function deno(args: readonly string[]): ReturnType<typeof runToCompletion> {
  const { consumer, workDirectory } = packedInstall();
  writeInto(consumer, `${DENO_FOLDER}/deno.json`, JSON.stringify({ nodeModulesDir: 'manual' }));
  const [subcommand, ...rest] = args;
  return runToCompletion(usableBinary(DENO), [String(subcommand), '--no-remote', ...rest], join(consumer, DENO_FOLDER), {
    ...NO_COLOUR_SETTING,
    DENO_DIR: join(workDirectory, 'deno-cache'),
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
  });
}

/** Writes `source` into {@link DENO_FOLDER} and runs it with `deno run` and no permission; returns what it printed, parsed as JSON. */
function denoScript(file: string, source: string): unknown {
  const { consumer } = packedInstall();
  writeInto(consumer, `${DENO_FOLDER}/${file}`, source);
  const outcome = deno(['run', '--no-prompt', file]);
  expect(outcome.status, `deno run ${file} printed:\n${outcome.stdout}${outcome.stderr}`).toBe(0);
  return JSON.parse(outcome.stdout);
}

/** A typed consumer of both entries; `${id}` is the fact ID it looks up. */
function typedConsumer(id: string): string {
  return `import { dataset } from 'ai-investment-facts';
import type { Fact, FactId } from 'ai-investment-facts';
import { factSchema } from 'ai-investment-facts/schema';

const value: number = dataset.fact('${id}').value;
const id: FactId = '${id}';
const parsed = factSchema.safeParse(dataset.fact(id));
const checked: Fact | undefined = parsed.success ? parsed.data : undefined;
console.log(value, checked?.id);
`;
}

/** Prints the fact's value, the number of facts and the top three ecosystems, as JSON. */
const MAIN_ENTRY_SCRIPT = (load: string) => `${load}
console.log(JSON.stringify({
  value: dataset.fact('${FACT_ID}').value,
  factCount: facts.length,
  topThree: dataset.topEcosystems('${RANKING_METRIC}', 3).map((fact) => ({ entityId: fact.entityId, value: fact.value })),
}));
`;

/** The top three ecosystems as the runtimes print them, worked out in this process from the sources. */
function topThreeExpected(): { entityId: string; value: number }[] {
  return dataset.topEcosystems(RANKING_METRIC, 3).map((fact) => ({ entityId: fact.entityId, value: fact.value }));
}

/** What {@link MAIN_ENTRY_SCRIPT} prints, worked out in this process from the sources. */
function mainEntryExpected(): unknown {
  return { value: dataset.fact(FACT_ID).value, factCount: facts.length, topThree: topThreeExpected() };
}

describe('Deno 2 with the installed package', () => {
  it(`runs the pinned Deno (${DENO.version})`, () => {
    expect(runToCompletion(usableBinary(DENO), ['--version'], REPOSITORY_ROOT).stdout).toMatch(new RegExp(`^${DENO.version} `));
  });

  it('imports the main entry with no permission', () => {
    expect(denoScript('main.ts', MAIN_ENTRY_SCRIPT("import { dataset, facts } from 'ai-investment-facts';"))).toEqual(mainEntryExpected());
  });

  it("parses with /schema and zod, and imports data/facts.json with { type: 'json' }, as many facts as the main entry", () => {
    const script = `import { facts } from 'ai-investment-facts';
import { factSchema } from 'ai-investment-facts/schema';
import factsFile from 'ai-investment-facts/data/facts.json' with { type: 'json' };
import { z } from 'zod';

console.log(JSON.stringify({
  fileParses: z.array(factSchema).safeParse(factsFile).success,
  textValueParses: factSchema.safeParse({ ...facts[0], value: '14' }).success,
  fileCount: factsFile.length,
  entryCount: facts.length,
}));
`;
    expect(denoScript('schema.ts', script)).toEqual({ fileParses: true, textValueParses: false, fileCount: facts.length, entryCount: facts.length });
  });

  it('deno check passes a typed consumer and fails one with a mistyped fact ID, naming it', () => {
    const { consumer } = packedInstall();
    writeInto(consumer, `${DENO_FOLDER}/typed.ts`, typedConsumer(FACT_ID));
    const mistypedId = FACT_ID.replace('2024', '2042');
    writeInto(consumer, `${DENO_FOLDER}/mistyped.ts`, typedConsumer(mistypedId));
    const typed = deno(['check', 'typed.ts']);
    expect(typed.status, `deno check typed.ts printed:\n${typed.stdout}${typed.stderr}`).toBe(0);
    const mistyped = deno(['check', 'mistyped.ts']);
    const printed = `${mistyped.stdout}${mistyped.stderr}`;
    expect(mistyped.status, `deno check mistyped.ts printed:\n${printed}`).toBe(1);
    expect(printed).toContain(`TS2345 [ERROR]: Argument of type '"${mistypedId}"' is not assignable`);
    expect(printed).toContain(`TS2820 [ERROR]: Type '"${mistypedId}"' is not assignable to type`);
  });

  it.each(READ_ONLY_COMMANDS)('runs `ai-investment-facts %s` from an npm: specifier with no permission, printing what it prints under Node', (command) => {
    const args = command.split(' ');
    const outcome = deno(['run', '--no-prompt', '--cached-only', 'npm:ai-investment-facts', ...args]);
    expect(outcome).toEqual({ status: 0, stdout: nodeOutput(args), stderr: '' });
  });
});

describe('Bun with the installed package', () => {
  it(`runs the pinned Bun (${BUN.version})`, () => {
    expect(runToCompletion(usableBinary(BUN), ['--version'], REPOSITORY_ROOT).stdout).toBe(`${BUN.version}\n`);
  });

  it.each([
    ['import', 'main.mjs', "import { dataset, facts } from 'ai-investment-facts';"],
    ['require', 'main.cjs', "const { dataset, facts } = require('ai-investment-facts');"],
  ])('loads the main entry with %s (%s)', (_loader, file, load) => {
    const { consumer } = packedInstall();
    writeInto(consumer, `runtimes/bun/${file}`, MAIN_ENTRY_SCRIPT(load));
    expect(JSON.parse(run(usableBinary(BUN), [`runtimes/bun/${file}`], consumer))).toEqual(mainEntryExpected());
  });

  it.each(READ_ONLY_COMMANDS)('runs `ai-investment-facts %s`, printing what it prints under Node', (command) => {
    const args = command.split(' ');
    const { consumer } = packedInstall();
    const outcome = runToCompletion(usableBinary(BUN), ['node_modules/.bin/ai-investment-facts', ...args], consumer, NO_COLOUR_SETTING);
    expect(outcome).toEqual({ status: 0, stdout: nodeOutput(args), stderr: '' });
  });
});

describe('Cloudflare workerd, through miniflare, with the installed package', () => {
  const WORKER = `import { dataset } from 'ai-investment-facts';

export default {
  fetch() {
    const topThree = dataset.topEcosystems('${RANKING_METRIC}', 3);
    return Response.json(topThree.map((fact) => ({ entityId: fact.entityId, value: fact.value })));
  },
};
`;

  it(`runs the workerd miniflare pins (${WORKERD.version})`, () => {
    expect(runToCompletion(usableBinary(WORKERD), ['--version'], REPOSITORY_ROOT).stdout.trim()).toBe(WORKERD.version);
  });

  it('answers with the top three ecosystems from a worker esbuild bundled', async () => {
    // miniflare starts the workerd its dependency resolves; without one, the lookup fails first, naming the paths it tried.
    usableBinary(WORKERD);
    const { consumer } = packedInstall();
    writeInto(consumer, 'runtimes/workerd/worker.mjs', WORKER);
    const script = run(ESBUILD, ['runtimes/workerd/worker.mjs', '--bundle', '--format=esm', '--platform=neutral'], consumer);
    // workerd has no Node built-ins without the nodejs_compat flag: the bundle must need none.
    expect(['node:', 'require('].filter((text) => script.includes(text))).toEqual([]);
    const miniflare = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01' });
    try {
      const response = await miniflare.dispatchFetch('http://localhost/').catch((error: unknown) => {
        throw new Error(`workerd, started by miniflare, did not answer: ${String(error)}`);
      });
      expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: topThreeExpected() });
    } finally {
      await miniflare.dispose();
    }
  });
});
