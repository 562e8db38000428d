import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset, formatValue } from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const typedoc = JSON.parse(read('typedoc.json')) as { readme: string };
const index = read(typedoc.readme);

describe("the API reference's index page (typedoc's readme)", () => {
  it('is a page of its own, docs/api-index.md, not the README, and fits 80 columns, code included', () => {
    expect(typedoc.readme).toBe('docs/api-index.md');
    expect(index.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('prints what its example says it prints', () => {
    const fact = dataset.fact('united-states-ai-vc-investment-2024');
    expect(index).toContain(`console.log(formatValue(fact)); // ${formatValue(fact)}`);
    expect(index).toContain(`console.log(growth.value); // ${dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024').value}`);
    expect([formatValue(fact), dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024').value]).toEqual(['over $76B', 0.9]);
  });

  it("names every category of the reference (the @category tags of src/ and data/, but the command's), so that a reader knows where to look", () => {
    const files = ['src', 'data'].flatMap((folder) =>
      readdirSync(new URL(`../../${folder}`, import.meta.url), { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.ts') && !path.startsWith('cli'))
        .map((path) => read(`${folder}/${path}`)),
    );
    const categories = new Set(files.flatMap((text) => [...text.matchAll(/@category (.+)/g)].map((match) => match[1]?.trim())));
    expect(categories.size).toBeGreaterThan(10);
    expect([...categories].filter((category) => !index.includes(category ?? ''))).toEqual([]);
  });
});
