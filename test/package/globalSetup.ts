/**
 * Vitest global setup for `test/package/`: builds the package, packs it with
 * `npm pack` and installs the tarball offline into a fresh consumer project,
 * once per run, so that every package test file checks the same install
 * without building or packing in parallel. Provides the result as
 * `packedInstall` (read it with `packedInstall()` from `./packedInstall.js`).
 *
 * Skipped when the run names files and none of them is under `test/package/`.
 *
 * @module
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
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

function packAndInstall(): PackedInstall {
  run('npm', ['run', 'build'], REPOSITORY_ROOT);
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
 * Builds, packs and installs the package, and provides the install to the
 * package tests; returns the teardown that removes it.
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
  console.log(`test/package/globalSetup: built, packed and installed in ${Math.round(performance.now() - started)} ms`);
  project.provide('packedInstall', install);
  return () => rmSync(install.workDirectory, { recursive: true, force: true });
}
