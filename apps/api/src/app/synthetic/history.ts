import type { DataSource } from 'typeorm';
import {
  addMonths,
  AdvisorModel,
  AskOutcome,
  DAY_MS,
  fromMinorUnits,
  monthBounds,
  monthOf,
  OrderStatus,
  saleRevenue,
  ServiceRequestStatus,
  SlaMetric,
  toMinorUnits,
} from '@tierwise/domain';
import { insertIgnoringExisting } from '../../common/persistence/bulk-insert';
import { Contact } from '../../modules/advisory';
import { AssistantQuestion, KnowledgeEntry } from '../../modules/assistant';
import { AumSnapshot, Customer } from '../../modules/customers';
import { CustomerNeed, NeedRule } from '../../modules/needs';
import { snapshotDue } from '../../modules/kpis';
import { Order } from '../../modules/orders';
import { OutreachMessage } from '../../modules/outreach';
import { Product, ProductEligibleTier } from '../../modules/products';
import { FeedbackEvent, RecommendationFeedback } from '../../modules/recommendations';
import { ServiceRequest, SlaEvent } from '../../modules/service-desk';
import { Tier } from '../../modules/tiers';
import { seededRandom } from './population';

export interface HistoryOptions {
  /** Months of history before the current one. */
  months: number;
  seed: number;
  now?: Date;
  /** Customers per batch (one transaction each). */
  batchSize?: number;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);

/**
 * Months of plausible history for the customers already in the database, so the KPI dashboard means something on
 * demo and synthetic data: month-end AUM (growing for most, falling to nothing for a few, some relationships closed),
 * recommendations shown and accepted, orders paid with their revenue (some right after a recommendation), service
 * requests answered within or after the tier's deadline and rated, needs interviews of high-net-worth customers,
 * needs confirmed or rejected, outreach opened or dismissed, questions to the assistant. The service gets better over
 * the year, as a programme would hope. Deterministic per seed (the same ids), so a second run inserts nothing new;
 * then the KPI snapshots of those months are taken.
 */
export async function seedHistory(dataSource: DataSource, o: HistoryOptions): Promise<Record<string, number>> {
  const now = o.now ?? new Date();
  const random = seededRandom(o.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const m = dataSource.manager;
  const tiers = new Map((await m.find(Tier)).map((t) => [t.id, t]));
  const products = (await m.find(Product)).filter((p) => p.revenueRate !== null && p.type !== 'BUNDLE');
  const links = await m.find(ProductEligibleTier);
  const offered = new Map([...tiers.keys()].map((id) => [id, products.filter((p) => links.some((l) => l.tierId === id && l.productId === p.id))]));
  const rules = await m.find(NeedRule);
  const entries = (await m.find(KnowledgeEntry, { select: { id: true } })).map((e) => e.id);
  const current = monthOf(now);
  const months = Array.from({ length: o.months + 1 }, (_, i) => addMonths(current, i - o.months));
  const totals: Record<string, number> = {};
  const count = (what: string, n: number) => (totals[what] = (totals[what] ?? 0) + n);
  let serial = 0;
  const id = (kind: number) => `${hex(o.seed, 8)}-${hex(kind, 4)}-4000-8000-${hex(serial++, 12)}`;
  const batchSize = o.batchSize ?? 500;
  // Customers were with the institution before the history begins (a synthetic population is created "today").
  const since = monthBounds(addMonths(current, -o.months - 12)).start;
  await m.createQueryBuilder().update(Customer).set({ createdAt: since }).where('createdAt > :since', { since }).execute();

  for (let after = ''; ;) {
    const batch = await m.getRepository(Customer).createQueryBuilder('c').where('c.id > :after', { after }).orderBy('c.id', 'ASC').take(batchSize).getMany();
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    const rows = {
      snapshots: [] as Partial<AumSnapshot>[],
      feedback: [] as Partial<RecommendationFeedback>[],
      orders: [] as Partial<Order>[],
      requests: [] as Partial<ServiceRequest>[],
      slaEvents: [] as Partial<SlaEvent>[],
      contacts: [] as Partial<Contact>[],
      needs: [] as Partial<CustomerNeed>[],
      messages: [] as Partial<OutreachMessage>[],
      questions: [] as Partial<AssistantQuestion>[],
      closed: [] as { id: string; at: Date }[],
    };
    for (const c of batch) {
      const tier = c.tierId ? tiers.get(c.tierId) : undefined;
      const hnw = tier?.advisorModel === AdvisorModel.PRIVATE_BANKER;
      const choices = (c.tierId && offered.get(c.tierId)) || [];
      // AUM a year ago from today's: most grew, by −10% to +45% over the year; one in twelve emptied their account
      // in the two years, fewer as the programme took hold (churn falls).
      const growth = -0.1 + random() * 0.55;
      const leaves = random() < 1 / 12;
      const leftIn = leaves ? addMonths(current, -o.months - 11 + Math.floor(Math.pow(random(), 1.6) * (o.months + 11))) : null;
      const closes = leaves && random() < 0.5;
      const today = Number(c.aum);
      // Month-end AUM a year further back too, so that AUM growth and churn (over 12 months) have a trend.
      for (let k = o.months + 12; k >= 0; k--) {
        const month = addMonths(current, -k);
        const { end } = monthBounds(month);
        const until = end < now ? end : now;
        const aum = leftIn !== null && month >= leftIn ? 0 : today * Math.pow(1 + growth, -k / 12);
        const day = new Date(Math.floor((until.getTime() - 1) / DAY_MS) * DAY_MS);
        rows.snapshots.push({ customerId: c.id, day, aum: fromMinorUnits(toMinorUnits(aum.toFixed(2))) });
      }
      for (const [i, month] of months.entries()) {
        const { start, end } = monthBounds(month);
        const until = end < now ? end : now;
        if (closes && month === leftIn) rows.closed.push({ id: c.id, at: new Date(start.getTime() + DAY_MS) });
        if (leftIn !== null && month >= leftIn) continue;
        const progress = i / o.months; // 0 a year ago … 1 now
        const when = () => new Date(start.getTime() + random() * (until.getTime() - start.getTime()));

        // Recommendations shown this month (1–2), accepted more often as the ranking improves.
        const shown: Product[] = [];
        for (let k = 0; k < 1 + Math.floor(random() * 2) && choices.length; k++) {
          const product = pick(choices);
          const at = when();
          shown.push(product);
          const base = { customerId: c.id, productId: product.id, tierId: c.tierId, productType: product.type, recordedBy: 'history' };
          rows.feedback.push({ ...base, id: id(1), event: FeedbackEvent.SHOWN, at });
          if (random() < 0.45 + 0.3 * progress)
            rows.feedback.push({ ...base, id: id(1), event: FeedbackEvent.ACCEPTED, at: new Date(at.getTime() + 3_600_000) });
        }

        // Purchases: high-net-worth customers buy most often; some follow a recommendation within days.
        if (choices.length && random() < (hnw ? 0.08 + 0.1 * progress : 0.12)) {
          const fromShown = shown.length > 0 && random() < 0.35 + 0.2 * progress;
          const product = fromShown ? shown[0] : pick(choices);
          const amount = Math.max(Number(product.minInvestment ?? 1000), Math.round((today * (0.05 + random() * 0.15)) / 100) * 100).toFixed(2);
          const placedAt = when();
          if (fromShown) {
            const base = { customerId: c.id, productId: product.id, tierId: c.tierId, productType: product.type, recordedBy: 'history' };
            rows.feedback.push({ ...base, id: id(1), event: FeedbackEvent.SHOWN, at: new Date(placedAt.getTime() - 2 * DAY_MS) });
          }
          rows.orders.push({
            id: id(2),
            customerId: c.id,
            productId: product.id,
            productVersion: product.version,
            status: OrderStatus.CONFIRMED,
            channel: 'APP' as never,
            amount,
            currency: 'CNY',
            cnyAmount: amount,
            cnyRate: null,
            decision: { gate: 'ALLOWED', history: true },
            refusalCodes: [],
            placedBy: 'history',
            handledByPerson: random() < 0.4,
            signedAt: placedAt,
            paidAt: placedAt,
            confirmedAt: placedAt,
            revenue: saleRevenue(amount, product.revenueRate),
            createdAt: placedAt,
            updatedAt: placedAt,
            version: 1,
          });
        }

        // Service requests: answered within the tier's deadline more often over the year, resolved by the customer
        // alone (the app, the assistant) more often, mostly rated well.
        if (random() < 0.2) {
          const createdAt = when();
          const deadline = tier?.responseSlaMinutes ?? 120;
          const late = random() > 0.7 + 0.25 * progress;
          const minutes = Math.max(1, Math.round(late ? deadline * (1.1 + random()) : deadline * random()));
          const answered = random() < 0.95;
          const alone = random() < 0.4 + 0.35 * progress;
          const requestId = id(3);
          const resolvedAt = new Date(createdAt.getTime() + DAY_MS * (0.2 + random()));
          rows.requests.push({
            id: requestId,
            customerId: c.id,
            tierId: c.tierId,
            category: 'CONSULTATION' as never,
            channel: 'APP' as never,
            priority: 'NORMAL' as never,
            description: '历史服务请求',
            status: resolvedAt < now ? ServiceRequestStatus.RESOLVED : ServiceRequestStatus.IN_PROGRESS,
            assigneeId: null,
            policy: { firstResponseMinutes: deadline, resolutionMinutes: 1440, calendar: null, warningShares: [0.5, 0.8] },
            history: [],
            firstResponseAt: answered && !alone ? new Date(createdAt.getTime() + minutes * 60_000) : null,
            firstResponseMinutes: answered && !alone ? minutes : null,
            firstResponseOnTime: answered && !alone ? !late : null,
            resolvedAt: resolvedAt < now ? resolvedAt : null,
            closedAt: null,
            satisfaction:
              resolvedAt < now && random() < 0.6 ? (random() < 0.82 + 0.1 * progress ? 4 + Math.round(random()) : 1 + Math.floor(random() * 3)) : null,
            createdBy: 'history',
            handledByPerson: !alone,
            dueOrder: new Date('2099-01-01T00:00:00Z'),
            createdAt,
            updatedAt: createdAt,
            version: 1,
          });
          if (!answered && !alone) {
            rows.slaEvents.push({
              id: id(4),
              requestId,
              metric: SlaMetric.FIRST_RESPONSE,
              percent: 100,
              dueAt: new Date(createdAt.getTime() + deadline * 60_000),
              recordedAt: new Date(createdAt.getTime() + deadline * 60_000),
              notify: [],
            });
          }
        }

        // The private banker's quarterly needs interview, and account managers' interviews as profiling spreads, rated.
        if (hnw ? i % 3 === 0 : random() < 0.02 + 0.08 * progress) {
          rows.contacts.push({
            id: id(5),
            customerId: c.id,
            kind: (hnw ? 'HOME_VISIT' : 'PHONE') as never,
            interview: true,
            notes: '季度需求访谈',
            contactedAt: when(),
            loggedBy: 'history',
            satisfaction: random() < 0.9 ? 4 + Math.round(random()) : 3,
          });
        }

        // A need detected by a rule and judged by the advisor or the customer (rules get more right over the year).
        if (rules.length && random() < 0.12) {
          const rule = pick(rules);
          const verdictAt = when();
          rows.needs.push({
            id: id(6),
            customerId: c.id,
            need: rule.need,
            source: 'RULE',
            sourceKey: rule.id,
            ruleId: rule.id,
            weight: rule.weight,
            evidence: { eventIds: [], notes: null },
            detectedAt: new Date(verdictAt.getTime() - 5 * DAY_MS),
            lastConfirmedAt: new Date(verdictAt.getTime() - 5 * DAY_MS),
            expiresAt: verdictAt,
            recordedBy: `rule ${rule.code}`,
            verdict: (random() < 0.68 + 0.2 * progress ? 'CONFIRMED' : 'REJECTED') as never,
            verdictBy: 'history',
            verdictAt,
          });
        }

        // Outreach: delivered, opened more often as targeting improves, now and then dismissed.
        if (random() < 0.5) {
          const sentAt = when();
          const opened = random() < 0.55 + 0.25 * progress;
          rows.messages.push({
            id: id(7),
            dedupeKey: `history:${o.seed}:${serial}`,
            campaignId: null,
            customerId: c.id,
            channel: 'APP_PUSH' as never,
            category: 'MARKETING' as never,
            source: 'history',
            language: c.language ?? 'zh',
            body: '为您推荐',
            status: (opened ? 'OPENED' : 'DELIVERED') as never,
            basis: {},
            createdAt: sentAt,
            sentAt,
            deliveredAt: sentAt,
            openedAt: opened ? new Date(sentAt.getTime() + 3_600_000) : null,
            dismissedAt: opened && random() < 0.06 ? new Date(sentAt.getTime() + 7_200_000) : null,
            attempts: 1,
          });
        }

        // Questions to the assistant: mostly answered; some asked again the same day, some handed to a person.
        if (entries.length && random() < 0.35) {
          const askedAt = when();
          const outcome = random() < 0.78 + 0.1 * progress ? AskOutcome.ANSWERED : AskOutcome.HANDED_OFF;
          const entryId = outcome === AskOutcome.ANSWERED ? pick(entries) : null;
          const question = {
            customerId: c.id,
            text: '历史问题',
            language: 'zh' as never,
            voice: false,
            intent: null,
            confidence: 0.6,
            serviceRequestId: null,
            askedBy: 'history',
            trial: false,
          };
          rows.questions.push({ ...question, id: id(8), outcome, entryId, askedAt });
          if (entryId && random() < 0.12)
            rows.questions.push({ ...question, id: id(8), outcome, entryId, askedAt: new Date(askedAt.getTime() + 3 * 3_600_000) });
        }
      }
    }
    await dataSource.transaction(async (tx) => {
      await insertIgnoringExisting(tx, AumSnapshot, rows.snapshots, 1000);
      await insertIgnoringExisting(tx, RecommendationFeedback, rows.feedback, 500);
      await insertIgnoringExisting(tx, Order, rows.orders, 200);
      await insertIgnoringExisting(tx, ServiceRequest, rows.requests, 200);
      await insertIgnoringExisting(tx, SlaEvent, rows.slaEvents, 500);
      await insertIgnoringExisting(tx, Contact, rows.contacts, 500);
      await insertIgnoringExisting(tx, CustomerNeed, rows.needs, 300);
      await insertIgnoringExisting(tx, OutreachMessage, rows.messages, 200);
      await insertIgnoringExisting(tx, AssistantQuestion, rows.questions, 300);
      for (const closed of rows.closed) {
        await tx.update(Customer, { id: closed.id }, { closedAt: closed.at, closedReason: '客户销户（历史数据）' });
      }
    });
    for (const [what, list] of Object.entries(rows)) count(what, list.length);
    if (batch.length < batchSize) break;
  }
  const { months: measured } = await snapshotDue(dataSource, now);
  count('kpiMonths', measured.length);
  return totals;
}
