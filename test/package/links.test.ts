/**
 * The packed package's Markdown (the README and the docs it ships) as a user
 * reads it on a registry page or in `node_modules`: every relative link and
 * image resolves to a file inside the installed package, and every `#anchor`
 * to a heading of its target, by GitHub's slug rule. External links (`https:`,
 * `mailto:`) are not fetched.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packedInstall } from './packedInstall.js';

/** `markdown` without its fenced code blocks and inline code, which hold no links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The target of every inline link and image of `markdown` (`[text](target)`, `![alt](target "title")`), in order. */
function linkTargets(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(([, target = '']) => target);
}

/**
 * A heading's anchor as GitHub makes it (github-slugger): its text as
 * rendered, lower-cased, without punctuation (what is not a letter, a mark, a
 * digit, `_`, `-` or a space), each space a hyphen; a repeated slug takes
 * `-1`, `-2` ….
 */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading = ''] of markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]|\b_|_\b/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replaceAll(' ', '-');
    let unique = slug;
    for (let n = 1; anchors.has(unique); n++) unique = `${slug}-${n}`;
    anchors.add(unique);
  }
  return anchors;
}

/** What is wrong with `target`, linked from `file` of the package installed at `root`; `undefined` where it resolves. */
function brokenLink(root: string, file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return /^(https|mailto):/i.test(target) ? undefined : 'not https: nor relative';
  const [path = '', anchor] = target.split('#') as [string, string | undefined];
  const resolved = path === '' ? join(root, file) : join(root, dirname(file), decodeURIComponent(path));
  if (!existsSync(resolved) || !statSync(resolved).isFile()) return 'no such file in the package';
  if (relative(realpathSync(root), realpathSync(resolved)).split(sep)[0] === '..') return 'outside the package';
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return 'an anchor into a file that is not Markdown';
  return headingAnchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor)) ? undefined : 'no heading with this anchor';
}

describe('the Markdown of the packed package', () => {
  it('headingAnchors(markdown) slugs headings as GitHub does: lower case, punctuation dropped, spaces as hyphens, repeats numbered', () => {
    const markdown =
      '# ai-investment-facts\n## Checking a number against its source\n### Limits, and input you do not trust\n## `dataset` (2.0)\n## Versions\n## Versions\n```md\n# Not a heading\n```\n';
    expect([...headingAnchors(markdown)]).toEqual([
      'ai-investment-facts',
      'checking-a-number-against-its-source',
      'limits-and-input-you-do-not-trust',
      'dataset-20',
      'versions',
      'versions-1',
    ]);
  });

  it('linkTargets(markdown) finds links and images, skipping code', () => {
    const markdown = '![chart](docs/a.svg) see [the rules](docs/b.md#c "Rules") and [x](https://e.org).\n`[not](a-link)`\n```md\n[nor](this)\n```\n';
    expect(linkTargets(markdown)).toEqual(['docs/a.svg', 'docs/b.md#c', 'https://e.org']);
  });

  it('links each of its relative links and images (the README and the shipped docs) to a file inside the package, and each #anchor to a heading', () => {
    const { installedPackage, packedFiles } = packedInstall();
    const markdownFiles = packedFiles.filter((file) => file.endsWith('.md'));
    expect(markdownFiles).toContain('README.md');
    const links = markdownFiles.flatMap((file) => linkTargets(readFileSync(join(installedPackage, file), 'utf8')).map((target) => ({ file, target })));
    expect(links.filter(({ target }) => !/^https:/.test(target)).length).toBeGreaterThanOrEqual(8);
    const broken = links.flatMap(({ file, target }) => {
      const problem = brokenLink(installedPackage, file, target);
      return problem === undefined ? [] : [`${file}: ${target}: ${problem}`];
    });
    expect(broken).toEqual([]);
  });
});
