/**
 * The help, written from the grammar: every command's help has its synopsis,
 * options and examples, fits 80 columns, documents every flag the parser
 * accepts, and names in its synopsis every option it lists.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, STATUSES } from '../../src/index.js';
import { COMMANDS, GRAMMAR } from '../../src/cli/grammar.js';
import { RECORD_LISTS } from '../../src/cli/list.js';
import { optionsOf, parseCommand } from '../../src/cli/parseCommand.js';
import { usage, usageHint } from '../../src/cli/usage.js';
import { cli } from './runCli.js';

/** The options a help lists, as `[flags, help]`: each line of two spaces and a flag, with the lines indented under its help. */
function listedOptions(help: string): [string, string][] {
  const options: [string, string][] = [];
  for (const line of help.split('\n')) {
    const option = /^ {2}((?:-\w, )?--\w+(?: [A-Z]+)?) +(\S.*)$/.exec(line);
    const last = options.at(-1);
    if (option !== null) options.push([option[1] ?? '', option[2] ?? '']);
    else if (last !== undefined && /^ {23}\S/.test(line)) last[1] += ` ${line.trim()}`;
  }
  return options;
}

/** The synopsis of a help: its first lines, up to the first blank line. */
function synopsisOf(help: string): string {
  return help.split('\n\n')[0] ?? '';
}

/** Operands that satisfy `command`'s grammar, so that only its flags are parsed. */
function operandsOf(command: (typeof COMMANDS)[number]): string[] {
  return Object.keys(GRAMMAR[command].operands).map(() => 'x');
}

describe('usage', () => {
  it('prints help with an example for every command (help <command>, <command> --help, --help <command> alike), and the version', async () => {
    for (const command of COMMANDS) {
      const help = await cli([command, '--help']);
      expect([help.status, help.stderr]).toEqual([0, '']);
      expect(help.stdout).toBe(`${usage(command)}\n`);
      expect(help.stdout).toMatch(new RegExp(`^Usage: ai-investment-facts ${command}[ \\n]`));
      expect(help.stdout).toMatch(/\nExamples?:\n {2}ai-investment-facts \w/);
      expect(await cli(['help', command])).toEqual(help);
      expect(await cli(['--help', command])).toEqual(help);
      expect(await cli([command, '-h', ...operandsOf(command)])).toEqual(help);
    }
    const top = await cli(['--help']);
    expect([top.status, top.stdout.startsWith('Usage: ai-investment-facts <command> [arguments] [options]\n')]).toEqual([0, true]);
    expect(top.stdout).toContain(
      `\nCommands:\n${COMMANDS.map((command) => `  ${command.padEnd(11)}${GRAMMAR[command].summary}`).join('\n')}\n\nOptions:\n  -h, --help           show help (also: ai-investment-facts <command> --help)\n  --version            print the version\n\n`,
    );
    for (const paragraph of ['Output is a table on a terminal', 'Colour: on a terminal', 'Exit status: 0 on success'])
      expect(top.stdout).toContain(`\n\n${paragraph}`);
    expect([await cli([]), await cli(['-h']), await cli(['help'])]).toEqual([top, top, top]);
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: '1.2.3\n', stderr: '' });
  });

  it('fits every help to an 80-column terminal; an example too long for a line goes on after a backslash, as a shell reads it', () => {
    const tooWide = [undefined, ...COMMANDS].flatMap((command) =>
      usage(command)
        .split('\n')
        .filter((line) => line.length > 80)
        .map((line) => `${command ?? '--help'}: ${line}`),
    );
    expect(tooWide).toEqual([]);
    expect(usage('share').split('Example:\n')[1]).toBe(
      '  ai-investment-facts share \\\n      beijing-share-of-global-ai-native-funding-2023-2024 \\\n      big-three-share-of-global-ai-native-funding-2023-2024',
    );
    expect(usage('list').split('\n\n').slice(0, 2)).toEqual([
      [
        'Usage: ai-investment-facts list [facts|sources|entities|metrics|claims|notes]',
        '                                [--entity ID] [--metric ID] [--period P]',
        '                                [--source ID] [--status S] [--unit U] [--kind K]',
        '                                [--stance S] [--json] [--wide]',
      ].join('\n'),
      'Lists the records of one kind (facts unless another is named), with their IDs.\nFacts match every filter; entities are filtered by --kind alone, claims by\n--entity, --source and --stance; sources, metrics and notes take no filter.',
    ]);
  });

  it('documents every flag the parser accepts in the help of its command, and the parser accepts every flag the help documents', () => {
    for (const command of COMMANDS) {
      const documented = listedOptions(usage(command)).map(([flags]) => flags.replace(/ [A-Z]+$/, ''));
      const accepted = Object.entries(optionsOf(command)).map(([name, { short }]) => (short === undefined ? `--${name}` : `-${short}, --${name}`));
      expect(documented, `${command}: the flags its help lists`).toEqual(accepted);
      for (const [name, { type }] of Object.entries(optionsOf(command))) {
        const parsed = parseCommand([command, ...operandsOf(command), `--${name}`, ...(type === 'string' ? ['x'] : [])]);
        expect(parsed.kind === 'help' || (parsed.kind === 'run' && parsed.flags[name] !== undefined), `${command} --${name}`).toBe(true);
      }
    }
  });

  it('names in the synopsis every option the help lists but help, by its flag and value', () => {
    for (const command of COMMANDS) {
      const help = usage(command);
      const synopsis = synopsisOf(help).replace(/\s+/g, ' ');
      const missing = listedOptions(help).filter(([flags]) => {
        if (flags === '-h, --help') return false;
        return !synopsis.includes(`[${flags.replace(/^(-\w), --\w+/, '$1')}]`);
      });
      expect(missing, `${command}: options its synopsis leaves out`).toEqual([]);
      expect(usageHint(command)).toBe(`${synopsisOf(help)}\n\nRun \`ai-investment-facts ${command} --help\` for its options and examples.`);
    }
  });

  it("writes out the library's lists where the help names them: list's collections, the entity kinds and the statuses", () => {
    expect(Object.keys(GRAMMAR.list.operands)).toEqual([`[${RECORD_LISTS.join('|')}]`]);
    const unwrapped = (command: (typeof COMMANDS)[number]) => usage(command).replace(/\s+/g, ' ');
    expect(unwrapped('list')).toContain(`(${ENTITY_KINDS.join(', ')})`);
    expect(unwrapped('list')).toContain(`(${STATUSES.join(', ')})`);
    expect(unwrapped('top')).toContain(`(default: ${ENTITY_KINDS[0]}, else the one kind with values; also ${ENTITY_KINDS.slice(1).join(', ')})`);
  });
});
