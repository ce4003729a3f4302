import { In } from 'typeorm';
import { calendarDay, formatAmount, GoalKind, Language, ProposalKind, ProposalRole, RiskLevel } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { institutionTimeZone } from '../../common/institution';
import { Customer } from '../customers';
import { OrderService } from '../orders';
import { Product } from '../products';
import type { Proposal } from './wealth-planning.entity';
import { WealthPlanningService } from './wealth-planning.service';

type Text = Record<Language, string>;
const t = (zh: string, en: string): Text => ({ zh, en });

const GOALS: Record<GoalKind, Text> = {
  WEALTH_TRANSFER: t('财富传承', 'Wealth transfer'),
  EDUCATION: t('子女教育', 'Education'),
  RETIREMENT: t('养老规划', 'Retirement'),
  HOME_PURCHASE: t('购房', 'Home purchase'),
  WEALTH_GROWTH: t('财富增值', 'Wealth growth'),
  PROTECTION: t('家庭保障', 'Protection'),
  BUSINESS_FINANCING: t('经营融资', 'Business financing'),
};
const ROLES: Record<ProposalRole, { name: Text; why: Text }> = {
  CORE: { name: t('稳健核心', 'Core'), why: t('以本金稳定为主，承担方案的大部分资金。', 'Keeps most of the money steady; the base of the plan.') },
  INCOME: { name: t('收益增强', 'Income'), why: t('在可接受的波动内争取高于存款的回报。', 'Aims above deposit rates within a moderate swing.') },
  GROWTH: { name: t('长期增长', 'Growth'), why: t('为长期目标争取增长，短期可能下跌。', 'Seeks growth for the long goal; it can fall in the short run.') },
  PROTECTION: { name: t('风险保障', 'Protection'), why: t('为家庭和传承安排保障与隔离。', 'Protects the family and ring-fences what is passed on.') },
  LIQUIDITY: { name: t('流动性', 'Liquidity'), why: t('随时可用的资金，应对日常与意外支出。', 'Money at hand for everyday and unexpected needs.') },
};
const RISKS: Record<RiskLevel, Text> = {
  R1: t('R1 低风险：本金损失的可能很小，收益也较低。', 'R1 low: losing capital is unlikely; returns are modest.'),
  R2: t('R2 中低风险：价值会小幅波动，极少出现本金亏损。', 'R2 medium-low: small swings in value; capital losses are rare.'),
  R3: t('R3 中风险：价值会波动，可能出现本金亏损。', 'R3 medium: the value swings and capital can be lost.'),
  R4: t('R4 中高风险：价值波动较大，可能出现较大亏损。', 'R4 medium-high: large swings; sizeable losses are possible.'),
  R5: t('R5 高风险：价值可能大幅下跌，甚至损失大部分本金。', 'R5 high: the value can fall steeply, even losing most of the capital.'),
};
const L = {
  title: t('专属方案', 'Proposal'),
  revision: t('版本', 'Revision'),
  prepared: t('制作人', 'Prepared by'),
  date: t('日期', 'Date'),
  validUntil: t('有效期至', 'Valid until'),
  customer: t('客户', 'Customer'),
  goal: t('目标', 'Goal'),
  target: t('目标金额', 'Target'),
  horizon: t('期限', 'Horizon'),
  years: t('年', 'years'),
  liquidity: t('需保持的流动性', 'Kept at hand'),
  what: t('配置内容', 'What'),
  product: t('产品', 'Product'),
  role: t('作用', 'Role'),
  amount: t('金额（元）', 'Amount (CNY)'),
  term: t('期限（月）', 'Term (months)'),
  openEnded: t('开放式', 'open-ended'),
  risk: t('风险等级', 'Risk'),
  returns: t('预期年化区间', 'Expected yearly range'),
  why: t('为什么', 'Why'),
  aboveLevel: t(
    '高于您的风险承受能力：须阅读并确认特别风险提示后方可购买。',
    'Above your risk tolerance: you may buy it only after reading and confirming the special risk warning.',
  ),
  withinLevel: t('在您的风险承受能力之内。', 'Within your risk tolerance.'),
  allocation: t('风险分布', 'By risk level'),
  outcome: t('到期预测', 'Projected outcome'),
  low: t('保守', 'Low'),
  expected: t('预期', 'Expected'),
  high: t('乐观', 'High'),
  nominal: t('届时金额', 'Money of then'),
  real: t('折合今日购买力', "In today's money"),
  inflation: t('假设年通胀', 'Assumed yearly inflation'),
  reaches: t('预期结果可达成目标。', 'The expected outcome reaches the target.'),
  falls: t('预期结果未达目标，可考虑增加投入或延长期限。', 'The expected outcome falls short: consider investing more or a longer horizon.'),
  risks: t('风险说明', 'The risks in plain words'),
  notPromise: t(
    '以上预测按各产品的预期收益区间逐年复利估算，期限短于目标期限的产品假设按相同收益续投；预测不是承诺，理财非存款，产品有风险，投资须谨慎。',
    "The projection compounds each product's expected yearly range; a product whose term ends first is assumed rolled over at the same rate. A projection is no promise: investments are not deposits, and they carry risk.",
  ),
  warnings: t('特别风险提示', 'Special risk warnings'),
  warningMissing: t(
    '该产品的特别风险提示尚未发布：下单前须发布并由客户阅读确认。',
    'Its special risk warning is not published yet: it must be, and the customer must read and confirm it, before the order.',
  ),
  loan: t('组合贷款', 'Combined loan'),
  purpose: t('用途', 'Purpose'),
  BUSINESS: t('经营贷', 'Business loan'),
  CONSUMER: t('消费贷', 'Consumer loan'),
  rate: t('年利率', 'Yearly rate'),
  months: t('期数（月）', 'Months'),
  firstInstalment: t('首月月供', 'First instalment'),
  totalInterest: t('总利息', 'Total interest'),
  combined: t('合计首月月供', 'Combined first instalment'),
  peak: t('最高月供', 'Highest monthly instalment'),
  loanRisk: t(
    '贷款须按期偿还，逾期将产生罚息并影响征信；经营贷资金不得用于购房、投资等禁止用途。',
    'Loans must be repaid on time: late payment costs penalty interest and harms your credit record. A business loan may not pay for a home or investments.',
  ),
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const money = (s: string) => escape(formatAmount(s));

/**
 * The summary a banker prints (or saves as PDF) for the customer meeting: what the plan holds and why, the risks in plain
 * words, the projected outcome, and the special risk warning of each line above the customer's level — in Chinese,
 * English, or both (Chinese first). Self-contained HTML with print styles; the customer's name masked like everywhere.
 */
export async function proposalSummaryHtml(ctx: RequestContext, proposal: Proposal, language?: Language): Promise<string> {
  const goal = await WealthPlanningService.goalOf(ctx, proposal);
  const customer = await ctx.manager.findOneBy(Customer, { id: proposal.customerId });
  const lines = await WealthPlanningService.lines(ctx, proposal.id);
  const productIds = [...lines.map((l) => l.productId), ...proposal.loanParts.map((p) => p.productId)];
  const products = new Map((productIds.length ? await ctx.manager.findBy(Product, { id: In(productIds) }) : []).map((p) => [p.id, p]));
  const projection = await WealthPlanningService.projection(ctx, proposal);
  const allocation = await WealthPlanningService.allocation(ctx, proposal);
  const schedule = WealthPlanningService.schedule(proposal);
  const warned = lines.filter((l) => l.check.gate === 'WARNING_REQUIRED');
  const warnings = new Map<string, { textZh: string; textEn: string } | null>();
  for (const l of warned) warnings.set(l.productId, await OrderService.warning(ctx, l.productId));
  const zone = institutionTimeZone();
  const day = (d: Date | null) => (d ? calendarDay(d, zone) : '—');

  const section = (lang: Language) => {
    const x = (text: Text) => escape(text[lang]);
    const name = (id: string) => {
      const p = products.get(id);
      return escape((lang === 'en' ? (p?.nameEn ?? p?.name) : p?.name) ?? id);
    };
    const parts: string[] = [];
    parts.push(`<section lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
    parts.push(`<h1>${x(L.title)} · ${x(GOALS[goal.kind])}</h1>`);
    parts.push(
      `<p class="meta">${x(L.customer)}: ${escape(customer?.maskedName ?? '')} · ${x(L.revision)} ${proposal.revision} · ${x(L.prepared)}: ${escape(proposal.preparedBy)} · ${x(L.date)}: ${day(proposal.presentedAt ?? proposal.createdAt)}${proposal.validUntil ? ` · ${x(L.validUntil)}: ${day(proposal.validUntil)}` : ''}</p>`,
    );
    parts.push(
      `<h2>${x(L.goal)}</h2><p>${x(L.target)}: ${money(goal.targetAmount)} · ${x(L.horizon)}: ${goal.horizonYears} ${x(L.years)} · ${x(L.liquidity)}: ${goal.liquidityPercent}%</p>`,
    );
    if (proposal.kind === ProposalKind.INVESTMENT) {
      parts.push(
        `<h2>${x(L.what)}</h2><table><thead><tr><th>${x(L.product)}</th><th>${x(L.role)}</th><th class="n">${x(L.amount)}</th><th class="n">${x(L.term)}</th><th>${x(L.risk)}</th><th class="n">${x(L.returns)}</th><th>${x(L.why)}</th></tr></thead><tbody>`,
      );
      for (const l of lines)
        parts.push(
          `<tr><td>${name(l.productId)}</td><td>${x(ROLES[l.role].name)}</td><td class="n">${money(l.amount)}</td><td class="n">${l.termMonths ?? x(L.openEnded)}</td><td>${l.riskLevel}</td><td class="n">${escape(l.returnLow)}% – ${escape(l.returnHigh)}%</td><td>${x(ROLES[l.role].why)} ${x(l.check.gate === 'WARNING_REQUIRED' ? L.aboveLevel : L.withinLevel)}</td></tr>`,
        );
      parts.push('</tbody></table>');
      parts.push(`<h2>${x(L.allocation)}</h2><p>${allocation.map((a) => `${a.riskLevel} ${escape(a.percent)}% (${money(a.amount)})`).join(' · ')}</p>`);
      if (projection)
        parts.push(
          `<h2>${x(L.outcome)}</h2><table><thead><tr><th></th><th class="n">${x(L.low)}</th><th class="n">${x(L.expected)}</th><th class="n">${x(L.high)}</th></tr></thead><tbody><tr><td>${x(L.nominal)}</td><td class="n">${money(projection.low)}</td><td class="n">${money(projection.expected)}</td><td class="n">${money(projection.high)}</td></tr><tr><td>${x(L.real)}</td><td class="n">${money(projection.lowReal)}</td><td class="n">${money(projection.expectedReal)}</td><td class="n">${money(projection.highReal)}</td></tr></tbody></table><p>${x(L.inflation)}: ${escape(proposal.inflation)}% · ${x(projection.reachesTarget ? L.reaches : L.falls)}</p>`,
        );
      parts.push(`<h2>${x(L.risks)}</h2><ul>${allocation.map((a) => `<li>${x(RISKS[a.riskLevel])}</li>`).join('')}<li>${x(L.notPromise)}</li></ul>`);
      if (warned.length) {
        parts.push(`<h2>${x(L.warnings)}</h2>`);
        for (const l of warned) {
          const w = warnings.get(l.productId);
          parts.push(`<div class="warning"><h3>${name(l.productId)}</h3><p>${w ? escape(lang === 'zh' ? w.textZh : w.textEn) : x(L.warningMissing)}</p></div>`);
        }
      }
    } else if (schedule) {
      parts.push(
        `<h2>${x(L.loan)}</h2><table><thead><tr><th>${x(L.purpose)}</th><th>${x(L.product)}</th><th class="n">${x(L.amount)}</th><th class="n">${x(L.rate)}</th><th class="n">${x(L.months)}</th><th class="n">${x(L.firstInstalment)}</th><th class="n">${x(L.totalInterest)}</th></tr></thead><tbody>`,
      );
      proposal.loanParts.forEach((p, i) => {
        const s = schedule.parts[i];
        const purpose = p.purpose === 'BUSINESS' ? L.BUSINESS : L.CONSUMER;
        parts.push(
          `<tr><td>${x(purpose)}</td><td>${name(p.productId)}</td><td class="n">${money(p.principal)}</td><td class="n">${escape(p.annualRate)}%</td><td class="n">${p.months}</td><td class="n">${money(s.firstInstalment)}</td><td class="n">${money(s.totalInterest)}</td></tr>`,
        );
      });
      parts.push(
        `</tbody></table><p>${x(L.combined)}: ${money(schedule.combined[0]?.instalment ?? '0')} · ${x(L.peak)}: ${money(schedule.peakInstalment)} · ${x(L.totalInterest)}: ${money(schedule.totalInterest)}</p>`,
      );
      parts.push(`<h2>${x(L.risks)}</h2><ul><li>${x(L.loanRisk)}</li></ul>`);
    }
    parts.push('</section>');
    return parts.join('\n');
  };

  const languages: Language[] = language ? [language] : [Language.zh, Language.en];
  return [
    '<!DOCTYPE html>',
    `<html lang="${languages[0] === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escape(L.title[languages[0]])} ${proposal.revision}</title>`,
    '<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",Arial,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:16px;margin-top:20px;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;font-size:12px}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}.n{text-align:right;white-space:nowrap}.meta{color:#555;font-size:12px}.warning{border:2px solid #b00;padding:8px;margin:8px 0}section+section{page-break-before:always}@media print{body{margin:0}}</style>',
    '</head><body>',
    ...languages.map(section),
    '</body></html>',
  ].join('\n');
}
