/**
 * The errors the library throws for bad arguments, with what their message
 * says as data: the method, the argument at fault, the value received, and the
 * message's parts, in which every argument and method it names is a reference
 * rather than text. An app (or the `ai-investment-facts` command) can render
 * the same message in its own words for those names, never parsing the text.
 *
 * Every message has one form: ``method: expected <what>, received <what>``,
 * then, where there is one, `; <what to do>`.
 *
 * @module
 */

/** A name of an argument inside a message: `fromPeriod`, `options.period`, `factIds[1]`. */
export interface ArgumentReference {
  /** The argument's name as the method's signature and docs give it, with the path into it. */
  readonly argument: string;
  /** The value the message shows with the name, where it shows one (`choice` `{"unit":"EUR"}`). */
  readonly value?: unknown;
}

/** A name of a method inside a message: "use `ratioOf`". */
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
 `` `options.period` `` and `ratioOf`; the command's are `--period` and "the
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

/** What an argument error is made of. */
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

/** The library's own names: an argument in backticks (with its value as JSON, where shown), a method as it is. */
const LIBRARY_NAMING: MessageNaming = {
  argument: ({ argument, value }) => (value === undefined ? `\`${argument}\`` : `\`${argument}\` ${describeAsJson(value)}`),
  method: ({ method }) => method,
};

/** Renders message parts with `naming`. */
function render(parts: readonly MessagePart[], naming: MessageNaming): string {
  return parts.map((part) => (typeof part === 'string' ? part : 'argument' in part ? naming.argument(part) : naming.method(part))).join('');
}

/** The message after the method's name: `expected …, received …[; …]`. */
function describe(problem: ArgumentProblem, naming: MessageNaming): string {
  const received = problem.received === undefined ? describeValue(problem.value) : render(problem.received, naming);
  const remedy = problem.remedy === undefined ? '' : `; ${render(problem.remedy, naming)}`;
  return `expected ${render(problem.expected, naming)}, received ${received}${remedy}`;
}

/** The longest string a message quotes whole; a longer one is shown by its start and its length. */
const LONGEST_QUOTED = 120;

/**
 * Characters that JSON leaves as they are but that a terminal or a text
 * viewer acts on: DEL, the C1 controls (`\u009b` starts an escape sequence
 * like ESC [), the line and paragraph separators, and the bidirectional
 * controls that reorder what is shown (`\u202e`).
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `text` as a JSON string in which no character can act on a terminal: every control is a `\u` escape. */
function quoted(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/** JSON text with the characters JSON leaves raw but a terminal acts on written as `\u` escapes (still valid JSON). */
function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string as a message shows it: quoted, escaped, and past {@link LONGEST_QUOTED} characters cut short with its length. */
function describeString(text: string): string {
  if (text.length <= LONGEST_QUOTED) return quoted(text);
  // Never cut between the two halves of a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(text.charAt(LONGEST_QUOTED - 1)) ? LONGEST_QUOTED - 1 : LONGEST_QUOTED;
  return `${quoted(`${text.slice(0, cut)}…`)} (${text.length} characters)`;
}

/**
 * A value as a message shows it: numbers as JavaScript prints them, strings
 * quoted with every control character escaped (and a long one cut short, with
 * its length), the rest by kind (`an object`, `a Map`, `an array of 3`). It
 * never throws, whatever the value: a Proxy whose traps throw, a revoked
 * Proxy or an object with a throwing `constructor` getter is `an object`.
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
    return describeAnyValue(value);
  } catch {
    return typeof value === 'function' ? 'a function' : 'an object';
  }
}

/** {@link describeValue}, which may throw where a Proxy or getter does. */
function describeAnyValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return describeString(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  if (typeof name !== 'string' || name === '' || name === 'Object') return 'an object';
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * A value shown beside an argument's name (`choice` `{"unit":"EUR"}`): as
 * escaped JSON where it has a short JSON form, described otherwise (a BigInt,
 * a cyclic object, a Proxy whose traps throw). It never throws.
 */
function describeAsJson(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined && json.length <= LONGEST_QUOTED) return escapeUnsafe(json);
  } catch {
    // Not JSON: described by kind instead.
  }
  return describeValue(value);
}

/**
 * A registered brand for each error class, so that `instanceof` holds for an
 * error thrown by any copy of this package loaded at once (its ES module and
 * its CommonJS build).
 *
 * @internal
 */
export function brand(name: string): symbol {
  return Symbol.for(`ai-investment-facts.${name}`);
}

/** Whether `value` carries `mark`. @internal */
export function carries(value: unknown, mark: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
}

/** Gives a new error the problem's parts (the optional ones only where given) and the class's brand. */
function holdProblem(error: Error, problem: ArgumentProblem, mark: symbol): void {
  const { method, argument, value, expected, received, remedy } = problem;
  Object.assign(error, { method, argument, value, expected }, received === undefined ? {} : { received }, remedy === undefined ? {} : { remedy });
  Object.defineProperty(error, mark, { value: true });
}

const TYPE_BRAND = /* @__PURE__ */ brand('ArgumentTypeError');
const RANGE_BRAND = /* @__PURE__ */ brand('ArgumentRangeError');

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
export class ArgumentTypeError extends TypeError {
  /**
   * An error whose message is ``method: expected …, received …``, from `problem`.
   *
   * @param problem - the method, argument, value and the message's parts.
   */
  constructor(problem: ArgumentProblem) {
    super(`${problem.method}: ${describe(problem, LIBRARY_NAMING)}`);
    this.name = 'TypeError';
    holdProblem(this, problem, TYPE_BRAND);
  }

  /**
   * The message after the method's name, with arguments and methods named by `naming`.
   *
   * @param naming - the words for arguments and methods.
   */
  describe(naming: MessageNaming): string {
    return describe(this, naming);
  }

  /**
   * Whether `value` is an `ArgumentTypeError` from any copy of this package.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return carries(value, TYPE_BRAND);
  }
}

/** The fields of an `ArgumentTypeError`: its problem's, declared once, in `ArgumentProblem`. */
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
export class ArgumentRangeError extends RangeError {
  /**
   * An error whose message is ``method: expected …, received …[; …]``, from `problem`.
   *
   * @param problem - the method, argument, value and the message's parts.
   */
  constructor(problem: ArgumentProblem) {
    super(`${problem.method}: ${describe(problem, LIBRARY_NAMING)}`);
    this.name = 'RangeError';
    holdProblem(this, problem, RANGE_BRAND);
  }

  /**
   * The message after the method's name, with arguments and methods named by `naming`.
   *
   * @param naming - the words for arguments and methods.
   */
  describe(naming: MessageNaming): string {
    return describe(this, naming);
  }

  /**
   * Whether `value` is an `ArgumentRangeError` from any copy of this package.
   *
   * @param value - anything.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return carries(value, RANGE_BRAND);
  }
}

/** The fields of an `ArgumentRangeError`: its problem's, declared once, in `ArgumentProblem`. */
export interface ArgumentRangeError extends ArgumentProblem {}

/** `{ argument: name }`, for a message part. @internal */
export function arg(argument: string, value?: unknown): ArgumentReference {
  return value === undefined ? { argument } : { argument, value };
}

/** `{ method: name }`, for a message part. @internal */
export function method(name: string): MethodReference {
  return { method: name };
}

/**
 * Message parts from a template: text stays text, a reference stays a
 * reference, anything else is written as text: `` parts`${arg('n')} to be > 0` ``.
 *
 * @internal
 */
export function parts(strings: TemplateStringsArray, ...values: readonly (MessagePart | number)[]): MessagePart[] {
  const out: MessagePart[] = [];
  strings.forEach((text, i) => {
    if (text !== '') out.push(text);
    const value = values[i];
    if (value !== undefined) out.push(typeof value === 'number' ? String(value) : value);
  });
  return out;
}
