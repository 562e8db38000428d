import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { sourceDataset, YICAI } from '../fixtures/sourceDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const yicai = sourceDataset(YICAI);

describe('dataset.cagrOf(entityId, metricId, fromPeriod, toPeriod)', () => {
  it('cagrOf over one year, 2023 to 2024, is the growth rate up to floating point, with the same precision', () => {
    const us = yicai.cagrOf('united-states', 'ai-vc-investment', '2023', '2024');
    expect(us).toMatchObject({
      derivation: 'cagr',
      value: 0.9,
      unit: 'fraction',
      precision: 'lower-bound',
      formula: '(value in 2024 / value in 2023) ^ (1 / years between them) - 1 = (76000000000 / 40000000000) ^ (1 / 1) - 1',
      derivedFrom: ['united-states-ai-vc-investment-2023', 'united-states-ai-vc-investment-2024'],
    });
    const china = yicai.cagrOf('china', 'ai-vc-investment', '2023', '2024');
    expect(china.value).toBe(0.3333333333333333);
    expect(china.precision).toBe('approximate');
  });

  it("cagrOf(...) counts the years between the periods' starts and is recomputed from its facts", () => {
    const user = createDataset(userRecords([userFact('a', 100, { period: '2020' }), userFact('a', 121, { period: '2022' })]));
    const figure = user.cagrOf('a', 'amount', '2020', '2022');
    expect(figure.value).toBe(0.09999999999999999);
    expect(figure.formula).toBe('(value in 2022 / value in 2020) ^ (1 / years between them) - 1 = (121 / 100) ^ (1 / 2) - 1');
    const [from, to] = figure.derivedFrom.map((id) => user.fact(id).value as number);
    expect(figure.value).toBe(cagr(from!, to!, 2));
  });

  it('cagrOf(...) throws as growthOf does, under its own name', () => {
    expect(() => yicai.cagrOf('china', 'ai-vc-investment', '2024', '2023')).toThrow(
      new RangeError('cagrOf: expected `toPeriod` to start after `fromPeriod` ("2024") ends, received "2023"'),
    );
  });
});
