import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../src/schema/index.js';

const paths = (input: unknown) => (entitySchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

describe('entitySchema', () => {
  it('entitySchema.parse(entity) accepts an ecosystem and a group with its members', () => {
    expect(paths({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', countryCode: 'FR' })).toEqual([]);
    expect(
      paths({ id: 'g', name: 'G', kind: 'group', description: 'Two cities.', members: ['a', 'b'], membersComplete: true }),
    ).toEqual([]);
  });

  it('entitySchema.parse(entity) requires members, completeness and a description of a group, and forbids them elsewhere', () => {
    expect(paths({ id: 'g', name: 'G', kind: 'group' })).toEqual(['members', 'membersComplete', 'description']);
    expect(paths({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', members: [], subsetOf: 'x' })).toEqual([
      'members',
      'subsetOf',
    ]);
  });

  it('entitySchema.parse(entity) lets an entity that is not a group have a description, and no empty one', () => {
    expect(paths({ id: 'google', name: 'Google', kind: 'company', description: 'Its parent is not named.' })).toEqual([]);
    expect(paths({ id: 'google', name: 'Google', kind: 'company', description: '' })).toEqual(['description']);
  });

  it('entitySchema.parse(entity) requires a country code of a country, in ISO 3166-1 alpha-2 form', () => {
    expect(paths({ id: 'china', name: 'China', kind: 'country' })).toEqual(['countryCode']);
    expect(paths({ id: 'china', name: 'China', kind: 'country', countryCode: 'CHN' })).toEqual(['countryCode']);
  });
});
