/**
 * Benchmarks `formatValue` over every built-in fact against the least any
 * formatter can do: one `Intl.NumberFormat`, made once and reused, formatting
 * each fact's number. `formatValue` writes en-US (the default) without `Intl`
 * and caches one formatter per locale and unit for the other locales, so
 * formatting all the facts should cost a small multiple of the reused
 * formatter, not the 25× that building formatters (and a table of every
 * currency's symbol) on each call once cost.
 *
 * Not a CI gate: `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { facts, formatValue } from '../../src/index.js';

const reused = new Intl.NumberFormat('en-US');
const numbers = facts.map((fact) => fact.value ?? 0);

/** Keeps the result alive (so the call cannot be dropped) at the cost of one comparison. */
function use(texts: readonly string[]): void {
  if (texts.length !== facts.length) throw new Error(`formatValue.bench: expected ${facts.length} texts, received ${texts.length}`);
}

describe(`formatting the ${facts.length} built-in facts`, () => {
  bench('formatValue, en-US (the default)', () => use(facts.map((fact) => formatValue(fact))));
  bench('formatValue, de-DE', () => use(facts.map((fact) => formatValue(fact, { locale: 'de-DE' }))));
  bench('one reused Intl.NumberFormat, the numbers alone (the floor)', () => use(numbers.map((value) => reused.format(value))));
});
