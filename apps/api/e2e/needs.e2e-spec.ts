import {
  AllNeedRulesDocument,
  UpdateNeedRuleDocument,
  CloseCustomerNeedDocument,
  CreateNeedRuleDocument,
  CustomerNeedsDocument,
  RecordBehaviourEventsDocument,
  RecordInterviewNeedDocument,
  UpsertCustomersDocument,
  AllCustomersDocument,
} from '@tierwise/client';
import { databaseKinds, jobFinished, startTestApi, type TestApi } from '../test-utils/harness';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('needs from behaviour and interviews on %s', (kind) => {
  let api: TestApi;
  let customerId: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'N-1', name: '买房', aum: '300000' },
        { externalRef: 'N-2', name: '旁人', aum: '300000' },
      ],
    });
    customerId = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'N-1' } })).allCustomers[0].id;
  });
  afterAll(() => api.close());

  const lookUp = (id: string, daysAgo: number, customerRef = 'N-1') => ({
    id,
    customerRef,
    type: 'SEARCH' as const,
    topic: 'mortgage_rate',
    occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
  });

  /** A customer of the test's own with `n` mortgage-rate look-ups in the last days: the plan's rule gives them a home-purchase need. */
  const homeBuyer = async (ref: string, n = 3) => {
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: ref, name: '买房', aum: '300000' }] });
    const recorded = await api.pm.request(RecordBehaviourEventsDocument, { items: Array.from({ length: n }, (_, i) => lookUp(`${ref}-${i + 1}`, i + 1, ref)) });
    await jobFinished(api, recorded.recordBehaviourEvents.detectionJob);
    const id = (await api.viewer.request(AllCustomersDocument, { filter: { q: ref } })).allCustomers[0].id;
    expect((await api.viewer.request(CustomerNeedsDocument, { id })).Customer.needs.map((x) => x.need)).toEqual(['HOME_PURCHASE']);
    return id;
  };

  it('ships with the plan’s rule: repeated mortgage-rate look-ups → a home-purchase need', async () => {
    const rules = (await api.viewer.request(AllNeedRulesDocument, { filter: { q: 'mortgage_rate' } })).allNeedRules;
    expect(rules[0]).toMatchObject({ code: 'MORTGAGE-RATE-LOOKUPS', topic: 'mortgage_rate', minEvents: 3, windowDays: 30, need: 'HOME_PURCHASE' });

    const first = (await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('ev-1', 40), lookUp('ev-2', 2)] })).recordBehaviourEvents;
    expect(first).toMatchObject({ accepted: 2, duplicates: 0 });
    // The rules are evaluated by a background job once the events have committed: its id is in the answer.
    expect((await jobFinished(api, first.detectionJob)).count).toBe(0);
    expect((await api.viewer.request(CustomerNeedsDocument, { id: customerId })).Customer.needs).toEqual([]);
    // The look-up 40 days ago is outside the 30-day window: two more are needed, and a resent event is ignored.
    const third = await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('ev-2', 2), lookUp('ev-3', 1)] });
    expect(third.recordBehaviourEvents).toMatchObject({ accepted: 1, duplicates: 1 });
    expect((await jobFinished(api, third.recordBehaviourEvents.detectionJob)).count).toBe(0);
    const fourth = await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('ev-4', 0)] });
    expect(fourth.recordBehaviourEvents).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await jobFinished(api, fourth.recordBehaviourEvents.detectionJob)).count).toBe(1);
    // A batch of nothing new queues no job.
    expect((await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('ev-4', 0)] })).recordBehaviourEvents.detectionJob).toBeNull();

    const [need] = (await api.viewer.request(CustomerNeedsDocument, { id: customerId })).Customer.needs;
    expect(need).toMatchObject({ need: 'HOME_PURCHASE', source: 'RULE', weight: 80, evidence: { eventIds: ['ev-4', 'ev-3', 'ev-2'] } });
    // It lapses when the oldest of the three qualifying look-ups (2 days ago) leaves the 30-day window.
    expect(Math.abs(new Date(need.expiresAt).getTime() - (Date.now() + 28 * DAY))).toBeLessThan(60_000);
  });

  it('refuses a bad batch whole, naming each bad item', async () => {
    const bad = await api.pm.raw(RecordBehaviourEventsDocument, {
      items: [
        lookUp('ok-1', 1),
        { ...lookUp('x-1', 1), topic: 'Mortgage Rate' },
        lookUp('x-2', 1, 'NOBODY'),
        lookUp('ok-1', 1),
        { ...lookUp('x-3', 0), occurredAt: new Date(Date.now() + DAY).toISOString() },
      ],
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f: { code: string }) => f.code).sort()).toEqual([
      'DUPLICATE_EVENT_ID',
      'EVENT_IN_FUTURE',
      'INVALID_TOPIC',
      'UNKNOWN_CUSTOMER',
    ]);
    expect((await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('ok-1', 1)] })).recordBehaviourEvents.accepted).toBe(1);
    const tooMany = await api.pm.raw(RecordBehaviourEventsDocument, { items: Array.from({ length: 1001 }, (_, i) => lookUp(`m-${i}`, 1)) });
    expect(tooMany.errors?.[0].extensions?.fields?.[0].code).toBe('BATCH_TOO_LARGE');
    expect((await api.viewer.raw(RecordBehaviourEventsDocument, { items: [lookUp('v-1', 1)] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets product managers configure rules, validated', async () => {
    const bad = await api.pm.raw(CreateNeedRuleDocument, {
      code: 'BAD',
      name: 'x',
      topic: 'pension',
      minEvents: 0,
      windowDays: 1000,
      need: 'RETIREMENT',
      weight: 50,
    });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['minEvents', 'windowDays']);
    await api.pm.request(CreateNeedRuleDocument, {
      code: 'ABROAD-CONSULT',
      name: '留学咨询',
      eventType: 'CONSULTATION',
      topic: 'study_abroad',
      minEvents: 1,
      windowDays: 30,
      need: 'STUDY_ABROAD',
      weight: 90,
    });
    const r = await api.pm.request(RecordBehaviourEventsDocument, {
      items: [{ id: 'c-1', customerRef: 'N-2', type: 'CONSULTATION', topic: 'study_abroad', occurredAt: new Date().toISOString() }],
    });
    expect((await jobFinished(api, r.recordBehaviourEvents.detectionJob)).count).toBe(1);
  });

  it('applies a rule’s new weight and stricter terms to its needs at once, and lets them lapse when the rule is switched off', async () => {
    const customerId = await homeBuyer('NW', 4);
    const rule = (await api.viewer.request(AllNeedRulesDocument, { filter: { q: 'MORTGAGE-RATE' } })).allNeedRules[0];
    const weighted = await api.pm.request(UpdateNeedRuleDocument, { id: rule.id, version: rule.version, weight: 65 });
    const homeNeed = async () => (await api.viewer.request(CustomerNeedsDocument, { id: customerId })).Customer.needs.find((n) => n.need === 'HOME_PURCHASE');
    expect((await homeNeed())?.weight).toBe(65);
    await api.pm.request(UpdateNeedRuleDocument, { id: rule.id, version: weighted.updateNeedRule.version, active: false });
    expect(await homeNeed()).toBeUndefined();
    // Switched on again, the rule detects the need afresh from the look-ups still in its window.
    const off = (await api.viewer.request(AllNeedRulesDocument, { filter: { q: 'MORTGAGE-RATE' } })).allNeedRules[0];
    const on = (await api.pm.request(UpdateNeedRuleDocument, { id: off.id, version: off.version, active: true, weight: 80 })).updateNeedRule;
    await jobFinished(api, (await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('NW-5', 0, 'NW')] })).recordBehaviourEvents.detectionJob);
    expect((await homeNeed())?.weight).toBe(80);
    // Stricter terms re-check the needs in force: five look-ups in 30 days are met (NW-1…NW-5), ten are not.
    const five = (await api.pm.request(UpdateNeedRuleDocument, { id: on.id, version: on.version, minEvents: 5 })).updateNeedRule;
    expect(await homeNeed()).toBeDefined();
    await api.pm.request(UpdateNeedRuleDocument, { id: five.id, version: five.version, minEvents: 10 });
    expect(await homeNeed()).toBeUndefined();
    const strict = (await api.viewer.request(AllNeedRulesDocument, { filter: { q: 'MORTGAGE-RATE' } })).allNeedRules[0];
    await api.pm.request(UpdateNeedRuleDocument, { id: strict.id, version: strict.version, minEvents: 3 });
    expect(await homeNeed()).toBeUndefined(); // looser terms find it again with the customer's next events
    await jobFinished(api, (await api.pm.request(RecordBehaviourEventsDocument, { items: [lookUp('NW-6', 0, 'NW')] })).recordBehaviourEvents.detectionJob);
    expect(await homeNeed()).toBeDefined();
  });

  it('records an advisor’s interview need with its notes, and closes it', async () => {
    const customerId = await homeBuyer('NI');
    const recorded = (await api.pm.request(RecordInterviewNeedDocument, { customerId, need: 'WEALTH_TRANSFER', weight: 90, notes: '计划十年内传承给子女' }))
      .recordInterviewNeed;
    expect(recorded).toMatchObject({ need: 'WEALTH_TRANSFER', source: 'INTERVIEW', evidence: { notes: '计划十年内传承给子女' } });
    const needs = (await api.viewer.request(CustomerNeedsDocument, { id: customerId })).Customer.needs;
    expect(needs.map((n) => n.need)).toEqual(['WEALTH_TRANSFER', 'HOME_PURCHASE']); // strongest first
    expect(needs[0].recordedBy).toBe('pm@tierwise.local');
    await api.pm.request(CloseCustomerNeedDocument, { id: recorded.id });
    expect((await api.viewer.request(CustomerNeedsDocument, { id: customerId })).Customer.needs.map((n) => n.need)).toEqual(['HOME_PURCHASE']);
    const missing = await api.pm.raw(RecordInterviewNeedDocument, { customerId: 'no-such-customer', need: 'RETIREMENT', weight: 50, notes: 'x' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
