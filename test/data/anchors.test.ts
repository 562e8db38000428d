/**
 * The built-in records' anchors in the archived copies of their documents:
 * each source's SHA-256 is its archived file's, each quote's selectors find it
 * there and are unique in it, every record has them, and the committed
 * generated module is what `npm run docs` makes from the documents.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS_COMMAND, ANCHORS_PATH, renderAnchorsModule } from '../../scripts/docs/anchors.js';
import { claims, facts, sources } from '../../src/index.js';
import { requireDocument } from '../support/sharedFiles.js';
import { anchorProblems } from './sourceChecks.js';

describe('the built-in records are anchored in the archived documents', () => {
  it('every source records a SHA-256, and every fact and claim one pair of selectors per quote', () => {
    const quoteCount = (record: (typeof facts)[number] | (typeof claims)[number]) => 1 + (record.citation.otherQuotes?.length ?? 0);
    expect(sources.filter((source) => !/^[0-9a-f]{64}$/.test(source.sha256 ?? '')).map((source) => source.id)).toEqual([]);
    expect([...facts, ...claims].filter((record) => record.citation.selectors?.length !== quoteCount(record)).map((record) => record.id)).toEqual([]);
  });

  it.for(sources.map((source) => source.id))(
    "%s: its SHA-256 is the archived file's; each quote is at its selectors' position, which are unique in the file",
    (sourceId, context) => {
      const document = requireDocument(context, sourceId);
      const source = sources.find((candidate) => candidate.id === sourceId);
      expect(source?.sha256).toBe(createHash('sha256').update(document, 'utf8').digest('hex'));
      const records = {
        source: source as (typeof sources)[number],
        facts: facts.filter((fact) => fact.citation.sourceId === sourceId),
        claims: claims.filter((claim) => claim.citation.sourceId === sourceId),
      };
      expect(anchorProblems(records, document)).toEqual([]);
    },
  );

  it(`${ANCHORS_PATH} is what the archived documents make (run \`${ANCHORS_COMMAND}\` when it is not)`, (context) => {
    const documents = new Map<string, string>(sources.map((source) => [source.id, requireDocument(context, source.id)]));
    const fresh = renderAnchorsModule({ sources, facts, claims }, (id) => documents.get(id) ?? '');
    const committed = readFileSync(new URL(`../../${ANCHORS_PATH}`, import.meta.url), 'utf8');
    expect(committed === fresh, `${ANCHORS_PATH} is stale: run \`${ANCHORS_COMMAND}\` and commit it`).toBe(true);
  });
});
