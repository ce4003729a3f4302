import {
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllProductsDocument,
  AllServiceRequestsDocument,
  CreateServiceRequestDocument,
  AllUsersDocument,
  UpdateUserDocument,
  PlaceOrderDocument,
  ExclusiveServiceShortfallsDocument,
  RedeemBenefitDocument,
  AllCustomersDocument,
  AllFollowUpsDocument,
  AssignCustomersToAdvisorDocument,
  CreateUserDocument,
  CustomerContactsDocument,
  LogContactDocument,
  UpsertCustomersDocument,
  createTierwiseClient,
  type TierwiseClient,
} from '@tierwise/client';
import { EXCLUSIVE_SERVICES_PER_YEAR, proRataTarget } from '@tierwise/domain';
import { systemContext } from '../src/common/context';
import { AdvisoryService } from '../src/modules/advisory';
import { databaseKinds, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';

/** Advisors (issue 14): their portfolio is their reach; follow-ups from the tiers' promises, done by a contact. */
describe.each(databaseKinds())('advisors on %s', (kind) => {
  let api: TestApi;
  let banker: TierwiseClient;
  let bankerToken: string;
  let mine: string;
  let theirs: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const advisor = (
      await api.admin.request(CreateUserDocument, { email: 'banker@tierwise.local', password: 'banker-password', role: 'ADVISOR', displayName: '私行顾问' })
    ).createUser;
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'ADV-MINE', name: '高净值甲', aum: '5000000' },
        { externalRef: 'ADV-THEIRS', name: '高净值乙', aum: '5000000' },
      ],
    });
    const byRef = new Map((await api.viewer.request(AllCustomersDocument, { filter: { q: 'ADV-' } })).allCustomers.map((c) => [c.externalRef, c.id]));
    mine = byRef.get('ADV-MINE')!;
    theirs = byRef.get('ADV-THEIRS')!;
    await api.pm.request(AssignCustomersToAdvisorDocument, { customerIds: [mine], advisorId: advisor.id });
    banker = createTierwiseClient({ url: api.url });
    bankerToken = (await banker.login('banker@tierwise.local', 'banker-password')).token;
  });
  afterAll(() => api.close());

  const code = async (query: string, variables: object = {}) => {
    const { body } = await postGraphQL(api, { query, variables }, bankerToken);
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  };

  it('reaches only the customers of their own portfolio: another customer answers NOT_FOUND, as one that does not exist', async () => {
    expect((await banker.request(AllCustomersDocument, {})).allCustomers.map((c) => c.externalRef)).toEqual(['ADV-MINE']);
    expect((await banker.request(CustomerContactsDocument, { id: mine })).Customer.id).toBe(mine);
    expect(await code('query($id: ID!) { Customer(id: $id) { id } }', { id: theirs })).toBe('NOT_FOUND');
    expect(await code('query($id: ID!) { Customer(id: $id) { id } }', { id: 'no-such-customer' })).toBe('NOT_FOUND');
    expect(await code('mutation($c: ID!) { logContact(customerId: $c, kind: PHONE, notes: "x") { id } }', { c: theirs })).toBe('NOT_FOUND');
    // No catalogue rights, and nothing a viewer reads beyond their portfolio.
    expect(await code('{ allProducts { id } }')).toBe('FORBIDDEN');
    expect(await code('{ allAuditEvents { id } }')).toBe('FORBIDDEN');
    expect(await code('mutation { createProduct(code: "ADV-P", name: "x", type: FUND, riskLevel: R1) { id } }')).toBe('FORBIDDEN');
    expect(await code('mutation($c: ID!) { updateCustomer(id: $c, version: 1, name: "x") { id } }', { c: mine })).toBe('FORBIDDEN');
    // They act on their own customers — a consent, a need from an interview, a service request, an order — and on no other.
    const acts = {
      setConsent: 'mutation($c: ID!) { setConsent(customerId: $c, kind: MARKETING_SMS, granted: true) { id } }',
      recordInterviewNeed: 'mutation($c: ID!) { recordInterviewNeed(customerId: $c, need: EDUCATION, weight: 70, notes: "子女明年出国") { id } }',
      createServiceRequest: 'mutation($c: ID!) { createServiceRequest(customerId: $c, category: CONSULTATION, channel: BRANCH, description: "咨询") { id } }',
    };
    for (const [name, query] of Object.entries(acts)) {
      expect([name, await code(query, { c: mine })]).toEqual([name, 'OK']);
      expect([name, await code(query, { c: theirs })]).toEqual([name, 'NOT_FOUND']);
    }
    expect(await code('mutation($c: ID!, $p: ID!) { placeOrder(customerId: $c, productId: $p, amount: "10000") { id } }', { c: theirs, p: 'x' })).toBe(
      'NOT_FOUND',
    );
    // An order of another advisor's customer is out of reach by its id too.
    const deposit = (await api.viewer.request(AllProductsDocument, { filter: { q: 'DEP-CD-001' } })).allProducts[0].id;
    const other = (await api.pm.request(PlaceOrderDocument, { customerId: theirs, productId: deposit, amount: '200000' })).placeOrder;
    expect(await code(`mutation { signOrder(id: "${other.id}", version: ${other.version}) { id } }`)).toBe('NOT_FOUND');
    expect(await code(`mutation { cancelOrder(id: "${other.id}", version: ${other.version}, reason: "x") { id } }`)).toBe('NOT_FOUND');
    const own = await postGraphQL(
      api,
      {
        query: 'mutation($c: ID!, $p: ID!) { placeOrder(customerId: $c, productId: $p, amount: "200000") { id version status } }',
        variables: { c: mine, p: deposit },
      },
      bankerToken,
    );
    const placed = own.body.data!.placeOrder as { id: string; version: number; status: string };
    expect(await code(`mutation { signOrder(id: "${placed.id}", version: ${placed.version}) { id } }`)).toBe('OK');
    // Service requests: their own customers' only, read and worked on; another's answers NOT_FOUND by its id.
    const foreign = (await api.pm.request(CreateServiceRequestDocument, { customerId: theirs, category: 'COMPLAINT', channel: 'PHONE', description: '投诉' }))
      .createServiceRequest;
    const listed = (await banker.request(AllServiceRequestsDocument, { perPage: 100 })).allServiceRequests;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.customerId === mine)).toBe(true);
    expect(await code(`{ ServiceRequest(id: "${foreign.id}") { id } }`)).toBe('NOT_FOUND');
    expect(await code(`mutation { replyToServiceRequest(id: "${foreign.id}", body: "x") { id } }`)).toBe('NOT_FOUND');
    expect(await code(`mutation { replyToServiceRequest(id: "${listed[0].id}", body: "您好，我是您的私行顾问。") { id } }`)).toBe('OK');
    const fresh = (await banker.request(AllServiceRequestsDocument, { perPage: 100 })).allServiceRequests.find((r) => r.id === listed[0].id)!; // the reply moved it on
    expect(await code(`mutation { setServiceRequestStatus(id: "${fresh.id}", version: ${fresh.version}, status: IN_PROGRESS) { id } }`)).toBe('OK');
    // The move into the portfolio is audited.
    const moves = (await api.admin.request(AllAuditEventsDocument, { filter: { entityId: mine }, perPage: 20 })).allAuditEvents;
    expect(moves.some((e) => JSON.stringify(e.changes).includes('advisorId'))).toBe(true);
  });

  it("makes the tier's follow-ups due, once, and a logged interview does them; an advisor sees only their own", async () => {
    const ctx = systemContext(api.dataSource, 'test');
    const [first, second] = await Promise.all([AdvisoryService.generateFollowUps(ctx), AdvisoryService.generateFollowUps(ctx)]);
    expect(first + second).toBeGreaterThan(0);
    const all = (await api.viewer.request(AllFollowUpsDocument, { filter: { open: true }, perPage: 100 })).allFollowUps;
    const forMine = all.filter((f) => f.customerId === mine);
    expect(forMine).toHaveLength(1); // once, though the job ran twice at once
    expect(forMine[0].kind).toBe('NEEDS_INTERVIEW'); // a private banker's quarterly interview for high net worth
    expect((await banker.request(AllFollowUpsDocument, { filter: { open: true } })).allFollowUps.map((f) => f.customerId)).toEqual([mine]);
    // Their manager sees the follow-ups of their team; another manager does not.
    const pmUser = (await api.admin.request(AllUsersDocument, { filter: { q: 'pm@' } })).allUsers[0];
    const bankerUser = (await api.admin.request(AllUsersDocument, { filter: { q: 'banker@' } })).allUsers[0];
    await api.admin.request(UpdateUserDocument, { id: bankerUser.id, version: bankerUser.version, managerId: pmUser.id });
    expect((await api.pm.request(AllFollowUpsDocument, { filter: { open: true, team: true } })).allFollowUps.map((f) => f.customerId)).toEqual([mine]);
    expect(await api.checker.request(AllFollowUpsDocument, { filter: { open: true, team: true } }).then((r) => r.allFollowUps)).toEqual([]);
    const contact = (
      await banker.request(LogContactDocument, { customerId: mine, kind: 'BRANCH_MEETING', notes: '季度需求访谈：子女教育、养老', interview: true })
    ).logContact;
    expect(contact.loggedBy).toBe('banker@tierwise.local');
    const done = (await api.viewer.request(AllFollowUpsDocument, { filter: { customerId: mine }, perPage: 10 })).allFollowUps;
    expect(done[0]).toMatchObject({ contactId: contact.id });
    expect(done[0].doneAt).not.toBeNull();
    // The next one is due a quarter after the contact.
    await AdvisoryService.generateFollowUps(ctx);
    const next = (await api.viewer.request(AllFollowUpsDocument, { filter: { customerId: mine, open: true } })).allFollowUps;
    expect(next).toHaveLength(1);
    expect(new Date(`${next[0].dueOn}T00:00:00Z`).getTime() - Date.now()).toBeGreaterThan(85 * 86_400_000);
    expect((await banker.request(CustomerContactsDocument, { id: mine })).Customer.contacts.map((c) => c.notes)).toEqual(['季度需求访谈：子女教育、养老']);
  });

  it('lists high-net-worth customers behind their exclusive services, pro rata, from redemptions of exclusive benefits and interviews', async () => {
    const due = proRataTarget(EXCLUSIVE_SERVICES_PER_YEAR, new Date(), 'Asia/Shanghai');
    const shortfall = async (client: TierwiseClient) => (await client.request(ExclusiveServiceShortfallsDocument)).exclusiveServiceShortfalls;
    const before = (await shortfall(api.viewer)).find((s) => s.customerId === mine)!;
    expect([before.delivered, before.dueByNow, before.target]).toEqual([1, due, 4]); // the interview logged above
    const benefits = new Map((await api.viewer.request(AllBenefitsDocument, { perPage: 100 })).allBenefits.map((b) => [b.code, b.id]));
    await api.pm.request(RedeemBenefitDocument, { customerId: mine, benefitId: benefits.get('GLOBAL_ASSET_ALLOCATION')! });
    await api.pm.request(RedeemBenefitDocument, { customerId: mine, benefitId: benefits.get('AIRPORT_LOUNGE')! }); // not exclusive: not counted
    const after = (await shortfall(api.viewer)).find((s) => s.customerId === mine);
    if (due > 2) expect(after?.delivered).toBe(2);
    else expect(after).toBeUndefined(); // on track
    // The advisor sees their own portfolio only.
    expect((await shortfall(banker)).every((s) => s.customerId === mine)).toBe(true);
    expect((await shortfall(api.viewer)).some((s) => s.customerId === theirs)).toBe(due > 0);
  });
});
