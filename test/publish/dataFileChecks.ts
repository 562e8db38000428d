/**
 * The checks of a set of published data files that any records' files must
 * pass: the data package valid against the official Frictionless 2.0 profile,
 * and every row of every CSV read and cast by a Frictionless client. The
 * built-in files pass them (dataPackage.test.ts), and so do the files of the
 * built-in records with a synthetic source added (syntheticSource.test.ts).
 */
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';
import type { TestContext } from 'vitest';
import { PROFILES, requireShared } from '../support/sharedFiles.js';

/** The validation errors of `value` against a Frictionless 2.0 profile (`datapackage.json`), as readable lines; skips the test where the profiles are not here. */
export function profileErrors(context: TestContext, profile: string, value: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The profiles mark descriptions with a format of their own, which says nothing to check.
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(JSON.parse(requireShared(context, PROFILES, profile)) as object);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** Every resource of the data package in `folder`, each row read and cast by the Frictionless client, its foreign keys resolved. */
export async function readAllResources(folder: string) {
  const dataPackage = await Package.load(join(folder, 'datapackage.json'), { basePath: folder });
  return Promise.all(
    dataPackage.resources.map(async (resource) => {
      const hasForeignKeys = (resource as unknown as { descriptor: { schema: { foreignKeys?: unknown } } }).descriptor.schema.foreignKeys !== undefined;
      return [resource.name, await resource.read({ keyed: true, cast: true, relations: hasForeignKeys })] as const;
    }),
  );
}
