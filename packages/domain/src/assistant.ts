import { calendarDay } from './calendar';

/**
 * The smart customer service's rules: what a question is about (the knowledge base, or the customer's own data), how
 * sure an answer is, when a person takes over, and the numbers the plan measures it by. Retrieval itself (word
 * segmentation, the BM25 index) lives in the API; everything here is pure.
 */

/** What a knowledge-base entry is about (the console groups and filters by it). */
export enum KnowledgeTopic {
  ACCOUNT = 'ACCOUNT',
  TRANSFERS = 'TRANSFERS',
  WEALTH = 'WEALTH',
  FUNDS = 'FUNDS',
  INSURANCE = 'INSURANCE',
  LOANS = 'LOANS',
  BENEFITS = 'BENEFITS',
  FEES = 'FEES',
  APP = 'APP',
}

/** An entry answers customers only when ACTIVE; DRAFT is being written, RETIRED is kept as history. */
export enum KnowledgeStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

/** How a question ended. */
export enum AskOutcome {
  /** Answered from the knowledge base. */
  ANSWERED = 'ANSWERED',
  /** Answered from the customer's own data (their tier, benefits left, assessment…). */
  OWN_DATA = 'OWN_DATA',
  /** A person takes over: a service request was opened with the conversation. */
  HANDED_OFF = 'HANDED_OFF',
  /** Not answered and no one to hand it to (no customer named): the console's list of questions to add. */
  UNANSWERED = 'UNANSWERED',
}

/** Questions about the customer's own data, answered from their records rather than from the knowledge base. */
export enum OwnDataIntent {
  TIER = 'TIER',
  BENEFITS_LEFT = 'BENEFITS_LEFT',
  ASSESSMENT = 'ASSESSMENT',
  ORDERS = 'ORDERS',
  REQUESTS = 'REQUESTS',
}

const MINE_ZH = /我的|我(现在|目前)?(是|属于|有|还有|还剩|的)|我还|我能|我可以|我在/;
const MINE_EN = /\b(my|mine|am i|do i|have i|i have|i still|i've)\b/i;
/** A how-to question ("how do I upgrade my tier?") is for the knowledge base, even when it says "my". */
const HOW_TO =
  /怎么|如何|怎样|能否|条件|要求|需要多少|流程|办理|\bhow (do|can|to|does|should|would)\b|\bwhat (do|does|is needed)\b|\brequirements?\b|\bcan i\b/i;

/** Own-data questions: a possessive (我的 / my…) with what they ask about. Order matters: the first that matches wins. */
const INTENTS: { intent: OwnDataIntent; zh: RegExp; en: RegExp }[] = [
  {
    intent: OwnDataIntent.BENEFITS_LEFT,
    zh: /(权益|礼遇|额度|次数).*(还剩|剩|几次|多少|用了)|(还剩|剩下|剩余).*(权益|礼遇|次|几)/,
    en: /\b(benefits?|perks?|privileges?)\b.*\b(left|remaining|used)\b|\bhow many\b.*\b(benefits?|perks?|privileges?)\b/i,
  },
  {
    intent: OwnDataIntent.ASSESSMENT,
    zh: /(我的)(风险)?(测评|评估|风险等级|风险承受)|(风险测评|风险等级|测评).*(过期|有效|到期|结果)/,
    en: /\bwhat('s| is) my risk (level|profile|rating)\b|\bmy risk (assessment|level|profile|rating)\b.*\b(expired?|valid|still|when|what)\b|\b(has|is) my (risk )?assessment\b/i,
  },
  {
    intent: OwnDataIntent.ORDERS,
    zh: /我的(订单|认购|申购)|(订单).*(状态|进度|到哪)/,
    en: /\b(status|progress) of my (latest |recent )?orders?\b|\bmy (latest |recent )?orders?\b.*\b(status|where|progress|now)\b|\bwhere is my order\b/i,
  },
  {
    intent: OwnDataIntent.REQUESTS,
    zh: /(服务请求|工单|投诉|申请).*(进度|状态|处理|怎么样|到哪)/,
    en: /\bmy (service )?(requests?|tickets?|complaints?|cases?)\b.*\b(status|progress|update|where)\b|\b(status|progress|update)\b.*\bmy (service )?(requests?|tickets?|complaints?|cases?)\b/i,
  },
  {
    intent: OwnDataIntent.TIER,
    zh: /(等级|级别|层级|客户类别|会员级别|什么客户|哪一级|哪个级别|vip)/i,
    en: /\bwhat tier\b|\bmy (customer |client )?(tier|level)\b|\b(what|which) (customer |client )?(tier|level) am i\b/i,
  },
];

/** Whether a question asks about the customer's own data, and which; null: a general question for the knowledge base. */
export function ownDataIntent(text: string, language: 'zh' | 'en'): OwnDataIntent | null {
  const t = text.normalize('NFKC');
  const mine = (language === 'zh' ? MINE_ZH : MINE_EN).test(t) || MINE_ZH.test(t);
  if (!mine || HOW_TO.test(t)) return null;
  for (const i of INTENTS) if ((language === 'zh' ? i.zh : i.en).test(t) || i.zh.test(t)) return i.intent;
  return null;
}

/** A retrieval candidate: its BM25 score and how much of the question it covers (0–1, weighted by how rare each word is). */
export interface Candidate {
  score: number;
  coverage: number;
}

/**
 * How sure the best candidate is, 0–1: the share of the question it covers, discounted when the runner-up is nearly as
 * good (two entries fitting equally well are a guess). 1 for a clear, full match; 0 without a candidate.
 */
export function answerConfidence(best: Candidate | undefined, runnerUp: Candidate | undefined): number {
  if (!best || best.score <= 0) return 0;
  const margin = runnerUp && runnerUp.score > 0 ? best.score / (best.score + runnerUp.score) : 1; // 0.5 … 1
  const separation = Math.min(1, 0.55 + 0.9 * (margin - 0.5)); // 0.55 when tied, 1 when far ahead
  return Math.round(Math.min(1, Math.max(0, best.coverage)) * separation * 1000) / 1000;
}

/** The confidence below which a person takes over, unless the institution sets another. */
export const DEFAULT_MIN_CONFIDENCE = 0.2;

/** What happens to a question once retrieval has spoken. */
export function askOutcome(o: { confidence: number; minConfidence: number; handOffAsked: boolean; customerKnown: boolean }): AskOutcome {
  if (!o.handOffAsked && o.confidence >= o.minConfidence) return AskOutcome.ANSWERED;
  return o.customerKnown ? AskOutcome.HANDED_OFF : AskOutcome.UNANSWERED;
}

/** A question re-asked within this long after an answer means the answer did not help (the plan's KPI). */
export const REASK_WINDOW_MS = 24 * 3_600_000;

/**
 * The plan's two service KPIs, from counts (null when there is nothing to measure). Self-service counts every need a
 * customer brought — a question to the assistant or a service request — once: a question handed off is counted as the
 * request it became.
 */
export function assistantRates(c: { asked: number; answeredNotReasked: number; handedOff: number; resolvedRequests: number; resolvedWithoutPerson: number }) {
  const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : null);
  return {
    /** Questions answered (knowledge base or own data) without hand-off and not re-asked within 24 h ÷ questions asked (target 80%). */
    answeredRate: rate(c.answeredNotReasked, c.asked),
    /**
     * Needs met without a person (questions answered and not re-asked, requests resolved by no staff user) ÷ needs
     * (questions not handed off, plus requests resolved) (target 70%).
     */
    selfServiceRate: rate(c.answeredNotReasked + c.resolvedWithoutPerson, c.asked - c.handedOff + c.resolvedRequests),
  };
}

/** An own-data answer as a code with parameters, and its text in both languages. */
export interface OwnDataAnswer {
  code: string;
  params: Record<string, string>;
  zh: string;
  en: string;
}

/** The facts an own-data answer is made of (read from the customer's records). */
export interface OwnDataFacts {
  tier?: { name: string; nameEn: string | null; responseSlaMinutes: number; description: string | null; descriptionEn: string | null } | null;
  benefits?: { name: string; nameEn: string | null; remaining: number | null }[];
  assessment?: { level: string | null; expiresAt: Date | null; valid: boolean };
  orders?: { productName: string; status: string; amount: string }[];
  requests?: { description: string; status: string }[];
}

/** A date as the customer reads it: the calendar day in the institution's time zone. */
const day = (d: Date) => calendarDay(d);

/** The answer to an own-data question from the customer's facts (both languages; the client shows one). */
export function ownDataAnswer(intent: OwnDataIntent, f: OwnDataFacts): OwnDataAnswer {
  switch (intent) {
    case OwnDataIntent.TIER: {
      const t = f.tier;
      if (!t)
        return {
          code: 'NO_TIER',
          params: {},
          zh: '您目前还没有客户层级，资产入账后会自动评定。',
          en: 'You have no tier yet: it is set once your assets are in.',
        };
      return {
        code: 'TIER',
        params: { tier: t.name, minutes: String(t.responseSlaMinutes) },
        zh: `您目前是「${t.name}」客户，服务请求 ${t.responseSlaMinutes} 分钟内响应。${t.description ?? ''}`.trim(),
        en: `You are a ${t.nameEn ?? t.name} customer: service requests are answered within ${t.responseSlaMinutes} minutes. ${t.descriptionEn ?? ''}`.trim(),
      };
    }
    case OwnDataIntent.BENEFITS_LEFT: {
      const b = f.benefits ?? [];
      if (!b.length) return { code: 'NO_BENEFITS', params: {}, zh: '您所在层级目前没有可用权益。', en: 'Your tier has no benefits at the moment.' };
      const zh = b.map((x) => `${x.name}${x.remaining === null ? '不限次数' : `还剩 ${x.remaining} 次`}`).join('；');
      const en = b.map((x) => `${x.nameEn ?? x.name}: ${x.remaining === null ? 'unlimited' : `${x.remaining} left`}`).join('; ');
      return { code: 'BENEFITS_LEFT', params: { count: String(b.length) }, zh: `今年您的权益：${zh}。`, en: `Your benefits this year: ${en}.` };
    }
    case OwnDataIntent.ASSESSMENT: {
      const a = f.assessment;
      if (!a?.level)
        return {
          code: 'NOT_ASSESSED',
          params: {},
          zh: '您还没有做过风险测评，可在 App「我的-风险测评」完成。',
          en: 'You have not taken the risk assessment yet: find it in the app under Me › Risk assessment.',
        };
      const until = a.expiresAt ? day(a.expiresAt) : '';
      return a.valid
        ? {
            code: 'ASSESSMENT_VALID',
            params: { level: a.level, until },
            zh: `您的风险承受等级为 ${a.level}，有效期至 ${until}。`,
            en: `Your risk level is ${a.level}, valid until ${until}.`,
          }
        : {
            code: 'ASSESSMENT_EXPIRED',
            params: { level: a.level, until },
            zh: `您的风险测评（${a.level}）已于 ${until} 过期，请重新测评后再购买风险产品。`,
            en: `Your risk assessment (${a.level}) expired on ${until}: take it again before buying risk products.`,
          };
    }
    case OwnDataIntent.ORDERS: {
      const o = f.orders ?? [];
      if (!o.length) return { code: 'NO_ORDERS', params: {}, zh: '您目前没有订单。', en: 'You have no orders.' };
      return {
        code: 'ORDERS',
        params: { count: String(o.length) },
        zh: `您最近的订单：${o.map((x) => `${x.productName} ${x.amount} 元（${x.status}）`).join('；')}。`,
        en: `Your latest orders: ${o.map((x) => `${x.productName} ${x.amount} (${x.status})`).join('; ')}.`,
      };
    }
    case OwnDataIntent.REQUESTS: {
      const r = f.requests ?? [];
      if (!r.length) return { code: 'NO_REQUESTS', params: {}, zh: '您目前没有服务请求。', en: 'You have no service requests.' };
      return {
        code: 'REQUESTS',
        params: { count: String(r.length) },
        zh: `您的服务请求：${r.map((x) => `「${x.description.slice(0, 30)}」${x.status}`).join('；')}。`,
        en: `Your service requests: ${r.map((x) => `"${x.description.slice(0, 30)}" ${x.status}`).join('; ')}.`,
      };
    }
  }
}
