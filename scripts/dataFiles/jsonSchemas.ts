/**
 * JSON Schema (draft 2020-12) of each record type, generated from the zod
 * schemas, so that code in any language can validate the published JSON files:
 * each element of `facts.json` against `schemas/fact.schema.json`, and so on.
 * The data package's field types and constraints are read from them too.
 *
 * They state each record's shape: its fields, which are required, their
 * types, enums and patterns, and that a list of IDs names each once
 * (`uniqueItems`). The zod schemas' other refinements are not carried over: rules within a field (a value is not negative, a period's years are in
 * order), across fields (a missing value has a reason, and only then) and
 * across records (every ID resolves); `datasetSchema` in
 * `ai-investment-facts/schema` checks them.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { getOrInsert } from '../../src/grouping.js';
import { type ModelName, TABLE_NAMES } from '../../src/publish/publishedTables.js';
import { RECORD_TYPES } from '../../src/vocabulary.js';
import { citationSchema, claimSchema, correctionSchema, entitySchema, factSchema, metricSchema, noteSchema, sourceSchema } from '../../src/schema/index.js';

/** The zod schema of each published record type, and of the citation that facts and claims share. */
const SCHEMAS = {
  source: sourceSchema,
  entity: entitySchema,
  metric: metricSchema,
  fact: factSchema,
  claim: claimSchema,
  note: noteSchema,
  correction: correctionSchema,
  citation: citationSchema,
} as const satisfies Record<Lowercase<ModelName>, z.ZodType>;

const generated = new Map<ModelName, z.core.JSONSchema.JSONSchema>();

/** The JSON Schema of `model` (`Fact`), as zod writes it. */
export function jsonSchemaOf(model: ModelName): z.core.JSONSchema.JSONSchema {
  return getOrInsert(generated, model, () => z.toJSONSchema(SCHEMAS[model.toLowerCase() as Lowercase<ModelName>], { target: 'draft-2020-12' }));
}

/**
 * The JSON Schema of each record type, keyed by the file name it is published
 * under (`fact.schema.json`), each with a title and a description naming the
 * file whose elements it validates.
 */
export function recordJsonSchemas(): ReadonlyMap<string, Record<string, unknown>> {
  return new Map(
    [...RECORD_TYPES, 'correction' as const].map((type, i) => {
      const title = type.replace(/^./, (initial) => initial.toUpperCase()) as ModelName;
      const { $schema, ...schema } = jsonSchemaOf(title);
      const description = `One element of ${TABLE_NAMES[i]}.json (ai-investment-facts), from the zod schema: fields, types, enums and patterns. The rules within and across fields and records are datasetSchema's, in ai-investment-facts/schema.`;
      return [`${type}.schema.json`, { $schema, title, description, ...schema }];
    }),
  );
}
