/**
 * The help of the command and of each subcommand, written from the grammar:
 * the synopsis, what the command does, its options and its examples, each
 * wrapped to fit an 80-column terminal.
 *
 * @module
 */
import { type CommandGrammar, type CommandName, GRAMMAR, TOP_LEVEL } from './grammar.js';
import { wrapText } from './wrapText.js';

/** The width the help is wrapped to. */
const WIDTH = 80;

/** Where an option's help starts: after two spaces and its flags. */
const HELP_COLUMN = 23;

/** `text` wrapped to the help's width, its lines after the first indented by `indent` spaces. */
function wrapped(text: string, indent = 0): string {
  return wrapText(text, WIDTH - indent).join(`\n${' '.repeat(indent)}`);
}

/** The options block of a help: each option, then its help, wrapped beside it. */
function optionLines(options: Readonly<Record<string, string>>): string {
  return Object.entries(options)
    .map(([option, help]) => `  ${option.padEnd(HELP_COLUMN - 2)}${wrapped(help, HELP_COLUMN)}`)
    .join('\n');
}

/** The examples of a help, each as a shell reads it: a line too long goes on after a backslash. */
function examplesOf(examples: readonly string[]): string {
  const lines = examples.map((example) => `  ${wrapText(`ai-investment-facts ${example}`, WIDTH - 8).join(' \\\n      ')}`);
  return `${examples.length === 1 ? 'Example' : 'Examples'}:\n${lines.join('\n')}`;
}

/**
 * The synopsis: `Usage: ai-investment-facts <command>`, then the operands and
 * each option its help lists but help itself, wrapped under the first.
 */
function synopsis(command?: CommandName): string {
  const head = `Usage: ai-investment-facts ${command ?? '<command>'} `;
  if (command === undefined) return `${head}[arguments] [options]`;
  const grammar: CommandGrammar = GRAMMAR[command];
  const words = Object.keys(grammar.operands);
  if (grammar.repeats) words.push(`${words.pop()}...`);
  for (const option of Object.keys(grammar.options))
    if (!option.endsWith('--help')) words.push(`[${option.replace(/^(-\w), --\w+/, '$1').replace(' ', '\u00a0')}]`);
  // Wrapped between words: a no-break space holds a flag to its value.
  return `${head}${wrapped(words.join(' '), head.length)}`.replaceAll('\u00a0', ' ');
}

/** The top level's list of commands, each with its summary. */
function commandList(): string {
  return `Commands:\n${Object.entries(GRAMMAR)
    .map(([name, { summary }]) => `  ${name.padEnd(11)}${summary}`)
    .join('\n')}`;
}

/**
 * The help text of `command`, or of the whole command when none is given.
 *
 * @example
 * ```ts
 * usage('show').split('\n')[0]; // 'Usage: ai-investment-facts show <id> [--json] [--wide]'
 * ```
 * @category CLI
 */
export function usage(command?: CommandName): string {
  if (command === undefined) {
    const { about, options, after, examples } = TOP_LEVEL;
    return [synopsis(), about, commandList(), `Options:\n${optionLines(options)}`, ...after.map((text) => wrapped(text)), examplesOf(examples)].join('\n\n');
  }
  const { about, options, examples } = GRAMMAR[command];
  // The paragraphs of what it does follow each other without a blank line.
  return [synopsis(command), about.map((text) => wrapped(text)).join('\n'), optionLines(options), examplesOf(examples)].join('\n\n');
}

/**
 * What follows a usage error: the synopsis of `command` (at the top level,
 * the list of commands too) and where the rest of its help is, so that a
 * mistake is not buried under the whole help text.
 *
 * @example
 * ```ts
 * usageHint('show');
 * // 'Usage: ai-investment-facts show <id> [--json] [--wide]\n\nRun `ai-investment-facts show --help` for its options and examples.'
 * ```
 * @category CLI
 */
export function usageHint(command?: CommandName): string {
  if (command !== undefined) return `${synopsis(command)}\n\nRun \`ai-investment-facts ${command} --help\` for its options and examples.`;
  return `${synopsis()}\n\n${commandList()}\n\nRun \`ai-investment-facts --help\` for the options.`;
}
