import { addMonths, expectedByNow, Kpi, KPI_TARGETS, monthBounds, monthOf, monthRange, monthsBetween, onTrack, percent } from './kpis';

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

describe('months in the institution’s time zone', () => {
  it('puts an instant in its Asia/Shanghai month', () => {
    // 16:00 UTC on 31 January is midnight on 1 February in Shanghai.
    expect(monthOf(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01');
    expect(monthOf(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02');
    expect(monthOf(new Date('2026-01-31T16:00:00Z'), 'UTC')).toBe('2026-01');
  });

  it('bounds a month by local midnights', () => {
    expect(monthBounds('2026-02')).toEqual({ start: new Date('2026-01-31T16:00:00Z'), end: new Date('2026-02-28T16:00:00Z') });
    expect(monthBounds('2026-12')).toEqual({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
  });

  it('counts and lists months across a year end', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -12)).toBe('2025-03');
    expect(monthsBetween('2025-12', '2026-02')).toBe(2);
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });
});
