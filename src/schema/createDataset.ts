import type { Dataset, DatasetRecords } from '../dataset/Dataset.js';
import { openDataset } from '../dataset/openDataset.js';
import { isArray } from '../arguments.js';
import { deepFreeze } from '../deepFreeze.js';
import { describeValue, InvalidRecordsError, type RecordIssue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { RECORD_COLLECTIONS } from '../vocabulary.js';
import { datasetSchema } from './datasetSchema.js';

/**
 * The collections holding more than `LIMITS.collectionSize` records, as
 * issues: checked by their length before any record is read, so that an
 * array claiming four billion records is refused at once.
 */
function oversizedCollections(records: unknown): RecordIssue[] {
  if (typeof records !== 'object' || records === null) return [];
  return Object.values(RECORD_COLLECTIONS).flatMap((name): RecordIssue[] => {
    const list: unknown = (records as Record<string, unknown>)[name];
    if (!isArray(list) || list.length <= LIMITS.collectionSize) return [];
    return [{ path: [name], message: `Expected at most ${LIMITS.collectionSize} records, received ${describeValue(list)}` }];
  });
}

/**
 * Validates a user's own records with {@link datasetSchema} (every record's
 * shape, IDs unique, references resolving, units suiting their metrics) and
 * returns a {@link Dataset} over a deeply frozen copy of them, with the same
 * lookups, queries, rankings, derived figures and consistency audit as the
 * built-in `dataset`. Nothing is dropped or repaired: invalid records throw,
 * with every problem listed.
 *
 * To extend the built-in records, pass them in with yours:
 * `createDataset({ ...builtInRecords, facts: [...facts, ...myFacts] })`.
 *
 * @param records - the five collections: typed, in which case the dataset's
 * methods take their literal IDs, or anything at all (`unknown`, `any` from
 * `JSON.parse`), in which case they take strings.
 * @returns A dataset of the validated, frozen copy.
 * @throws {InvalidRecordsError} (a `TypeError`) if the records are invalid, with every issue and its path;
 * also if a collection holds more than `LIMITS.collectionSize` records (checked
 * before any is read), or if reading the records throws (a getter, a Proxy).
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
  const oversized = oversizedCollections(records);
  if (oversized.length > 0) throw new InvalidRecordsError(oversized);
  let result: ReturnType<typeof datasetSchema.safeParse>;
  try {
    result = datasetSchema.safeParse(records);
  } catch (error) {
    // A getter or a Proxy trap of the records threw while they were read.
    const reason = describeValue(error instanceof Error ? error.message : error);
    throw new InvalidRecordsError([{ path: [], message: `Expected records that can be read, received records whose reading threw ${reason}` }], {
      cause: error,
    });
  }
  if (!result.success) {
    throw new InvalidRecordsError(
      result.error.issues.map(({ path, message }) => ({ path, message })),
      { cause: result.error },
    );
  }
  return openDataset(deepFreeze(result.data));
}
