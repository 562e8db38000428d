/**
 * Vitest global setup for `test/package/`: builds the package (only where
 * `dist/` is missing or older than a file it is built from: `.ci/run` builds
 * just before), packs it with `npm pack` and installs the tarball offline
 * into a fresh consumer project, once per run, so that every package test
 * file checks the same install without building or packing in parallel.
 * Provides the result as `packedInstall` (read it with `packedInstall()` from
 * `./packedInstall.js`).
 *
 * Skipped when the run names files and none of them is under `test/package/`.
 *
 * @module
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedInstall, REPOSITORY_ROOT, run } from './packedInstall.js';

/** Whether the run's file filters (`vitest run a b`) leave out every test file under `test/package/`. */
async function runsNoPackageTest(project: TestProject): Promise<boolean> {
  // `filenamePattern` holds the command line's file filters. It is not public API: when it is
  // missing, the setup runs, as it does for an unfiltered run.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (filters === undefined || filters.length === 0) return false;
  const { testFiles } = await project.globTestFiles(filters);
  return !testFiles.some((file) => file.includes(`${sep}test${sep}package${sep}`));
}

/** The packages `npm install` put in `node_modules`, by name. */
function installedPackageNames(nodeModules: string): string[] {
  return readdirSync(nodeModules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(nodeModules, name)).map((scoped) => `${name}/${scoped}`) : [name]))
    .sort();
}

/** What `npm run build` makes `dist/` from: the sources, the records, the build's scripts and its configuration. */
const BUILD_INPUTS = ['src', 'data', 'scripts/build', 'scripts/dataFiles', 'tsup.config.ts', 'tsconfig.json', 'package.json'];

/** The files at `path`: itself if it is a file, else every file under it. */
function filesAt(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

/** Why `dist/` must be built anew (missing, unfinished, or older than a file it is built from); `undefined` where it is fresh. */
function whyBuild(): string | undefined {
  const dist = join(REPOSITORY_ROOT, 'dist');
  // The data package is the build's last file: without it, the build is missing or did not finish.
  if (!existsSync(join(dist, 'data/datapackage.json'))) return 'dist/ is missing or unfinished';
  const built = Math.min(...filesAt(dist).map((file) => statSync(file).mtimeMs));
  const newer = BUILD_INPUTS.flatMap((input) => filesAt(join(REPOSITORY_ROOT, input))).find((file) => statSync(file).mtimeMs > built);
  return newer === undefined ? undefined : `${relative(REPOSITORY_ROOT, newer)} is newer than dist/`;
}

function packAndInstall(): PackedInstall {
  const reason = whyBuild();
  if (reason === undefined) console.log('test/package/globalSetup: dist/ is newer than everything it is built from: packing it without building');
  else {
    console.log(`test/package/globalSetup: building, as ${reason}`);
    run('npm', ['run', 'build'], REPOSITORY_ROOT);
  }
  const workDirectory = mkdtempSync(join(tmpdir(), 'ai-investment-facts-pack-'));
  const [pack] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDirectory], REPOSITORY_ROOT)) as [
    { filename: string; files: { path: string }[] },
  ];
  const tarball = join(workDirectory, pack.filename);

  const consumer = join(workDirectory, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], consumer);
  const installedPackages = installedPackageNames(join(consumer, 'node_modules'));
  // zod is an optional peer dependency: the install above must not bring it; /schema and its types need it.
  cpSync(join(REPOSITORY_ROOT, 'node_modules/zod'), join(consumer, 'node_modules/zod'), { recursive: true });

  return {
    workDirectory,
    tarball,
    packedFiles: pack.files.map((file) => file.path).sort(),
    consumer,
    installedPackage: join(consumer, 'node_modules/ai-investment-facts'),
    installedPackages,
  };
}

/**
 * Builds the package where `dist/` is not fresh, packs and installs it, and
 * provides the install to the package tests; returns the teardown that
 * removes it.
 *
 * @example
 * ```ts
 * // test/vitest.config.ts
 * test: { globalSetup: ['test/package/globalSetup.ts'] }
 * ```
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (await runsNoPackageTest(project)) {
    project.provide('packedInstall', null);
    return () => {};
  }
  const started = performance.now();
  const install = packAndInstall();
  console.log(`test/package/globalSetup: packed and installed (built first where needed) in ${Math.round(performance.now() - started)} ms`);
  project.provide('packedInstall', install);
  return () => rmSync(install.workDirectory, { recursive: true, force: true });
}
