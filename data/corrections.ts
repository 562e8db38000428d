/**
 * The corrections ledger: every change to a value that a release has
 * published (a fact's value, unit, precision, status or period, or any
 * record's quote), with the old value, the new one, the reason and the
 * release that first carries the correction. Entries are added, never edited
 * or removed; the release check (`test/release/`) fails when a published value
 * changes without one.
 *
 * It is empty because no release has been published yet: values changed before
 * the first release corrected nothing a user could have read.
 */
import type { Correction } from '../src/types.js';

export const corrections: readonly Correction[] = [];
