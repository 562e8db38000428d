import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../src/schema/index.js';

const paths = (input: unknown) => (entitySchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

describe('entitySchema', () => {
  it('entitySchema.parse(entity) accepts an ecosystem and a group with its members', () => {
    expect(paths({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', countryCode: 'FR' })).toEqual([]);
    expect(paths({ id: 'g', name: 'G', kind: 'group', description: 'Two cities.', members: ['a', 'b'], membersComplete: true })).toEqual([]);
  });

  it('entitySchema.parse(entity) requires members, completeness and a description of a group, and forbids them elsewhere', () => {
    expect(paths({ id: 'g', name: 'G', kind: 'group' })).toEqual(['members', 'membersComplete', 'description']);
    expect(paths({ id: 'paris', name: 'Paris', kind: 'startup-ecosystem', members: [], subsetOf: 'x' })).toEqual(['members', 'subsetOf']);
  });

  it('entitySchema.parse(entity) rejects a member or an excluded entity named twice, at the repeat, which would count it twice', () => {
    const group = { id: 'g', name: 'G', kind: 'group', description: 'Two cities.', membersComplete: true };
    const issues = (input: unknown) => (entitySchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(issues({ ...group, members: ['a', 'b', 'a'] })).toEqual([['members.2', 'Expected each ID once, received "a" again']]);
    expect(issues({ ...group, members: [], subsetOf: 'h', excludes: ['c', 'c'] })).toEqual([['excludes.1', 'Expected each ID once, received "c" again']]);
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
