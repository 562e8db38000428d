import type { RecordType } from '../types.js';
import { brand, carries } from './ArgumentError.js';

const BRAND = /* @__PURE__ */ brand('UnknownIdError');

/** What an {@link UnknownIdError} says as data. */
export interface UnknownId {
  /** The kind of record the ID was to name. */
  readonly recordType: RecordType;
  /** The ID as it was given. */
  readonly id: string;
  /** The dataset's IDs of that kind nearest to it, nearest first. */
  readonly nearest: readonly string[];
  /** The method that was called (`growthOf`); `''` where not given. */
  readonly method?: string;
  /** The argument that held the ID (`metricId`, `options.sourceId`); `''` where not given. */
  readonly argument?: string;
}

/**
 * Thrown by a {@link Dataset}'s lookups, queries, rankings and derived
 * figures for an ID that names no record of the dataset. It is a
 * `RangeError`, so code that catches those keeps working; its fields give
 * what the message says as data, for apps (and the `ai-investment-facts`
 * command) that show their own "did you mean" without parsing the message.
 *
 * The nearest IDs are at most 3, nearest first: for an entity, those whose
 * name or alias was given ("US" finds "united-states"); IDs a few edits away
 * ("silicon-vally" finds "silicon-valley"), IDs that contain the one given
 * ("ai-vc" finds "ai-vc-investment"), else IDs that share most of its
 * hyphen-separated parts ("china-ai-vc-2024" finds
 * "china-ai-vc-investment-2024"). `nearest` is empty where none is near.
 *
 * `instanceof UnknownIdError` holds for the errors of every dataset,
 * `createDataset`'s included, from ESM and CommonJS alike.
 *
 * @example
 * ```ts
 * import { dataset, UnknownIdError, type Dataset } from 'ai-investment-facts';
 * const loose: Dataset = dataset;
 * try {
 *   loose.entity('silicon-vally');
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.recordType, error.id, error.nearest);
 *   // entity silicon-vally [ 'silicon-valley' ]
 * }
 * ```
 * @category Errors
 */
export class UnknownIdError extends RangeError {
  /** The kind of record the ID was to name. */
  readonly recordType: RecordType;
  /** The ID as it was given. */
  readonly id: string;
  /** The dataset's IDs of that kind nearest to it, nearest first: at most 3, and none where none is near. */
  readonly nearest: readonly string[];
  /** The method that was called (`growthOf`). */
  readonly method: string;
  /** The argument that held the ID (`metricId`, `options.sourceId`). */
  readonly argument: string;
  /** The value that argument held: the ID. */
  readonly value: string;

  /**
   * An error with the message as given, and the record type, the ID, the nearest IDs, the method and the argument as fields.
   *
   * @param message - the whole message, in the form of the library's other
   *   errors: ``fact: expected `id` to be the ID of a fact of this dataset, received "x"; none is near it``.
   * @param details - the record type, the ID and the nearest IDs; the method and argument where known.
   */
  constructor(message: string, details: UnknownId) {
    super(message);
    this.name = 'UnknownIdError';
    this.recordType = details.recordType;
    this.id = details.id;
    this.nearest = Object.freeze([...details.nearest]);
    this.method = details.method ?? '';
    this.argument = details.argument ?? '';
    this.value = details.id;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Whether `value` is an `UnknownIdError` from any copy of this package.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return carries(value, BRAND);
  }
}
