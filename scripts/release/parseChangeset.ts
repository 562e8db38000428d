/**
 * One pending changeset, `.changeset/<name>.md`, as the release check reads
 * it: the bump it asks for this package and its text.
 *
 * @module
 */

/** The package whose bump the release check reads. */
export const PACKAGE_NAME = 'ai-investment-facts';

/**
 * The kinds of version bump a changeset asks for, from the smallest.
 *
 * @example
 * ```ts
 * BUMP_TYPES.indexOf('minor') > BUMP_TYPES.indexOf('patch'); // true
 * ```
 * @category Release
 */
export const BUMP_TYPES = ['patch', 'minor', 'major'] as const;

/**
 * A kind of version bump: one of {@link BUMP_TYPES}.
 *
 * @example
 * ```ts
 * const bump: BumpType = 'patch';
 * ```
 * @category Release
 */
export type BumpType = (typeof BUMP_TYPES)[number];

/**
 * A pending changeset: its file name, the bump it asks for this package
 * (`null` for an empty changeset, which names no package, and for `none`),
 * and its text, the summary that goes into the changelog.
 *
 * @example
 * ```ts
 * const changeset: PendingChangeset = { file: 'fix-us-2024.md', bump: 'patch', summary: 'Correct ...' };
 * ```
 * @category Release
 */
export interface PendingChangeset {
  readonly file: string;
  readonly bump: BumpType | null;
  readonly summary: string;
}

const FRONTMATTER = /^\s*---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/;
const RELEASE_LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:'"]+))\s*:\s*([a-z]+)\s*$/;

/**
 * Parses the text of a changeset file: a frontmatter between `---` lines with
 * one `"package": bump` line per package (quoted with `"` or `'`, or not
 * quoted), then the summary. This package is the only one the repository
 * has, so a line for any other is an error, as it is for `changeset version`.
 * Line endings may be `\n` or `\r\n`; blank frontmatter lines are skipped.
 *
 * @param text - the file's content.
 * @param file - the file's name, for the result and the error messages.
 * @returns The changeset: `bump` is `null` when the frontmatter is empty or
 * says `none`; `summary` is the text after the frontmatter, trimmed.
 * @throws {TypeError} if the text does not start with a frontmatter, or a
 * frontmatter line is not `package: bump`.
 * @throws {RangeError} if a line names another package or a bump other than
 * `major`, `minor`, `patch` or `none`, or names this package twice.
 * @example
 * ```ts
 * parseChangeset('---\n"ai-investment-facts": minor\n---\n\nAdd the facts of ...\n', 'add-facts.md');
 * // { file: 'add-facts.md', bump: 'minor', summary: 'Add the facts of ...' }
 * parseChangeset('---\n"ai-investment-facts": huge\n---\n', 'x.md');
 * // throws RangeError: parseChangeset: expected the bump in x.md to be one of major, minor, patch, none, received "huge"
 * ```
 * @category Release
 */
export function parseChangeset(text: string, file: string): PendingChangeset {
  const normalized = text.replace(/\r\n/g, '\n');
  const frontmatter = FRONTMATTER.exec(normalized);
  if (!frontmatter) {
    throw new TypeError(`parseChangeset: expected ${file} to start with a frontmatter between "---" lines, received ${JSON.stringify(normalized.slice(0, 40))}`);
  }
  let bump: BumpType | null = null;
  let named = false;
  for (const line of (frontmatter[1] ?? '').split('\n')) {
    if (line.trim() === '') continue;
    const release = RELEASE_LINE.exec(line);
    if (!release) throw new TypeError(`parseChangeset: expected each frontmatter line of ${file} to be "package": bump, received ${JSON.stringify(line)}`);
    const name = release[1] ?? release[2] ?? release[3];
    const type = release[4] ?? '';
    if (name !== PACKAGE_NAME) throw new RangeError(`parseChangeset: expected ${file} to name the package "${PACKAGE_NAME}", received ${JSON.stringify(name)}`);
    if (type !== 'none' && !isBumpType(type)) {
      throw new RangeError(`parseChangeset: expected the bump in ${file} to be one of major, minor, patch, none, received ${JSON.stringify(type)}`);
    }
    if (named) throw new RangeError(`parseChangeset: expected ${file} to name "${PACKAGE_NAME}" once, received it twice`);
    named = true;
    bump = type === 'none' ? null : type;
  }
  return { file, bump, summary: normalized.slice(frontmatter[0].length).trim() };
}

function isBumpType(type: string): type is BumpType {
  return (BUMP_TYPES as readonly string[]).includes(type);
}
