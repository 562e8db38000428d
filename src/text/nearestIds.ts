/**
 * The public search for the IDs nearest to a mistyped one.
 *
 * @module
 */
import { requireCount, requireString } from '../arguments.js';
import { ArgumentTypeError, toBe } from '../errors.js';
import type { UnknownIdError } from '../errors.js';
import type { LIMITS } from '../limits.js';
import { nearest } from './nearest.js';

/**
 * The IDs nearest to a mistyped one, for error messages: by edit distance
 * (insertions, deletions, substitutions and swaps of two adjacent letters,
 * "lsit" for "list"), ignoring case, at most 1 edit
 * for IDs of up to 4 characters, 2 up to 8 and 3 beyond; an ID that contains
 * the mistyped one (a part of at least 3 characters, such as "ai-vc"), or is
 * contained in it and at least half its length ("plan" in "planned"), counts
 * as at most 1.5 edits away: nearer than two edits, farther than one.
 *
 * Where no ID is that near, IDs are ranked by the hyphen-separated parts they
 * share with the mistyped one instead ("china-ai-vc-2024" finds
 * "china-ai-vc-investment-2024"): a part is shared where it is the same, or
 * one edit away for words of 4 letters or more ("natve" for "native"; never
 * numbers: 2023 is not 2024), and
 * an ID is kept when its shared parts make up at least half of the mistyped
 * ID's letters, most shared letters first.
 *
 * Common prefixes and suffixes are set aside, only a band of the distance
 * table is computed, candidates of too different a length are skipped, and
 * the search narrows as soon as `limit` are found, so a million IDs are
 * searched in under a second.
 *
 * The library's own "did you mean" uses it: {@link UnknownIdError}'s
 * `nearest`, and the command's suggestions for a mistyped command or flag.
 *
 * @param wanted - the mistyped ID.
 * @param candidates - the IDs there are, read once (an array, a set, a map's keys).
 * @param limit - at most how many to return (3 unless given; 0 returns none).
 * @returns At most `limit` of `candidates` near `wanted`, nearest first, ties
 * in the candidates' order; none for a `wanted` longer than any ID may be
 * ({@link LIMITS}.idLength), which is searched for no further.
 * @throws {TypeError} if `wanted` is not a string, `candidates` is a string or
 * not iterable, or one of them is not a string.
 * @throws {RangeError} if `limit` is not a non-negative integer.
 * @example
 * ```ts
 * import { dataset, nearestIds } from 'ai-investment-facts';
 * nearestIds('chnia', dataset.entities.map((entity) => entity.id)); // ['china']
 * nearestIds('lsit', ['list', 'show', 'top']); // ['list']
 * ```
 * @category Records
 */
export function nearestIds(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  requireString('nearestIds', 'wanted', wanted);
  requireCount('nearestIds', 'limit', limit);
  return nearest(wanted, readCandidates(candidates), limit);
}

/**
 * The candidates as an array of strings, read once: they are read twice where
 * nothing is near, and an iterator (a map's keys) can be read only once.
 *
 * @throws {ArgumentTypeError} if they are a string or not iterable, or one is not a string.
 */
function readCandidates(candidates: unknown): readonly string[] {
  const iterable = typeof candidates === 'object' && candidates !== null && typeof (candidates as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!iterable) {
    throw new ArgumentTypeError(toBe('nearestIds', 'candidates', candidates, 'an iterable of strings (an array, a set)'));
  }
  const pool = Array.from(candidates as Iterable<unknown>);
  const at = pool.findIndex((candidate) => typeof candidate !== 'string');
  if (at !== -1) {
    throw new ArgumentTypeError(toBe('nearestIds', `candidates[${at}]`, pool[at], 'a string'));
  }
  return pool as string[];
}
