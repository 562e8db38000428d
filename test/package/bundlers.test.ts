/**
 * A bundler consumer of the installed package: esbuild builds an app for the
 * browser, and drops every record a bundle does not use.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, packedInstall, run, writeInto } from './packedInstall.js';

const ESBUILD = join(REPOSITORY_ROOT, 'node_modules/.bin/esbuild');

/** Bundles `source` (an app in the consumer project) with esbuild and returns the bundle. */
function bundle(file: string, source: string, options: readonly string[] = ['--minify', '--format=esm']): string {
  const { consumer } = packedInstall();
  writeInto(consumer, file, source);
  return run(ESBUILD, [file, '--bundle', ...options], consumer);
}

describe('esbuild bundling the installed package', () => {
  it('builds a browser app that ranks the ecosystems, and the bundle runs', () => {
    const { consumer } = packedInstall();
    const app = `import { dataset } from 'ai-investment-facts';
for (const fact of dataset.topEcosystems('share-of-global-ai-native-funding', 3)) {
  console.log(dataset.entity(fact.entityId).name);
}
`;
    const code = bundle('bundlers/app.mjs', app, ['--platform=browser', '--format=esm']);
    expect(['zod', 'node:'].filter((text) => code.includes(text))).toEqual([]);
    writeInto(consumer, 'bundlers/app.bundle.mjs', code);
    expect(run(process.execPath, ['bundlers/app.bundle.mjs'], consumer)).toBe('Silicon Valley\nBeijing\nParis\n');
  });

  it('drops every record a bundle does not use', () => {
    const vocabularyOnly = bundle('bundlers/vocabulary.mjs', `import { PRECISIONS } from 'ai-investment-facts';\nconsole.log(PRECISIONS);`);
    expect(['topped USD76 billion', 'silicon-valley', 'metricId'].filter((text) => vocabularyOnly.includes(text))).toEqual([]);
    const helpersOnly = bundle('bundlers/helpers.mjs', `import { share, topN } from 'ai-investment-facts';\nconsole.log(share(1, 2), topN([1], 1));`);
    expect(['silicon-valley', 'Silicon Valley', 'Beijing', 'entityId', 'auditConsistency', 'zod'].filter((text) => helpersOnly.includes(text))).toEqual([]);
    const sourcesOnly = bundle('bundlers/sources.mjs', `import { sources } from 'ai-investment-facts';\nconsole.log(sources);`);
    expect(sourcesOnly).toContain('Top Cities Leading The AI Investment Boom In 2025');
    expect(['topped USD76 billion', 'metricId'].filter((text) => sourcesOnly.includes(text))).toEqual([]);
  });
});
