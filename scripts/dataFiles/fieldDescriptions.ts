/**
 * The description of every record field, read from its TSDoc in
 * `src/types.ts`: the one place a field is described. The data package's
 * column descriptions and the data dictionary's field tables come from here,
 * at build time. (This module reads the file with TypeScript's parser, so it
 * is for the build and the docs only; no entry of the package imports it.)
 *
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { ModelName } from '../../src/publish/publishedTables.js';

let descriptions: ReadonlyMap<string, string> | undefined;

/** Every field's TSDoc summary on one line, keyed `Model.field` (`Fact.value`), with `{@link X}` written as `X`. */
function readDescriptions(): ReadonlyMap<string, string> {
  const source = ts.createSourceFile('types.ts', readFileSync(new URL('../../src/types.ts', import.meta.url), 'utf8'), ts.ScriptTarget.ES2022, true);
  return new Map(
    source.statements.filter(ts.isInterfaceDeclaration).flatMap((model) =>
      model.members.filter(ts.isPropertySignature).map((member) => {
        const text = ts.getTextOfJSDocComment(ts.getJSDocCommentsAndTags(member).find(ts.isJSDoc)?.comment) ?? '';
        const summary = text.replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '$1').replace(/\s+/g, ' ');
        return [`${model.name.text}.${member.name.getText()}`, summary.trim()] as const;
      }),
    ),
  );
}

/**
 * The description of the field `Model.field`.
 *
 * @throws {RangeError} if `src/types.ts` has no such field, or it has no TSDoc: every field is described there.
 */
export function fieldDescription(field: `${ModelName}.${string}`): string {
  descriptions ??= readDescriptions();
  const description = descriptions.get(field);
  if (!description) throw new RangeError(`fieldDescription: expected \`field\` to name a field with TSDoc in src/types.ts, received ${JSON.stringify(field)}`);
  return description;
}
