import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  AdvisorModel,
  AskOutcome,
  ATTRIBUTION_DAYS,
  DAY_MS,
  DELIVERED_STATUSES,
  fromMinorUnits,
  Kpi,
  MessageCategory,
  OPENED_STATUSES,
  PROFILE_FIELDS,
  PURCHASE_STATUSES,
  REASK_WINDOW_MS,
  SATISFIED_RATING,
  ServiceRequestStatus,
  SlaMetric,
} from '@tierwise/domain';
import { AssistantQuestion } from '../assistant';
import { Contact } from '../advisory';
import { AumSnapshot, Customer } from '../customers';
import { CustomerNeed, NeedVerdict } from '../needs';
import { Order } from '../orders';
import { OutreachMessage } from '../outreach';
import { FeedbackEvent, RecommendationFeedback } from '../recommendations';
import { ServiceRequest, SlaEvent } from '../service-desk';
import { Tier } from '../tiers';
import { plusSeconds } from '../../common/persistence/sql-dates';
import { NO_TIER, type KpiFigure } from './kpi-snapshot.entity';

/** One month's measurement window: what happened from `start` until `asOf` (the month's end, or now while it runs). */
export interface Period {
  start: Date;
  asOf: Date;
}

/** Each KPI's figures by tier (NO_TIER for customers without one). */
export type FiguresByTier = Map<string, Partial<Record<Kpi, KpiFigure>>>;

type Row = Record<string, string | number | Date | null>;

/** The SQL of one database: SQLite and MySQL/MariaDB differ in date arithmetic only, here. */
class Sql {
  constructor(readonly manager: EntityManager) {}

  /** An entity's table, quoted (both databases take backticks). */
  table(entity: EntityTarget<ObjectLiteral>): string {
    return `\`${this.manager.connection.getMetadata(entity).tableName}\``;
  }

  /** A datetime column moved by whole seconds. */
  plusSeconds(column: string, seconds: number): string {
    return plusSeconds(this.manager, column, seconds);
  }

  /** A list of constants for IN (…) (values from our own enums, never from a request). */
  list(values: readonly string[]): string {
    return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  }

  async rows(sql: string, parameters: Record<string, unknown>): Promise<Row[]> {
    const [query, values] = this.manager.connection.driver.escapeQueryWithParameters(sql, parameters);
    return this.manager.query(query, values);
  }
}

const scopeOf = (tierId: Row[string]) => (tierId === null ? NO_TIER : String(tierId));
const count = (v: Row[string] | undefined) => String(v ?? 0);
/** A sum of money columns (minor units) as a decimal string. */
const money = (v: Row[string] | bigint | undefined) => fromMinorUnits(typeof v === 'bigint' ? v : String(v ?? 0));

function put(out: FiguresByTier, rows: Row[], kpi: Kpi, figure: (r: Row) => KpiFigure) {
  for (const r of rows) {
    const scope = scopeOf(r.tierId);
    const figures = out.get(scope) ?? {};
    figures[kpi] = figure(r);
    out.set(scope, figures);
  }
}

/**
 * A customer `c` profiled at :asOf: a tier, a valid risk assessment, a life stage, an occupation, and a need in force
 * or a needs interview (:yes is true).
 */
export const profiledCustomer = (sql: Sql) =>
  `(c.tierId IS NOT NULL AND c.riskLevel IS NOT NULL AND c.riskAssessmentExpiresAt > :asOf AND c.lifeStage IS NOT NULL AND c.occupation IS NOT NULL
    AND (EXISTS (SELECT 1 FROM ${sql.table(CustomerNeed)} n WHERE n.customerId = c.id AND n.detectedAt < :asOf AND n.expiresAt > :asOf)
      OR EXISTS (SELECT 1 FROM ${sql.table(Contact)} k WHERE k.customerId = c.id AND k.interview = :yes AND k.contactedAt < :asOf)))`;

/** Customers with a profile, and the share of the 360° profile filled: one scan of the customers existing at `asOf`. */
async function profiles(sql: Sql, p: Period, out: FiguresByTier) {
  const filled = PROFILE_FIELDS.map((f) =>
    f === 'riskLevel'
      ? `CASE WHEN c.riskLevel IS NOT NULL AND c.riskAssessmentExpiresAt > :asOf THEN 1 ELSE 0 END`
      : `CASE WHEN c.${f} IS NOT NULL THEN 1 ELSE 0 END`,
  ).join(' + ');
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, COUNT(*) AS customers,
       SUM(CASE WHEN ${profiledCustomer(sql)} THEN 1 ELSE 0 END) AS profiled,
       SUM(${filled}) AS filled
     FROM ${sql.table(Customer)} c
     WHERE c.createdAt < :asOf AND (c.closedAt IS NULL OR c.closedAt >= :asOf)
     GROUP BY c.tierId`,
    { asOf: p.asOf, yes: true },
  );
  put(out, rows, Kpi.PROFILED, (r) => ({ part: count(r.profiled), whole: count(r.customers) }));
  put(out, rows, Kpi.DATA_COVERAGE, (r) => ({ part: count(r.filled), whole: String(Number(r.customers) * PROFILE_FIELDS.length) }));
}

/** Of the (customer, product) pairs shown as recommendations in the period, those accepted in it (by the tier recorded). */
async function recommendationAccuracy(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT x.tierId AS tierId, COUNT(*) AS shown, SUM(x.accepted) AS accepted FROM (
       SELECT f.customerId, f.productId, MAX(f.tierId) AS tierId,
         MAX(CASE WHEN f.event = :shown THEN 1 ELSE 0 END) AS wasShown, MAX(CASE WHEN f.event = :accepted THEN 1 ELSE 0 END) AS accepted
       FROM ${sql.table(RecommendationFeedback)} f
       WHERE f.at >= :start AND f.at < :asOf AND f.event IN (:shown, :accepted)
       GROUP BY f.customerId, f.productId) x
     WHERE x.wasShown = 1 GROUP BY x.tierId`,
    { ...p, shown: FeedbackEvent.SHOWN, accepted: FeedbackEvent.ACCEPTED },
  );
  put(out, rows, Kpi.RECOMMENDATION_ACCURACY, (r) => ({ part: count(r.accepted), whole: count(r.shown) }));
}

/** Of the needs detected by rules that an advisor or the customer judged in the period, those confirmed. */
async function needAccuracy(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, COUNT(*) AS judged, SUM(CASE WHEN n.verdict = :confirmed THEN 1 ELSE 0 END) AS confirmed
     FROM ${sql.table(CustomerNeed)} n JOIN ${sql.table(Customer)} c ON c.id = n.customerId
     WHERE n.source = 'RULE' AND n.verdictAt >= :start AND n.verdictAt < :asOf
     GROUP BY c.tierId`,
    { ...p, confirmed: NeedVerdict.CONFIRMED },
  );
  put(out, rows, Kpi.NEED_ACCURACY, (r) => ({ part: count(r.confirmed), whole: count(r.judged) }));
}

/** The per-rule need identification accuracy over a window: which rule is wrong. */
export async function needAccuracyByRule(manager: EntityManager, p: Period) {
  const sql = new Sql(manager);
  return sql.rows(
    `SELECT n.sourceKey AS ruleId, COUNT(*) AS judged, SUM(CASE WHEN n.verdict = :confirmed THEN 1 ELSE 0 END) AS confirmed
     FROM ${sql.table(CustomerNeed)} n
     WHERE n.source = 'RULE' AND n.verdictAt >= :start AND n.verdictAt < :asOf
     GROUP BY n.sourceKey`,
    { ...p, confirmed: NeedVerdict.CONFIRMED },
  );
}

/**
 * Of the service requests opened in the period that were answered or whose first-response deadline passed, those
 * answered within their tier's deadline; and the median working minutes to the first answer (per tier and over all).
 */
async function responseTime(sql: Sql, p: Period, out: FiguresByTier) {
  const params = { ...p, yes: true, metric: SlaMetric.FIRST_RESPONSE };
  const rows = await sql.rows(
    `SELECT r.tierId AS tierId, COUNT(*) AS due, SUM(CASE WHEN r.firstResponseOnTime = :yes THEN 1 ELSE 0 END) AS onTime
     FROM ${sql.table(ServiceRequest)} r
     WHERE r.createdAt >= :start AND r.createdAt < :asOf
       AND (r.firstResponseAt IS NOT NULL
         OR EXISTS (SELECT 1 FROM ${sql.table(SlaEvent)} e WHERE e.requestId = r.id AND e.metric = :metric AND e.percent >= 100))
     GROUP BY r.tierId`,
    params,
  );
  put(out, rows, Kpi.RESPONSE_TIME, (r) => ({ part: count(r.onTime), whole: count(r.due) }));
  // The median by window functions (both databases have them): the middle one, or the mean of the middle two.
  const answered = `FROM ${sql.table(ServiceRequest)} r WHERE r.createdAt >= :start AND r.createdAt < :asOf AND r.firstResponseMinutes IS NOT NULL`;
  const medians = await sql.rows(
    `SELECT y.scope AS scope, AVG(y.m) AS median FROM (
       SELECT x.scope, x.m, ROW_NUMBER() OVER (PARTITION BY x.scope ORDER BY x.m) AS rn, COUNT(*) OVER (PARTITION BY x.scope) AS cnt FROM (
         SELECT COALESCE(r.tierId, '${NO_TIER}') AS scope, r.firstResponseMinutes AS m ${answered}
         UNION ALL SELECT 'ALL' AS scope, r.firstResponseMinutes AS m ${answered}) x) y
     WHERE y.rn * 2 >= y.cnt AND y.rn * 2 <= y.cnt + 2
     GROUP BY y.scope`,
    params,
  );
  return new Map(medians.map((m) => [String(m.scope), m.median === null ? null : Math.round(Number(m.median))]));
}

/** A datetime read by a raw query: a Date from MySQL, UTC text from SQLite. */
export const instant = (value: Row[string] | undefined): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`);

/** The last day with AUM snapshots before `before` (null when none). */
async function lastSnapshotDay(sql: Sql, before: Date): Promise<Date | null> {
  const [row] = await sql.rows(`SELECT MAX(s.day) AS day FROM ${sql.table(AumSnapshot)} s WHERE s.day < :before`, { before });
  return instant(row?.day);
}

/**
 * AUM over 12 months: the customers' AUM on the last snapshot day of the period against their AUM on the last snapshot
 * day a year before, over the customers with AUM then (growth: the change of their total over it; churn: the share whose
 * AUM fell to zero, or who closed their relationship, since).
 */
async function aumOverTheYear(sql: Sql, p: Period, out: FiguresByTier) {
  const now = await lastSnapshotDay(sql, p.asOf);
  const then = now && (await lastSnapshotDay(sql, new Date(now.getTime() - 365 * DAY_MS + 1)));
  if (!now || !then) return;
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, COUNT(*) AS active, SUM(a0.aum) AS aumThen,
       SUM(CASE WHEN (c.closedAt IS NOT NULL AND c.closedAt < :asOf) OR COALESCE(a1.aum, 0) = 0 THEN 1 ELSE 0 END) AS churned,
       SUM(CASE WHEN c.closedAt IS NOT NULL AND c.closedAt < :asOf THEN 0 ELSE COALESCE(a1.aum, 0) END) AS stayingNow
     FROM ${sql.table(AumSnapshot)} a0
       JOIN ${sql.table(Customer)} c ON c.id = a0.customerId
       LEFT JOIN ${sql.table(AumSnapshot)} a1 ON a1.customerId = a0.customerId AND a1.day = :now
     WHERE a0.day = :then AND a0.aum > 0 AND (c.closedAt IS NULL OR c.closedAt >= :then)
     GROUP BY c.tierId`,
    { asOf: p.asOf, now, then },
  );
  // Growth of the cohort's AUM: a customer who closed the relationship, or has no snapshot now, holds nothing now.
  put(out, rows, Kpi.AUM_GROWTH, (r) => ({
    part: money(BigInt(String(r.stayingNow ?? 0)) - BigInt(String(r.aumThen ?? 0))),
    whole: money(r.aumThen),
  }));
  put(out, rows, Kpi.CHURN, (r) => ({ part: count(r.churned), whole: count(r.active) }));
}

/**
 * High-net-worth customers (tiers served by a private banker) who bought in the 12 months to the period's end, and
 * those of them who bought again within them.
 */
async function hnwRepeatPurchase(sql: Sql, p: Period, yearStart: Date, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT x.tierId AS tierId, COUNT(*) AS buyers, SUM(CASE WHEN x.purchases >= 2 THEN 1 ELSE 0 END) AS again FROM (
       SELECT o.customerId, MAX(c.tierId) AS tierId, COUNT(*) AS purchases
       FROM ${sql.table(Order)} o JOIN ${sql.table(Customer)} c ON c.id = o.customerId JOIN ${sql.table(Tier)} t ON t.id = c.tierId
       WHERE t.advisorModel = :privateBanker AND o.status IN (${sql.list(PURCHASE_STATUSES)}) AND o.paidAt >= :yearStart AND o.paidAt < :asOf
       GROUP BY o.customerId) x
     GROUP BY x.tierId`,
    { asOf: p.asOf, yearStart, privateBanker: AdvisorModel.PRIVATE_BANKER },
  );
  put(out, rows, Kpi.HNW_REPEAT_PURCHASE, (r) => ({ part: count(r.again), whole: count(r.buyers) }));
}

/** Ratings of 1–5 given in the period to resolved service requests and to advisors' contacts (interviews): 4 or 5. */
async function satisfaction(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT x.tierId AS tierId, COUNT(*) AS rated, SUM(CASE WHEN x.rating >= ${SATISFIED_RATING} THEN 1 ELSE 0 END) AS satisfied FROM (
       SELECT r.tierId AS tierId, r.satisfaction AS rating FROM ${sql.table(ServiceRequest)} r
         WHERE r.satisfaction IS NOT NULL AND r.resolvedAt >= :start AND r.resolvedAt < :asOf
       UNION ALL
       SELECT c.tierId AS tierId, k.satisfaction AS rating FROM ${sql.table(Contact)} k JOIN ${sql.table(Customer)} c ON c.id = k.customerId
         WHERE k.satisfaction IS NOT NULL AND k.contactedAt >= :start AND k.contactedAt < :asOf) x
     GROUP BY x.tierId`,
    { ...p },
  );
  put(out, rows, Kpi.SATISFACTION, (r) => ({ part: count(r.satisfied), whole: count(r.rated) }));
}

/**
 * The revenue (fees, interest margin) of the sales paid in the period, and the part from orders that came from a
 * scenario package, an outreach message (its conversion) or a recommendation shown within ATTRIBUTION_DAYS before.
 */
export const attributedOrder = (sql: Sql) =>
  `(o.scenarioPackageId IS NOT NULL
    OR EXISTS (SELECT 1 FROM ${sql.table(OutreachMessage)} m WHERE m.orderId = o.id)
    OR EXISTS (SELECT 1 FROM ${sql.table(RecommendationFeedback)} f WHERE f.customerId = o.customerId AND f.event = '${FeedbackEvent.SHOWN}'
      AND f.productId = o.productId AND f.at <= o.createdAt AND f.at >= ${sql.plusSeconds('o.createdAt', (-ATTRIBUTION_DAYS * DAY_MS) / 1000)}))`;

async function personalisedRevenue(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, SUM(o.revenue) AS revenue, SUM(CASE WHEN ${attributedOrder(sql)} THEN o.revenue ELSE 0 END) AS personalised
     FROM ${sql.table(Order)} o JOIN ${sql.table(Customer)} c ON c.id = o.customerId
     WHERE o.status IN (${sql.list(PURCHASE_STATUSES)}) AND o.paidAt >= :start AND o.paidAt < :asOf AND o.revenue IS NOT NULL
     GROUP BY c.tierId`,
    { ...p },
  );
  put(out, rows, Kpi.PERSONALISED_REVENUE, (r) => ({ part: money(r.personalised), whole: money(r.revenue) }));
}

/** Of the service requests resolved in the period, those resolved without a person (app self-service, the assistant). */
async function selfService(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT r.tierId AS tierId, COUNT(*) AS resolved, SUM(CASE WHEN r.handledByPerson = :no THEN 1 ELSE 0 END) AS alone
     FROM ${sql.table(ServiceRequest)} r
     WHERE r.resolvedAt >= :start AND r.resolvedAt < :asOf AND r.status IN (:...done)
     GROUP BY r.tierId`,
    { ...p, no: false, done: [ServiceRequestStatus.RESOLVED, ServiceRequestStatus.CLOSED] },
  );
  put(out, rows, Kpi.SELF_SERVICE, (r) => ({ part: count(r.alone), whole: count(r.resolved) }));
}

/** Of the customers' questions to the assistant in the period, those answered without hand-off and not asked again within 24 h. */
async function smartService(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, COUNT(*) AS asked,
       SUM(CASE WHEN q.outcome IN (:...answered) AND NOT EXISTS (
         SELECT 1 FROM ${sql.table(AssistantQuestion)} r WHERE r.customerId = q.customerId AND r.askedAt > q.askedAt
           AND r.askedAt <= ${sql.plusSeconds('q.askedAt', REASK_WINDOW_MS / 1000)} AND (r.entryId = q.entryId OR r.intent = q.intent)) THEN 1 ELSE 0 END) AS answered
     FROM ${sql.table(AssistantQuestion)} q LEFT JOIN ${sql.table(Customer)} c ON c.id = q.customerId
     WHERE q.askedAt >= :start AND q.askedAt < :asOf AND q.trial = :no
     GROUP BY c.tierId`,
    { ...p, no: false, answered: [AskOutcome.ANSWERED, AskOutcome.OWN_DATA] },
  );
  put(out, rows, Kpi.SMART_SERVICE, (r) => ({ part: count(r.answered), whole: count(r.asked) }));
}

/** Of the outreach messages sent in the period that were delivered, those opened or acted on, not dismissed or unsubscribed. */
async function pushAccuracy(sql: Sql, p: Period, out: FiguresByTier) {
  const rows = await sql.rows(
    `SELECT c.tierId AS tierId, COUNT(*) AS delivered,
       SUM(CASE WHEN m.status IN (${sql.list(OPENED_STATUSES)}) AND m.dismissedAt IS NULL AND m.unsubscribedAt IS NULL THEN 1 ELSE 0 END) AS accurate
     FROM ${sql.table(OutreachMessage)} m JOIN ${sql.table(Customer)} c ON c.id = m.customerId
     WHERE m.sentAt >= :start AND m.sentAt < :asOf AND m.category <> :transactional AND m.status IN (${sql.list(DELIVERED_STATUSES)})
     GROUP BY c.tierId`,
    { ...p, transactional: MessageCategory.TRANSACTIONAL },
  );
  put(out, rows, Kpi.PUSH_ACCURACY, (r) => ({ part: count(r.accurate), whole: count(r.delivered) }));
}

/**
 * Every KPI of one period by tier, one set-based query each (the two profile KPIs share their scan, AUM growth and
 * churn theirs); the median response time comes per tier and over all.
 */
export async function measure(manager: EntityManager, p: Period, yearStart: Date): Promise<{ byTier: FiguresByTier; medians: Map<string, number | null> }> {
  const sql = new Sql(manager);
  const byTier: FiguresByTier = new Map();
  await profiles(sql, p, byTier);
  await recommendationAccuracy(sql, p, byTier);
  await needAccuracy(sql, p, byTier);
  const medians = await responseTime(sql, p, byTier);
  await aumOverTheYear(sql, p, byTier);
  await hnwRepeatPurchase(sql, p, yearStart, byTier);
  await satisfaction(sql, p, byTier);
  await personalisedRevenue(sql, p, byTier);
  await selfService(sql, p, byTier);
  await smartService(sql, p, byTier);
  await pushAccuracy(sql, p, byTier);
  return { byTier, medians };
}

export { Sql };
