/**
 * Benchmarks `createDataset` validating 1,000,000 generated facts (or
 * `BENCH_FACTS`) with their sources, entities and metrics, beside a bare zod
 * parse of the same records (`datasetSchema.safeParse`: the work
 * `createDataset` adds to it is the bounded read of its input, parsing record
 * by record so that it can stop, and the dataset it opens) and beside ajv
 * validating each of the same facts against the package's own published JSON
 * Schema of a fact (`data/schemas/fact.schema.json`, made as the build makes
 * it). The goal is 400,000 records per second or more: for a million facts,
 * a mean under 2.5 s. Records per second: `hz` times the records counted in
 * the title.
 *
 * Before any timing, a top-level check throws unless ajv finds every fact
 * valid (so both sides do the whole work), and the heap the dataset holds
 * per million facts and the peak resident memory of building it once are
 * printed.
 *
 * Not a CI gate: `npm run bench`.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bench, describe } from 'vitest';
import { recordJsonSchemas } from '../../scripts/dataFiles/jsonSchemas.js';
import { createDataset } from '../../src/schema/createDataset.js';
import { datasetSchema } from '../../src/schema/datasetSchema.js';
import { BENCH_FACTS, generatedRecords } from './generatedRecords.js';
import { heapUsed, mibPerMillion } from './heapUsed.js';

const records = generatedRecords(BENCH_FACTS);
const recordCount = records.sources.length + records.entities.length + records.metrics.length + records.facts.length;
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats.default(ajv);
const validateFact: (fact: unknown) => boolean = ajv.compile(recordJsonSchemas().get('fact.schema.json')!);

// Outside any timing: both sides accept every record, and what one dataset holds.
const invalid = records.facts.filter((fact) => !validateFact(fact)).length;
if (invalid > 0) throw new Error(`createDataset.bench: ajv found ${invalid} of the generated facts invalid`);
const heapBefore = heapUsed();
const dataset = createDataset(records);
console.log(
  `createDataset.bench: ${dataset.facts.length} facts, ${recordCount} records; heap held by the dataset per million facts ` +
    `${mibPerMillion(heapUsed() - heapBefore, BENCH_FACTS)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);

const SAMPLES = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 };

describe(`validating ${BENCH_FACTS.toLocaleString('en')} facts (${recordCount.toLocaleString('en')} records; goal: 400,000 records/s)`, () => {
  bench('createDataset(records)', () => void createDataset(records), SAMPLES);
  bench(
    'datasetSchema.safeParse(records), zod alone',
    () => {
      if (!datasetSchema.safeParse(records).success) throw new Error('createDataset.bench: zod rejected the records');
    },
    SAMPLES,
  );
  bench(
    'ajv, each fact against fact.schema.json',
    () => {
      for (const fact of records.facts) if (!validateFact(fact)) throw new Error(`createDataset.bench: ajv rejected ${fact.id}`);
    },
    SAMPLES,
  );
});
