import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';
import { replaceFile, writeOutFile } from '../../src/cli/writeOutFile.js';

/** A new empty folder. */
function folder(): string {
  return mkdtempSync(join(tmpdir(), 'write-out-file-'));
}

/** What `writeOutFile` threw, as its exit code and message; `null` where it threw nothing. */
async function failure(path: string, contents: string): Promise<[number, string] | null> {
  try {
    await writeOutFile(path, contents);
    return null;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return [error.exitCode, error.message];
  }
}

describe('writeOutFile', () => {
  it('writeOutFile(<a name of 255 bytes>) writes it: the temporary file has a short name of its own', async () => {
    const directory = folder();
    const name = `${'a'.repeat(251)}.csv`;
    await writeOutFile(join(directory, name), 'x\r\n');
    expect([readdirSync(directory), readFileSync(join(directory, name), 'utf8')]).toEqual([[name], 'x\r\n']);
  });

  it('writeOutFile(<a name of 256 bytes>) fails with one line naming the path and ENAMETOOLONG, leaving nothing', async () => {
    const directory = folder();
    const path = join(directory, 'a'.repeat(256));
    expect(await failure(path, 'x')).toEqual([1, `export: cannot write "${path}": ENAMETOOLONG: name too long`]);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('writeOutFile(<an existing file>) replaces it by a new file: a hard link to the old one keeps the old contents, the permissions stay', async () => {
    const directory = folder();
    const path = join(directory, 'facts.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    linkSync(path, join(directory, 'hard-link.json'));
    const inode = statSync(path).ino;
    await writeOutFile(path, 'new');
    expect([
      readFileSync(path, 'utf8'),
      readFileSync(join(directory, 'hard-link.json'), 'utf8'),
      statSync(path).mode & 0o777,
      statSync(path).ino === inode,
    ]).toEqual(['new', 'old', 0o640, false]);
    expect(readdirSync(directory).sort()).toEqual(['facts.json', 'hard-link.json']);
  });

  it('writeOutFile(<a dangling symbolic link>) creates the file it points to, as `>` does, and keeps the link', async () => {
    const directory = folder();
    symlinkSync('target.json', join(directory, 'link.json'));
    symlinkSync('link.json', join(directory, 'link-to-link.json'));
    await writeOutFile(join(directory, 'link-to-link.json'), 'new');
    expect([
      readlinkSync(join(directory, 'link.json')),
      lstatSync(join(directory, 'link-to-link.json')).isSymbolicLink(),
      readFileSync(join(directory, 'target.json'), 'utf8'),
    ]).toEqual(['target.json', true, 'new']);
    expect(readdirSync(directory).sort()).toEqual(['link-to-link.json', 'link.json', 'target.json']);
  });

  it('writeOutFile(<a loop of symbolic links>, <a directory>, <a path with escapes>) fails in one line, the path escaped', async () => {
    const directory = folder();
    symlinkSync('b', join(directory, 'a'));
    symlinkSync('a', join(directory, 'b'));
    const evil = join(directory, 'missing\u001b]0;TITLE\u0007', 'x.csv');
    expect([await failure(join(directory, 'a'), 'x'), await failure(directory, 'x'), await failure(evil, 'x')]).toEqual([
      [1, `export: cannot write "${join(directory, 'a')}": ELOOP: too many symbolic links encountered`],
      [1, `export: cannot write "${directory}": is a directory`],
      [1, `export: cannot write "${directory}/missing\\u001b]0;TITLE\\u0007/x.csv": no such file`],
    ]);
    expect(readdirSync(directory).sort()).toEqual(['a', 'b']);
  });

  it('replaceFile(<a path>) writes a temporary file beside it, then renames it over the path; where a step fails, it removes the temporary file', async () => {
    const directory = folder();
    await replaceFile(join(directory, 'new.json'), 'new', undefined);
    expect([readdirSync(directory), readFileSync(join(directory, 'new.json'), 'utf8'), statSync(join(directory, 'new.json')).mode & 0o7777]).toEqual([
      ['new.json'],
      'new',
      0o666 & ~process.umask(),
    ]);
    mkdirSync(join(directory, 'taken'));
    await expect(replaceFile(join(directory, 'taken'), 'x', undefined)).rejects.toThrow(
      /^EISDIR: illegal operation on a directory, rename '.*\/\.[0-9a-f]{8}\.tmp' -> /,
    );
    expect(readdirSync(directory).sort()).toEqual(['new.json', 'taken']);
    await expect(replaceFile(join(directory, 'missing', 'x.json'), 'x', undefined)).rejects.toThrow(/^ENOENT/);
  });
});
