import { In, MoreThan } from 'typeorm';
import {
  askOutcome,
  AskOutcome,
  assistantRates,
  DAY_MS,
  DEFAULT_MIN_CONFIDENCE,
  KnowledgeStatus,
  Language,
  ownDataAnswer,
  ownDataIntent,
  OwnDataIntent,
  REASK_WINDOW_MS,
  ServiceCategory,
  ServiceChannel,
  ServiceRequestStatus,
  type OwnDataFacts,
} from '@tierwise/domain';
import { plusSeconds } from '../../common/persistence/sql-dates';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository, equalityFilter, escapeLike, pageOf } from '../../common/crud';
import { forbidden, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { Benefit } from '../benefits';
import { RedemptionService } from '../benefit-ledger';
import { Customer } from '../customers';
import { Order } from '../orders';
import { Product } from '../products';
import { ServiceDeskService, ServiceRequest } from '../service-desk';
import { Tier } from '../tiers';
import { AssistantQuestion, KnowledgeEntry } from './assistant.entity';
import type { AskArgs, AssistantQuestionFilter, CreateKnowledgeEntryArgs, KnowledgeEntryFilter, UpdateKnowledgeEntryArgs } from './assistant.inputs';
import { KnowledgeIndex } from './knowledge-index';

const entries = new CrudRepository(
  KnowledgeEntry,
  'KnowledgeEntry',
  ['code', 'name', 'topic', 'status', 'createdAt', 'updatedAt'],
  ['code', 'name', 'nameEn', 'answer'],
);

/** The assistant's settings from the environment (the same for every API instance). */
export function assistantConfig(env: NodeJS.ProcessEnv = process.env) {
  const min = Number(env.ASSISTANT_MIN_CONFIDENCE);
  return { minConfidence: Number.isFinite(min) && min >= 0 && min <= 1 && env.ASSISTANT_MIN_CONFIDENCE !== '' ? min : DEFAULT_MIN_CONFIDENCE };
}

/** The index of the entries in force, rebuilt when they change (a cheap stamp query per question decides). */
let cached: { stamp: string; index: KnowledgeIndex } | undefined;
async function activeIndex(ctx: RequestContext): Promise<KnowledgeIndex> {
  const [row] = await ctx.manager.query(`SELECT COUNT(*) AS n, MAX(updatedAt) AS at, SUM(version) AS v FROM knowledge_entry WHERE status = ?`, [
    KnowledgeStatus.ACTIVE,
  ]);
  const stamp = `${row.n}|${String(row.at)}|${row.v}`;
  if (cached?.stamp === stamp) return cached.index;
  const active = await ctx.manager.find(KnowledgeEntry, { where: { status: KnowledgeStatus.ACTIVE } });
  cached = { stamp, index: new KnowledgeIndex(active) };
  return cached.index;
}

/** The customer's facts an own-data question needs (one or two queries, for that question only). */
async function ownFacts(ctx: RequestContext, customer: Customer, intent: OwnDataIntent, now: Date): Promise<OwnDataFacts> {
  switch (intent) {
    case OwnDataIntent.TIER:
      return { tier: customer.tierId ? await ctx.manager.findOneBy(Tier, { id: customer.tierId }) : null };
    case OwnDataIntent.BENEFITS_LEFT: {
      const allowances = await RedemptionService.allowances(ctx, customer, now);
      const benefits = new Map((await ctx.manager.findBy(Benefit, { id: In(allowances.map((a) => a.benefitId)) })).map((b) => [b.id, b]));
      return {
        benefits: allowances.map((a) => ({
          name: benefits.get(a.benefitId)?.name ?? '',
          nameEn: benefits.get(a.benefitId)?.nameEn ?? null,
          remaining: a.remaining,
        })),
      };
    }
    case OwnDataIntent.ASSESSMENT:
      return {
        assessment: {
          level: customer.riskLevel,
          expiresAt: customer.riskAssessmentExpiresAt,
          valid: !!customer.riskLevel && !!customer.riskAssessmentExpiresAt && customer.riskAssessmentExpiresAt > now,
        },
      };
    case OwnDataIntent.ORDERS: {
      const orders = await ctx.manager.find(Order, { where: { customerId: customer.id }, order: { createdAt: 'DESC' }, take: 3 });
      const names = new Map((await ctx.manager.findBy(Product, { id: In(orders.map((o) => o.productId)) })).map((p) => [p.id, p.name]));
      return { orders: orders.map((o) => ({ productName: names.get(o.productId) ?? '', status: o.status, amount: o.amount })) };
    }
    case OwnDataIntent.REQUESTS: {
      const requests = await ctx.manager.find(ServiceRequest, { where: { customerId: customer.id }, order: { createdAt: 'DESC' }, take: 3 });
      return { requests: requests.map((r) => ({ description: r.description, status: r.status })) };
    }
  }
}

/** What `ask` answers. */
export interface AskResult {
  questionId: string;
  outcome: AskOutcome;
  confidence: number;
  /** The entry that answers (or the best guess when a person takes over). */
  entry: KnowledgeEntry | null;
  /** The answer's text in the language asked (an entry's answer, or an own-data answer). */
  text: string | null;
  code: string | null;
  params: Record<string, string> | null;
  intent: OwnDataIntent | null;
  alternatives: { entry: KnowledgeEntry; confidence: number }[];
  serviceRequest: ServiceRequest | null;
}

function questionQuery(ctx: RequestContext, filter?: AssistantQuestionFilter) {
  const qb = ctx.manager.getRepository(AssistantQuestion).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  for (const f of ['outcome', 'customerId', 'entryId'] as const) if (filter?.[f]) qb.andWhere(`e.${f} = :${f}`, { [f]: filter[f] });
  if (filter?.q) qb.andWhere("e.text LIKE :q ESCAPE '!'", { q: `%${escapeLike(filter.q)}%` });
  if (filter?.askedFrom) qb.andWhere('e.askedAt >= :askedFrom', { askedFrom: filter.askedFrom });
  if (filter?.askedTo) qb.andWhere('e.askedAt < :askedTo', { askedTo: filter.askedTo });
  return qb;
}

/** The smart customer service: the knowledge base, `ask`, and what was asked. */
export const AssistantService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: KnowledgeEntryFilter) =>
    entries.list(ctx, args, filter, equalityFilter<KnowledgeEntryFilter>(['topic', 'status'])(filter), { defaultSort: 'code' }),
  count: (ctx: RequestContext, filter?: KnowledgeEntryFilter) => entries.count(ctx, filter, equalityFilter<KnowledgeEntryFilter>(['topic', 'status'])(filter)),
  get: (ctx: RequestContext, id: string) => entries.get(ctx, id),
  create: (ctx: RequestContext, args: CreateKnowledgeEntryArgs) =>
    inTransaction(ctx, (tx) =>
      entries.create(tx, { ...args, status: args.status ?? KnowledgeStatus.DRAFT, variants: args.variants ?? [], variantsEn: args.variantsEn ?? [] }),
    ),
  update: (ctx: RequestContext, args: UpdateKnowledgeEntryArgs) =>
    inTransaction(
      ctx,
      async (tx) =>
        (
          await entries.update(
            tx,
            args.id,
            args.version,
            changesFrom(args, ['code', 'name', 'nameEn', 'topic', 'status', 'variants', 'variantsEn', 'answer', 'answerEn']),
          )
        ).after,
    ),
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => entries.remove(tx, id)),

  questions: {
    list: (ctx: RequestContext, args: ListArgs, filter?: AssistantQuestionFilter) =>
      pageOf(questionQuery(ctx, filter), args, {
        typeName: 'AssistantQuestion',
        sortable: ['askedAt', 'outcome', 'confidence'],
        defaultSort: 'askedAt',
        defaultOrder: 'DESC',
      }).getMany(),
    count: (ctx: RequestContext, filter?: AssistantQuestionFilter) => questionQuery(ctx, filter).getCount(),
    async get(ctx: RequestContext, id: string) {
      const found = await ctx.manager.findOneBy(AssistantQuestion, { id });
      if (!found) throw notFound('AssistantQuestion', id);
      return found;
    },
  },

  /**
   * Answer a question: the customer's own data when it asks about it (their tier, benefits left, assessment, orders,
   * requests); otherwise the knowledge base's best entry with its confidence and the alternatives. Below the confidence
   * threshold, or when the customer asks for a person, a service request is opened with the conversation (the
   * customer's questions of the last half hour). Every question is recorded, in the same transaction.
   */
  ask: (ctx: RequestContext, args: AskArgs, now = new Date()) =>
    inTransaction(ctx, async (tx): Promise<AskResult> => {
      // Staff try it in the console without a customer; the app asks for the customer it names.
      if (tx.actor && args.customerId) throw forbidden('the app (an API key with customers:self): staff try the assistant without naming a customer');
      const customer = args.customerId ? await tx.manager.findOneBy(Customer, { id: args.customerId }) : null;
      if (args.customerId && !customer) throw notFound('Customer', args.customerId);
      const en = args.language === Language.en;
      const intent = args.handOff ? null : ownDataIntent(args.text, args.language);
      const result: AskResult = {
        questionId: newId(),
        outcome: AskOutcome.UNANSWERED,
        confidence: 0,
        entry: null,
        text: null,
        code: null,
        params: null,
        intent,
        alternatives: [],
        serviceRequest: null,
      };
      if (intent) {
        if (customer) {
          const answer = ownDataAnswer(intent, await ownFacts(tx, customer, intent, now));
          Object.assign(result, { outcome: AskOutcome.OWN_DATA, confidence: 1, text: en ? answer.en : answer.zh, code: answer.code, params: answer.params });
        } else {
          Object.assign(result, {
            code: 'SIGN_IN_NEEDED',
            params: {},
            text: en ? 'Sign in to the app to see your own details.' : '请登录 App 后查询您本人的信息。',
          });
        }
      } else {
        const index = await activeIndex(tx);
        const matches = index.match(args.text, 4);
        const byId = new Map((matches.length ? await tx.manager.findBy(KnowledgeEntry, { id: In(matches.map((m) => m.entryId)) }) : []).map((e) => [e.id, e]));
        const [best, ...rest] = matches.filter((m) => byId.has(m.entryId));
        result.confidence = best?.confidence ?? 0;
        result.entry = best ? byId.get(best.entryId)! : null;
        result.alternatives = rest.slice(0, 3).map((m) => ({ entry: byId.get(m.entryId)!, confidence: m.confidence }));
        result.outcome = askOutcome({
          confidence: result.confidence,
          minConfidence: assistantConfig().minConfidence,
          handOffAsked: !!args.handOff,
          customerKnown: !!customer,
        });
        if (result.outcome === AskOutcome.ANSWERED && result.entry) {
          result.text = en ? result.entry.answerEn : result.entry.answer;
          result.code = 'ANSWER';
        }
        if (result.outcome === AskOutcome.HANDED_OFF && customer) {
          const earlier = await tx.manager.find(AssistantQuestion, {
            where: { customerId: customer.id, askedAt: MoreThan(new Date(now.getTime() - 30 * 60_000)) },
            order: { askedAt: 'ASC' },
            take: 10,
          });
          const lines = [...earlier.map((q) => `${q.askedAt.toISOString().slice(11, 16)} ${q.text}`), `${now.toISOString().slice(11, 16)} ${args.text}`];
          const guess = result.entry
            ? `\n${en ? 'Best guess' : '最接近的问题'}: ${en ? (result.entry.nameEn ?? result.entry.name) : result.entry.name} (${result.confidence})`
            : '';
          const header = en ? 'Handed over by the smart customer service. The conversation:' : '智能客服转人工，对话记录：';
          result.serviceRequest = await ServiceDeskService.create(tx, {
            customerId: customer.id,
            category: ServiceCategory.CONSULTATION,
            channel: ServiceChannel.APP,
            description: `${header}\n${lines.join('\n')}${guess}`.slice(0, 2000),
          });
          result.code = 'HANDED_OFF';
          result.text = en
            ? 'A member of our team will take it from here; you can follow it under My service.'
            : '已为您转接人工服务，可在「我的服务」查看进度。';
        }
        if (result.outcome === AskOutcome.UNANSWERED) {
          result.code = 'NOT_ANSWERED';
          result.text = en ? 'Sorry, I could not find an answer. Sign in to the app to talk to a person.' : '抱歉，暂时没有找到答案，登录 App 后可转人工服务。';
        }
      }
      await tx.manager.insert(AssistantQuestion, {
        id: result.questionId,
        customerId: customer?.id ?? null,
        text: args.text,
        language: args.language,
        voice: !!args.voice,
        outcome: result.outcome,
        entryId: result.entry?.id ?? null,
        intent,
        confidence: result.confidence,
        serviceRequestId: result.serviceRequest?.id ?? null,
        askedBy: actorEmail(tx),
        trial: !!tx.actor,
        askedAt: now,
      });
      return result;
    }),

  /**
   * The plan's service KPIs over a period, set-wise: questions answered without hand-off and not re-asked within 24 h
   * (the same customer asking again about the same entry or own-data intent — a hand-off's best guess included), and
   * the self-service rate (see `assistantRates`). Questions staff asked to try it are left out.
   */
  async kpis(ctx: RequestContext, from: Date, to: Date) {
    // The re-ask window is per question (24 h after it), in the driver's own date arithmetic.
    const windowEnd = plusSeconds(ctx.manager, 'q.askedAt', REASK_WINDOW_MS / 1000);
    const row = await ctx.manager
      .getRepository(AssistantQuestion)
      .createQueryBuilder('q')
      .select('COUNT(*)', 'asked')
      .addSelect(`SUM(CASE WHEN q.outcome IN (:...answered) THEN 1 ELSE 0 END)`, 'answered')
      .addSelect(`SUM(CASE WHEN q.outcome = :handedOff THEN 1 ELSE 0 END)`, 'handedOff')
      .addSelect(`SUM(CASE WHEN q.outcome = :unanswered THEN 1 ELSE 0 END)`, 'unanswered')
      .addSelect(`SUM(CASE WHEN q.voice THEN 1 ELSE 0 END)`, 'voice')
      .addSelect(
        `SUM(CASE WHEN q.outcome IN (:...answered) AND NOT EXISTS (
           SELECT 1 FROM assistant_question r WHERE r.customerId = q.customerId AND r.askedAt > q.askedAt AND r.askedAt <= ${windowEnd}
             AND (r.entryId = q.entryId OR r.intent = q.intent)) THEN 1 ELSE 0 END)`,
        'answeredNotReasked',
      )
      .where('q.askedAt >= :from AND q.askedAt < :to AND q.trial = :trial', { from, to, trial: false })
      .setParameters({ answered: [AskOutcome.ANSWERED, AskOutcome.OWN_DATA], handedOff: AskOutcome.HANDED_OFF, unanswered: AskOutcome.UNANSWERED })
      .getRawOne<Record<string, string | number | null>>();
    const requests = await ctx.manager
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .select('COUNT(*)', 'resolved')
      .addSelect('SUM(CASE WHEN r.handledByPerson THEN 0 ELSE 1 END)', 'withoutPerson')
      .where('r.resolvedAt >= :from AND r.resolvedAt < :to AND r.status IN (:...done)', {
        from,
        to,
        done: [ServiceRequestStatus.RESOLVED, ServiceRequestStatus.CLOSED],
      })
      .getRawOne<{ resolved: string | number; withoutPerson: string | number | null }>();
    const n = (v: unknown) => Number(v ?? 0);
    const counts = {
      asked: n(row?.asked),
      answered: n(row?.answered),
      answeredNotReasked: n(row?.answeredNotReasked),
      handedOff: n(row?.handedOff),
      unanswered: n(row?.unanswered),
      voice: n(row?.voice),
      resolvedRequests: n(requests?.resolved),
      resolvedWithoutPerson: n(requests?.withoutPerson),
    };
    return { from, to, ...counts, ...assistantRates(counts), minConfidence: assistantConfig().minConfidence };
  },

  /** The default period of the KPIs: the last 30 days. */
  defaultPeriod: (now = new Date()) => ({ from: new Date(now.getTime() - 30 * DAY_MS), to: now }),
};
