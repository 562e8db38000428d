/**
 * TypeScript users type-check against the installed tarball under each
 * module resolution they use: node16 from an ES module and from a CommonJS
 * module, bundler, and node10 (which finds /schema through `typesVersions`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, packedInstall, runToCompletionAsync, writeInto } from './packedInstall.js';

const TSC = join(REPOSITORY_ROOT, 'node_modules/typescript/bin/tsc');

/** A consumer of both entries; each `@ts-expect-error` fails the check if its line compiles. */
const CONSUMER = `import { claims, dataset, entities, facts, metrics, sources } from 'ai-investment-facts';
import type { Fact, FactId } from 'ai-investment-facts';
import { createDataset, factSchema } from 'ai-investment-facts/schema';

const id: FactId = 'china-ai-vc-investment-2024';
// @ts-expect-error TS2322: 'China AI VC investment 2024' is a name, which is never an ID.
const mistyped: FactId = 'China AI VC investment 2024';
// @ts-expect-error TS2345: dataset.fact takes only built-in fact IDs.
dataset.fact('China AI VC investment 2024');

const value: number = dataset.fact(id).value;
const leaders: string[] = dataset
  .topEcosystems('share-of-global-ai-native-funding', 3)
  .map((fact) => dataset.entity(fact.entityId).name);

const parsed = factSchema.safeParse(facts[0]);
const checked: Fact | undefined = parsed.success ? parsed.data : undefined;
const mine = createDataset({ sources, entities, metrics, facts, claims });
const mineLeader: string | undefined = mine.topEcosystems('share-of-global-ai-native-funding', 1)[0]?.entityId;

export { checked, id, leaders, mineLeader, mistyped, value };
`;

const SETTINGS = [
  { name: 'node16, ES module', file: 'check.mts', module: 'node16', moduleResolution: 'node16', flags: [] },
  { name: 'node16, CommonJS module', file: 'check.cts', module: 'node16', moduleResolution: 'node16', flags: [] },
  { name: 'bundler', file: 'check.ts', module: 'esnext', moduleResolution: 'bundler', flags: [] },
  // zod's own declarations need esModuleInterop under module commonjs (TS1259 in
  // zod/v4/locales/index.d.cts), ours do not; `tsc --init` sets it.
  { name: 'node10', file: 'check.ts', module: 'commonjs', moduleResolution: 'node10', flags: ['--esModuleInterop'] },
] as const;

describe('a TypeScript consumer of the installed package', () => {
  // Each tsc run takes seconds: they run side by side.
  it.concurrent.each(SETTINGS)('type-checks under --strict with $module/$moduleResolution ($name)', async ({ name, file, module, moduleResolution, flags }) => {
    const { consumer } = packedInstall();
    const folder = `typescript/${name.replace(/\W+/g, '-')}`;
    writeInto(consumer, `${folder}/${file}`, CONSUMER);
    const outcome = await runToCompletionAsync(
      process.execPath,
      [
        TSC,
        '--strict',
        '--noEmit',
        '--target',
        'es2022',
        '--module',
        module,
        '--moduleResolution',
        moduleResolution,
        ...flags,
        '--pretty',
        'false',
        `${folder}/${file}`,
      ],
      consumer,
    );
    expect(outcome, `tsc printed:\n${outcome.stdout}${outcome.stderr}`).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});
