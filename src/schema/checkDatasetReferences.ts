import { CURRENCY_CODES } from '../vocabulary.js';

/** Where a problem is, from the dataset down. */
export type Path = readonly PropertyKey[];

/** Records a problem at a path. */
export type Report = (path: Path, message: string) => void;

type Loose = Readonly<Record<string, unknown>>;

const CURRENCY_CODE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(CURRENCY_CODES);

/**
 * The checks across a dataset's records, which no record's own schema can
 * make: IDs unique within each collection; every `entityId`, `metricId`,
 * `sourceId`, group member, `subsetOf`, `excludes` and metric `baseEntityId`
 * resolving to a record; every fact's unit suiting its metric; and no group
 * containing itself, directly or through other groups. Each problem is
 * reported with its path.
 *
 * The input is read defensively, so these checks also run on records that
 * fail their own schemas: a dataset with a malformed fact still has its
 * dangling references reported, and a value of the wrong type is left to the
 * record's own issue.
 *
 * @internal
 */
export function checkDatasetReferences(input: unknown, report: Report): void {
  const dataset = (isObject(input) ? input : {}) as Loose;
  const [sources, entities, metrics, facts, claims] = (['sources', 'entities', 'metrics', 'facts', 'claims'] as const).map(
    (name) => (Array.isArray(dataset[name]) ? (dataset[name] as unknown[]).map((record) => (isObject(record) ? record : {})) : []),
  ) as [Loose[], Loose[], Loose[], Loose[], Loose[]];

  const sourceIds = uniqueIds(sources, 'sources', report);
  const entityIds = uniqueIds(entities, 'entities', report);
  uniqueIds(metrics, 'metrics', report);
  uniqueIds(facts, 'facts', report);
  uniqueIds(claims, 'claims', report);
  const metricUnits = new Map(metrics.flatMap((metric) => (typeof metric.id === 'string' ? [[metric.id, metric.unit] as const] : [])));

  const resolve = (ids: ReadonlySet<string>, collection: string, id: unknown, path: Path) => {
    if (typeof id === 'string' && !ids.has(id)) report(path, `Expected an ID of ${collection}, received "${id}"`);
  };
  const resolveAll = (ids: ReadonlySet<string>, collection: string, list: unknown, path: Path) => {
    if (Array.isArray(list)) list.forEach((id, j) => resolve(ids, collection, id, [...path, j]));
  };

  entities.forEach((entity, i) => {
    resolveAll(entityIds, 'entities', entity.members, ['entities', i, 'members']);
    resolve(entityIds, 'entities', entity.subsetOf, ['entities', i, 'subsetOf']);
    resolveAll(entityIds, 'entities', entity.excludes, ['entities', i, 'excludes']);
  });
  reportContainmentCycles(entities, report);

  metrics.forEach((metric, i) => resolve(entityIds, 'entities', metric.baseEntityId, ['metrics', i, 'baseEntityId']));

  facts.forEach((fact, i) => {
    resolve(entityIds, 'entities', fact.entityId, ['facts', i, 'entityId']);
    if (isObject(fact.citation)) resolve(sourceIds, 'sources', fact.citation.sourceId, ['facts', i, 'citation', 'sourceId']);
    if (typeof fact.metricId !== 'string') return;
    const metricUnit = metricUnits.get(fact.metricId);
    if (metricUnit === undefined) {
      report(['facts', i, 'metricId'], `Expected an ID of metrics, received "${fact.metricId}"`);
    } else if (typeof fact.unit === 'string' && !unitSuitsMetric(fact.unit, metricUnit)) {
      report(
        ['facts', i, 'unit'],
        `Expected ${metricUnit === 'currency' ? 'a currency code' : `"${String(metricUnit)}"`} for metric "${fact.metricId}", received "${fact.unit}"`,
      );
    }
  });

  claims.forEach((claim, i) => {
    resolveAll(entityIds, 'entities', claim.entityIds, ['claims', i, 'entityIds']);
    if (isObject(claim.citation)) resolve(sourceIds, 'sources', claim.citation.sourceId, ['claims', i, 'citation', 'sourceId']);
  });
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function uniqueIds(records: readonly Loose[], collection: string, report: Report): ReadonlySet<string> {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (typeof record.id !== 'string') return;
    if (seen.has(record.id)) report([collection, i, 'id'], `Expected a unique ID in ${collection}, received "${record.id}" again`);
    seen.add(record.id);
  });
  return seen;
}

function unitSuitsMetric(unit: string, metricUnit: unknown): boolean {
  return metricUnit === 'currency' ? CURRENCY_CODE_SET.has(unit) : unit === metricUnit;
}

/**
 * Reports each group that contains itself: as its own member or `subsetOf`, or
 * through a chain of groups (`a` has member `b`, `b` is a subset of... `a`).
 * A group contains its members and every entity that is a subset of it.
 */
function reportContainmentCycles(entities: readonly Loose[], report: Report): void {
  const contained = new Map<string, string[]>();
  const add = (outer: unknown, inner: unknown) => {
    if (typeof outer !== 'string' || typeof inner !== 'string') return;
    const list = contained.get(outer);
    if (list === undefined) contained.set(outer, [inner]);
    else list.push(inner);
  };
  for (const entity of entities) {
    if (Array.isArray(entity.members)) for (const member of entity.members) add(entity.id, member);
    add(entity.subsetOf, entity.id);
  }
  entities.forEach((entity, i) => {
    if (typeof entity.id !== 'string') return;
    const chain = pathBack(entity.id, contained);
    if (chain !== undefined) {
      report(['entities', i, 'id'], `Expected no entity to contain itself, received "${entity.id}" in ${chain.join(' > ')}`);
    }
  });
}

/** A chain of containment from `start` back to itself, or undefined: a depth-first search, each entity visited once. */
function pathBack(start: string, contained: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const visited = new Set<string>();
  const search = (id: string, chain: string[]): string[] | undefined => {
    for (const inner of contained.get(id) ?? []) {
      if (inner === start) return [...chain, inner];
      if (visited.has(inner)) continue;
      visited.add(inner);
      const found = search(inner, [...chain, inner]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return search(start, [start]);
}
