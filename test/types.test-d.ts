import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  Citation,
  Claim,
  Correction,
  ClaimId,
  Entity,
  EntityId,
  Fact,
  FactId,
  Metric,
  MetricId,
  Note,
  QuoteSelectors,
  TextPositionSelector,
  TextQuoteSelector,
  Source,
  SourceId,
} from '../src/index.js';
import { facts } from '../src/index.js';
import type {
  citationSchema,
  claimSchema,
  correctionSchema,
  entitySchema,
  factSchema,
  metricSchema,
  noteSchema,
  quoteSelectorsSchema,
  sourceSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '../src/schema/index.js';

describe('the record types have one definition', () => {
  it('the zod schemas infer exactly the written types', () => {
    expectTypeOf<z.output<typeof sourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.output<typeof entitySchema>>().toEqualTypeOf<Entity>();
    expectTypeOf<z.output<typeof metricSchema>>().toEqualTypeOf<Metric>();
    expectTypeOf<z.output<typeof citationSchema>>().toEqualTypeOf<Citation>();
    expectTypeOf<z.output<typeof factSchema>>().toEqualTypeOf<Fact>();
    expectTypeOf<z.output<typeof claimSchema>>().toEqualTypeOf<Claim>();
    expectTypeOf<z.output<typeof noteSchema>>().toEqualTypeOf<Note>();
    expectTypeOf<z.output<typeof correctionSchema>>().toEqualTypeOf<Correction>();
    expectTypeOf<z.output<typeof textQuoteSelectorSchema>>().toEqualTypeOf<TextQuoteSelector>();
    expectTypeOf<z.output<typeof textPositionSelectorSchema>>().toEqualTypeOf<TextPositionSelector>();
    expectTypeOf<z.output<typeof quoteSelectorsSchema>>().toEqualTypeOf<QuoteSelectors>();
  });
});

describe('the IDs of the built-in records are literal types', () => {
  it('accept real IDs and reject others', () => {
    // The rejected ones are names, which are never IDs (IDs are kebab-case): no source added can make them one.
    expectTypeOf<'silicon-valley'>().toExtend<EntityId>();
    expectTypeOf<'Silicon Valley'>().not.toExtend<EntityId>();
    expectTypeOf<'ai-vc-investment'>().toExtend<MetricId>();
    expectTypeOf<'AI VC investment'>().not.toExtend<MetricId>();
    expectTypeOf<'2025-03-26-yicai-china-ai-vc-lags-us'>().toExtend<SourceId>();
    expectTypeOf<'Yicai'>().not.toExtend<SourceId>();
    expectTypeOf<'china-ai-vc-investment-2024'>().toExtend<FactId>();
    expectTypeOf<'China AI VC investment 2024'>().not.toExtend<FactId>();
    expectTypeOf<'europe-rising-stars-lag-paris'>().toExtend<ClaimId>();
    expectTypeOf<'Europe rising stars'>().not.toExtend<ClaimId>();
  });

  it("type the records' references with them", () => {
    expectTypeOf<(typeof facts)[number]['entityId']>().toExtend<EntityId>();
    expectTypeOf<(typeof facts)[number]['metricId']>().toEqualTypeOf<MetricId>();
    expectTypeOf<(typeof facts)[number]>().toExtend<Fact>();
  });

  it('make the built-in records read-only', () => {
    const fact = facts.find((f) => f.id === 'china-ai-vc-investment-2024');
    if (fact) {
      // @ts-expect-error TS2540: Cannot assign to 'value' because it is a read-only property.
      fact.value = 1;
    }
  });
});
