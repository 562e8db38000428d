/**
 * How fast `createDataset` validates a million facts, beside ajv validating
 * each of the same facts against the package's own published JSON Schema of a
 * fact (`data/schemas/fact.schema.json`: read from `dist/` when built, or
 * made in memory as the build makes it), in one run on the same records; and
 * what the dataset costs in memory. Prints the records per second of each,
 * their ratio, the heap the dataset holds per million facts (after a forced
 * garbage collection, when Node runs with `--expose-gc`) and the peak resident
 * memory, and whether the goal of 400,000 records per second is met. It gates
 * nothing: machines vary.
 *
 * Run it with `npx tsx --expose-gc scripts/bench/createDatasetScale.ts`
 * (`BENCH_FACTS` sets the number of facts; 1,000,000 by default).
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { recordJsonSchemas } from '../dataFiles/jsonSchemas.js';
import { createDataset } from '../../src/schema/createDataset.js';
import { generatedRecords } from '../../test/bench/generatedRecords.js';

const FACT_COUNT = Number(process.env['BENCH_FACTS'] ?? 1_000_000);
const GOAL_RECORDS_PER_SECOND = 400_000;
const PUBLISHED_FACT_SCHEMA = fileURLToPath(new URL('../../dist/data/schemas/fact.schema.json', import.meta.url));

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** The published JSON Schema of a fact, and where it was read from. */
function factJsonSchema(): { schema: object; from: string } {
  if (existsSync(PUBLISHED_FACT_SCHEMA))
    return { schema: JSON.parse(readFileSync(PUBLISHED_FACT_SCHEMA, 'utf8')) as object, from: 'dist/data/schemas/fact.schema.json' };
  return { schema: recordJsonSchemas().get('fact.schema.json')!, from: 'recordJsonSchemas() (no build in dist/)' };
}

/** The seconds `work` takes: on the clock, and of the process's CPU time (less swayed by other processes on a shared machine). */
function seconds(work: () => void): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

const heapUsed = (): number => {
  collectGarbage?.();
  return process.memoryUsage().heapUsed;
};

const records = generatedRecords(FACT_COUNT);
const recordCount = records.sources.length + records.entities.length + records.metrics.length + records.facts.length;
const { schema, from } = factJsonSchema();
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats.default(ajv);
const validateFact = ajv.compile(schema);

let invalidForAjv = 0;
const ajvSeconds = seconds(() => {
  for (const fact of records.facts) if (!validateFact(fact)) invalidForAjv++;
});

const heapBefore = heapUsed();
let dataset: ReturnType<typeof createDataset> | undefined;
const zodSeconds = seconds(() => {
  dataset = createDataset(records);
});
const heapAfter = heapUsed();

const perSecond = (count: number, time: number) => Math.round(count / time);
const createRate = perSecond(recordCount, zodSeconds.wall);
const ajvRate = perSecond(records.facts.length, ajvSeconds.wall);
const timing = (time: { wall: number; cpu: number }, count: number) =>
  `${time.wall.toFixed(2)} s, ${perSecond(count, time.wall).toLocaleString('en')} records/s (CPU ${time.cpu.toFixed(2)} s, ${perSecond(count, time.cpu).toLocaleString('en')} records/s)`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const rows: [string, string][] = [
  ['facts (records in all)', `${records.facts.length.toLocaleString('en')} (${recordCount.toLocaleString('en')})`],
  ['createDataset', timing(zodSeconds, recordCount)],
  [`ajv, each fact against ${from}`, `${timing(ajvSeconds, records.facts.length)}${invalidForAjv ? ` (${invalidForAjv} invalid!)` : ''}`],
  ['ajv / createDataset', `${(ajvRate / createRate).toFixed(2)}×`],
  [
    'heap held by the dataset per million facts',
    collectGarbage ? mib(((heapAfter - heapBefore) * 1e6) / records.facts.length) : 'run node with --expose-gc to measure',
  ],
  ['peak RSS', mib(process.resourceUsage().maxRSS * 1024)],
  [`goal: createDataset >= ${GOAL_RECORDS_PER_SECOND.toLocaleString('en')} records/s`, createRate >= GOAL_RECORDS_PER_SECOND ? 'met' : 'not met'],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`createDataset at scale (${dataset!.facts.length.toLocaleString('en')} facts validated)`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
