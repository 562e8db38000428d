/** The JSON Schemas published beside the JSON files validate them, and reject what the zod schemas reject. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemas } from '../../scripts/dataFiles/jsonSchemas.js';
import { dataFile } from './builtInDataFiles.js';

const FILES = {
  'source.schema.json': 'sources.json',
  'entity.schema.json': 'entities.json',
  'metric.schema.json': 'metrics.json',
  'fact.schema.json': 'facts.json',
  'claim.schema.json': 'claims.json',
  'note.schema.json': 'notes.json',
  'correction.schema.json': 'corrections.json',
} as const;

function compile(name: keyof typeof FILES) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(dataFile(`schemas/${name}`)) as object);
}

describe('the JSON Schema of each record type', () => {
  it('is published for every record type', () => {
    expect([...recordJsonSchemas().keys()]).toEqual(Object.keys(FILES));
  });

  it.each(Object.entries(FILES) as [keyof typeof FILES, string][])('%s compiles in strict mode and validates every element of %s', (schema, file) => {
    const validate = compile(schema);
    const invalid = (JSON.parse(dataFile(file)) as unknown[]).flatMap((record, index) => (validate(record) ? [] : [{ index, errors: validate.errors }]));
    expect(invalid).toEqual([]);
  });

  it('rejects a fact with a misspelt field, an unknown precision, a missing quote or a value that is text', () => {
    const validate = compile('fact.schema.json');
    const [fact] = JSON.parse(dataFile('facts.json')) as Record<string, unknown>[];
    const citation = fact?.['citation'] as Record<string, unknown>;
    const broken = [
      { ...fact, vlaue: 1 },
      { ...fact, precision: 'roughly' },
      { ...fact, citation: { ...citation, quote: undefined } },
      { ...fact, value: '66' },
    ].map((record) => JSON.parse(JSON.stringify(record)) as unknown);
    expect(broken.map((record) => validate(record))).toEqual([false, false, false, false]);
  });

  it('rejects a group that names a member twice and a claim about an entity twice (uniqueItems), as the zod schemas do', () => {
    const group = (JSON.parse(dataFile('entities.json')) as Record<string, unknown>[]).find((entity) => entity['kind'] === 'group');
    const members = group?.['members'] as string[];
    const [claim] = JSON.parse(dataFile('claims.json')) as Record<string, unknown>[];
    const entityIds = claim?.['entityIds'] as string[];
    expect([compile('entity.schema.json')(group), compile('claim.schema.json')(claim)]).toEqual([true, true]);
    expect([
      compile('entity.schema.json')({ ...group, members: [...members, members[0]] }),
      compile('claim.schema.json')({ ...claim, entityIds: [...entityIds, entityIds[0]] }),
    ]).toEqual([false, false]);
  });

  it('rejects a correction without a release', () => {
    const validate = compile('correction.schema.json');
    expect(validate({ recordType: 'fact', recordId: 'a', field: 'value', oldValue: 1, newValue: 2, reason: 'r' })).toBe(false);
    expect(validate({ recordType: 'fact', recordId: 'a', field: 'value', oldValue: 1, newValue: 2, reason: 'r', release: '1.0.1' })).toBe(true);
  });
});
