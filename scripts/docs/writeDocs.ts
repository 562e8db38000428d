/**
 * Writes the generated documents that are committed beside the hand-written
 * ones: the README's charts (`docs/charts/*.svg`) and the data dictionary
 * (`docs/data-dictionary.md`). `npm run docs` runs it after typedoc; the tests
 * fail when a committed file differs from what this would write.
 *
 * @module
 */
import { writeCharts } from './writeCharts.js';
import { writeDataDictionary } from './writeDataDictionary.js';

for (const path of [...(await writeCharts()), writeDataDictionary()]) console.log(`wrote ${path}`);
