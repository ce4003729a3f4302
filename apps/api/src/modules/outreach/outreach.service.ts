import { In } from 'typeorm';
import {
  AudienceKind,
  CampaignStatus,
  canMoveCampaign,
  DeliveryEvent,
  DEFAULT_MATURITY_OFFSETS,
  Language,
  MAX_MESSAGE_LENGTH,
  MessageCategory,
  MessageStatus,
  NeedType,
  pushAccuracy,
  statusAfter,
  templateProblems,
  TriggerKind,
  type ContactPolicy,
} from '@tierwise/domain';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { recordAudit } from '../../common/audit';
import { changesFrom, CrudRepository, equalityFilter, pageOf } from '../../common/crud';
import { AuditAction } from '../../common/enums';
import { assertNoViolations, badInput, conflict, notFound, type FieldProblem } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Customer } from '../customers';
import { Product } from '../products';
import { Tier } from '../tiers';
import { SavedSegment } from '../segments';
import { Campaign, ContactPolicySetting, OutboxMessage, OutreachMessage } from './outreach.entity';
import type {
  CampaignFilter,
  ContactPolicyInput,
  CreateCampaignArgs,
  DeliveryReportInput,
  OutboxMessageFilter,
  OutreachMessageFilter,
  UpdateCampaignArgs,
} from './outreach.inputs';
import { audienceQuery, contactPolicy, renderCampaign, segmentOf } from './sending';
import { OutreachErrors } from './outreach.errors';

const campaigns = new CrudRepository(Campaign, 'Campaign', ['code', 'name', 'status', 'createdAt', 'updatedAt', 'sendAt'], ['code', 'name', 'nameEn']);
const narrowCampaigns = equalityFilter<CampaignFilter>(['status', 'trigger']);
const EDITABLE = [CampaignStatus.DRAFT, CampaignStatus.PAUSED];

type CampaignValues = Omit<Campaign, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** A campaign's rules across its fields: the audience exists, the trigger has what it needs, the templates fit. */
async function checkCampaign(ctx: RequestContext, c: CampaignValues): Promise<void> {
  const problems: FieldProblem[] = [];
  const m = ctx.manager;
  if (c.category === MessageCategory.TRANSACTIONAL)
    problems.push({
      field: 'category',
      code: OutreachErrors.TRANSACTIONAL_CAMPAIGN,
      message: 'A campaign is marketing or a reminder; transactional messages come from the systems that make them',
    });
  const exists = {
    [AudienceKind.SEGMENT]: () => m.existsBy(SavedSegment, { id: c.audienceRef }),
    [AudienceKind.TIER]: () => m.existsBy(Tier, { id: c.audienceRef }),
    [AudienceKind.PRODUCT_HOLDERS]: () => m.existsBy(Product, { id: c.audienceRef }),
    [AudienceKind.NEED]: async () => (Object.values(NeedType) as string[]).includes(c.audienceRef),
  }[c.audienceKind];
  if (!(await exists()))
    problems.push({
      field: 'audienceRef',
      code: OutreachErrors.UNKNOWN_AUDIENCE,
      message: `No ${c.audienceKind.toLowerCase().replace('_', ' ')} ${c.audienceRef} exists to send to`,
    });
  const product = c.productId ? await m.findOneBy(Product, { id: c.productId }) : null;
  if (c.productId && !product) problems.push({ field: 'productId', code: OutreachErrors.UNKNOWN_PRODUCT, message: `No product ${c.productId}` });
  const limit = Math.min(...c.channels.map((ch) => MAX_MESSAGE_LENGTH[ch]));
  for (const [field, template] of [
    ['templateZh', c.templateZh],
    ['templateEn', c.templateEn],
  ] as const) {
    if (!template) continue;
    for (const p of templateProblems(template))
      problems.push({
        field,
        code: OutreachErrors[p.code],
        message: p.variable
          ? `{{${p.variable}}} is not a variable (use name, product, date, amount or tier)`
          : 'A variable is opened with {{ and not closed with }}',
      });
    if (template.length > limit) problems.push({ field, code: OutreachErrors.TOO_LONG, message: `At most ${limit} characters on ${c.channels.join(', ')}` });
  }
  if ((c.trigger === TriggerKind.SALE_WINDOW || c.trigger === TriggerKind.RECOMMENDATION) && !c.productId)
    problems.push({ field: 'productId', code: OutreachErrors.TRIGGER_NEEDS_PRODUCT, message: `A ${c.trigger} trigger names the product it is about` });
  if (c.trigger === TriggerKind.SALE_WINDOW && product && !product.saleStartsAt)
    problems.push({ field: 'productId', code: OutreachErrors.NO_SALE_WINDOW, message: `${product.code} has no sale window to open` });
  if (c.trigger === TriggerKind.NEW_NEED && !c.triggerNeed)
    problems.push({ field: 'triggerNeed', code: OutreachErrors.TRIGGER_NEEDS_NEED, message: 'A NEW_NEED trigger names the kind of need' });
  if (c.trigger === TriggerKind.MATURITY && !c.offsets.length)
    problems.push({ field: 'offsets', code: OutreachErrors.NO_OFFSETS, message: 'A maturity reminder needs at least one offset in days' });
  if (c.trigger && c.sendAt)
    problems.push({ field: 'sendAt', code: OutreachErrors.TRIGGER_WITH_SEND_AT, message: 'A trigger campaign sends as its trigger fires: leave sendAt out' });
  assertNoViolations(problems);
}

function valuesOf(ctx: RequestContext, args: CreateCampaignArgs): CampaignValues {
  return {
    code: args.code,
    name: args.name,
    nameEn: args.nameEn ?? null,
    status: CampaignStatus.DRAFT,
    category: args.category ?? MessageCategory.MARKETING,
    ownerId: ctx.actor!.id,
    ownerEmail: actorEmail(ctx),
    audienceKind: args.audienceKind!,
    audienceRef: args.audienceRef!,
    channels: args.channels!,
    templateZh: args.templateZh!,
    templateEn: args.templateEn ?? null,
    productId: args.productId ?? null,
    sendAt: args.sendAt ?? null,
    trigger: args.trigger ?? null,
    offsets: args.offsets ?? (args.trigger === TriggerKind.MATURITY ? [...DEFAULT_MATURITY_OFFSETS] : []),
    triggerNeed: args.triggerNeed ?? null,
    minScore: args.minScore ?? null,
    approvedBy: null,
    approvedAt: null,
    startedAt: null,
    completedAt: null,
    cursor: null,
    runs: 0,
  };
}

async function move(ctx: RequestContext, id: string, version: number | null, to: CampaignStatus, extra: Partial<Campaign> = {}) {
  return inTransaction(ctx, async (tx) => {
    const current = await campaigns.get(tx, id);
    if (version !== null && current.version !== version)
      throw conflict(`Campaign ${current.code} changed since you read it (version ${current.version}); reload and try again`);
    if (current.status === to) return current;
    if (!canMoveCampaign(current.status, to))
      throw badInput([{ field: 'id', code: OutreachErrors.BAD_TRANSITION, message: `A ${current.status} campaign cannot become ${to}` }]);
    return (await campaigns.update(tx, id, current.version, { status: to, ...extra })).after;
  });
}

/** The funnel of a campaign: audience, and what became of its messages, by reason where not sent. */
async function funnel(ctx: RequestContext, campaign: Campaign) {
  const rows: { status: string; reason: string | null; n: string | number }[] = await ctx.manager
    .createQueryBuilder(OutreachMessage, 'o')
    .select('o.status', 'status')
    .addSelect('o.reason', 'reason')
    .addSelect('COUNT(*)', 'n')
    .where('o.campaignId = :id', { id: campaign.id })
    .groupBy('o.status')
    .addGroupBy('o.reason')
    .getRawMany();
  const count = (statuses: MessageStatus[]) => rows.filter((r) => statuses.includes(r.status as MessageStatus)).reduce((a, r) => a + Number(r.n), 0);
  const reached = [MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.OPENED, MessageStatus.CLICKED, MessageStatus.CONVERTED];
  const notSent = new Map<string, number>();
  for (const r of rows)
    if (r.status === MessageStatus.NOT_SENT || r.status === MessageStatus.HELD)
      notSent.set(r.reason ?? 'UNKNOWN', (notSent.get(r.reason ?? 'UNKNOWN') ?? 0) + Number(r.n));
  const audience = await audienceQuery(ctx.manager, campaign, await segmentOf(ctx.manager, campaign), new Date()).getCount();
  const messages = count(Object.values(MessageStatus));
  return {
    audience,
    messages,
    eligible: messages - count([MessageStatus.NOT_SENT]),
    notSent: [...notSent].map(([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count),
    queued: count([MessageStatus.QUEUED]),
    held: count([MessageStatus.HELD]),
    sent: count(reached) + count([MessageStatus.FAILED, MessageStatus.BOUNCED]),
    failed: count([MessageStatus.FAILED, MessageStatus.BOUNCED]),
    delivered: count(reached.slice(1)),
    opened: count(reached.slice(2)),
    clicked: count(reached.slice(3)),
    converted: count([MessageStatus.CONVERTED]),
  };
}

const DIMENSIONS = { campaign: 'o.campaignId', channel: 'o.channel', tier: 'c.tierId' } as const;

function messageQuery(ctx: RequestContext, filter?: OutreachMessageFilter) {
  const qb = ctx.manager.getRepository(OutreachMessage).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  for (const f of ['customerId', 'campaignId', 'status', 'channel', 'reason'] as const) if (filter?.[f]) qb.andWhere(`e.${f} = :${f}`, { [f]: filter[f] });
  return qb;
}

function outboxQuery(ctx: RequestContext, filter?: OutboxMessageFilter) {
  const qb = ctx.manager.getRepository(OutboxMessage).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  for (const f of ['customerId', 'channel'] as const) if (filter?.[f]) qb.andWhere(`e.${f} = :${f}`, { [f]: filter[f] });
  return qb;
}

/** Campaigns, their messages and funnels, the contact policy, and what channels report back. */
export const OutreachService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: CampaignFilter) =>
    campaigns.list(ctx, args, filter, narrowCampaigns(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: CampaignFilter) => campaigns.count(ctx, filter, narrowCampaigns(filter)),
  get: (ctx: RequestContext, id: string) => campaigns.get(ctx, id),

  /** A new campaign is a draft: nothing goes out until it is scheduled, and scheduling is approved (four eyes). */
  create: (ctx: RequestContext, args: CreateCampaignArgs) =>
    inTransaction(ctx, async (tx) => {
      const values = valuesOf(tx, args);
      await checkCampaign(tx, values);
      return campaigns.create(tx, values);
    }),

  /** Edit a draft, or a paused campaign (which goes back to draft: changed content is approved again). */
  update: (ctx: RequestContext, args: UpdateCampaignArgs) =>
    inTransaction(ctx, async (tx) => {
      const current = await campaigns.get(tx, args.id);
      if (!EDITABLE.includes(current.status))
        throw badInput([
          {
            field: 'id',
            code: OutreachErrors.NOT_EDITABLE,
            message: `A ${current.status} campaign is not edited: pause it first (it then needs approval again)`,
          },
        ]);
      const changes = changesFrom(args, [
        'code',
        'name',
        'nameEn',
        'category',
        'audienceKind',
        'audienceRef',
        'channels',
        'templateZh',
        'templateEn',
        'productId',
        'sendAt',
        'trigger',
        'offsets',
        'triggerNeed',
        'minScore',
      ]);
      const next = { ...current, ...changes, status: CampaignStatus.DRAFT, approvedBy: null, approvedAt: null } as Campaign;
      if (changes.trigger === TriggerKind.MATURITY && !args.offsets && !current.offsets.length) next.offsets = [...DEFAULT_MATURITY_OFFSETS];
      await checkCampaign(tx, next);
      return (
        await campaigns.update(tx, args.id, args.version, {
          ...changes,
          offsets: next.offsets,
          status: CampaignStatus.DRAFT,
          approvedBy: null,
          approvedAt: null,
        })
      ).after;
    }),

  /** The approved campaign is scheduled: a one-off one sends at its instant, a trigger one goes live. Under four eyes. */
  schedule: (ctx: RequestContext, args: { id: string; version: number }) =>
    inTransaction(ctx, async (tx) => {
      const current = await campaigns.get(tx, args.id);
      await checkCampaign(tx, current);
      // Under four eyes the change is applied as "maker (approved by checker)": the approver is the checker.
      const actor = actorEmail(tx);
      const approvedBy = /\(approved by (.+)\)$/.exec(actor)?.[1] ?? actor;
      return move(tx, args.id, args.version, CampaignStatus.SCHEDULED, { approvedBy, approvedAt: new Date(), cursor: null });
    }),

  /** Stop sending (messages already decided stay as they are; held ones are decided when it resumes). */
  pause: (ctx: RequestContext, id: string) => move(ctx, id, null, CampaignStatus.PAUSED),

  /** Go on with the approved content: a one-off send continues where it stopped. */
  async resume(ctx: RequestContext, id: string) {
    const current = await campaigns.get(ctx, id);
    const to = current.startedAt ? CampaignStatus.RUNNING : CampaignStatus.SCHEDULED;
    if (current.status === CampaignStatus.PAUSED && !current.approvedAt)
      throw badInput([{ field: 'id', code: OutreachErrors.NOT_APPROVED, message: 'The campaign was edited: schedule it again (for approval)' }]);
    // A one-off send starts again (its next run: the dispatch queues its send job once).
    return move(ctx, id, null, to, to === CampaignStatus.RUNNING ? { runs: current.runs + 1 } : {});
  },

  cancel: (ctx: RequestContext, id: string) => move(ctx, id, null, CampaignStatus.CANCELLED, { completedAt: new Date() }),

  /** How many customers the audience holds now, and the message as the first of them (or a placeholder) would get it. */
  async preview(ctx: RequestContext, campaign: Campaign) {
    const m = ctx.manager;
    const audience = audienceQuery(m, campaign, await segmentOf(m, campaign), new Date());
    const size = await audience.getCount();
    const sample = await audience.clone().select(['c.id', 'c.name', 'c.tierId']).orderBy('c.id', 'ASC').take(1).getOne();
    const values = {
      name: sample?.name ?? null,
      product: campaign.productId ? await m.findOneBy(Product, { id: campaign.productId }) : null,
      tier: sample?.tierId ? await m.findOneBy(Tier, { id: sample.tierId }) : null,
      date: campaign.sendAt ?? new Date(),
      amount: '100,000.00',
    };
    return {
      audience: size,
      zh: renderCampaign(campaign, Language.zh, values).body,
      en: campaign.templateEn ? renderCampaign(campaign, Language.en, values).body : null,
    };
  },

  funnel,

  /**
   * Push accuracy (PRODUCT.md) of the delivered outreach messages, by campaign, channel or tier (one grouped query).
   */
  async accuracy(ctx: RequestContext, by: keyof typeof DIMENSIONS, since: Date) {
    // Counted per (key, status, dismissed?, unsubscribed?) in SQL; the domain's definition decides what each group is.
    const rows: { key: string | null; status: MessageStatus; dismissed: string | number; unsubscribed: string | number; n: string | number }[] =
      await ctx.manager
        .createQueryBuilder(OutreachMessage, 'o')
        .innerJoin(Customer, 'c', 'c.id = o.customerId')
        .select(DIMENSIONS[by], 'key')
        .addSelect('o.status', 'status')
        .addSelect('CASE WHEN o.dismissedAt IS NULL THEN 0 ELSE 1 END', 'dismissed')
        .addSelect('CASE WHEN o.unsubscribedAt IS NULL THEN 0 ELSE 1 END', 'unsubscribed')
        .addSelect('COUNT(*)', 'n')
        .where('o.sentAt >= :since', { since })
        .andWhere('o.category <> :transactional', { transactional: MessageCategory.TRANSACTIONAL })
        .groupBy(DIMENSIONS[by])
        .addGroupBy('o.status')
        .addGroupBy('dismissed')
        .addGroupBy('unsubscribed')
        .getRawMany();
    const groups = new Map<string, { delivered: number; accurate: number }>();
    for (const r of rows) {
      const flag = (v: string | number) => (Number(v) ? since : null);
      const one = pushAccuracy([
        {
          status: r.status,
          category: MessageCategory.MARKETING,
          sentAt: null,
          openedAt: null,
          clickedAt: null,
          dismissedAt: flag(r.dismissed),
          unsubscribedAt: flag(r.unsubscribed),
        },
      ]);
      const g = groups.get(r.key ?? '') ?? { delivered: 0, accurate: 0 };
      g.delivered += one.delivered * Number(r.n);
      g.accurate += one.accurate * Number(r.n);
      groups.set(r.key ?? '', g);
    }
    return [...groups].map(([key, g]) => ({ key, delivered: g.delivered, accurate: g.accurate, rate: g.delivered ? g.accurate / g.delivered : null }));
  },

  messages: {
    list: (ctx: RequestContext, args: ListArgs, filter?: OutreachMessageFilter) =>
      pageOf(messageQuery(ctx, filter), args, {
        typeName: 'OutreachMessage',
        sortable: ['createdAt', 'sentAt', 'status', 'channel'],
        defaultSort: 'createdAt',
        defaultOrder: 'DESC',
      }).getMany(),
    count: (ctx: RequestContext, filter?: OutreachMessageFilter) => messageQuery(ctx, filter).getCount(),
    async get(ctx: RequestContext, id: string) {
      const found = await ctx.manager.findOneBy(OutreachMessage, { id });
      if (!found) throw notFound('OutreachMessage', id);
      return found;
    },
  },

  outbox: {
    list: (ctx: RequestContext, args: ListArgs, filter?: OutboxMessageFilter) =>
      pageOf(outboxQuery(ctx, filter), args, {
        typeName: 'OutboxMessage',
        sortable: ['createdAt', 'channel'],
        defaultSort: 'createdAt',
        defaultOrder: 'DESC',
      }).getMany(),
    count: (ctx: RequestContext, filter?: OutboxMessageFilter) => outboxQuery(ctx, filter).getCount(),
    async get(ctx: RequestContext, id: string) {
      const found = await ctx.manager.findOneBy(OutboxMessage, { id });
      if (!found) throw notFound('OutboxMessage', id);
      return found;
    },
  },

  policy: (ctx: RequestContext) => contactPolicy(ctx.manager),

  /** Set the contact policy (product managers), audited, refusing a stale version. */
  setPolicy: (ctx: RequestContext, input: ContactPolicyInput, version: number) =>
    inTransaction(ctx, async (tx) => {
      const current = await contactPolicy(tx.manager);
      if (current.version !== version) throw conflict(`The contact policy changed since you read it (version ${current.version}); reload and try again`);
      const problems: FieldProblem[] = [];
      const keys = input.caps.map((c) => `${c.channel}/${c.category}`);
      keys.forEach(
        (k, i) => keys.indexOf(k) !== i && problems.push({ field: `caps.${i}`, code: OutreachErrors.DUPLICATE_CAP, message: `${k} is capped twice` }),
      );
      input.caps.forEach((c, i) => {
        if (c.category === MessageCategory.TRANSACTIONAL)
          problems.push({ field: `caps.${i}.category`, code: OutreachErrors.TRANSACTIONAL_CAP, message: 'Transactional messages are exempt from caps' });
        if (c.perDay != null && c.perWeek != null && c.perWeek < c.perDay)
          problems.push({
            field: `caps.${i}.perWeek`,
            code: OutreachErrors.WEEK_BELOW_DAY,
            message: 'A weekly cap below the daily one leaves the daily one meaningless',
          });
      });
      if (!!input.quietFrom !== !!input.quietTo)
        problems.push({
          field: input.quietFrom ? 'quietTo' : 'quietFrom',
          code: OutreachErrors.QUIET_HOURS_HALF,
          message: 'Quiet hours need both a start and an end',
        });
      if (input.quietFrom && input.quietFrom === input.quietTo)
        problems.push({ field: 'quietTo', code: OutreachErrors.QUIET_HOURS_EMPTY, message: 'Quiet hours start and end at the same time' });
      const suppression = [input.ignored, input.withinDays, input.restDays];
      if (suppression.some((v) => v != null) && suppression.some((v) => v == null))
        problems.push({
          field: 'ignored',
          code: OutreachErrors.SUPPRESSION_HALF,
          message: 'Suppression needs the number of ignored approaches, the days they fall within and the days of rest',
        });
      assertNoViolations(problems);
      const policy: ContactPolicy = {
        caps: input.caps.map((c) => ({ channel: c.channel, category: c.category, perDay: c.perDay ?? null, perWeek: c.perWeek ?? null })),
        quietHours: input.quietFrom && input.quietTo ? { start: input.quietFrom, end: input.quietTo } : null,
        suppression:
          input.ignored && input.withinDays && input.restDays ? { ignored: input.ignored, withinDays: input.withinDays, restDays: input.restDays } : null,
      };
      const row = { id: 'default', policy, version: version + 1, updatedBy: actorEmail(tx), updatedAt: new Date() };
      await tx.manager.save(ContactPolicySetting, row);
      await recordAudit(tx, AuditAction.UPDATE, 'ContactPolicy', 'default', { policy: current.policy }, { policy });
      return { policy, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt };
    }),

  /**
   * What a channel reports about messages it took: each moves its status forward only (a late or repeated report
   * changes nothing), and a report about a message that does not exist is refused by name. All or none.
   */
  report: (ctx: RequestContext, reports: DeliveryReportInput[]) =>
    inTransaction(ctx, async (tx) => {
      const found = new Map((await tx.manager.findBy(OutreachMessage, { id: In(reports.map((r) => r.messageId)) })).map((x) => [x.id, x]));
      const missing = reports.map((r, i) => [r, i] as const).filter(([r]) => !found.has(r.messageId));
      if (missing.length)
        throw badInput(
          missing
            .slice(0, 50)
            .map(([r, i]) => ({ field: `reports.${i}.messageId`, code: OutreachErrors.UNKNOWN_MESSAGE, message: `No message ${r.messageId}` })),
        );
      let applied = 0;
      for (const r of reports) {
        const x = found.get(r.messageId)!;
        const next = statusAfter(x.status, r.event);
        if (next === null) continue;
        const at = r.at ?? new Date();
        const stamp: Partial<OutreachMessage> = {};
        if (r.event === DeliveryEvent.DELIVERED) stamp.deliveredAt = x.deliveredAt ?? at;
        if (r.event === DeliveryEvent.OPENED) stamp.openedAt = x.openedAt ?? at;
        if (r.event === DeliveryEvent.CLICKED) stamp.clickedAt = x.clickedAt ?? at;
        if (r.event === DeliveryEvent.DISMISSED) stamp.dismissedAt = x.dismissedAt ?? at;
        if (r.event === DeliveryEvent.UNSUBSCRIBED) stamp.unsubscribedAt = x.unsubscribedAt ?? at;
        if (r.event === DeliveryEvent.FAILED || r.event === DeliveryEvent.BOUNCED) Object.assign(stamp, { failedAt: at, error: r.error ?? null });
        if (next === x.status && !Object.entries(stamp).some(([k, v]) => (x as unknown as Record<string, unknown>)[k] !== v)) continue;
        await tx.manager.update(OutreachMessage, { id: x.id }, { status: next, ...stamp });
        Object.assign(x, { status: next, ...stamp });
        applied++;
      }
      return applied;
    }),
};
