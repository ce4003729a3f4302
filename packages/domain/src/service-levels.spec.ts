import {
  BranchWindow,
  nextTicket,
  calendarViolations,
  EXCLUSIVE_SERVICES_PER_YEAR,
  proRataTarget,
  DEFAULT_BUSINESS_CALENDAR,
  openingOn,
  pausesFrom,
  pinPolicy,
  ServiceCategory,
  ServiceChannel,
  ServiceRequestStatus,
  serviceTransitionViolation,
  slaDeadline,
  slaMilestones,
  workingMinutesBetween,
  type BusinessCalendar,
} from './service-levels';

/** A branch in Shanghai, Monday to Friday 09:00–17:00; National Day week closed; Saturday 10 October a make-up working day. */
const branch: BusinessCalendar = {
  ...DEFAULT_BUSINESS_CALENDAR,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};
const at = (iso: string) => new Date(iso);

describe('service levels: deadlines on a business calendar', () => {
  it.each([
    ['24×7: two hours later', '2026-09-30T16:30:00+08:00', 120, null, '2026-09-30T18:30:00+08:00'],
    ['a 2-hour target started 30 minutes before closing on the eve of a holiday', '2026-09-30T16:30:00+08:00', 120, branch, '2026-10-08T10:30:00+08:00'],
    ['into a make-up Saturday (调休)', '2026-10-09T16:00:00+08:00', 120, branch, '2026-10-10T10:00:00+08:00'],
    ['started before opening', '2026-11-02T07:00:00+08:00', 30, branch, '2026-11-02T09:30:00+08:00'],
    ['started on a Sunday', '2026-11-01T12:00:00+08:00', 30, branch, '2026-11-02T09:30:00+08:00'],
    ['ending exactly at closing', '2026-11-02T16:00:00+08:00', 60, branch, '2026-11-02T17:00:00+08:00'],
    ['one minute past closing rolls to the next morning', '2026-11-02T16:00:00+08:00', 61, branch, '2026-11-03T09:01:00+08:00'],
    ['started after closing on a Friday', '2026-11-06T18:00:00+08:00', 30, branch, '2026-11-09T09:30:00+08:00'],
    ['a whole working day and more', '2026-11-02T09:00:00+08:00', 8 * 60 + 30, branch, '2026-11-03T09:30:00+08:00'],
  ])('%s', (_name, start, minutes, cal, due) => {
    expect(slaDeadline(at(start), minutes, cal)?.toISOString()).toBe(at(due).toISOString());
  });

  it.each([
    [
      'a pause of an hour moves a 24×7 deadline by an hour',
      '2026-11-02T00:00:00Z',
      120,
      null,
      [['2026-11-02T00:30:00Z', '2026-11-02T01:30:00Z']],
      '2026-11-02T03:00:00Z',
    ],
    [
      'a pause outside opening hours changes nothing',
      '2026-11-02T16:00:00+08:00',
      120,
      branch,
      [['2026-11-02T18:00:00+08:00', '2026-11-03T08:00:00+08:00']],
      '2026-11-03T10:00:00+08:00',
    ],
    [
      'a pause across closing time counts only its open part',
      '2026-11-02T16:00:00+08:00',
      120,
      branch,
      [['2026-11-02T16:30:00+08:00', '2026-11-03T09:30:00+08:00']],
      '2026-11-03T11:00:00+08:00',
    ],
    [
      'two pauses add up',
      '2026-11-02T00:00:00Z',
      60,
      null,
      [
        ['2026-11-02T00:10:00Z', '2026-11-02T00:20:00Z'],
        ['2026-11-02T00:30:00Z', '2026-11-02T00:40:00Z'],
      ],
      '2026-11-02T01:20:00Z',
    ],
    [
      'a pause after the deadline does not matter',
      '2026-11-02T00:00:00Z',
      60,
      null,
      [['2026-11-02T05:00:00Z', '2026-11-02T06:00:00Z']],
      '2026-11-02T01:00:00Z',
    ],
  ] as const)('%s', (_name, start, minutes, cal, pauses, due) => {
    const intervals = pauses.map(([from, to]) => ({ from: at(from), to: at(to) }));
    expect(slaDeadline(at(start), minutes, cal, intervals)?.toISOString()).toBe(at(due).toISOString());
  });

  it('has no deadline while an open pause stops the clock before the target, and one again once it ends', () => {
    const start = at('2026-11-02T00:00:00Z');
    expect(slaDeadline(start, 60, null, [{ from: at('2026-11-02T00:20:00Z'), to: null }])).toBeNull();
    expect(slaDeadline(start, 60, null, [{ from: at('2026-11-02T00:20:00Z'), to: at('2026-11-02T02:00:00Z') }])?.toISOString()).toBe(
      '2026-11-02T02:40:00.000Z',
    );
    // Paused after the target was already reached: the deadline stays.
    expect(slaDeadline(start, 60, null, [{ from: at('2026-11-02T01:30:00Z'), to: null }])?.toISOString()).toBe('2026-11-02T01:00:00.000Z');
  });

  it('counts working minutes between two instants, and negative when past', () => {
    expect(workingMinutesBetween(at('2026-09-30T16:30:00+08:00'), at('2026-10-08T10:00:00+08:00'), branch)).toBe(90);
    expect(workingMinutesBetween(at('2026-11-02T10:00:00+08:00'), at('2026-11-02T09:00:00+08:00'), branch)).toBe(-60);
    expect(workingMinutesBetween(at('2026-11-02T00:00:00Z'), at('2026-11-02T02:00:00Z'), null, [{ from: at('2026-11-02T01:00:00Z'), to: null }])).toBe(60);
  });

  it('warns at 50% and 80% of the target, then breaches at 100%, on the same calendar', () => {
    const milestones = slaMilestones(at('2026-11-02T16:00:00+08:00'), 120, branch);
    expect(milestones.map((m) => [m.kind, m.share, m.dueAt?.toISOString()])).toEqual([
      ['WARNING', 0.5, at('2026-11-02T17:00:00+08:00').toISOString()],
      ['WARNING', 0.8, at('2026-11-03T09:36:00+08:00').toISOString()],
      ['BREACH', 1, at('2026-11-03T10:00:00+08:00').toISOString()],
    ]);
  });

  it('opens holidays closed, make-up days with weekday hours, and refuses nonsense hours', () => {
    expect(openingOn('2026-10-01', branch)).toBeNull();
    expect(openingOn('2026-10-10', branch)).toEqual({ open: '09:00', close: '17:00' });
    expect(openingOn('2026-10-11', branch)).toBeNull();
    expect(calendarViolations({ ...branch, weekdays: { ...branch.weekdays, 1: { open: '17:00', close: '09:00' } } }).map((v) => v.code)).toEqual([
      'BAD_OPENING_HOURS',
    ]);
    expect(calendarViolations({ ...branch, workdays: ['2026-10-01'] }).map((v) => v.code)).toEqual(['HOLIDAY_AND_WORKDAY']);
    expect(calendarViolations(branch)).toEqual([]);
  });
});

describe('service requests', () => {
  it.each([
    ['NEW', 'ASSIGNED', true],
    ['ASSIGNED', 'WAITING_FOR_CUSTOMER', true],
    ['WAITING_FOR_CUSTOMER', 'IN_PROGRESS', true],
    ['IN_PROGRESS', 'RESOLVED', true],
    ['RESOLVED', 'IN_PROGRESS', true],
    ['RESOLVED', 'CLOSED', true],
    ['CLOSED', 'IN_PROGRESS', false],
    ['NEW', 'CLOSED', false],
    ['WAITING_FOR_CUSTOMER', 'ASSIGNED', false],
  ] as const)('%s → %s', (from, to, ok) => {
    expect(serviceTransitionViolation(ServiceRequestStatus[from], ServiceRequestStatus[to]) === null).toBe(ok);
  });

  it('pauses while waiting for the customer, however often priority or assignee change meanwhile', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 10, 2, 0, m));
    const history = [
      { status: ServiceRequestStatus.NEW, at: t(0) },
      { status: ServiceRequestStatus.WAITING_FOR_CUSTOMER, at: t(10) },
      { status: ServiceRequestStatus.IN_PROGRESS, at: t(40) },
      { status: ServiceRequestStatus.WAITING_FOR_CUSTOMER, at: t(50) },
    ];
    expect(pausesFrom(history)).toEqual([
      { from: t(10), to: t(40) },
      { from: t(50), to: null },
    ]);
    // 30 minutes of 60 used before the second pause: no deadline while it lasts.
    expect(slaDeadline(t(0), 60, null, pausesFrom(history))).toBeNull();
    expect(slaDeadline(t(0), 60, null, pausesFrom([...history, { status: ServiceRequestStatus.IN_PROGRESS, at: t(70) }]))?.toISOString()).toBe(
      t(110).toISOString(),
    );
  });

  it('pins the policy at creation: online channels 24×7, the branch on its calendar', () => {
    expect(pinPolicy(30, ServiceCategory.COMPLAINT, ServiceChannel.APP, branch)).toEqual({
      firstResponseMinutes: 30,
      resolutionMinutes: 2880,
      calendar: null,
      warningShares: [0.5, 0.8],
    });
    expect(pinPolicy(120, ServiceCategory.TRANSACTION_HELP, ServiceChannel.BRANCH, branch).calendar).toBe(branch);
  });
});

describe('exclusive services through the year', () => {
  it.each([
    ['1 January', '2027-01-01T08:00:00+08:00', 0],
    ['a quarter through the year', '2027-04-02T08:00:00+08:00', 1],
    ['the last day of the first quarter', '2027-03-31T08:00:00+08:00', 0],
    ['mid-year', '2027-07-02T12:00:00+08:00', 2],
    ['31 December', '2027-12-31T23:00:00+08:00', 4],
    ['1 January in Beijing, still 31 December in UTC', '2026-12-31T16:30:00Z', 0],
  ])('4 a year: %s (%s) → %i due', (_name, iso, due) => {
    expect(proRataTarget(EXCLUSIVE_SERVICES_PER_YEAR, new Date(iso), 'Asia/Shanghai')).toBe(due);
  });
});

describe('branch queue', () => {
  const t = (id: string, priority: number, minute: number, dedicated = false) => ({
    id,
    priority,
    dedicated,
    issuedAt: new Date(Date.UTC(2026, 11, 2, 1, minute)),
  });
  const waiting = [t('walk-in', 0, 0), t('ordinary', 1, 1), t('hnw', 3, 5, true), t('potential', 2, 2), t('hnw-2', 3, 3, true)];
  it('calls the higher tier first at a general window, first come first served within a tier', () => {
    const order: string[] = [];
    let left = [...waiting];
    for (let next = nextTicket(left, BranchWindow.GENERAL); next; next = nextTicket(left, BranchWindow.GENERAL)) {
      order.push(next.id);
      left = left.filter((x) => x.id !== next!.id);
    }
    expect(order).toEqual(['hnw-2', 'hnw', 'potential', 'ordinary', 'walk-in']);
  });
  it('serves only the dedicated tickets at the dedicated window, in arrival order', () => {
    expect(nextTicket(waiting, BranchWindow.DEDICATED)?.id).toBe('hnw-2');
    expect(
      nextTicket(
        waiting.filter((x) => !x.dedicated),
        BranchWindow.DEDICATED,
      ),
    ).toBeNull();
  });
});
