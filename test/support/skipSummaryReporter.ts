/**
 * Prints, at the end of a run, one line saying which checks were skipped for
 * a missing shared file (an archived document, a Frictionless profile), and
 * why: the notes of `requireShared` (test/support/sharedFiles.ts), counted.
 * Silent when nothing was skipped for that reason.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { MISSING_FILE } from './sharedFiles.js';

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const byNote = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        if (note?.startsWith(MISSING_FILE)) byNote.set(note, (byNote.get(note) ?? 0) + 1);
      }
    }
    if (byNote.size === 0) return;
    // A note is `missing shared file: <file> (<where it was looked for, and how to provide it>)`.
    const byHint = new Map<string, string[]>();
    for (const [note, n] of byNote) {
      const [, file = note, hint = ''] = /^[^:]*: (\S+) \((.*)\)$/.exec(note) ?? [];
      byHint.set(hint, [...(byHint.get(hint) ?? []), `${file} (${n})`]);
    }
    const total = [...byNote.values()].reduce((sum, n) => sum + n, 0);
    const reasons = [...byHint].map(([hint, files]) => `${files.join(', ')}: ${hint}`);
    process.stdout.write(`\n!! SKIPPED ${total} ${total === 1 ? 'check' : 'checks'} that need files not here, by file (checks): ${reasons.join('; ')}\n`);
  }
}
