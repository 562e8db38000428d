import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangeset } from '../../scripts/release/parseChangeset.js';
import { readChangesets } from '../../scripts/release/readChangesets.js';

describe('parseChangeset', () => {
  it('parseChangeset(text) reads the bump of ai-investment-facts and the trimmed summary', () => {
    expect(parseChangeset('---\n"ai-investment-facts": minor\n---\n\nAdd facts.\n\nMore.\n', 'add.md')).toEqual({ file: 'add.md', bump: 'minor', summary: 'Add facts.\n\nMore.' });
    expect(parseChangeset("---\r\n'ai-investment-facts': patch\r\n---\r\nFix.", 'fix.md')).toEqual({ file: 'fix.md', bump: 'patch', summary: 'Fix.' });
    expect(parseChangeset('---\nai-investment-facts: major\n---\nRemove.', 'rm.md').bump).toBe('major');
  });

  it('parseChangeset(an empty changeset, or none) has no bump', () => {
    expect(parseChangeset('---\n---\n', 'empty.md')).toEqual({ file: 'empty.md', bump: null, summary: '' });
    expect(parseChangeset('---\n"ai-investment-facts": none\n---\nDocs.', 'none.md').bump).toBeNull();
  });

  it('parseChangeset(malformed text) throws, naming the file and the value', () => {
    expect(() => parseChangeset('Add facts.', 'x.md')).toThrow(new TypeError('parseChangeset: expected x.md to start with a frontmatter between "---" lines, received "Add facts."'));
    expect(() => parseChangeset('---\n"ai-investment-facts": huge\n---\n', 'x.md')).toThrow(
      new RangeError('parseChangeset: expected the bump in x.md to be one of major, minor, patch, none, received "huge"'),
    );
    expect(() => parseChangeset('---\n"other": patch\n---\n', 'x.md')).toThrow(RangeError);
    expect(() => parseChangeset('---\n"ai-investment-facts": patch\n"ai-investment-facts": minor\n---\n', 'x.md')).toThrow(RangeError);
    expect(() => parseChangeset('---\njust text\n---\n', 'x.md')).toThrow(TypeError);
  });
});

describe('readChangesets', () => {
  it('readChangesets(directory) parses every .md but README.md and hidden files, in file-name order', () => {
    const directory = mkdtempSync(join(tmpdir(), 'changesets-'));
    writeFileSync(join(directory, 'README.md'), '# Changesets\n');
    writeFileSync(join(directory, 'config.json'), '{}');
    writeFileSync(join(directory, '.draft.md'), 'not a changeset');
    writeFileSync(join(directory, 'b-fix.md'), '---\n"ai-investment-facts": patch\n---\n\nFix.\n');
    writeFileSync(join(directory, 'a-add.md'), '---\n"ai-investment-facts": minor\n---\n\nAdd.\n');
    mkdirSync(join(directory, 'sub'));
    expect(readChangesets(directory)).toEqual([
      { file: 'a-add.md', bump: 'minor', summary: 'Add.' },
      { file: 'b-fix.md', bump: 'patch', summary: 'Fix.' },
    ]);
  });
});
