import { describe, expectTypeOf, it } from 'vitest';
import { dataset, type Fact } from '../../src/index.js';
import { formatCitation, type FormatCitationOptions } from '../../src/format/formatCitation.js';
import { formatValue, type FormatValueOptions } from '../../src/format/formatValue.js';

describe('formatValue and formatCitation types', () => {
  it('formatValue(fact, options) takes a built-in fact or a Fact of your own and returns a string', () => {
    expectTypeOf(formatValue(dataset.fact('united-states-ai-vc-investment-2024'))).toEqualTypeOf<string>();
    expectTypeOf(formatValue).parameter(0).toEqualTypeOf<Fact>();
    expectTypeOf(formatValue).parameter(1).toEqualTypeOf<FormatValueOptions | undefined>();
    // @ts-expect-error TS2561: `locales` is not an option
    formatValue(dataset.fact('united-states-ai-vc-investment-2024'), { locales: 'en-US' });
  });

  it('formatCitation(fact, options) takes a built-in fact or a Fact of your own and returns a string', () => {
    expectTypeOf(formatCitation(dataset.fact('united-states-ai-vc-investment-2024'))).toEqualTypeOf<string>();
    expectTypeOf(formatCitation).parameter(1).toEqualTypeOf<FormatCitationOptions | undefined>();
    // @ts-expect-error TS2322: `sources` takes Source records, not IDs
    formatCitation(dataset.fact('united-states-ai-vc-investment-2024'), { sources: ['2025-03-26-yicai-china-ai-vc-lags-us'] });
  });
});
