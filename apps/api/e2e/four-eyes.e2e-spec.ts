import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import {
  AllCreditLineRulesDocument,
  AllKnowledgeEntriesDocument,
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllChangeRequestsDocument,
  AllPartnerInstitutionsDocument,
  AllProductsDocument,
  AllTiersDocument,
  AllUsersDocument,
  ApproveChangeRequestDocument,
  CancelChangeRequestDocument,
  CreateUserDocument,
  FourEyesSettingsDocument,
  GetChangeRequestDocument,
  LatestRetierJobDocument,
  ProductAtDocument,
  RejectChangeRequestDocument,
  SetFourEyesDocument,
  SetProductsStatusDocument,
  SubmitChangeRequestDocument,
  UpdateProductDocument,
  UpdateTierRangesDocument,
  UpdateUserDocument,
  createTierwiseClient,
  type TierwiseClient,
} from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { systemContext } from '../src/common/context';
import { createSchema } from '../src/app/schema';
import { ChangeRequestService, guardedMutations } from '../src/modules/approvals';
import { databaseEnv, databaseKinds, postGraphQL, startApiProcess, startTestApi, type TestApi } from '../test-utils/harness';

/** The code of a refused call, or 'OK'. */
const outcome = async (call: Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>) => {
  const { errors } = await call;
  return errors?.length ? String(errors[0].extensions?.code) : 'OK';
};

/** The record types under four eyes (with their GraphQL names). */
const COVERED_TYPES = [
  'Product',
  'Tier',
  'TierBenefit',
  'Benefit',
  'PartnerInstitution',
  'NeedRule',
  'ScenarioPackage',
  'RiskQuestionnaire',
  'KnowledgeEntry',
  'CreditLineRule',
];
/** Writes under four eyes by name: a campaign's draft is edited freely, what sends it (its schedule) is approved. */
const COVERED_MUTATIONS = ['scheduleCampaign'];
/** Tables whose rows only approved changes may touch, and how a row is told apart (id and version, or the whole row). */
const COVERED_TABLES = [
  'product',
  'product_eligible_tier',
  'product_component',
  'tier',
  'tier_benefit',
  'benefit',
  'partner_institution',
  'need_rule',
  'scenario_package',
  'risk_questionnaire',
  'campaign',
  'knowledge_entry',
  'credit_line_rule',
];

async function fingerprint(api: TestApi): Promise<string> {
  const parts: string[] = [];
  for (const table of COVERED_TABLES)
    parts.push(table, JSON.stringify((await api.dataSource.query(`SELECT * FROM ${table}`)).map((r: object) => JSON.stringify(r)).sort()));
  return parts.join('\n');
}

/** Mutations that write a covered record: those answering one, and those named for one. */
function coveredMutations(schema: GraphQLSchema): string[] {
  const fields = schema.getMutationType()!.getFields();
  return Object.values(fields)
    .filter((f) => {
      const type = getNamedType(f.type);
      return (
        COVERED_MUTATIONS.includes(f.name) ||
        (isObjectType(type) && COVERED_TYPES.includes(type.name)) ||
        new RegExp(`^(create|update|delete|set)\\w*(${COVERED_TYPES.join('|')})s?$`).test(f.name)
      );
    })
    .map((f) => f.name)
    .sort();
}

/** Four eyes (issue 13): held writes, maker ≠ checker, stale bases, rejections kept, effective dating, no bypass. */
describe.each(databaseKinds())('four eyes on %s', (kind) => {
  let api: TestApi;
  let product: (code: string) => Promise<{ id: string; version: number; name: string; minInvestment?: string | null; status: string }>;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { fourEyes: true, sqliteFile: true });
    product = async (code) => (await api.viewer.request(AllProductsDocument, { filter: { q: code } })).allProducts.find((p) => p.code === code)!;
  });
  afterAll(() => api.close());

  const requests = async (client: TierwiseClient, filter: object) =>
    (await client.request(AllChangeRequestsDocument, { filter, perPage: 100 })).allChangeRequests;

  it('is on by default for every covered resource, and every write of them is held: the schema has no way around it', async () => {
    expect((await api.viewer.request(FourEyesSettingsDocument)).fourEyesSettings.every((s) => s.enabled)).toBe(true);
    const schema = await createSchema(new TokenService('z'.repeat(32), 60));
    // Every mutation that answers or names a covered record is registered for four eyes…
    expect(coveredMutations(schema)).toEqual(guardedMutations());
    // …and each, called with a valid change, leaves every covered table as it was and makes a change request.
    const bond = await product('FUND-BOND-001');
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    const [lowest, next] = tiers;
    const benefit = (await api.viewer.request(AllBenefitsDocument, {})).allBenefits[0];
    const partner = (await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 100 })).allPartnerInstitutions.find(
      (p) => p.code === 'LIANJIA_HOMES',
    )!; // issues no product, provides no benefit
    const rules = (
      await postGraphQL(api, { query: '{ allNeedRules(perPage: 1) { id version code } allScenarioPackages(perPage: 1) { id version code } }' }, api.pm.token)
    ).body.data as { allNeedRules: { id: string; version: number }[]; allScenarioPackages: { id: string; version: number }[] };
    const [rule] = rules.allNeedRules;
    const [pkg] = rules.allScenarioPackages;
    const questionnaire = (await postGraphQL(api, { query: '{ riskQuestionnaire { definition } }' }, api.pm.token)).body.data as {
      riskQuestionnaire: { definition: object };
    };
    const tierForCampaign = (await api.viewer.request(AllTiersDocument, {})).allTiers[0];
    const draft = (
      await postGraphQL(
        api,
        {
          query: `mutation { createCampaign(code: "FE-CAMPAIGN", name: "待批活动", audienceKind: TIER, audienceRef: "${tierForCampaign.id}", channels: [SMS], templateZh: "您好") { id version } }`,
        },
        api.pm.token,
      )
    ).body.data!.createCampaign as { id: string; version: number };
    const [entry] = (await api.viewer.request(AllKnowledgeEntriesDocument, { perPage: 1 })).allKnowledgeEntries;
    const [creditRule] = (await api.viewer.request(AllCreditLineRulesDocument)).allCreditLineRules;
    const examples: Record<string, string> = {
      scheduleCampaign: `scheduleCampaign(id: "${draft.id}", version: ${draft.version}) { id }`,
      createProduct: `createProduct(code: "NEW-FE-1", name: "新品", type: FUND, riskLevel: R2, status: DRAFT, eligibleTierIds: []) { id }`,
      updateProduct: `updateProduct(id: "${bond.id}", version: ${bond.version}, name: "稳健债券·改") { id }`,
      deleteProduct: `deleteProduct(id: "${(await product('DEP-CD-001')).id}") { id }`,
      setProductsStatus: `setProductsStatus(ids: ["${bond.id}"], status: SUSPENDED) { id }`,
      createTier: `createTier(code: "NEW-T", name: "新层级", advisorModel: POOLED_WEALTH_ADVISOR, responseSlaMinutes: 120, minAum: "0", maxAum: "1", adjustments: [{ id: "${lowest.id}", version: ${lowest.version}, minAum: "1", maxAum: ${lowest.maxAum === null ? 'null' : `"${lowest.maxAum}"`} }]) { id }`,
      updateTier: `updateTier(id: "${lowest.id}", version: ${lowest.version}, name: "普通·改") { id }`,
      updateTierRanges: `updateTierRanges(ranges: [{ id: "${lowest.id}", version: ${lowest.version}, minAum: "0", maxAum: "60000" }, { id: "${next.id}", version: ${next.version}, minAum: "60000", maxAum: ${next.maxAum === null ? 'null' : `"${next.maxAum}"`} }]) { id }`,
      deleteTier: '', // below: a tier without products
      setTierBenefits: `setTierBenefits(tierId: "${lowest.id}", version: ${lowest.version}, entitlements: [{ benefitId: "${benefit.id}", annualQuota: 2 }]) { id }`,
      createBenefit: `createBenefit(code: "NEW-B", name: "新权益", category: ADVISORY) { id }`,
      updateBenefit: `updateBenefit(id: "${benefit.id}", version: ${benefit.version}, name: "权益·改") { id }`,
      deleteBenefit: `deleteBenefit(id: "${benefit.id}") { id }`,
      createPartnerInstitution: `createPartnerInstitution(code: "NEW-P", name: "新机构", kind: LEGAL_TAX) { id }`,
      updatePartnerInstitution: `updatePartnerInstitution(id: "${partner.id}", version: ${partner.version}, name: "律所·改") { id }`,
      deletePartnerInstitution: `deletePartnerInstitution(id: "${partner.id}") { id }`,
      createNeedRule: `createNeedRule(code: "NEW-R", name: "新规则", need: RETIREMENT, topic: "pension", minEvents: 3, windowDays: 30, weight: 50) { id }`,
      updateNeedRule: `updateNeedRule(id: "${rule.id}", version: ${rule.version}, name: "规则·改") { id }`,
      deleteNeedRule: `deleteNeedRule(id: "${rule.id}") { id }`,
      createScenarioPackage: `createScenarioPackage(code: "NEW-S", name: "新场景", need: RETIREMENT) { id }`,
      updateScenarioPackage: `updateScenarioPackage(id: "${pkg.id}", version: ${pkg.version}, name: "场景·改") { id }`,
      deleteScenarioPackage: `deleteScenarioPackage(id: "${pkg.id}") { id }`,
      createKnowledgeEntry: `createKnowledgeEntry(code: "NEW-K", name: "新问题？", topic: APP, answer: "回答", answerEn: "Answer") { id }`,
      updateKnowledgeEntry: `updateKnowledgeEntry(id: "${entry.id}", version: ${entry.version}, answer: "新回答") { id }`,
      deleteKnowledgeEntry: `deleteKnowledgeEntry(id: "${entry.id}") { id }`,
      createCreditLineRule: `createCreditLineRule(code: "NEW-CL", name: "新额度规则", condition: ON_TIME_MONTHS, threshold: "6", changePercent: "5") { id }`,
      updateCreditLineRule: `updateCreditLineRule(id: "${creditRule.id}", version: ${creditRule.version}, changePercent: "12") { id }`,
      deleteCreditLineRule: `deleteCreditLineRule(id: "${creditRule.id}") { id }`,
      setRiskQuestionnaire: `setRiskQuestionnaire(definition: ${JSON.stringify({ ...questionnaire.riskQuestionnaire.definition, validityDays: 300 })
        .replace(/"(\w+)":/g, '$1:')
        .replace(/"(C[1-5])"/g, '$1')}) { id }`,
    };
    expect(Object.keys(examples).sort()).toEqual(guardedMutations()); // a newly guarded write needs its example here
    // A tier without products, that a deletion may remove: made while four eyes is off for tiers (an audited setting).
    await api.admin.request(SetFourEyesDocument, { resource: 'TIER', enabled: false });
    const top = tiers[tiers.length - 1];
    const spareFrom = String(Number(top.minAum) * 10);
    const spare = (
      await postGraphQL(
        api,
        {
          query: `mutation { createTier(code: "SPARE", name: "备用", advisorModel: PRIVATE_BANKER, responseSlaMinutes: 30, minAum: "${spareFrom}", adjustments: [{ id: "${top.id}", version: ${top.version}, minAum: "${top.minAum}", maxAum: "${spareFrom}" }]) { id version } }`,
        },
        api.pm.token,
      )
    ).body.data!.createTier as { id: string; version: number };
    await api.admin.request(SetFourEyesDocument, { resource: 'TIER', enabled: true });
    const topNow = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.id === top.id)!;
    examples.deleteTier = `deleteTier(id: "${spare.id}", adjustments: [{ id: "${top.id}", version: ${topNow.version}, minAum: "${top.minAum}", maxAum: null }]) { id }`;
    const before = await fingerprint(api);
    for (const [mutation, call] of Object.entries(examples)) {
      const count = (await requests(api.pm, { mine: true })).length;
      const { body } = await postGraphQL(api, { query: `mutation { ${call} }` }, api.pm.token);
      expect([mutation, body.errors?.[0]?.message ?? 'held']).toEqual([mutation, 'held']);
      expect([mutation, (await requests(api.pm, { mine: true })).length]).toEqual([mutation, count + 1]);
      expect([mutation, (await fingerprint(api)) === before]).toEqual([mutation, true]);
    }
    // Withdraw them all: the later tests start from a clean queue.
    for (const r of await requests(api.pm, { mine: true, open: true })) await api.pm.request(CancelChangeRequestDocument, { id: r.id, version: r.version });
  });

  it('holds a product change with its diff until a checker approves it; the maker cannot, nor can an administrator', async () => {
    const bond = await product('FUND-BOND-001');
    const held = (
      await api.pm.request(UpdateProductDocument, { id: bond.id, version: bond.version, name: '稳健债券A', minInvestment: '5000', changeNote: '提高起投' })
    ).updateProduct;
    expect([held.name, held.version]).toEqual([bond.name, bond.version]); // the record as it still is
    const [request] = held.pendingChanges;
    const stored = (await api.viewer.request(GetChangeRequestDocument, { id: request.id })).ChangeRequest;
    expect(stored).toMatchObject({
      status: 'SUBMITTED',
      resource: 'PRODUCT',
      operation: 'UPDATE',
      mutation: 'updateProduct',
      makerEmail: 'pm@tierwise.local',
      note: '提高起投',
    });
    expect(stored.diff).toEqual([
      {
        recordId: bond.id,
        label: 'FUND-BOND-001',
        baseVersion: bond.version,
        changes: [
          { field: 'name', before: bond.name, after: '稳健债券A' },
          { field: 'minInvestment', before: bond.minInvestment, after: '5000' },
        ],
      },
    ]);
    // The maker: FORBIDDEN. An administrator without the permission: FORBIDDEN. Given it, an administrator still may
    // not approve their own change.
    expect(await outcome(api.pm.raw(ApproveChangeRequestDocument, { id: request.id, version: stored.version }))).toBe('FORBIDDEN');
    expect(await outcome(api.admin.raw(ApproveChangeRequestDocument, { id: request.id, version: stored.version }))).toBe('FORBIDDEN');
    const me = (await api.admin.request(AllUsersDocument, { filter: { q: 'admin@' } })).allUsers[0];
    await api.admin.request(UpdateUserDocument, { id: me.id, version: me.version, approves: ['PRODUCT'] });
    const own = (await api.admin.request(SetProductsStatusDocument, { ids: [(await product('FUND-EQ-001')).id], status: 'SUSPENDED' })).setProductsStatus[0]
      .pendingChanges[0];
    const ownRequest = (await api.viewer.request(GetChangeRequestDocument, { id: own.id })).ChangeRequest;
    const refused = await api.admin.raw(ApproveChangeRequestDocument, { id: own.id, version: ownRequest.version });
    expect([refused.errors?.[0].extensions?.code, refused.errors?.[0].extensions?.reason]).toEqual(['FORBIDDEN', 'SELF_APPROVAL']);
    // A checker approves: it applies at once, the record changes, and each step is in the audit log with its actor.
    const approved = (await api.checker.request(ApproveChangeRequestDocument, { id: request.id, version: stored.version })).approveChangeRequest;
    expect(approved).toMatchObject({ status: 'APPLIED', checkerEmail: 'checker@tierwise.local' });
    const after = await product('FUND-BOND-001');
    expect([after.name, after.minInvestment, after.version]).toEqual(['稳健债券A', '5000.00', bond.version + 1]);
    const trail = (
      await api.admin.request(AllAuditEventsDocument, { filter: { entityId: request.id }, perPage: 20, sortField: 'occurredAt', sortOrder: 'ASC' })
    ).allAuditEvents;
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['SUBMIT', 'pm@tierwise.local'],
      ['APPROVE', 'checker@tierwise.local'],
      ['APPLY', 'checker@tierwise.local'], // applied as it was approved (the schedule applies the later ones)
    ]);
    const [productEvent] = (
      await api.admin.request(AllAuditEventsDocument, { filter: { entityId: bond.id }, perPage: 1, sortField: 'occurredAt', sortOrder: 'DESC' })
    ).allAuditEvents;
    expect([productEvent.action, productEvent.actor]).toEqual(['UPDATE', 'pm@tierwise.local (approved by checker@tierwise.local)']);
    // The administrator's own change: the checker decides it (rejects it, saying why — the reason is required).
    expect(await outcome(api.checker.raw(RejectChangeRequestDocument, { id: own.id, version: ownRequest.version, reason: '' }))).toBe('BAD_USER_INPUT');
    const rejected = (await api.checker.request(RejectChangeRequestDocument, { id: own.id, version: ownRequest.version, reason: '季度末前不停售' }))
      .rejectChangeRequest;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '季度末前不停售', checkerEmail: 'checker@tierwise.local' });
    expect((await api.viewer.request(GetChangeRequestDocument, { id: own.id })).ChangeRequest.diff[0].changes).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'SUSPENDED' },
    ]);
    expect((await product('FUND-EQ-001')).status).toBe('ACTIVE');
  });

  it('queues a checker who may only read, refuses one without the permission, and lists what awaits whom', async () => {
    const reader = (
      await api.admin.request(CreateUserDocument, {
        email: 'reader-checker@tierwise.local',
        password: 'reader-checker-pw',
        role: 'VIEWER',
        approves: ['PRODUCT'],
      })
    ).createUser;
    expect(reader.approves).toEqual(['PRODUCT']);
    const readerClient = createTierwiseClient({ url: api.url });
    await readerClient.login('reader-checker@tierwise.local', 'reader-checker-pw');
    const bal = await product('FUND-BAL-001');
    const held = (await api.pm.request(UpdateProductDocument, { id: bal.id, version: bal.version, name: '平衡配置·改' })).updateProduct.pendingChanges[0];
    expect((await requests(readerClient, { awaitingMe: true })).map((r) => r.id)).toContain(held.id);
    expect((await requests(api.pm, { awaitingMe: true })).map((r) => r.id)).not.toContain(held.id); // not their own
    expect(await requests(api.viewer, { awaitingMe: true })).toEqual([]); // no permission, nothing awaits them
    expect(await outcome(api.viewer.raw(ApproveChangeRequestDocument, { id: held.id, version: 1 }))).toBe('FORBIDDEN');
    expect((await readerClient.request(ApproveChangeRequestDocument, { id: held.id, version: 1 })).approveChangeRequest.status).toBe('APPLIED');
  });

  it('supersedes a change made against a version that is no longer current, and refuses to approve it with CONFLICT', async () => {
    const mmf = await product('MMF-001');
    const first = (await api.pm.request(UpdateProductDocument, { id: mmf.id, version: mmf.version, name: '货币基金一' })).updateProduct.pendingChanges[0];
    const second = (await api.pm.request(UpdateProductDocument, { id: mmf.id, version: mmf.version, name: '货币基金二' })).updateProduct.pendingChanges.find(
      (r) => r.id !== first.id,
    )!;
    await api.checker.request(ApproveChangeRequestDocument, { id: first.id, version: 1 });
    const late = await api.checker.raw(ApproveChangeRequestDocument, { id: second.id, version: 1 });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.viewer.request(GetChangeRequestDocument, { id: second.id })).ChangeRequest).toMatchObject({ status: 'SUPERSEDED' });
    expect((await product('MMF-001')).name).toBe('货币基金一');
    // With four eyes turned off (an audited setting), a direct write makes an open change stale too.
    const third = (await api.pm.request(UpdateProductDocument, { id: mmf.id, version: mmf.version + 1, name: '货币基金三' })).updateProduct.pendingChanges[0];
    await api.admin.request(SetFourEyesDocument, { resource: 'PRODUCT', enabled: false });
    const direct = (await api.pm.request(UpdateProductDocument, { id: mmf.id, version: mmf.version + 1, name: '货币基金·直改' })).updateProduct;
    expect(direct.name).toBe('货币基金·直改');
    const dated = await api.pm.raw(UpdateProductDocument, {
      id: mmf.id,
      version: direct.version,
      name: 'x',
      changeEffectiveFrom: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(dated.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'FOUR_EYES_OFF' }); // it would apply at once
    await api.admin.request(SetFourEyesDocument, { resource: 'PRODUCT', enabled: true });
    expect(await outcome(api.checker.raw(ApproveChangeRequestDocument, { id: third.id, version: 1 }))).toBe('CONFLICT');
    expect((await api.viewer.request(GetChangeRequestDocument, { id: third.id })).ChangeRequest.status).toBe('SUPERSEDED');
    const settings = (await api.admin.request(AllAuditEventsDocument, { filter: { entityType: 'FourEyesSetting', entityId: 'PRODUCT' }, perPage: 10 }))
      .allAuditEvents;
    expect(settings.map((e) => e.actor)).toEqual(['admin@tierwise.local', 'admin@tierwise.local']);
  });

  it('applies a change at its effective instant, exactly once, even with two API processes running the schedule', async () => {
    const cd = await product('WM-FLEX-001');
    const soon = new Date(Date.now() + 2_500);
    const held = (
      await api.pm.request(UpdateProductDocument, { id: cd.id, version: cd.version, name: '灵活理财·定时', changeEffectiveFrom: soon.toISOString() })
    ).updateProduct.pendingChanges[0];
    const approved = (await api.checker.request(ApproveChangeRequestDocument, { id: held.id, version: 1 })).approveChangeRequest;
    expect(approved.status).toBe('APPROVED'); // not yet: it waits for its instant
    expect((await product('WM-FLEX-001')).name).toBe(cd.name);
    const env = { ...databaseEnv(api), SCHEDULE_INTERVAL_MS: '150', ADMIN_EMAIL: 'admin@tierwise.local' };
    const processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      for (let i = 0; i < 100 && (await api.viewer.request(GetChangeRequestDocument, { id: held.id })).ChangeRequest.status === 'APPROVED'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 600)); // a few more runs of both schedules
    } finally {
      await Promise.all(processes.map((p) => p.close()));
    }
    const applied = (await api.viewer.request(GetChangeRequestDocument, { id: held.id })).ChangeRequest;
    expect(applied.status).toBe('APPLIED');
    expect(new Date(applied.appliedAt!).getTime()).toBeGreaterThanOrEqual(soon.getTime());
    const now = await product('WM-FLEX-001');
    expect([now.name, now.version]).toEqual(['灵活理财·定时', cd.version + 1]);
    const applies = (await api.admin.request(AllAuditEventsDocument, { filter: { entityId: held.id }, perPage: 20 })).allAuditEvents.filter(
      (e) => e.action === 'APPLY',
    );
    expect(applies).toHaveLength(1);
    // The job run again (as after a crash and retry) finds nothing to do.
    expect(await ChangeRequestService.applyDue(systemContext(api.dataSource, 'test'))).toBe(0);
    // The terms in force at any instant: before and after the change took effect.
    const beforeIt = (await api.viewer.request(ProductAtDocument, { id: cd.id, at: new Date(soon.getTime() - 1_000).toISOString() })).productAt!;
    const afterIt = (await api.viewer.request(ProductAtDocument, { id: cd.id, at: new Date().toISOString() })).productAt!;
    expect([beforeIt.version, beforeIt.terms.name, afterIt.version, afterIt.terms.name]).toEqual([cd.version, cd.name, cd.version + 1, '灵活理财·定时']);
    expect((await api.viewer.request(ProductAtDocument, { id: cd.id, at: '2000-01-01T00:00:00Z' })).productAt).toBeNull();
  });

  it('starts the re-tier run once an approved tier-range change applies, and keeps a draft until its maker submits it', async () => {
    const [lowest, next] = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    const before = (await api.viewer.request(LatestRetierJobDocument)).latestRetierJob;
    const moved = Number(lowest.maxAum) + 10_000;
    const ranges = [
      { id: lowest.id, version: lowest.version, minAum: lowest.minAum, maxAum: String(moved) },
      { id: next.id, version: next.version, minAum: String(moved), maxAum: next.maxAum },
    ];
    const held = await api.pm.raw(UpdateTierRangesDocument, { ranges });
    expect(held.errors).toBeUndefined();
    const [request] = await requests(api.pm, { mine: true, open: true, resource: 'TIER' });
    expect(request.diff.map((d) => [d.label, d.changes.map((c) => c.field)])).toEqual([
      [lowest.code, ['maxAum']],
      [next.code, ['minAum']],
    ]);
    await api.checker.request(ApproveChangeRequestDocument, { id: request.id, version: request.version });
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    expect(tiers[0].maxAum).toBe(`${moved}.00`);
    let job = (await api.viewer.request(LatestRetierJobDocument)).latestRetierJob;
    for (let i = 0; i < 50 && (!job || job.id === before?.id); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await api.viewer.request(LatestRetierJobDocument)).latestRetierJob;
    }
    expect(job?.id).not.toBe(before?.id);
    // A draft is not in anyone's queue until submitted; then the checker sees it.
    const bond = await product('FUND-BOND-001');
    const draft = (await api.pm.request(UpdateProductDocument, { id: bond.id, version: bond.version, name: '草稿改名', changeDraft: true })).updateProduct
      .pendingChanges[0];
    expect(draft.status).toBe('DRAFT');
    expect((await requests(api.checker, { awaitingMe: true })).map((r) => r.id)).not.toContain(draft.id);
    expect(await outcome(api.checker.raw(SubmitChangeRequestDocument, { id: draft.id, version: 1 }))).toBe('FORBIDDEN'); // only its maker
    await api.pm.request(SubmitChangeRequestDocument, { id: draft.id, version: 1 });
    expect((await requests(api.checker, { awaitingMe: true })).map((r) => r.id)).toContain(draft.id);
  });
});
