import { In, IsNull, MoreThan } from 'typeorm';
import { DAY_MS, evaluateNeedRule, interviewNeedExpiry, needRuleEdit, needRuleViolations, TOPIC_PATTERN, type BehaviourSignal } from '@tierwise/domain';
import { actorEmail, inTransaction, systemContext, type RequestContext } from '../../common/context';
import { jobs } from '../../common/queue';
import { recordAudit } from '../../common/audit';
import { changesFrom, CrudRepository } from '../../common/crud';
import { AuditAction } from '../../common/enums';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { insertIgnoringExisting } from '../../common/persistence/bulk-insert';
import { newId } from '../../common/persistence/columns';
import { Customer, customerIdsByRef, unknownCustomerItem } from '../customers';
import { BehaviourEvent } from './behaviour-event.entity';
import { CustomerNeed, NeedVerdict } from './customer-need.entity';
import { NeedRule } from './need-rule.entity';
import type { BehaviourEventInput, CreateNeedRuleArgs, InterviewNeedArgs, NeedRuleFilter, UpdateNeedRuleArgs } from './needs.inputs';
import { needsOfCustomer } from './needs.loaders';
import { NeedErrors } from './needs.errors';

const rules = new CrudRepository(NeedRule, 'NeedRule', ['code', 'name', 'topic', 'need', 'weight', 'createdAt', 'updatedAt'], ['code', 'name', 'topic']);

// Idempotent by the unique key (customer, need, source): a need is inserted once and updated after that.
jobs.define<{ customerIds: string[]; topics: string[] }>({
  name: 'detect-needs',
  description: 'Needs detected from behaviour events',
  run: ({ dataSource }, { customerIds, topics }) =>
    inTransaction(systemContext(dataSource, 'detect-needs'), (tx) => detectNeeds(tx, customerIds, topics, new Date())),
});

/** Clock skew tolerated on event times sent by the app backend. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** Evidence kept per need: the newest qualifying events. */
const MAX_EVIDENCE = 20;

/** Re-evaluate the active rules on these customers' events, keeping one need per (customer, rule) up to date. */
async function detectNeeds(tx: RequestContext, customerIds: string[], topics: string[], now: Date): Promise<number> {
  const active = await tx.manager.find(NeedRule, { where: { active: true, topic: In(topics) } });
  if (active.length === 0) return 0;
  const longest = Math.max(...active.map((r) => r.windowDays));
  const events = await tx.manager.find(BehaviourEvent, {
    where: {
      customerId: In(customerIds),
      topic: In([...new Set(active.map((r) => r.topic))]),
      occurredAt: MoreThan(new Date(now.getTime() - longest * DAY_MS)),
    },
  });
  const byCustomer = new Map<string, BehaviourSignal[]>();
  for (const e of events) byCustomer.set(e.customerId, [...(byCustomer.get(e.customerId) ?? []), e]);
  const existing = new Map(
    (await tx.manager.find(CustomerNeed, { where: { customerId: In(customerIds), sourceKey: In(active.map((r) => r.id)) } })).map((n) => [
      `${n.customerId}|${n.sourceKey}`,
      n,
    ]),
  );
  let detected = 0;
  for (const [customerId, signals] of byCustomer) {
    for (const rule of active) {
      const outcome = evaluateNeedRule(rule, signals, now);
      if (!outcome.met) continue;
      const evidence = { eventIds: outcome.evidence.slice(0, MAX_EVIDENCE).map((e) => e.id), notes: null };
      const confirmed = outcome.evidence[0].occurredAt;
      const previous = existing.get(`${customerId}|${rule.id}`);
      if (previous) {
        await tx.manager.update(
          CustomerNeed,
          { id: previous.id },
          { weight: rule.weight, evidence, lastConfirmedAt: confirmed, expiresAt: outcome.expiresAt! },
        );
      } else {
        await tx.manager.insert(CustomerNeed, {
          id: newId(),
          customerId,
          need: rule.need,
          source: 'RULE',
          sourceKey: rule.id,
          ruleId: rule.id,
          weight: rule.weight,
          evidence,
          detectedAt: now,
          lastConfirmedAt: confirmed,
          expiresAt: outcome.expiresAt!,
          recordedBy: `rule ${rule.code}`,
        });
        detected++;
      }
    }
  }
  return detected;
}

/** A verdict on a detected need: who said so and when (the latest stands: the customer may think again). */
function verdictOf(tx: RequestContext, verdict: NeedVerdict, now: Date) {
  return { verdict, verdictBy: actorEmail(tx), verdictAt: now };
}

export const NeedService = {
  rules: {
    list: (ctx: RequestContext, args: ListArgs, filter?: NeedRuleFilter) => rules.list(ctx, args, filter, undefined, { defaultSort: 'code' }),
    count: (ctx: RequestContext, filter?: NeedRuleFilter) => rules.count(ctx, filter),
    get: (ctx: RequestContext, id: string) => rules.get(ctx, id),
    create: (ctx: RequestContext, args: CreateNeedRuleArgs) =>
      inTransaction(ctx, async (tx) => {
        assertNoViolations(needRuleViolations(args));
        return rules.create(tx, { ...args, eventType: args.eventType ?? null, active: args.active ?? true });
      }),
    /** An edit acts on the needs the rule detected as the domain's `needRuleEdit` says (lapsed needs stay as history). */
    update: (ctx: RequestContext, args: UpdateNeedRuleArgs, now = new Date()) =>
      inTransaction(ctx, async (tx) => {
        const changes = changesFrom(args, ['code', 'name', 'topic', 'minEvents', 'windowDays', 'need', 'weight', 'active']);
        assertNoViolations(needRuleViolations(changes));
        const { before, after } = await rules.update(tx, args.id, args.version, changes);
        const inForce = { sourceKey: after.id, expiresAt: MoreThan(now) };
        const edit = needRuleEdit(before, after);
        if (edit === 'LAPSE') {
          await tx.manager.update(CustomerNeed, inForce, { expiresAt: now });
        } else if (edit === 'RECHECK') {
          // New terms: the needs in force are checked again on the customers' events (those that no longer meet them
          // lapse); customers who only now qualify are found with their next events.
          const held = (await tx.manager.find(CustomerNeed, { select: { customerId: true }, where: inForce })).map((n) => n.customerId);
          for (let i = 0; i < held.length; i += 1000) {
            const chunk = held.slice(i, i + 1000);
            await tx.manager.update(CustomerNeed, { ...inForce, customerId: In(chunk) }, { expiresAt: now });
            await detectNeeds(tx, chunk, [after.topic], now);
          }
        } else if (edit === 'REWEIGHT') {
          await tx.manager.update(CustomerNeed, inForce, { weight: after.weight });
        }
        return after;
      }),
    delete: (ctx: RequestContext, id: string, now = new Date()) =>
      inTransaction(ctx, async (tx) => {
        await tx.manager.update(CustomerNeed, { sourceKey: id, expiresAt: MoreThan(now) }, { expiresAt: now, ruleId: null });
        return rules.remove(tx, id);
      }),
  },

  /**
   * Record up to 1,000 behaviour events (all or none); events whose id is already stored are ignored. Once they have
   * committed, the rules on the events' topics are evaluated for the customers concerned by the `detect-needs` job
   * (on the worker): its id is in the answer.
   */
  async recordEvents(ctx: RequestContext, items: BehaviourEventInput[], now = new Date()) {
    const stored = await inTransaction(ctx, async (tx) => {
      const problems: { field: string; code: string; message: string }[] = items.flatMap((i, index) => [
        ...(TOPIC_PATTERN.test(i.topic)
          ? []
          : [
              {
                field: `items.${index}.topic`,
                code: NeedErrors.INVALID_TOPIC,
                message: `Item ${index + 1}: a topic is lower-case letters, digits and "_" (e.g. mortgage_rate)`,
              },
            ]),
        ...(i.occurredAt.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS
          ? []
          : [{ field: `items.${index}.occurredAt`, code: NeedErrors.EVENT_IN_FUTURE, message: `Item ${index + 1}: occurredAt is in the future` }]),
      ]);
      const seen = new Set<string>();
      for (const [index, i] of items.entries()) {
        if (seen.has(i.id))
          problems.push({
            field: `items.${index}.id`,
            code: NeedErrors.DUPLICATE_EVENT_ID,
            message: `Item ${index + 1}: event ${i.id} appears twice in the batch`,
          });
        seen.add(i.id);
      }
      const refs = [...new Set(items.map((i) => i.customerRef))];
      const ids = await customerIdsByRef(tx.manager, refs);
      for (const [index, i] of items.entries()) {
        if (!ids.has(i.customerRef)) problems.push(unknownCustomerItem(index, i.customerRef));
      }
      if (problems.length) throw badInput(problems.slice(0, 50));
      const stored = new Set((await tx.manager.find(BehaviourEvent, { select: { id: true }, where: { id: In(items.map((i) => i.id)) } })).map((e) => e.id));
      const fresh = items.filter((i) => !stored.has(i.id));
      await insertIgnoringExisting(
        tx.manager,
        BehaviourEvent,
        fresh.map((i) => ({
          id: i.id,
          customerId: ids.get(i.customerRef)!,
          type: i.type,
          topic: i.topic,
          occurredAt: i.occurredAt,
          receivedAt: now,
        })),
      );
      return {
        accepted: fresh.length,
        duplicates: items.length - fresh.length,
        customerIds: [...new Set(fresh.map((i) => ids.get(i.customerRef)!))],
        topics: [...new Set(fresh.map((i) => i.topic))],
      };
    });
    const detectionJob = stored.accepted ? await jobs.enqueue(ctx, 'detect-needs', { customerIds: stored.customerIds, topics: stored.topics }) : null;
    return { accepted: stored.accepted, duplicates: stored.duplicates, detectionJob };
  },

  /** An advisor records (or confirms) a need from an interview; it holds for `validDays` unless confirmed again. */
  recordInterview: (ctx: RequestContext, args: InterviewNeedArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      if (!(await tx.manager.existsBy(Customer, { id: args.customerId }))) throw notFound('Customer', args.customerId);
      const expiresAt = interviewNeedExpiry(now, args.validDays ?? undefined);
      const evidence = { eventIds: [], notes: args.notes };
      // The interview found the need a rule had detected: the advisor confirmed the detection.
      await tx.manager.update(
        CustomerNeed,
        { customerId: args.customerId, need: args.need, source: 'RULE', verdict: IsNull(), expiresAt: MoreThan(now) },
        { verdict: NeedVerdict.CONFIRMED, verdictBy: actorEmail(tx), verdictAt: now },
      );
      const previous = await tx.manager.findOneBy(CustomerNeed, { customerId: args.customerId, need: args.need, sourceKey: 'INTERVIEW' });
      if (previous) {
        await tx.manager.update(
          CustomerNeed,
          { id: previous.id },
          { weight: args.weight, evidence, lastConfirmedAt: now, expiresAt, recordedBy: actorEmail(tx) },
        );
        const after = await tx.manager.findOneByOrFail(CustomerNeed, { id: previous.id });
        await recordAudit(tx, AuditAction.UPDATE, 'CustomerNeed', after.id, previous, after);
        return after;
      }
      const need = tx.manager.create(CustomerNeed, {
        id: newId(),
        customerId: args.customerId,
        need: args.need,
        source: 'INTERVIEW',
        sourceKey: 'INTERVIEW',
        ruleId: null,
        weight: args.weight,
        evidence,
        detectedAt: now,
        lastConfirmedAt: now,
        expiresAt,
        recordedBy: actorEmail(tx),
      });
      await tx.manager.insert(CustomerNeed, need);
      await recordAudit(tx, AuditAction.CREATE, 'CustomerNeed', need.id, null, need);
      return need;
    }),

  /** An advisor closes a need that no longer holds (it lapses now; the record stays as history). */
  close: (ctx: RequestContext, id: string, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const need = await tx.manager.findOneBy(CustomerNeed, { id });
      if (!need) throw notFound('CustomerNeed', id);
      await tx.manager.update(CustomerNeed, { id }, { expiresAt: now });
      const after = { ...need, expiresAt: now };
      await recordAudit(tx, AuditAction.UPDATE, 'CustomerNeed', id, need, after);
      return after;
    }),

  /**
   * The customer (in the app) or an advisor confirms a need in force: it is confirmed now and holds as long as an
   * interview's would (it never shortens), and the detection counts as right. A need that has lapsed answers NOT_FOUND.
   */
  confirm: (ctx: RequestContext, id: string, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const need = await tx.manager.findOneBy(CustomerNeed, { id });
      if (!need || need.expiresAt <= now) throw notFound('CustomerNeed', id);
      const renewed = interviewNeedExpiry(now);
      const changes = {
        lastConfirmedAt: now,
        expiresAt: renewed > need.expiresAt ? renewed : need.expiresAt,
        ...verdictOf(tx, NeedVerdict.CONFIRMED, now),
      };
      await tx.manager.update(CustomerNeed, { id }, changes);
      const after = { ...need, ...changes };
      await recordAudit(tx, AuditAction.UPDATE, 'CustomerNeed', id, need, after);
      return after;
    }),

  /**
   * The customer (in the app) or an advisor says a need in force is wrong: it lapses now (kept as history) and the
   * detection counts as wrong. A need that has lapsed already is left as it is (dismissing twice changes nothing).
   */
  reject: (ctx: RequestContext, id: string, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const need = await tx.manager.findOneBy(CustomerNeed, { id });
      if (!need) throw notFound('CustomerNeed', id);
      if (need.expiresAt <= now) return need;
      const changes = { expiresAt: now, ...verdictOf(tx, NeedVerdict.REJECTED, now) };
      await tx.manager.update(CustomerNeed, { id }, changes);
      const after = { ...need, ...changes };
      await recordAudit(tx, AuditAction.UPDATE, 'CustomerNeed', id, need, after);
      return after;
    }),

  /** The needs in force, strongest first. */
  async active(ctx: RequestContext, customerId: string, now = new Date()): Promise<CustomerNeed[]> {
    return (await ctx.loaders.get(needsOfCustomer).load(customerId)).filter((n) => n.expiresAt > now).sort((a, b) => b.weight - a.weight);
  },
};
