/**
 * Runs the release guard on this repository, says what it compared against,
 * and prints every problem; exits with 1 if there is any. `npm test` runs
 * the same check (`test/release/lastRelease.test.ts`).
 *
 * Usage: `npx tsx scripts/release/runReleaseCheck.ts`
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { checkRelease, NOTHING_PUBLISHED, pendingRelease } from './checkRelease.js';
import { readReleaseInputs } from './releaseInputs.js';

const { lastRelease, records, plan } = await readReleaseInputs(fileURLToPath(new URL('../..', import.meta.url)));
const problems = checkRelease({ lastRelease, records, plan });
for (const { rule, message } of problems) console.error(`${rule}: ${message}`);
const next = pendingRelease(plan);
const against = lastRelease === null ? `no release, as ${NOTHING_PUBLISHED}` : `release ${lastRelease.version} (tag v${lastRelease.version})`;
const making = next === undefined ? 'asking for no release' : `making ${next.type} release ${next.newVersion}`;
console.log(`Compared the records with ${against}; ${plan.changesets.length} pending changeset(s), ${making}.`);
console.log(problems.length === 0 ? 'Release check passed.' : `Release check found ${problems.length} problem(s); see CONTRIBUTING.md, "Versioning policy".`);
process.exitCode = problems.length === 0 ? 0 : 1;
