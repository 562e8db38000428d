/**
 * JSON Schema (draft 2020-12) of each record type, generated from the zod
 * schemas, so that code in any language can validate the published JSON files:
 * each element of `facts.json` against `schemas/fact.schema.json`, and so on.
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
import { claimSchema, correctionSchema, entitySchema, factSchema, metricSchema, sourceSchema } from '../../src/schema/index.js';

const RECORD_SCHEMAS = {
  source: { schema: sourceSchema, file: 'sources.json', title: 'Source' },
  entity: { schema: entitySchema, file: 'entities.json', title: 'Entity' },
  metric: { schema: metricSchema, file: 'metrics.json', title: 'Metric' },
  fact: { schema: factSchema, file: 'facts.json', title: 'Fact' },
  claim: { schema: claimSchema, file: 'claims.json', title: 'Claim' },
  correction: { schema: correctionSchema, file: 'corrections.json', title: 'Correction' },
} as const;

/**
 * The JSON Schema of each record type, keyed by the file name it is published
 * under (`fact.schema.json`), each with a title and a description naming the
 * file whose elements it validates.
 */
export function recordJsonSchemas(): ReadonlyMap<string, Record<string, unknown>> {
  return new Map(
    Object.entries(RECORD_SCHEMAS).map(([type, { schema, file, title }]) => {
      const { $schema, ...generated } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
      return [
        `${type}.schema.json`,
        {
          $schema,
          title,
          description: `One element of ${file} (ai-investment-facts), from the zod schema: fields, types, enums and patterns. The rules within and across fields and records are datasetSchema's, in ai-investment-facts/schema.`,
          ...generated,
        },
      ];
    }),
  );
}
