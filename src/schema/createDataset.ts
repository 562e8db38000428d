import type { Dataset, DatasetRecords } from '../dataset/Dataset.js';
import { openDataset } from '../dataset/openDataset.js';
import { deepFreeze } from '../deepFreeze.js';
import { formatPath, InvalidRecordsError, type RecordIssue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { RECORD_COLLECTIONS } from '../vocabulary.js';
import { checkReferences, datasetSchema, isObject, RECORD_SCHEMAS, type Report } from './datasetSchema.js';
import { CheckStopped, readPlain } from './readPlain.js';

/**
 * Validates a user's own records with {@link datasetSchema} (every record's
 * shape, IDs unique, references resolving, units suiting their metrics) and
 * returns a {@link Dataset} over a deeply frozen copy of them, with the same
 * lookups, queries, rankings, derived figures and consistency audit as the
 * built-in `dataset`. Nothing is dropped or repaired: invalid records throw,
 * with every problem listed, up to `LIMITS.issueCount` of them.
 *
 * The records are first read once, bounded, into plain data, which the
 * schemas then check: each getter runs once, and no schema work is done on
 * what cannot be read or is too large. Safe on records a user uploaded.
 *
 * To extend the built-in records, pass them in with yours:
 * `createDataset({ ...builtInRecords, facts: [...facts, ...myFacts] })`.
 *
 * @param records - the five collections: typed, in which case the dataset's
 * methods take their literal IDs, or anything at all (`unknown`, `any` from
 * `JSON.parse`), in which case they take strings.
 * @returns A dataset of the validated, frozen copy.
 * @throws {InvalidRecordsError} (a `TypeError`) if the records are invalid, with every issue and its path.
 * Problems of reading come first, alone, before any schema is checked: a
 * collection of more than `LIMITS.collectionSize` records, any other list of
 * more than `LIMITS.listLength` items (each checked by its length before any
 * item is read), a string of more than `LIMITS.textLength` characters, a
 * value that is neither plain data nor a primitive (`received a Map`), a
 * getter or a Proxy trap that throws. The check stops at the problem after
 * the `LIMITS.issueCount`th (100th), and the error's `unchecked` (and its
 * message's last line) says what it did not reach: `999,990 facts and the
 * checks across records were not checked`.
 * @example
 * ```ts
 * import { createDataset } from 'ai-investment-facts/schema';
 * import { sources, entities, metrics, facts, claims } from 'ai-investment-facts';
 * const mine = createDataset({ sources, entities, metrics, facts, claims });
 * mine.topEcosystems('share-of-global-ai-native-funding', 1)[0]?.entityId; // 'silicon-valley'
 * ```
 * @category Datasets
 */
export function createDataset<const R extends DatasetRecords>(records: R): Dataset<0 extends 1 & R ? DatasetRecords : R>;
export function createDataset(records: unknown): Dataset;
export function createDataset(records: unknown): Dataset {
  const issues: RecordIssue[] = [];
  const report: Report = (path, message) => {
    if (issues.length === LIMITS.issueCount) throw new CheckStopped([...path]);
    issues.push({ path: [...path], message });
  };
  /** `step`'s result; an InvalidRecordsError saying what was left unchecked if it stopped, or (`final`) if any problem was found. */
  const check = <T>(step: () => T, unchecked: (path: readonly PropertyKey[]) => string, final = true): T => {
    let result: T;
    try {
      result = step();
    } catch (error) {
      throw error instanceof CheckStopped ? new InvalidRecordsError(issues, { unchecked: unchecked(error.path) }) : error;
    }
    if (final && issues.length > 0) throw new InvalidRecordsError(issues);
    return result;
  };
  const snapshot = check(
    () => readPlain(records, report),
    (path) => `the records past ${formatPath(path)} were not read`,
  );
  const collections = isObject(snapshot) ? snapshot : {};
  const valid = check(
    () => checkRecords(snapshot, collections, report),
    (path) => recordsAfter(collections, path),
    false,
  );
  check(
    () => checkReferences(collections, report),
    (path) => `the checks across records past ${formatPath(path)} were not made`,
  );
  return openDataset(deepFreeze(valid));
}

/**
 * The records of `snapshot` (its `collections`) as their schemas parse them,
 * each checked on its own so that the check can stop after any; first, the records as a whole
 * (their fields, the kind of each collection), which {@link datasetSchema}
 * checks of `snapshot` with each collection emptied.
 */
function checkRecords(snapshot: unknown, collections: Readonly<Record<string, unknown>>, report: Report): DatasetRecords {
  const shell = isObject(snapshot) ? Object.fromEntries(Object.entries(snapshot).map(([name, list]) => [name, Array.isArray(list) ? [] : list])) : snapshot;
  for (const { path, message } of datasetSchema.safeParse(shell).error?.issues ?? []) report(path, message);
  const parsed: Record<string, unknown[]> = {};
  for (const [name, schema] of Object.entries(RECORD_SCHEMAS)) {
    const list = collections[name];
    if (!Array.isArray(list)) continue;
    parsed[name] = list.map((record, i) => {
      const result = schema.safeParse(record);
      for (const { path, message } of result.error?.issues ?? []) report([name, i, ...path], message);
      return result.data;
    });
  }
  return parsed as unknown as DatasetRecords;
}

/** What the check of each record had not reached when it stopped at `path` (`['facts', 9, 'id']`): the records after that one, and the checks across records. */
function recordsAfter(collections: Readonly<Record<string, unknown>>, [name, index]: readonly PropertyKey[]): string {
  const stoppedIn = Object.values(RECORD_COLLECTIONS).indexOf(name as never);
  const left = Object.entries(RECORD_COLLECTIONS).flatMap(([type, collection], i) => {
    const list = collections[collection];
    const count = !Array.isArray(list) || i < stoppedIn ? 0 : list.length - (i === stoppedIn ? Number(index) + 1 : 0);
    return count > 0 ? [`${count.toLocaleString('en')} ${count === 1 ? type : collection}`] : [];
  });
  return `${new Intl.ListFormat('en').format([...left, 'the checks across records'])} were not checked`;
}
