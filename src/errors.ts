/**
 * The errors the package throws, all recognised by one base,
 * {@link AiInvestmentFactsError}, and what their messages say as data: the
 * method, the argument at fault, the value received, and the message's
 * parts, in which every argument and method named is a reference rather
 * than text. An app (or the `ai-investment-facts` command) can render the
 * same message in its own words for those names, never parsing the text.
 *
 * Every argument error's message has one form: ``method: expected <what>,
 * received <what>``, then, where there is one, `; <what to do>`.
 *
 * @module
 */
import { didYouMeanText } from './text/listed.js';
import { printable, quoted } from './text/printable.js';
import type { RecordType } from './types.js';

/**
 * A name of an argument inside a message: `fromPeriod`, `options.period`, `factIds[1]`.
 *
 * @example
 * ```ts
 * import type { ArgumentReference } from 'ai-investment-facts';
 * const reference: ArgumentReference = { argument: 'options.period' };
 * ```
 * @category Errors
 */
export interface ArgumentReference {
  /** The argument's name as the method's signature and docs give it, with the path into it. */
  readonly argument: string;
  /** The value the message shows with the name, where it shows one (`choice` `{"unit":"EUR"}`). */
  readonly value?: unknown;
}

/**
 * A name of a method inside a message: "use `ratioOf`".
 *
 * @example
 * ```ts
 * import type { MethodReference } from 'ai-investment-facts';
 * const reference: MethodReference = { method: 'ratioOf' };
 * ```
 * @category Errors
 */
export interface MethodReference {
  /** The method's name: `ratioOf`. */
  readonly method: string;
}

/**
 * One part of a message: text, or a reference to an argument or a method.
 *
 * @example
 * ```ts
 * import type { MessagePart } from 'ai-investment-facts';
 * const parts: MessagePart[] = [{ argument: 'toPeriod' }, ' to start after ', { argument: 'fromPeriod' }, ' ends'];
 * ```
 * @category Errors
 */
export type MessagePart = string | ArgumentReference | MethodReference;

/**
 * How a message names arguments and methods. The library's own names are
 * `` `options.period` `` and `ratioOf`; the command's are `--period` and "the
 * ratio command".
 *
 * @example
 * ```ts
 * import type { MessageNaming } from 'ai-investment-facts';
 * const flags: MessageNaming = {
 *   argument: ({ argument }) => `--${argument.replace(/^options\./, '')}`,
 *   method: ({ method }) => method,
 * };
 * ```
 * @category Errors
 */
export interface MessageNaming {
  /** The words for an argument (and the value shown with it, if any). */
  readonly argument: (reference: ArgumentReference) => string;
  /** The words for a method. */
  readonly method: (reference: MethodReference) => string;
}

/**
 * What an argument error is made of: the fields of every
 * {@link ArgumentTypeError} and {@link ArgumentRangeError}.
 *
 * @example
 * ```ts
 * import type { ArgumentProblem } from 'ai-investment-facts';
 * const problem: ArgumentProblem = { method: 'cagr', argument: 'years', value: 0, expected: [{ argument: 'years' }, ' > 0'] };
 * ```
 * @category Errors
 */
export interface ArgumentProblem {
  /** The method (or function) that was called: `topEntities`, `cagr`. */
  readonly method: string;
  /** The argument at fault, with the path into it: `n`, `options.period`, `factIds[1]`. */
  readonly argument: string;
  /** The value that argument held. */
  readonly value: unknown;
  /** What was expected: ``[{ argument: 'n' }, ' to be a non-negative integer']``. */
  readonly expected: readonly MessagePart[];
  /** What was received, where it is more than the value itself; default: the value, described. */
  readonly received?: readonly MessagePart[];
  /** What to do about it, where the message says: ``['pass ', { argument: 'options.period' }]``. */
  readonly remedy?: readonly MessagePart[];
}

/** `{ argument: name }` (with the value shown beside it, where given), for a message part. @internal */
export function arg(argument: string, value?: unknown): ArgumentReference {
  return value === undefined ? { argument } : { argument, value };
}

/** `{ method: name }`, for a message part. @internal */
export function method(name: string): MethodReference {
  return { method: name };
}

/**
 * Message parts from a template: text stays text, a reference stays a
 * reference, a number is written as text: `` parts`${arg('n')} to be > 0` ``.
 *
 * @internal
 */
export function parts(strings: TemplateStringsArray, ...values: readonly (MessagePart | number)[]): MessagePart[] {
  return strings.flatMap((text, i) => {
    const value = values[i];
    return [...(text === '' ? [] : [text]), ...(value === undefined ? [] : [typeof value === 'number' ? String(value) : value])];
  });
}

/**
 * The problem of argument `name` of `method` holding `value` where `what` was
 * expected: ``method: expected `name` to be <what>, received <value>``.
 *
 * @internal
 */
export function toBe(method: string, name: string, value: unknown, what: string): ArgumentProblem {
  return { method, argument: name, value, expected: [arg(name), ` to be ${what}`] };
}

/** `problem` with its value shown with its type: ``received "3" (string)``. @internal */
export function withType(problem: ArgumentProblem): ArgumentProblem {
  return { ...problem, received: [`${describeValue(problem.value)} (${typeof problem.value})`] };
}

/** The longest string a message quotes whole; a longer one is shown by its start and its length. */
const LONGEST_QUOTED = 120;

/**
 * `text` as `show` writes it where it has at most `most` characters; else its
 * first `most` (never cut between the two halves of a surrogate pair) and `…`,
 * as `show` writes them, then its length: `"abc…" (200 characters)`.
 */
function cutShort(text: string, most: number, show = (shown: string) => shown): string {
  return text.length <= most ? show(text) : `${show(`${text.slice(0, most).replace(/[\ud800-\udbff]$/, '')}…`)} (${text.length} characters)`;
}

/**
 * A value as a message shows it: numbers as JavaScript prints them, strings
 * quoted with every character a terminal acts on escaped (and a long one cut
 * short, with its length), the rest by kind (`an object`, `a Map`, `an
 * array of 3`). It never throws, whatever the value: a Proxy whose traps
 * throw, a revoked Proxy or an object with a throwing `constructor` getter
 * is `an object`.
 *
 * @example
 * ```ts
 * describeValue('2023-2024'); // '"2023-2024"'
 * describeValue(-0); // '-0'
 * describeValue(new Map()); // 'a Map'
 * describeValue('\u001b[31m'); // '"\\u001b[31m"'
 * ```
 * @internal
 */
export function describeValue(value: unknown): string {
  try {
    if (Object.is(value, -0)) return '-0';
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'string') return cutShort(value, LONGEST_QUOTED, quoted);
    if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
    if (typeof value !== 'object' || value === null) return String(value);
    if (Array.isArray(value)) return `an array of ${value.length}`;
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name !== 'string' || name === '' || name === 'Object' ? 'an object' : `${/^([AEIO]|Un)/.test(name) ? 'an' : 'a'} ${name}`;
  } catch {
    return 'an object';
  }
}

/** The library's own names: an argument in backticks (with its value as JSON, where shown), a method as it is. */
const LIBRARY_NAMING: MessageNaming = {
  argument: ({ argument, value }) => `\`${argument}\`${value === undefined ? '' : ` ${describeAsJson(value)}`}`,
  method: ({ method }) => method,
};

/** A value shown beside an argument's name: as escaped JSON where it has a short JSON form, described otherwise. */
function describeAsJson(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined && json.length <= LONGEST_QUOTED) return printable(json);
  } catch {
    // Not JSON (a BigInt, a cycle, a throwing Proxy): described by kind instead.
  }
  return describeValue(value);
}

/** The message after the method's name, with arguments and methods named by `naming`: `expected …, received …[; …]`. */
function describeProblem({ value, expected, received, remedy }: ArgumentProblem, naming: MessageNaming): string {
  const render = (parts: readonly MessagePart[]) =>
    parts.map((part) => (typeof part === 'string' ? part : 'argument' in part ? naming.argument(part) : naming.method(part))).join('');
  return `expected ${render(expected)}, received ${received ? render(received) : describeValue(value)}${remedy ? `; ${render(remedy)}` : ''}`;
}

/** The registered symbol that marks an object as an instance of the package's class `name` (an error class, `Dataset`), in any copy of the package. */
export function brand(name: string): symbol {
  return Symbol.for(`ai-investment-facts.${name}`);
}

/** Whether `value` carries the brand of the class `name` as its own property (not inherited, as `Object.create(dataset)` would). */
export function branded(value: unknown, name: string): boolean {
  try {
    return Object.hasOwn(value as object, brand(name));
  } catch {
    return false; // null or undefined, a revoked Proxy, or one whose trap throws
  }
}

/**
 * Gives a new error its `name`, the brands of the base and of its class
 * `className`, and the fields of its `problem` (the optional ones only where
 * given).
 */
function adopt(error: Error, name: string, className: string, problem?: ArgumentProblem): void {
  error.name = name;
  if (problem) {
    const { method, argument, value, expected, received, remedy } = problem;
    Object.assign(error, { method, argument, value, expected }, received && { received }, remedy && { remedy });
  }
  for (const each of ['AiInvestmentFactsError', className]) Object.defineProperty(error, brand(each), { value: true });
}

/** The message of an argument error: ``method: expected …, received …[; …]``. */
function messageOf(problem: ArgumentProblem): string {
  return `${problem.method}: ${describeProblem(problem, LIBRARY_NAMING)}`;
}

/**
 * What every error of the package is: `instanceof AiInvestmentFactsError`
 * holds for {@link ArgumentTypeError}, {@link ArgumentRangeError},
 * {@link UnknownIdError} and `InvalidRecordsError`, thrown by any copy of
 * the package loaded at once (its ES module, its CommonJS build, `/schema`).
 * Each is also the built-in error its kind calls for (a `TypeError` or a
 * `RangeError`), so that code catching those keeps working; this class is
 * never thrown itself, and recognises the others by a registered brand.
 *
 * @example
 * ```ts
 * import { AiInvestmentFactsError, dataset } from 'ai-investment-facts';
 * try {
 *   dataset.topEntities('ai-vc-investment', -1);
 * } catch (error) {
 *   if (error instanceof AiInvestmentFactsError) console.log(error.message); // topEntities: expected `n` to be a non-negative integer, received -1
 * }
 * ```
 * @category Errors
 */
export abstract class AiInvestmentFactsError extends Error {
  /**
   * Whether `value` is an error of this package, from any copy of it.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, 'AiInvestmentFactsError');
  }
}

/**
 * The one definition of the argument errors: on top of the built-in error
 * `Base` their kind calls for, a message and fields made from an
 * {@link ArgumentProblem}, `describe` for other words, and `instanceof` by the
 * brand of `className`, which holds across copies of the package.
 */
function argumentError(Base: new (message: string) => Error, className: string) {
  return class extends Base {
    /**
     * An error whose message is ``method: expected …, received …[; …]``, from `problem`.
     *
     * @param problem - the method, argument, value and the message's parts.
     */
    constructor(problem: ArgumentProblem) {
      super(messageOf(problem));
      adopt(this, Base.name, className, problem);
    }

    /**
     * The message after the method's name, with arguments and methods named by `naming`.
     *
     * @param naming - the words for arguments and methods.
     */
    describe(naming: MessageNaming): string {
      return describeProblem(this as unknown as ArgumentProblem, naming);
    }

    /**
     * Whether `value` is an error of this class (or of a subclass) from any copy of this package.
     *
     * @param value - anything.
     */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return branded(value, className);
    }
  };
}

/**
 * Thrown for an argument of the wrong kind (a string where a number was
 * expected). It is a `TypeError` (and its `name` stays `TypeError`, so that
 * code and logs matching on it keep working), with the method, the argument,
 * the value and the message's parts as fields.
 *
 * @example
 * ```ts
 * import { ArgumentTypeError, share } from 'ai-investment-facts';
 * try {
 *   share('10' as never, 40);
 * } catch (error) {
 *   if (error instanceof ArgumentTypeError) console.log(error.method, error.argument, error.value); // share part 10
 * }
 * ```
 * @category Errors
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the fields are the problem's, declared once in ArgumentProblem and assigned by the constructor
export class ArgumentTypeError extends /* @__PURE__ */ argumentError(TypeError, 'ArgumentTypeError') {}

export interface ArgumentTypeError extends ArgumentProblem {}

/**
 * Thrown for an argument of the right kind but a wrong value (a negative
 * count, a malformed period, facts that cannot be combined). It is a
 * `RangeError` (and its `name` stays `RangeError`), with the method, the
 * argument, the value and the message's parts as fields.
 *
 * @example
 * ```ts
 * import { ArgumentRangeError, cagr } from 'ai-investment-facts';
 * try {
 *   cagr(40, 76, 0);
 * } catch (error) {
 *   if (error instanceof ArgumentRangeError) console.log(error.method, error.argument, error.value); // cagr years 0
 * }
 * ```
 * @category Errors
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the fields are the problem's, declared once in ArgumentProblem and assigned by the constructor
export class ArgumentRangeError extends /* @__PURE__ */ argumentError(RangeError, 'ArgumentRangeError') {}

export interface ArgumentRangeError extends ArgumentProblem {}

/**
 * The nearest names as a message offers them: `did you mean "a" or "b"?`, or
 * `none is near it`.
 *
 * @internal
 */
export function nearestText(nearest: readonly string[]): string {
  return nearest.length === 0 ? 'none is near it' : didYouMeanText(nearest.map((name) => JSON.stringify(name)));
}

/**
 * Thrown by a {@link Dataset}'s lookups, queries, rankings and derived
 * figures for an ID that names no record of the dataset: an
 * {@link ArgumentRangeError} (so a `RangeError`) whose `value` is the ID,
 * with the kind of record and the nearest IDs as fields, for apps (and the
 * `ai-investment-facts` command) that show their own "did you mean" without
 * parsing the message.
 *
 * The nearest IDs are at most 3, nearest first: for an entity, those whose
 * name or alias was given ("US" finds "united-states"); IDs a few edits away
 * ("silicon-vally" finds "silicon-valley"), IDs that contain the one given
 * ("ai-vc" finds "ai-vc-investment"), else IDs that share most of its
 * hyphen-separated parts ("china-ai-vc-2024" finds
 * "china-ai-vc-investment-2024"). `nearest` is empty where none is near.
 *
 * @example
 * ```ts
 * import { dataset, UnknownIdError, type Dataset } from 'ai-investment-facts';
 * const loose: Dataset = dataset;
 * try {
 *   loose.entity('silicon-vally');
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.recordType, error.value, error.nearest);
 *   // entity silicon-vally [ 'silicon-valley' ]
 * }
 * ```
 * @category Errors
 */
export class UnknownIdError extends ArgumentRangeError {
  /** The kind of record the ID was to name. */
  readonly recordType: RecordType;
  /** The dataset's IDs of that kind nearest to it, nearest first: at most 3, and none where none is near. */
  readonly nearest: readonly string[];
  declare readonly value: string;

  /**
   * An error whose message is ``method: expected `argument` to be the ID of a metric of this dataset, received "x"; did you mean "y"?``.
   *
   * @param method - the method that was called: `growthOf`.
   * @param argument - the argument that held the ID: `metricId`, `options.sourceId`.
   * @param id - the ID as it was given.
   * @param recordType - the kind of record it was to name.
   * @param nearest - the dataset's IDs of that kind nearest to it, nearest first.
   */
  constructor(method: string, argument: string, id: string, recordType: RecordType, nearest: readonly string[]) {
    super({
      ...toBe(method, argument, id, `the ID of ${/^[aeiou]/.test(recordType) ? 'an' : 'a'} ${recordType} of this dataset`),
      remedy: [nearestText(nearest)],
    });
    adopt(this, 'UnknownIdError', 'UnknownIdError');
    this.recordType = recordType;
    this.nearest = Object.freeze([...nearest]);
  }

  /**
   * Whether `value` is an `UnknownIdError` from any copy of this package.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, 'UnknownIdError');
  }
}

/**
 * One problem of invalid records: where it is, and what is wrong.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from 'ai-investment-facts/schema';
 * const issue: RecordIssue = { path: ['facts', 0, 'entityId'], message: 'Expected an ID of entities, received "atlantis"' };
 * ```
 * @category Errors
 */
export interface RecordIssue {
  /** The path from the records to the offending value: `['facts', 0, 'entityId']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, and what was received. */
  readonly message: string;
}

/** `['facts', 0, 'entityId']` as `facts[0].entityId`. @internal */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the records)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The most characters of one issue the message shows: a longer one (a path or a message holding long keys or IDs) is cut there, with its length. */
const LONGEST_ISSUE = 1_000;

/**
 * Thrown by `createDataset` for invalid records, with every problem, not only
 * the first, up to `LIMITS.issueCount` of them: `issues` holds them as data,
 * and the message lists them one a line, each with its path (an issue of more
 * than 1,000 characters cut there, with its length). Where the check stopped
 * at that limit, `unchecked` says what it did not reach, and so does the
 * message's last line. It is a `TypeError`.
 *
 * @example
 * ```ts
 * import { createDataset, InvalidRecordsError } from 'ai-investment-facts/schema';
 * try {
 *   createDataset({ sources: [], entities: [], metrics: [], facts: [{}], claims: [] });
 * } catch (error) {
 *   if (error instanceof InvalidRecordsError) console.error(error.issues.length); // 11
 * }
 * ```
 * @category Errors
 */
export class InvalidRecordsError extends TypeError {
  /** Every problem found, in the order of the records. */
  readonly issues: readonly RecordIssue[];
  /**
   * What the check did not reach, where it stopped after listing
   * `LIMITS.issueCount` problems (`"999,990 facts and the checks across
   * records were not checked"`); `undefined` where it checked everything.
   */
  readonly unchecked: string | undefined;

  /**
   * An error whose message lists every issue, one a line, each with its path.
   *
   * @param issues - every problem found, in the order of the records.
   * @param options - the standard error options (`cause`, the error that
   *   revealed the problems) and `unchecked`, what the check did not reach
   *   where it stopped before the end.
   */
  constructor(issues: readonly RecordIssue[], options?: { readonly cause?: unknown; readonly unchecked?: string }) {
    const unchecked = options?.unchecked;
    const lines = issues.map((issue) => cutShort(`${formatPath(issue.path)}: ${issue.message}`, LONGEST_ISSUE));
    if (unchecked !== undefined) lines.push(`… and the check stopped there: ${unchecked}`);
    const count = `${unchecked === undefined ? '' : 'more than '}${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
    super(`createDataset: expected valid records, received ${count}:${lines.map((line) => `\n  ${line}`).join('')}`, options);
    adopt(this, 'InvalidRecordsError', 'InvalidRecordsError');
    this.issues = issues;
    this.unchecked = unchecked;
  }

  /**
   * Whether `value` is an `InvalidRecordsError` from any copy of this package.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, 'InvalidRecordsError');
  }
}
