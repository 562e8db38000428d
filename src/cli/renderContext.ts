import { createRequire } from 'node:module';
import type picocolors from 'picocolors';

/**
 * How output is shown: as an aligned table (on a terminal) or tab-separated
 * text (piped), and with colour or without.
 *
 * @example
 * ```ts
 * const context: RenderContext = { tty: false, colour: false };
 * ```
 * @category CLI
 */
export interface RenderContext {
  /** Whether standard output is a terminal. */
  readonly tty: boolean;
  /** Whether to colour the output. */
  readonly colour: boolean;
  /** How many columns a table may take: the terminal's width; absent when piped (rows are never cut). */
  readonly columns?: number;
}

/**
 * The environment variables the command reads: for colour, and `COLUMNS`
 * for the width of a terminal.
 *
 * @example
 * ```ts
 * ENVIRONMENT_VARIABLES.includes('NO_COLOR'); // true
 * ```
 * @category CLI
 */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.freeze(['NO_COLOR', 'FORCE_COLOR', 'TERM', 'COLUMNS']);

/**
 * The render context for a standard output: tables as wide as the terminal
 * (`COLUMNS`, where it is a positive whole number, or else `columns`, where
 * the terminal says its width; never when piped), and colour only on a terminal that
 * is not `TERM=dumb`, and never when `NO_COLOR` is set (to anything but the
 * empty string); `FORCE_COLOR` (non-empty, not `0`) turns colour on off a
 * terminal, for tests, and `FORCE_COLOR=0` turns it off on one.
 *
 * @example
 * ```ts
 * renderContextFor(true, { NO_COLOR: '1' }, 80); // { tty: true, colour: false, columns: 80 }
 * renderContextFor(true, { COLUMNS: '100' }, 80); // { tty: true, colour: true, columns: 100 }
 * renderContextFor(true, { FORCE_COLOR: '0' }, 80); // { tty: true, colour: false, columns: 80 }
 * ```
 * @category CLI
 */
export function renderContextFor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>, columns?: number): RenderContext {
  const force = env['FORCE_COLOR'] ?? '';
  const colour = (env['NO_COLOR'] ?? '') === '' && force !== '0' && ((isTTY && env['TERM'] !== 'dumb') || force !== '');
  const width = /^[1-9]\d{0,5}$/.test(env['COLUMNS'] ?? '') ? Number(env['COLUMNS']) : columns;
  return isTTY && width !== undefined && width > 0 ? { tty: isTTY, colour, columns: width } : { tty: isTTY, colour };
}

/**
 * The styles the output uses, coloured where `context` allows colour:
 * picocolors' bold and dim, or the text unchanged.
 *
 * @example
 * ```ts
 * styles({ tty: true, colour: true }).bold('ID'); // '\u001b[1mID\u001b[22m'
 * styles({ tty: false, colour: false }).dim('united-states'); // 'united-states'
 * ```
 * @category CLI
 */
export function styles(context: RenderContext): { readonly bold: (text: string) => string; readonly dim: (text: string) => string } {
  // Loaded only where there is colour to show, so that piped output does not pay for loading it.
  return context.colour ? (createRequire(import.meta.url)('picocolors') as typeof picocolors).createColors(true) : { bold: String, dim: String };
}
