/**
 * Runs the release guard on this repository and prints every problem; exits
 * with 1 if there is any. `npm test` runs the same check
 * (`test/release/lastRelease.test.ts`).
 *
 * Usage: `npx tsx scripts/release/runReleaseCheck.ts`
 *
 * @module
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkRelease } from './checkRelease.js';
import { readReleaseInputs } from './readReleaseInputs.js';

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const input = readReleaseInputs(fileURLToPath(new URL('../..', import.meta.url)));
  const problems = checkRelease(input);
  for (const { rule, message } of problems) console.error(`${rule}: ${message}`);
  console.log(
    problems.length === 0
      ? `Release check passed against ${input.snapshot.version} with ${input.changesets.length} pending changeset(s).`
      : `Release check found ${problems.length} problem(s); see CONTRIBUTING.md, "Versioning policy".`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
