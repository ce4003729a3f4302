import {
  AllCustomersDocument,
  AllServiceRequestsDocument,
  BranchQueueDocument,
  CallNextTicketDocument,
  FinishTicketDocument,
  IssueBranchTicketDocument,
  AllTiersDocument,
  AllUsersDocument,
  AssignServiceRequestDocument,
  CreateApiClientDocument,
  CreateBusinessCalendarDocument,
  CreateServiceRequestDocument,
  GetServiceRequestDocument,
  ReplyToServiceRequestDocument,
  SetServiceRequestStatusDocument,
  UpdateTierDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { databaseEnv, databaseKinds, postGraphQL, startApiProcess, startTestApi, type TestApi } from '../test-utils/harness';

/** The service desk (issue 14): requests with clocks pinned at creation, pauses, warnings and breaches exactly once. */
describe.each(databaseKinds())('the service desk on %s', (kind) => {
  let api: TestApi;
  let customerId: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { sqliteFile: true });
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'SVC-1', name: '服务客户', aum: '3500000' }] });
    customerId = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'SVC-1' } })).allCustomers[0].id;
  });
  afterAll(() => api.close());

  const request = async (id: string) => (await api.viewer.request(GetServiceRequestDocument, { id })).ServiceRequest;

  it('runs a request from the app through its life: the first reply meets its clock, waiting pauses it, resolving stops it, then a rating', async () => {
    const key = (await api.admin.request(CreateApiClientDocument, { name: 'app backend (desk)', scopes: ['SERVICE_WRITE'] })).createApiClient.key!;
    const opened = await postGraphQL(
      api,
      {
        query:
          'mutation($c: ID!) { createServiceRequest(customerId: $c, category: TRANSACTION_HELP, channel: APP, description: "转账一直显示处理中") { id version status policy clocks { firstResponseDueAt resolutionDueAt minutesLeft } } }',
        variables: { c: customerId },
      },
      undefined,
      { 'x-api-key': key },
    );
    const created = opened.body.data!.createServiceRequest as {
      id: string;
      version: number;
      status: string;
      policy: { firstResponseMinutes: number; resolutionMinutes: number; calendar: null };
      clocks: { firstResponseDueAt: string; minutesLeft: number };
    };
    // High net worth: a first response within 30 minutes, around the clock (an online channel).
    expect([created.status, created.policy.firstResponseMinutes, created.policy.resolutionMinutes, created.policy.calendar]).toEqual(['NEW', 30, 480, null]);
    expect(created.clocks.minutesLeft).toBeGreaterThanOrEqual(29);
    const checker = (await api.admin.request(AllUsersDocument, { filter: { q: 'checker@' } })).allUsers[0];
    const assigned = (
      await api.pm.request(AssignServiceRequestDocument, { id: created.id, version: created.version, assigneeId: checker.id, priority: 'HIGH' })
    ).assignServiceRequest;
    expect([assigned.status, assigned.priority, assigned.assigneeId]).toEqual(['ASSIGNED', 'HIGH', checker.id]);
    await api.pm.request(ReplyToServiceRequestDocument, { id: created.id, body: '内部：联系清算中心', internal: true });
    expect((await request(created.id)).firstResponseAt).toBeNull(); // a note is not a response
    await api.pm.request(ReplyToServiceRequestDocument, { id: created.id, body: '您好，我们正在核实，请提供转账时间。' });
    const replied = await request(created.id);
    expect(replied.firstResponseAt).not.toBeNull();
    expect(replied.clocks.firstResponseDueAt).toBeNull();
    const waiting = (await api.pm.request(SetServiceRequestStatusDocument, { id: created.id, version: replied.version, status: 'WAITING_FOR_CUSTOMER' }))
      .setServiceRequestStatus;
    expect(waiting.clocks.resolutionDueAt).toBeNull(); // paused
    // A priority change while waiting keeps the pause.
    const reprioritised = (await api.pm.request(AssignServiceRequestDocument, { id: created.id, version: waiting.version, priority: 'URGENT' }))
      .assignServiceRequest;
    expect([reprioritised.status, reprioritised.clocks.resolutionDueAt]).toEqual(['WAITING_FOR_CUSTOMER', null]);
    expect(
      await postGraphQL(api, { query: `mutation { rateServiceRequest(id: "${created.id}", rating: 5) { id } }` }, undefined, { 'x-api-key': key }).then(
        (r) => r.body.errors?.[0].extensions?.fields,
      ),
    ).toEqual([expect.objectContaining({ code: 'NOT_RESOLVED' })]);
    const resumed = (await api.pm.request(SetServiceRequestStatusDocument, { id: created.id, version: reprioritised.version, status: 'IN_PROGRESS' }))
      .setServiceRequestStatus;
    expect(resumed.clocks.resolutionDueAt).not.toBeNull();
    const resolved = (await api.pm.request(SetServiceRequestStatusDocument, { id: created.id, version: resumed.version, status: 'RESOLVED' }))
      .setServiceRequestStatus;
    expect([resolved.resolvedAt !== null, resolved.clocks.resolutionDueAt, resolved.clocks.minutesLeft]).toEqual([true, null, null]);
    const rated = await postGraphQL(api, { query: `mutation { rateServiceRequest(id: "${created.id}", rating: 5) { satisfaction } }` }, undefined, {
      'x-api-key': key,
    });
    expect(rated.body.data?.rateServiceRequest).toEqual({ satisfaction: 5 });
    const staffOnly = await postGraphQL(
      api,
      { query: `mutation { setServiceRequestStatus(id: "${created.id}", version: ${resolved.version}, status: CLOSED) { id } }` },
      undefined,
      {
        'x-api-key': key,
      },
    );
    expect(staffOnly.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const closed = (await api.pm.request(SetServiceRequestStatusDocument, { id: created.id, version: resolved.version + 1, status: 'CLOSED' }))
      .setServiceRequestStatus;
    const reopen = await api.pm.raw(SetServiceRequestStatusDocument, { id: created.id, version: closed.version, status: 'IN_PROGRESS' });
    expect(reopen.errors?.[0].extensions?.fields?.[0]?.code).toBe('INVALID_SERVICE_TRANSITION');
    // The customer sees the reply, never the internal note (the app reads through its key).
    const conversation = await postGraphQL(api, { query: `{ ServiceRequest(id: "${created.id}") { messages { internal body } } }` }, api.viewer.token);
    expect((conversation.body.data?.ServiceRequest as { messages: { internal: boolean }[] }).messages.map((m) => m.internal)).toEqual([true, false]);
  });

  it('pins the policy when a request opens: a later change of the tier never re-times it; the branch runs on its calendar', async () => {
    const calendar = await api.pm.raw(CreateBusinessCalendarDocument, {
      code: 'BRANCH',
      name: '网点营业时间',
      timeZone: 'Asia/Shanghai',
      weekdays: { 1: { open: '17:00', close: '09:00' } },
    });
    expect(calendar.errors?.[0].extensions?.fields?.[0]?.code).toBe('BAD_OPENING_HOURS');
    const hours = { open: '09:00', close: '17:00' };
    await api.pm.request(CreateBusinessCalendarDocument, {
      code: 'BRANCH',
      name: '网点营业时间',
      timeZone: 'Asia/Shanghai',
      weekdays: { 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null, 7: null },
      holidays: ['2027-01-01'],
      workdays: [],
    });
    const before = (
      await api.pm.request(CreateServiceRequestDocument, { customerId, category: 'CONSULTATION', channel: 'BRANCH', description: '咨询大额存单' })
    ).createServiceRequest;
    expect(before.policy.calendar).toMatchObject({ timeZone: 'Asia/Shanghai', holidays: ['2027-01-01'] });
    const hnw = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'HNW')!;
    await api.pm.request(UpdateTierDocument, { id: hnw.id, version: hnw.version, responseSlaMinutes: 15 });
    expect((await request(before.id)).policy.firstResponseMinutes).toBe(30); // pinned
    const after = (await api.pm.request(CreateServiceRequestDocument, { customerId, category: 'CONSULTATION', channel: 'PHONE', description: '咨询' }))
      .createServiceRequest;
    expect([after.policy.firstResponseMinutes, after.policy.calendar]).toEqual([15, null]);
    // The desk's queue by time left: the soonest due first.
    const queue = (await api.viewer.request(AllServiceRequestsDocument, { filter: { open: true }, sortField: 'dueOrder', sortOrder: 'ASC', perPage: 100 }))
      .allServiceRequests;
    const dues = queue.map(
      (r) =>
        [r.clocks.firstResponseDueAt, r.clocks.resolutionDueAt]
          .filter(Boolean)
          .map((d) => new Date(d!).getTime())
          .sort((a, b) => a - b)[0] ?? Infinity,
    );
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(queue[0].id).toBe(after.id); // 15 minutes, around the clock
  });

  it('records each warning and the breach once, with two API processes checking the clocks', async () => {
    const opened = (
      await api.pm.request(CreateServiceRequestDocument, { customerId, category: 'COMPLAINT', channel: 'APP', description: '理财收益与宣传不符' })
    ).createServiceRequest;
    const checker = (await api.admin.request(AllUsersDocument, { filter: { q: 'checker@' } })).allUsers[0];
    await api.pm.request(AssignServiceRequestDocument, { id: opened.id, version: opened.version, assigneeId: checker.id });
    // Opened 40 minutes ago: the first response (15 minutes, 24×7) is breached; the resolution (2 days) not yet warned.
    const past = new Date(Date.now() - 40 * 60_000);
    await api.dataSource.query('UPDATE service_request SET createdAt = ?, history = ? WHERE id = ?', [
      kind === 'mysql' ? past : past.toISOString().replace('T', ' ').replace('Z', ''),
      JSON.stringify([{ status: 'NEW', at: past.toISOString() }]),
      opened.id,
    ]);
    expect((await request(opened.id)).clocks.minutesLeft).toBeLessThan(0);
    const env = { ...databaseEnv(api), SCHEDULE_INTERVAL_MS: '150', ADMIN_EMAIL: 'admin@tierwise.local' };
    const processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      for (let i = 0; i < 100 && (await request(opened.id)).slaEvents.length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 600)); // both schedules run a few more times
    } finally {
      await Promise.all(processes.map((p) => p.close()));
    }
    const events = (await request(opened.id)).slaEvents;
    expect(events.map((e) => [e.metric, e.percent])).toEqual([
      ['FIRST_RESPONSE', 50],
      ['FIRST_RESPONSE', 80],
      ['FIRST_RESPONSE', 100],
    ]);
    expect(events[0].notify).toEqual(['checker@tierwise.local']);
    // The breach list has it.
    const breached = (await api.viewer.request(AllServiceRequestsDocument, { filter: { breached: true } })).allServiceRequests.map((r) => r.id);
    expect(breached).toEqual([opened.id]);
    expect(events[2].notify).toEqual(expect.arrayContaining(['checker@tierwise.local', 'admin@tierwise.local'])); // the breach goes up too
  });

  it('calls a branch queue by tier: the dedicated window takes high net worth only; two windows never call the same ticket', async () => {
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'Q-ORD', name: '普通', aum: '10000' },
        { externalRef: 'Q-POT', name: '潜力', aum: '800000' },
      ],
    });
    const ref = async (r: string) => (await api.viewer.request(AllCustomersDocument, { filter: { q: r } })).allCustomers[0].id;
    const walkIn = (await api.pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001' })).issueBranchTicket;
    const ordinary = (await api.pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001', customerId: await ref('Q-ORD') })).issueBranchTicket;
    const potential = (await api.pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001', customerId: await ref('Q-POT') })).issueBranchTicket;
    const hnw = (await api.pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001', customerId })).issueBranchTicket;
    expect([walkIn.number, ordinary.number, potential.number, hnw.number, hnw.dedicated]).toEqual(['A001', 'A002', 'A003', 'V001', true]);
    expect((await api.viewer.request(BranchQueueDocument, { branchCode: 'SH-001' })).branchQueue.waiting.map((t) => t.number)).toEqual([
      'V001',
      'A003',
      'A002',
      'A001',
    ]);
    expect((await api.pm.request(CallNextTicketDocument, { branchCode: 'SH-001', window: 'DEDICATED' })).callNextTicket?.number).toBe('V001');
    expect((await api.pm.request(CallNextTicketDocument, { branchCode: 'SH-001', window: 'DEDICATED' })).callNextTicket).toBeNull(); // nobody else may use it
    const [a, b] = await Promise.all([
      api.pm.request(CallNextTicketDocument, { branchCode: 'SH-001', window: 'GENERAL' }),
      api.pm.request(CallNextTicketDocument, { branchCode: 'SH-001', window: 'GENERAL' }),
    ]);
    expect([a.callNextTicket?.number, b.callNextTicket?.number].sort()).toEqual(['A002', 'A003']);
    const served = (await api.pm.request(FinishTicketDocument, { id: hnw.id, served: true })).finishTicket;
    expect(served.status).toBe('SERVED');
    const queue = (await api.viewer.request(BranchQueueDocument, { branchCode: 'SH-001' })).branchQueue;
    expect(queue.waiting.map((t) => t.number)).toEqual(['A001']);
    expect(queue.waitingTimes.map((w) => w.called).reduce((x, y) => x + y, 0)).toBe(3);
    const bad = await api.pm.raw(IssueBranchTicketDocument, { branchCode: 'sh 001' });
    expect(bad.errors?.[0].extensions?.fields?.[0]?.code).toBe('BAD_BRANCH');
  });
});
