/**
 * The description of every record field, read from its TSDoc in
 * `src/types.ts`: the one place a field is described. The data package's
 * column descriptions, the JSON Schemas' property descriptions and the data
 * dictionary's field tables all come from here, at build time. (This module
 * reads the file with TypeScript's parser, so it is for the build and the
 * docs only; no entry of the package imports it.)
 *
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { ModelName } from '../../src/publish/PublishedTable.js';

const TYPES_FILE = new URL('../../src/types.ts', import.meta.url);

let read: ReadonlyMap<string, string> | undefined;

/**
 * Every field's description, keyed `Model.field` (`Fact.value`): its TSDoc
 * summary on one line, with `{@link X}` written as `X`.
 */
export function fieldDescriptions(): ReadonlyMap<string, string> {
  if (read !== undefined) return read;
  const source = ts.createSourceFile('types.ts', readFileSync(TYPES_FILE, 'utf8'), ts.ScriptTarget.ES2022, true);
  const descriptions = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const doc = ts.getJSDocCommentsAndTags(member).find(ts.isJSDoc);
      const text = doc === undefined ? '' : (ts.getTextOfJSDocComment(doc.comment) ?? '');
      descriptions.set(
        `${statement.name.text}.${member.name.text}`,
        text
          .replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '$1')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  }
  read = descriptions;
  return read;
}

/**
 * The description of the field `Model.field`.
 *
 * @throws {RangeError} if `src/types.ts` has no such field, or it has no TSDoc: every field is described there.
 */
export function fieldDescription(field: `${ModelName}.${string}`): string {
  const description = fieldDescriptions().get(field);
  if (description === undefined || description === '') {
    throw new RangeError(`fieldDescription: expected \`field\` to name a field with TSDoc in src/types.ts, received ${JSON.stringify(field)}`);
  }
  return description;
}
