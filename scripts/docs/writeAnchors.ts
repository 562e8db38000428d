/**
 * Writes `data/anchors.generated.ts` anew from the archived documents (the
 * first step of `npm run docs`, before the build that carries it):
 * `npx tsx scripts/docs/writeAnchors.ts`.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claims, facts, sources } from '../../src/index.js';
import { ANCHORS_PATH, archivedDocument, renderAnchorsModule } from './anchors.js';

const path = fileURLToPath(new URL(`../../${ANCHORS_PATH}`, import.meta.url));
writeFileSync(path, renderAnchorsModule({ sources, facts, claims }, archivedDocument));
console.log(`wrote ${path}`);
