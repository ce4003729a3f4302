import { AUM_MU, AUM_SIGMA, seededRandom, syntheticCustomer } from './population';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('synthetic population', () => {
  it('is reproducible: the same seed and index give the same customer', () => {
    expect(syntheticCustomer(42, 7, TODAY)).toEqual(syntheticCustomer(42, 7, TODAY));
    expect(syntheticCustomer(42, 7, TODAY)).not.toEqual(syntheticCustomer(43, 7, TODAY));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('puts roughly 80% / 15% / 5% of customers below 500,000, between, and at 3,000,000 or more', () => {
    const n = 20000;
    const aums = Array.from({ length: n }, (_, i) => Number(syntheticCustomer(7, i, TODAY).dailyAum.at(-1)));
    const ordinary = aums.filter((a) => a < 500000).length / n;
    const hnw = aums.filter((a) => a >= 3000000).length / n;
    expect(ordinary).toBeGreaterThan(0.78);
    expect(ordinary).toBeLessThan(0.82);
    expect(hnw).toBeGreaterThan(0.04);
    expect(hnw).toBeLessThan(0.06);
    expect(Math.log(500000)).toBeCloseTo(AUM_MU + 0.8416 * AUM_SIGMA, 2);
  });

  it('gives every customer 90 days of AUM ending today, valid ids and plausible assessments', () => {
    const c = syntheticCustomer(7, 123, TODAY);
    expect(c.dailyAum).toHaveLength(90);
    expect(c.idNumber).toMatch(/^\d{18}$/);
    expect(c.phone).toMatch(/^1[3-9]\d{9}$/);
    expect(c.riskAssessmentExpiresAt.getTime() - c.riskAssessedAt.getTime()).toBe(365 * 24 * 3600 * 1000);
  });
});
