import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as data from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('gives the count of facts and claims of each source as the records have them', () => {
    const rows = readme
      .split('\n')
      .map((line) => /^\| `([\w-]+)`.*\| (\d+) \| (\d+) \|$/.exec(line))
      .filter((match) => match !== null)
      .map(([, id, facts, claims]) => [id, Number(facts), Number(claims)]);
    const counts = data.sources.map((source) => [
      source.id,
      data.facts.filter((f) => f.citation.sourceId === source.id).length,
      data.claims.filter((c) => c.citation.sourceId === source.id).length,
    ]);
    expect(rows).toEqual(counts);
    expect(readme).toContain(`| **all** | | **${data.facts.length}** | **${data.claims.length}** |`);
  });

  it('gives the number of entities and metrics', () => {
    expect(readme).toContain(`${data.entities.length} entities (`);
    expect(readme).toContain(`and ${data.metrics.length} metrics.`);
  });
});
