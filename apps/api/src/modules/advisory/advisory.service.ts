import { IsNull, type SelectQueryBuilder } from 'typeorm';
import { AdvisorModel, calendarDay, DAY_MS, EXCLUSIVE_SERVICES_PER_YEAR, localInstant, proRataTarget, quotaYear } from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, isUniqueViolation, type RequestContext } from '../../common/context';
import { pageOf } from '../../common/crud';
import { AuditAction, Role } from '../../common/enums';
import { notFound } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { OrderService } from '../orders';
import { Tier } from '../tiers';
import { Contact, ContactKind, FollowUp, FollowUpKind } from './advisory.entity';

export interface LogContactArgs {
  customerId: string;
  kind: ContactKind;
  notes: string;
  interview?: boolean | null;
  contactedAt?: Date | null;
  /** The customer's rating, 1–5. */
  satisfaction?: number | null;
}

export interface FollowUpFilter {
  customerId?: string;
  advisorId?: string;
  /** Only those not done yet. */
  open?: boolean;
  /** Only those due before today (not done). */
  overdue?: boolean;
  /** Only those of the advisors I manage (the manager's page). */
  team?: boolean;
}

function narrowFollowUps(ctx: RequestContext, qb: SelectQueryBuilder<FollowUp>, filter: FollowUpFilter = {}, today: string) {
  if (filter.customerId) qb.andWhere('e.customerId = :customerId', { customerId: filter.customerId });
  if (filter.advisorId) qb.andWhere('e.advisorId = :advisorId', { advisorId: filter.advisorId });
  if (filter.open || filter.overdue) qb.andWhere('e.doneAt IS NULL');
  if (filter.overdue) qb.andWhere('e.dueOn < :today', { today });
  if (filter.team) qb.andWhere('e.advisorId IN (SELECT u.id FROM app_user u WHERE u.managerId = :manager)', { manager: ctx.actor?.id ?? '' });
  // An advisor sees the follow-ups of their own portfolio only.
  if (ctx.actor?.role === Role.ADVISOR) qb.andWhere('e.customerId IN (SELECT c.id FROM customer c WHERE c.advisorId = :me)', { me: ctx.actor.id });
  return qb;
}

/** A raw datetime as the drivers give it: a Date (MySQL), or SQLite's 'YYYY-MM-DD HH:MM:SS[.ffffff]' in UTC. */
const asUtc = (value: Date | string) => (value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`));

/** The advisors' work: contacts logged with customers, and the follow-ups the tiers' promises make due. */
export const AdvisoryService = {
  /** Log a contact; it does the customer's open follow-up (an interview does the needs interview too). */
  logContact: (ctx: RequestContext, args: LogContactArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: args.customerId });
      if (!customer) throw notFound('Customer', args.customerId);
      const contact = tx.manager.create(Contact, {
        id: newId(),
        customerId: customer.id,
        kind: args.kind,
        interview: !!args.interview,
        notes: args.notes,
        contactedAt: args.contactedAt ?? now,
        satisfaction: args.satisfaction ?? null,
        loggedBy: actorEmail(tx),
      });
      await tx.manager.insert(Contact, contact);
      const kinds = args.interview ? [FollowUpKind.FOLLOW_UP, FollowUpKind.NEEDS_INTERVIEW] : [FollowUpKind.FOLLOW_UP];
      for (const kind of kinds) {
        const open = await tx.manager.find(FollowUp, { where: { customerId: customer.id, kind, doneAt: IsNull() } });
        for (const f of open)
          await tx.manager.update(FollowUp, { id: f.id }, { doneAt: contact.contactedAt, contactId: contact.id, version: f.version + 1, updatedAt: now });
      }
      await recordAudit(tx, AuditAction.CREATE, 'Contact', contact.id, null, { customerId: customer.id, kind: contact.kind, interview: contact.interview });
      return contact;
    }),

  contactsOf: (ctx: RequestContext, customerId: string) => ctx.manager.find(Contact, { where: { customerId }, order: { contactedAt: 'DESC' }, take: 100 }),

  followUps: (ctx: RequestContext, args: ListArgs, filter?: FollowUpFilter, now = new Date()) =>
    pageOf(narrowFollowUps(ctx, ctx.manager.getRepository(FollowUp).createQueryBuilder('e'), filter, calendarDay(now, institutionTimeZone())), args, {
      typeName: 'FollowUp',
      sortable: ['dueOn', 'createdAt'],
      defaultSort: 'dueOn',
    }).getMany(),
  countFollowUps: (ctx: RequestContext, filter?: FollowUpFilter, now = new Date()) =>
    narrowFollowUps(ctx, ctx.manager.getRepository(FollowUp).createQueryBuilder('e'), filter, calendarDay(now, institutionTimeZone())).getCount(),
  followUp: async (ctx: RequestContext, id: string) => {
    const f = await ctx.manager.findOneBy(FollowUp, { id });
    if (!f) throw notFound('FollowUp', id);
    return f;
  },

  /**
   * High-net-worth customers (served by a private banker) behind their exclusive services this year, pro rata: each
   * with the count so far (redemptions of the benefits their tier marks exclusive, and needs interviews) and what is
   * due by now. One query for all; an advisor sees their own portfolio.
   */
  async exclusiveShortfalls(ctx: RequestContext, now = new Date()) {
    const tz = institutionTimeZone();
    const year = quotaYear(now, tz);
    const due = proRataTarget(EXCLUSIVE_SERVICES_PER_YEAR, now, tz);
    const from = localInstant(`${year}-01-01`, 0, tz); // 1 January 00:00 in the institution's time zone
    const qb = ctx.manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .innerJoin(Tier, 't', 't.id = c.tierId AND t.advisorModel = :banker', { banker: AdvisorModel.PRIVATE_BANKER })
      .select(['c.id AS customerId', 'c.externalRef AS externalRef', 'c.advisorId AS advisorId'])
      .addSelect(
        `(SELECT COUNT(*) FROM benefit_redemption r INNER JOIN tier_benefit g ON g.tierId = r.tierId AND g.benefitId = r.benefitId AND g.exclusive = :yes
          WHERE r.customerId = c.id AND r.year = :year AND r.status <> 'RELEASED')`,
        'redemptions',
      )
      .addSelect('(SELECT COUNT(*) FROM customer_contact k WHERE k.customerId = c.id AND k.interview = :yes AND k.contactedAt >= :from)', 'interviews')
      .setParameters({ yes: true, year, from })
      .orderBy('c.externalRef', 'ASC')
      .take(1000);
    if (ctx.actor?.role === Role.ADVISOR) qb.andWhere('c.advisorId = :me', { me: ctx.actor.id });
    const rows: { customerId: string; externalRef: string; advisorId: string | null; redemptions: string | number; interviews: string | number }[] =
      await qb.getRawMany();
    return rows
      .map((r) => ({
        customerId: r.customerId,
        externalRef: r.externalRef,
        advisorId: r.advisorId,
        delivered: Number(r.redemptions) + Number(r.interviews),
        dueByNow: due,
        target: EXCLUSIVE_SERVICES_PER_YEAR,
        year,
      }))
      .filter((r) => r.delivered < r.dueByNow);
  },

  /**
   * The scheduled job: for each customer whose tier promises follow-ups (every `followUpIntervalDays`), one open
   * follow-up due that many days after the last contact (or since they joined) — a needs interview where a private
   * banker serves the tier. None while the customer is in cooling-off (no sales task then). A unique (customer, kind,
   * last contact) keeps the effect once, whoever runs it.
   */
  async generateFollowUps(ctx: RequestContext, now = new Date()): Promise<number> {
    const due: {
      id: string;
      advisorId: string | null;
      createdAt: Date | string;
      intervalDays: number;
      model: AdvisorModel;
      last: Date | string | null;
      lastId: string | null;
    }[] = await ctx.manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .innerJoin(Tier, 't', 't.id = c.tierId AND t.followUpIntervalDays IS NOT NULL')
      .select(['c.id AS id', 'c.advisorId AS advisorId', 'c.createdAt AS createdAt', 't.followUpIntervalDays AS intervalDays', 't.advisorModel AS model'])
      .addSelect('(SELECT MAX(k.contactedAt) FROM customer_contact k WHERE k.customerId = c.id)', 'last')
      .addSelect('(SELECT k.id FROM customer_contact k WHERE k.customerId = c.id ORDER BY k.contactedAt DESC, k.id DESC LIMIT 1)', 'lastId')
      .where('NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customerId = c.id AND f.doneAt IS NULL)')
      .take(5000)
      .getRawMany();
    let made = 0;
    for (const c of due) {
      if (await OrderService.inCoolingOff(ctx, c.id, now)) continue;
      const base = asUtc(c.last ?? c.createdAt);
      const dueOn = calendarDay(new Date(base.getTime() + Number(c.intervalDays) * DAY_MS), institutionTimeZone());
      const kind = c.model === AdvisorModel.PRIVATE_BANKER ? FollowUpKind.NEEDS_INTERVIEW : FollowUpKind.FOLLOW_UP;
      try {
        await inTransaction(ctx, (tx) =>
          tx.manager.insert(FollowUp, {
            id: newId(),
            customerId: c.id,
            advisorId: c.advisorId,
            kind,
            dueOn,
            basis: c.lastId ?? 'joined',
            doneAt: null,
            contactId: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        made++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // made already (another process, or a retry)
      }
    }
    return made;
  },
};
