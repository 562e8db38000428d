/**
 * The example notebooks in `examples/`, executed headlessly against the
 * installed package, as a reader would run them in their project: copies sit
 * in a folder of the consumer project, whose `node_modules` holds the package.
 *
 * Jupyter is Debian's (`apt-get install -y python3-nbconvert python3-ipykernel
 * python3-pandas`, which `.ci/run` does), run by Debian's Python,
 * `/usr/bin/python3`. The Deno kernel is the repository's `deno` dev
 * dependency, given to Jupyter by a kernelspec written for the run; Observable
 * Plot and linkedom are copied, with what they depend on, from the
 * repository's `node_modules` (the lockfile's versions), so neither notebook
 * fetches anything. Anything missing fails the test, naming what to install.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PYTHON } from '../../scripts/docs/runExample.js';
import { packedInstall, REPOSITORY_ROOT, runToCompletion, writeInto } from './packedInstall.js';

/** The Python modules the notebooks need, each with the Debian package that installs it. */
const PYTHON_MODULES = { nbconvert: 'python3-nbconvert', ipykernel: 'python3-ipykernel', pandas: 'python3-pandas' } as const;

/** The npm packages the Deno notebook imports besides the package itself. */
const DENO_NOTEBOOK_PACKAGES = ['@observablehq/plot', 'linkedom'] as const;

/** One output of an executed cell, as nbformat 4 stores it. */
interface CellOutput {
  readonly output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  readonly text?: string | readonly string[];
  readonly data?: Readonly<Record<string, string | readonly string[]>>;
}

/** A multiline string of a notebook: one string, or a list of lines. */
const joined = (text: string | readonly string[]): string => (typeof text === 'string' ? text : text.join(''));

/** The Python modules missing for {@link PYTHON}, as the apt packages that install them. */
function missingDebianPackages(): string[] {
  if (!existsSync(PYTHON)) return ['python3', ...Object.values(PYTHON_MODULES)];
  const check = `import importlib.util\nprint(" ".join(m for m in ${JSON.stringify(Object.keys(PYTHON_MODULES))} if importlib.util.find_spec(m) is None))`;
  const outcome = runToCompletion(PYTHON, ['-c', check], REPOSITORY_ROOT);
  if (outcome.status !== 0) throw new Error(`notebooks: ${PYTHON} could not check its modules:\n${outcome.stderr}`);
  return outcome.stdout
    .split(/\s+/)
    .filter(Boolean)
    .map((module) => PYTHON_MODULES[module as keyof typeof PYTHON_MODULES]);
}

/** The deno binary of the `deno` dev dependency: its postinstall puts it in `deno/`, the platform package has it anyway. */
function denoBinary(): string {
  const platformPackages = join(REPOSITORY_ROOT, 'node_modules/@deno');
  const candidates = [
    join(REPOSITORY_ROOT, 'node_modules/deno/deno'),
    ...(existsSync(platformPackages) ? readdirSync(platformPackages).map((name) => join(platformPackages, name, 'deno')) : []),
  ];
  const found = candidates.find((candidate) => runToCompletion(candidate, ['--version'], REPOSITORY_ROOT).status === 0);
  if (!found) throw new Error(`notebooks: the Deno notebook needs the deno dev dependency's binary, found at none of ${candidates.join(', ')}: run npm ci`);
  return found;
}

/** Where Node would find package `name` from the package folder `from`, within the repository. */
function locatePackage(name: string, from: string): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (directory === REPOSITORY_ROOT || directory === dirname(directory)) {
      throw new Error(
        `notebooks: the Deno notebook needs ${name} (for ${relative(REPOSITORY_ROOT, from) || 'the repository'}) in the repository's node_modules: run npm ci`,
      );
    }
  }
}

/**
 * Copies `names` and every package they depend on from the repository's
 * `node_modules` into `target`'s, as npm laid them out (a package's nested
 * `node_modules` comes with it); returns how many top-level packages it copied.
 */
function copyPackagesWithDependencies(names: readonly string[], target: string): number {
  const topLevel = join(REPOSITORY_ROOT, 'node_modules');
  const seen = new Set<string>();
  const visit = (directory: string): void => {
    if (seen.has(directory)) return;
    seen.add(directory);
    const { dependencies = {} } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(dependencies)) visit(locatePackage(name, directory));
  };
  for (const name of names) visit(locatePackage(name, REPOSITORY_ROOT));
  const copied = [...seen].map((directory) => relative(topLevel, directory)).filter((path) => !path.includes('node_modules'));
  for (const path of copied) cpSync(join(topLevel, path), join(target, 'node_modules', path), { recursive: true });
  return copied.length;
}

/** The folder in the consumer project that holds the notebooks' copies, and the environment Jupyter runs in. */
interface NotebookProject {
  readonly directory: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Lays out `consumer/notebooks/`: Plot and linkedom in its `node_modules`, a
 * `deno.json` that makes Deno resolve `npm:` specifiers from `node_modules`
 * (the package itself from the consumer's), a Jupyter data folder whose
 * kernelspec starts the repository's deno, and a DENO_DIR of its own.
 */
function notebookProject(): NotebookProject {
  const { consumer, workDirectory } = packedInstall();
  const directory = join(consumer, 'notebooks');
  mkdirSync(directory, { recursive: true });
  copyPackagesWithDependencies(DENO_NOTEBOOK_PACKAGES, directory);
  writeInto(directory, 'deno.json', JSON.stringify({ nodeModulesDir: 'manual' }));
  const jupyterData = join(workDirectory, 'jupyter');
  writeInto(
    jupyterData,
    'kernels/deno/kernel.json',
    JSON.stringify({
      argv: [denoBinary(), 'jupyter', '--kernel', '--conn', '{connection_file}'],
      display_name: 'Deno',
      language: 'typescript',
    }),
  );
  const { FORCE_COLOR: _force, ...env } = process.env;
  return {
    directory,
    env: {
      ...env,
      NO_COLOR: '1',
      JUPYTER_DATA_DIR: jupyterData,
      JUPYTER_CONFIG_DIR: join(workDirectory, 'jupyter-config'),
      JUPYTER_RUNTIME_DIR: join(workDirectory, 'jupyter-runtime'),
      DENO_DIR: join(workDirectory, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
      // ipykernel's debugger warns on every start about frozen modules otherwise.
      PYDEVD_DISABLE_FILE_VALIDATION: '1',
    },
  };
}

/**
 * Copies `examples/<name>` into the project, executes it with nbconvert
 * (the kernel starts in the project's folder) and returns the outputs of its
 * code cells, one list a cell.
 *
 * @throws {Error} When nbconvert fails (a cell raised, the kernel died), with what it printed.
 */
function executeNotebook(project: NotebookProject, name: string): CellOutput[][] {
  cpSync(join(REPOSITORY_ROOT, 'examples', name), join(project.directory, name));
  const executed = name.replace(/\.ipynb$/, '.executed.ipynb');
  const args = ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=120', '--output', executed, name];
  try {
    execFileSync(PYTHON, args, { cwd: project.directory, env: project.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { status?: number | null; stdout?: string; stderr?: string };
    throw new Error(
      `notebooks: \`${PYTHON} ${args.join(' ')}\` in ${project.directory} exited ${failure.status}\n--- stdout\n${failure.stdout}\n--- stderr\n${failure.stderr}`,
    );
  }
  const notebook = JSON.parse(readFileSync(join(project.directory, executed), 'utf8')) as { cells: { cell_type: string; outputs?: CellOutput[] }[] };
  return notebook.cells.filter((cell) => cell.cell_type === 'code').map((cell) => cell.outputs ?? []);
}

/** The outputs of the code cells of `examples/<name>` as committed, one list a cell. */
function committedOutputs(name: string): CellOutput[][] {
  const notebook = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'examples', name), 'utf8')) as { cells: { cell_type: string; outputs?: CellOutput[] }[] };
  return notebook.cells.filter((cell) => cell.cell_type === 'code').map((cell) => cell.outputs ?? []);
}

/** The SVG a cell displayed, if any. */
function svgOf(outputs: readonly CellOutput[][]): string | undefined {
  return outputs
    .flat()
    .map((output) => joined(output.data?.['image/svg+xml'] ?? ''))
    .find((svg) => svg.startsWith('<svg'));
}

/** What the cells printed or returned as plain text, all together. */
function plainText(outputs: readonly CellOutput[][]): string {
  return outputs
    .flat()
    .map((output) => joined(output.text ?? output.data?.['text/plain'] ?? ''))
    .join('\n');
}

/** The numbers on the line of `text` that starts with `label` (after a table's border), or `undefined` when no line does. */
function numbersAfter(text: string, label: string): number[] | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${label} `));
  return line
    ?.slice(label.length)
    .match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g)
    ?.map(Number);
}

/** The installed package's data file `name`, parsed. */
function installedData<T>(name: string): T {
  return JSON.parse(readFileSync(join(packedInstall().installedPackage, 'dist/data', name), 'utf8')) as T;
}

interface FactRow {
  readonly entityId: string;
  readonly metricId: string;
  readonly period?: string;
  readonly value: number | null;
  readonly unit: string;
  readonly status: string;
  readonly precision: string;
}

describe('the example notebooks in examples/', () => {
  let project: NotebookProject;
  let facts: readonly FactRow[];
  let nameOf: (id: string) => string;
  let kindOf: (id: string) => string;

  beforeAll(() => {
    const missing = missingDebianPackages();
    if (missing.length > 0) {
      throw new Error(`notebooks: the notebooks run with Debian's Jupyter, and ${PYTHON} lacks it: apt-get install -y ${missing.join(' ')}`);
    }
    project = notebookProject();
    facts = installedData<FactRow[]>('facts.json');
    const entities = new Map(installedData<{ id: string; name: string; kind: string }[]>('entities.json').map((entity) => [entity.id, entity]));
    nameOf = (id) => entities.get(id)!.name;
    kindOf = (id) => entities.get(id)!.kind;
  });

  it('python-pandas.ipynb reads facts.csv from the installed package and shows investment by country, with each value’s precision, and share by ecosystem', () => {
    const text = plainText(executeNotebook(project, 'python-pandas.ipynb'));
    expect(plainText(committedOutputs('python-pandas.ipynb')), 'examples/python-pandas.ipynb is committed with the outputs a run gives').toBe(text);

    const statuses = [...new Set(facts.map((fact) => fact.status))];
    expect(statuses.map((status) => [status, numbersAfter(text, status)])).toEqual(
      statuses.map((status) => [status, [facts.filter((fact) => fact.status === status).length]]),
    );

    // The pivot: a row a country, a column a year (in order), in USD billions.
    const investment = facts.filter((fact) => fact.metricId === 'ai-vc-investment');
    const years = [...new Set(investment.map((fact) => fact.period!))].sort();
    expect(numbersAfter(text, 'period')).toEqual(years.map(Number));
    const countries = [...new Set(investment.map((fact) => fact.entityId))];
    expect(countries.map((id) => [nameOf(id), numbersAfter(text, nameOf(id))])).toEqual(
      countries.map((id) => [nameOf(id), years.map((year) => investment.find((fact) => fact.entityId === id && fact.period === year)!.value! / 1e9)]),
    );

    // No bare 76.0: each value with the word for its precision, as formatValue writes it.
    const words = { exact: '', approximate: 'about ', 'lower-bound': 'over ', 'upper-bound': 'nearly ' } as const;
    const pivotLine = (id: string) => text.split('\n').find((line) => line.startsWith(`${nameOf(id)} `));
    expect(
      countries.map((id) =>
        pivotLine(id)
          ?.trim()
          .split(/\s{2,}/),
      ),
    ).toEqual(
      countries.map((id) =>
        [nameOf(id), ...years.map((year) => investment.find((fact) => fact.entityId === id && fact.period === year)!)].map((cell) =>
          typeof cell === 'string' ? cell : `${words[cell.precision as keyof typeof words]}${cell.value! / 1e9}`,
        ),
      ),
    );
    expect(pivotLine('united-states')).toMatch(/ over 76$/);
    // The figure beside its quote, producer, publisher and caveats, and the note on it.
    expect(text).toContain(
      [
        'United States, 2024: 76,000,000,000 USD, a lower-bound value',
        '"US venture capital investment in AI topped USD76 billion last year, up from USD40 billion in 2023, according to CB Insights."',
        'CB Insights, via Yicai, 2025-03-26',
        'Caveat: The US and China figures come from different producers (CB Insights and Zero2IPO Research), which may define and count AI venture investment differently.',
      ].join('\n'),
    );
    expect(text).toContain('tension: The Top Cities article asserts of Silicon Valley and Beijing that "the gap is narrowing"');

    const shares = facts
      .filter((fact) => fact.metricId === 'share-of-global-ai-native-funding' && kindOf(fact.entityId) === 'startup-ecosystem')
      .sort((a, b) => b.value! - a.value!);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.map((fact) => [nameOf(fact.entityId), numbersAfter(text, nameOf(fact.entityId))])).toEqual(
      shares.map((fact) => [nameOf(fact.entityId), [fact.value]]),
    );
  });

  it('deno-plot.ipynb prints a table of AI spending from the installed package, draws it with Observable Plot with each bar credited, and shows a quote, a derived figure’s bounds and a note', () => {
    const spending = facts
      .filter((fact) => fact.metricId === 'ai-spending' && fact.period === '2025' && fact.unit === 'USD')
      .sort((a, b) => b.value! - a.value!);
    expect(spending.length).toBeGreaterThan(0);
    const expectedRows = spending.map((fact) => [
      nameOf(fact.entityId),
      String(fact.value! / 1e9),
      JSON.stringify(fact.status),
      JSON.stringify(fact.precision),
    ]);
    const tableRows = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('│'))
        .map((line) =>
          line
            .split('│')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        )
        .slice(1);

    // Deno's kernel now and then loses a cell's output (the cell ran, but its
    // stream or display message never reaches Jupyter), so a run that shows
    // other text than the committed outputs or no chart is tried once more before the test fails on it.
    const committed = committedOutputs('deno-plot.ipynb');
    let outputs = executeNotebook(project, 'deno-plot.ipynb');
    if (plainText(outputs) !== plainText(committed) || svgOf(outputs) === undefined) {
      console.warn('notebooks: deno-plot.ipynb lost output, running it once more');
      outputs = executeNotebook(project, 'deno-plot.ipynb');
    }

    expect(tableRows(plainText(outputs))).toEqual(expectedRows);
    const svg = svgOf(outputs);
    expect(svg, 'deno-plot.ipynb shows no chart').toBeDefined();
    for (const fact of spending) expect(svg).toContain(`>${nameOf(fact.entityId)}</text>`);
    // Each bar credited, with its value as formatValue writes it and its status.
    expect(svg?.match(/>Source: Yicai, 2025-03-26<\/text>/g)).toHaveLength(spending.length);
    expect(svg).toContain('>about $15B (estimate)</text>');
    expect(svg).toContain('>$100B (plan)</text>');
    const text = plainText(outputs);
    expect(text).toContain('United States, 2024: over $76B (lower-bound)\nCB Insights, via Yicai, 2025-03-26: "US venture capital investment in AI topped');
    // (76 - 40.5) / 40.5: the growth is at least 87.6%, whatever the 2024 figure topped.
    expect(text).toContain('at least 87.6%: bounds {"lower":0.8765432098765432,"upper":null}');
    expect(text).toContain('tension: The Top Cities article asserts');
    expect({ text: plainText(committed), svg: svgOf(committed) }, 'examples/deno-plot.ipynb is committed with the outputs a run gives').toEqual({ text, svg });
  });
});
