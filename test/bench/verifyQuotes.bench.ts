/**
 * Benchmarks `verifyQuotes` on documents of 10 MB (or `BENCH_MEGABYTES`): an
 * archived copy repeated (each quote is in its first copy; the others are
 * passed over), and an adversarial one, the shortest built-in quote with a
 * character outside ASCII repeated (an occurrence every line); and the command's `verify` (in-process, as the
 * tests run it) on 1 MB of the adversarial document, whose goal is under 1 s.
 *
 * Before any timing, each is verified once and its throughput printed in MB/s.
 * The archived copy is read from the shared documents (`AI_INVESTMENT_FACTS_SOURCES`),
 * and its benchmark left out where they are not there.
 *
 * Not a CI gate: `npm run bench`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { dataset, verifyQuotes } from '../../src/index.js';
import { citationQuotes } from '../../src/verify/quoteMatches.js';
import { cli } from '../cli/runCli.js';
import { readShared, SOURCES } from '../support/sharedFiles.js';

const MEGABYTES = Number(process.env['BENCH_MEGABYTES'] ?? 10);
const SAMPLES = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };

/** `text` repeated to at least `megabytes` MB (UTF-16 code units). */
const repeated = (text: string, megabytes: number) => text.repeat(Math.ceil((megabytes * 1_000_000) / text.length));

// The shortest built-in quote with a character outside ASCII (which makes the text two-byte).
const shortest = [...dataset.facts, ...dataset.claims]
  .flatMap((record) => citationQuotes(record.citation))
  .filter((quote) => /\P{ASCII}/u.test(quote))
  .reduce((a, b) => (b.length < a.length ? b : a));
const archived = readShared(SOURCES, '2025-03-26-yicai-china-ai-vc-lags-us.txt');
const documents = {
  adversarial: repeated(`${shortest}\n`, MEGABYTES),
  ...(archived === undefined ? {} : { 'archived copy repeated': repeated(archived, MEGABYTES) }),
};
const file = join(mkdtempSync(join(tmpdir(), 'verify-bench-')), 'adversarial.txt');
writeFileSync(file, repeated(`${shortest}\n`, 1));

/** Runs `work` once and prints how long it took, as MB/s of `megabytes`. */
async function throughput(name: string, megabytes: number, work: () => unknown): Promise<void> {
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  console.log(`verifyQuotes.bench: ${name}: ${megabytes} MB in ${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(1)} MB/s`);
}

// Outside any timing: the throughput of one run of each.
for (const [name, document] of Object.entries(documents)) await throughput(`verifyQuotes(${name})`, MEGABYTES, () => verifyQuotes(document));
await throughput('ai-investment-facts verify <adversarial>', 1, () => cli(['verify', file], { dataset }));

describe(`verifyQuotes on ${MEGABYTES} MB documents; the command on 1 MB (goal: under 1 s)`, () => {
  for (const [name, document] of Object.entries(documents)) bench(`verifyQuotes(${name}, ${MEGABYTES} MB)`, () => void verifyQuotes(document), SAMPLES);
  bench('ai-investment-facts verify <adversarial, 1 MB>', async () => void (await cli(['verify', file], { dataset })), SAMPLES);
});
