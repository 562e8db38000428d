/**
 * Bundles a few lines of user code against the built package, as a user's
 * bundler would: esbuild, minified, ES module output.
 *
 * @module
 */
import { build } from 'esbuild';

/**
 * Bundles `contents` (an entry module that imports `ai-investment-facts`)
 * with esbuild, minified to an ES module for the browser, and returns the
 * bundle's text. The entry is resolved from `resolveDir`: at the repository
 * root, `ai-investment-facts` is the package itself (a self-reference
 * through its `exports`), so the build in `dist/` is bundled and its
 * `"sideEffects": false` applies.
 *
 * @param contents - the entry module's source.
 * @param resolveDir - the folder imports are resolved from.
 * @returns the minified bundle.
 * @throws {Error} esbuild's error when the entry does not build, e.g. before `npm run build`.
 * @example
 * ```ts
 * const code = await bundleEntry("export { share } from 'ai-investment-facts';", repositoryRoot);
 * ```
 * @category Size
 */
export async function bundleEntry(contents: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('bundleEntry: expected esbuild to write one file, received none');
  return output.text;
}
