/**
 * Access to the archived source documents, for the tests that check quotes
 * against them. They are read from the folder named by
 * AI_INVESTMENT_FACTS_SOURCES, or else from ../shared/sources beside the
 * repository. Where neither exists the tests that need them skip, and say so
 * loudly; where the variable names a folder that does not exist, they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENV_VARIABLE = 'AI_INVESTMENT_FACTS_SOURCES';

function findSourcesDirectory(): string | undefined {
  const fromEnv = process.env[ENV_VARIABLE];
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (!existsSync(dir)) throw new Error(`${ENV_VARIABLE} names ${dir}, which does not exist`);
    return dir;
  }
  const beside = resolve(REPOSITORY_ROOT, '../shared/sources');
  return existsSync(beside) ? beside : undefined;
}

export const SOURCES_DIRECTORY = findSourcesDirectory();

if (SOURCES_DIRECTORY === undefined) {
  console.warn(
    [
      '',
      '!'.repeat(78),
      '!! SOURCE DOCUMENTS NOT FOUND: the quote, value and completeness checks are SKIPPED.',
      `!! Set ${ENV_VARIABLE} to the folder of the archived sources, or put them`,
      '!! in ../shared/sources beside the repository.',
      '!'.repeat(78),
      '',
    ].join('\n'),
  );
}

/** The text of a source document, as archived, or undefined without the folder. */
export function readSourceDocument(sourceId: string): string | undefined {
  if (SOURCES_DIRECTORY === undefined) return undefined;
  return readFileSync(join(SOURCES_DIRECTORY, `${sourceId}.txt`), 'utf8');
}
