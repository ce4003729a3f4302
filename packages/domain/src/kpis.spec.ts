import { expectedByNow, Kpi, KPI_TARGETS, onTrack, percent } from './kpis';

describe('the plan’s targets', () => {
  it('has a target for every KPI of the plan', () => {
    expect(Object.keys(KPI_TARGETS).sort()).toEqual(Object.values(Kpi).sort());
  });

  it('gives shares to the hundredth of a percent, and no share of nothing', () => {
    expect(percent(2, 3)).toBe('66.67');
    expect(percent(0, 5)).toBe('0.00');
    expect(percent(3, 0)).toBeNull();
  });

  it('reads a level to reach by a date along the straight path from the baseline', () => {
    // 80% profiled within 6 months, from 20% in the first month: 50% is expected after 3 months, 80% from month 6 on.
    expect(expectedByNow(KPI_TARGETS.PROFILED, '20', 3)).toBe('50.00');
    expect(expectedByNow(KPI_TARGETS.PROFILED, '20', 9)).toBe('80.00');
    expect(onTrack(Kpi.PROFILED, '49.99', '20', 3)).toBe(false);
    expect(onTrack(Kpi.PROFILED, '50', '20', 3)).toBe(true);
    // Without a baseline (the first month), the level itself.
    expect(onTrack(Kpi.PROFILED, '79', null, 0)).toBe(false);
  });

  it('reads a relative fall against its baseline, and a standing level as it is', () => {
    // Churn −15% in two years from 10%: 9.25% expected after a year, 8.5% after two.
    expect(expectedByNow(KPI_TARGETS.CHURN, '10', 12)).toBe('9.25');
    expect(expectedByNow(KPI_TARGETS.CHURN, '10', 30)).toBe('8.50');
    expect(onTrack(Kpi.CHURN, '9.3', '10', 12)).toBe(false);
    expect(onTrack(Kpi.CHURN, '9.25', '10', 12)).toBe(true);
    expect(onTrack(Kpi.CHURN, '5', null, 12)).toBeNull();
    expect(onTrack(Kpi.DATA_COVERAGE, '90', '50', 1)).toBe(true);
    expect(onTrack(Kpi.DATA_COVERAGE, '89.99', '95', 1)).toBe(false);
    expect(onTrack(Kpi.PUSH_ACCURACY, null, null, 0)).toBeNull();
  });
});
