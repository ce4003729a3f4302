import type { DataSource } from 'typeorm';
import { Customer } from '../modules/customers';
import { seedDemoPopulation } from './demo-population';
import {
  BehaviourType,
  AdvisorModel,
  BenefitCategory,
  KnowledgeStatus,
  LifeStage,
  NeedType,
  Occupation,
  PartnerKind,
  ProductStatus,
  ProductType,
  RiskLevel,
  RiskPreference,
  Role,
  ChangeResource,
  CreditRuleCondition,
} from '@tierwise/domain';
import { hashPassword } from '../common/auth';
import { newId } from '../common/persistence/columns';
import { inTransaction, systemContext, type RequestContext } from '../common/context';
import type { AppConfig } from './config';
import { BenefitService } from '../modules/benefits';
import { NeedRule, NeedService } from '../modules/needs';
import { ScenarioPackageService } from '../modules/scenarios';
import { PartnerService } from '../modules/partners';
import { type CreateProductArgs, ProductService } from '../modules/products';
import { TierService, Tier } from '../modules/tiers';
import { AssistantService, KNOWLEDGE_BASE, KnowledgeEntry } from '../modules/assistant';
import { User } from '../modules/users';
import { CreditLineRule, CreditLineService } from '../modules/credit-lines';

/** The plan's partner institutions (fictional names). */
const PARTNERS = [
  {
    code: 'HUAAN_FUND',
    name: '华安远见基金管理有限公司',
    nameEn: 'Hua An Vision Fund Management',
    kind: PartnerKind.FUND_MANAGER,
    contactEmail: 'partners@huaan-vision.example',
  },
  {
    code: 'TAIPING_LIFE',
    name: '太平康宁人寿保险',
    nameEn: 'Taiping Kangning Life Insurance',
    kind: PartnerKind.INSURER,
    contactEmail: 'bancassurance@tpkn.example',
  },
  {
    code: 'ZHONGXIN_TRUST',
    name: '中信诚家族信托',
    nameEn: 'Zhongxin Cheng Family Trust',
    kind: PartnerKind.TRUST_COMPANY,
    contactEmail: 'family-office@zxc-trust.example',
  },
  {
    code: 'LIANJIA_HOMES',
    name: '链家安居房产经纪',
    nameEn: 'Lianjia Anju Real Estate Agency',
    kind: PartnerKind.REAL_ESTATE_AGENCY,
    contactEmail: 'mortgage@anju-homes.example',
  },
  {
    code: 'NEWORIENT_EDU',
    name: '新东方启航留学服务',
    nameEn: 'New Orient Qihang Study Abroad',
    kind: PartnerKind.EDUCATION_AGENCY,
    contactEmail: 'bank@qihang-edu.example',
  },
  {
    code: 'MEINIAN_HEALTH',
    name: '美年优选健康体检',
    nameEn: 'Meinian Select Health Check-ups',
    kind: PartnerKind.HEALTHCARE,
    contactEmail: 'vip@meinian-select.example',
  },
  {
    code: 'DRAGONPASS',
    name: '龙腾出行贵宾服务',
    nameEn: 'DragonPass Travel VIP Services',
    kind: PartnerKind.TRAVEL,
    contactEmail: 'lounge@dragon-travel.example',
  },
  {
    code: 'JUNHE_LAW',
    name: '君合律师税务咨询',
    nameEn: 'Junhe Legal & Tax Advisory',
    kind: PartnerKind.LEGAL_TAX,
    contactEmail: 'private-clients@junhe-law.example',
  },
];

const TIERS = [
  {
    code: 'ORDINARY',
    name: '普通客户',
    nameEn: 'Ordinary',
    minAum: '0',
    maxAum: '500000',
    responseSlaMinutes: 120,
    advisorModel: AdvisorModel.POOLED_WEALTH_ADVISOR,
    followUpIntervalDays: null,
    description: '网点理财经理一对一服务（共享）；标准化或轻度定制产品。',
    descriptionEn: 'Wealth advisor 1-on-1 at a branch, pooled; standard or lightly tailored products.',
  },
  {
    code: 'POTENTIAL',
    name: '潜力客户',
    nameEn: 'Potential',
    minAum: '500000',
    maxAum: '3000000',
    responseSlaMinutes: 60,
    advisorModel: AdvisorModel.DEDICATED_ACCOUNT_MANAGER,
    followUpIntervalDays: 30,
    description: '专属客户经理，每月跟进一次；产品组合。',
    descriptionEn: 'Dedicated account manager with a follow-up every month; product bundles.',
  },
  {
    code: 'HNW',
    name: '高净值客户',
    nameEn: 'High net worth',
    minAum: '3000000',
    maxAum: null,
    responseSlaMinutes: 30,
    advisorModel: AdvisorModel.PRIVATE_BANKER,
    followUpIntervalDays: 90,
    description: '私人银行中心的私人银行家，上门服务，每季度一次需求访谈；定制方案。',
    descriptionEn: 'Private banker at the private-banking centre, home visits, needs interview every quarter; bespoke solutions.',
  },
];

const BENEFITS = [
  {
    code: 'POINTS_REDEMPTION',
    name: '积分兑换',
    nameEn: 'Points redemption',
    category: BenefitCategory.POINTS,
    provider: null,
    quotas: [null, null, null],
    exclusive: false,
  },
  {
    code: 'FEE_WAIVER',
    name: '手续费减免',
    nameEn: 'Fee waivers',
    category: BenefitCategory.FEE_WAIVER,
    provider: null,
    quotas: [12, 24, null],
    exclusive: false,
  },
  {
    code: 'HEALTH_CHECKUP',
    name: '健康体检',
    nameEn: 'Health check-up',
    category: BenefitCategory.HEALTH,
    provider: 'MEINIAN_HEALTH',
    quotas: [undefined, 1, 2],
    exclusive: false,
  },
  {
    code: 'AIRPORT_LOUNGE',
    name: '机场贵宾厅',
    nameEn: 'Airport VIP lounge',
    category: BenefitCategory.TRAVEL,
    provider: 'DRAGONPASS',
    quotas: [undefined, 4, 12],
    exclusive: false,
  },
  {
    code: 'STUDY_ABROAD_CONSULTING',
    name: '子女留学咨询',
    nameEn: "Children's study-abroad consulting",
    category: BenefitCategory.EDUCATION,
    provider: 'NEWORIENT_EDU',
    quotas: [undefined, undefined, 2],
    exclusive: true,
  },
  {
    code: 'GLOBAL_ASSET_ALLOCATION',
    name: '全球资产配置建议',
    nameEn: 'Global asset-allocation advice',
    category: BenefitCategory.ADVISORY,
    provider: null,
    quotas: [undefined, undefined, 4],
    exclusive: true,
  },
  {
    code: 'LEGAL_TAX_ADVISORY',
    name: '法律税务咨询',
    nameEn: 'Legal and tax advisory',
    category: BenefitCategory.LEGAL_TAX,
    provider: 'JUNHE_LAW',
    quotas: [undefined, undefined, 2],
    exclusive: true,
  },
] as const;

type SeedProduct = Omit<CreateProductArgs, 'eligibleTierIds' | 'componentIds' | 'issuerId'> & { tiers: string[]; issuer?: string; components?: string[] };
const ALL = ['ORDINARY', 'POTENTIAL', 'HNW'];
const UP_FROM_POTENTIAL = ['POTENTIAL', 'HNW'];
const { CONSERVATIVE, STEADY, BALANCED, AGGRESSIVE } = RiskPreference;

const PRODUCTS: SeedProduct[] = [
  {
    code: 'WM-FLEX-001',
    revenueRate: '0.50',
    name: '灵活期限理财',
    nameEn: 'Flexible-term wealth product',
    type: ProductType.WEALTH_PRODUCT,
    riskLevel: RiskLevel.R2,
    minInvestment: '10000.00',
    expectedReturnMin: '2.30',
    expectedReturnMax: '3.10',
    tiers: ALL,
    targetRiskPreferences: [CONSERVATIVE, STEADY],
    targetNeeds: [NeedType.WEALTH_GROWTH],
  },
  {
    code: 'MMF-001',
    revenueRate: '0.25',
    name: '天天利货币基金',
    nameEn: 'Daily money-market fund',
    type: ProductType.MONEY_MARKET_FUND,
    riskLevel: RiskLevel.R1,
    minInvestment: '1.00',
    expectedReturnMin: '1.50',
    expectedReturnMax: '2.00',
    issuer: 'HUAAN_FUND',
    tiers: ALL,
    targetRiskPreferences: [CONSERVATIVE],
  },
  {
    code: 'DEP-CD-001',
    revenueRate: '1.20',
    name: '大额存单（三年）',
    nameEn: 'Large certificate of deposit (3 years)',
    type: ProductType.DEPOSIT,
    riskLevel: RiskLevel.R1,
    minInvestment: '200000.00',
    termDays: 1095,
    expectedReturnMin: '2.15',
    expectedReturnMax: '2.15',
    tiers: ALL,
    targetRiskPreferences: [CONSERVATIVE, STEADY],
    targetLifeStages: [LifeStage.RETIRED, LifeStage.EMPTY_NEST],
  },
  {
    code: 'FUND-BOND-001',
    revenueRate: '0.80',
    name: '安心纯债基金',
    nameEn: 'Steady pure bond fund',
    type: ProductType.FUND,
    riskLevel: RiskLevel.R2,
    minInvestment: '1000.00',
    expectedReturnMin: '3.00',
    expectedReturnMax: '4.50',
    issuer: 'HUAAN_FUND',
    tiers: ALL,
    targetRiskPreferences: [STEADY],
    targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN],
  },
  {
    code: 'FUND-BAL-001',
    revenueRate: '1.20',
    name: '均衡配置混合基金',
    nameEn: 'Balanced allocation fund',
    type: ProductType.FUND,
    riskLevel: RiskLevel.R3,
    minInvestment: '1000.00',
    expectedReturnMin: '4.00',
    expectedReturnMax: '8.00',
    issuer: 'HUAAN_FUND',
    tiers: ALL,
    targetRiskPreferences: [BALANCED],
  },
  {
    code: 'FUND-EQ-001',
    revenueRate: '1.50',
    name: '成长优选股票基金',
    nameEn: 'Growth select equity fund',
    type: ProductType.FUND,
    riskLevel: RiskLevel.R4,
    minInvestment: '1000.00',
    expectedReturnMin: '6.00',
    expectedReturnMax: '15.00',
    issuer: 'HUAAN_FUND',
    tiers: ALL,
    targetRiskPreferences: [AGGRESSIVE],
    targetLifeStages: [LifeStage.YOUNG_SINGLE],
  },
  {
    code: 'INS-CI-001',
    revenueRate: '15.00',
    name: '康宁重疾保障',
    nameEn: 'Kangning critical-illness cover',
    type: ProductType.INSURANCE,
    riskLevel: RiskLevel.R1,
    minInvestment: '3000.00',
    termDays: 7300,
    issuer: 'TAIPING_LIFE',
    tiers: ALL,
    targetNeeds: [NeedType.RISK_PROTECTION],
    targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN, LifeStage.MARRIED_NO_CHILDREN],
  },
  {
    code: 'INS-EDU-001',
    revenueRate: '12.00',
    name: '育才教育金保险',
    nameEn: 'Yucai education savings insurance',
    type: ProductType.INSURANCE,
    riskLevel: RiskLevel.R1,
    minInvestment: '10000.00',
    termDays: 5475,
    issuer: 'TAIPING_LIFE',
    tiers: ALL,
    targetNeeds: [NeedType.EDUCATION],
    targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN],
    targetRiskPreferences: [STEADY],
  },
  {
    code: 'BUNDLE-WI-001',
    revenueRate: '1.00',
    name: '稳健理财+保障组合',
    nameEn: 'Steady wealth + protection bundle',
    type: ProductType.BUNDLE,
    riskLevel: RiskLevel.R2,
    minInvestment: '50000.00',
    tiers: UP_FROM_POTENTIAL,
    components: ['WM-FLEX-001', 'INS-CI-001'],
    targetRiskPreferences: [STEADY],
    targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN],
    targetOccupations: [Occupation.EMPLOYEE],
    targetNeeds: [NeedType.EDUCATION, NeedType.RISK_PROTECTION],
  },
  {
    code: 'CL-001',
    revenueRate: '3.00',
    name: '随心贷个人信用额度',
    nameEn: 'Flexible personal credit line',
    type: ProductType.CREDIT_LINE,
    riskLevel: RiskLevel.R1,
    minInvestment: '10000.00',
    tiers: ALL,
    targetOccupations: [Occupation.EMPLOYEE, Occupation.FREELANCER],
  },
  {
    code: 'MTG-001',
    revenueRate: '1.20',
    name: '安居住房按揭贷款',
    nameEn: 'Anju home mortgage',
    type: ProductType.MORTGAGE,
    riskLevel: RiskLevel.R1,
    minInvestment: '100000.00',
    termDays: 10950,
    tiers: ALL,
    targetNeeds: [NeedType.HOME_PURCHASE],
    targetLifeStages: [LifeStage.YOUNG_SINGLE, LifeStage.MARRIED_NO_CHILDREN, LifeStage.MARRIED_WITH_CHILDREN],
  },
  {
    code: 'PE-001',
    revenueRate: '2.00',
    name: '远见私募股权基金一期',
    nameEn: 'Vision private equity fund I',
    type: ProductType.PRIVATE_FUND,
    riskLevel: RiskLevel.R5,
    minInvestment: '1000000.00',
    termDays: 2555,
    expectedReturnMin: '8.00',
    expectedReturnMax: '20.00',
    issuer: 'HUAAN_FUND',
    tiers: ['HNW'],
    requiresQualifiedInvestor: true,
    coolingOffHours: 24,
    targetRiskPreferences: [AGGRESSIVE],
    targetNeeds: [NeedType.WEALTH_GROWTH],
  },
  {
    code: 'TRUST-FAM-001',
    revenueRate: '1.00',
    name: '传承家族信托（十年）',
    nameEn: 'Legacy family trust (10 years)',
    type: ProductType.FAMILY_TRUST,
    riskLevel: RiskLevel.R3,
    minInvestment: '10000000.00',
    termDays: 3650,
    issuer: 'ZHONGXIN_TRUST',
    tiers: ['HNW'],
    requiresQualifiedInvestor: true,
    coolingOffHours: 24,
    targetNeeds: [NeedType.WEALTH_TRANSFER],
    targetLifeStages: [LifeStage.EMPTY_NEST, LifeStage.RETIRED],
  },
  {
    code: 'LOAN-BIZ-001',
    revenueRate: '2.50',
    name: '企业主经营贷',
    nameEn: 'Business-owner operating loan',
    type: ProductType.LOAN,
    riskLevel: RiskLevel.R1,
    minInvestment: '500000.00',
    termDays: 1825,
    tiers: ['HNW'],
    targetOccupations: [Occupation.BUSINESS_OWNER],
    targetNeeds: [NeedType.BUSINESS_FINANCING],
  },
];

/** Credit-line rules a bank starts with (editable in the console, under four eyes). */
export const DEFAULT_CREDIT_LINE_RULES = [
  {
    code: 'CL-ON-TIME-12',
    name: '连续12个月按时还款提额15%',
    nameEn: '12 months repaid on time: +15%',
    condition: CreditRuleCondition.ON_TIME_MONTHS,
    threshold: '12',
    changePercent: '15',
    maxLimit: '300000',
    priority: 20,
  },
  {
    code: 'CL-INCOME-UP',
    name: '收入增长20%以上提额10%',
    nameEn: 'Income up 20% or more: +10%',
    condition: CreditRuleCondition.INCOME_CHANGE,
    threshold: '20',
    changePercent: '10',
    maxLimit: '300000',
    priority: 30,
  },
  {
    code: 'CL-LATE-2',
    name: '一年内逾期2次及以上降额30%',
    nameEn: 'Two or more late repayments in a year: −30%',
    condition: CreditRuleCondition.OVERDUE,
    threshold: '2',
    changePercent: '-30',
    minLimit: '5000',
    priority: 10,
  },
  {
    code: 'CL-INCOME-DOWN',
    name: '收入下降30%以上降额20%',
    nameEn: 'Income down 30% or more: −20%',
    condition: CreditRuleCondition.INCOME_CHANGE,
    threshold: '-30',
    changePercent: '-20',
    minLimit: '5000',
    priority: 10,
  },
];

/**
 * Need rules a bank starts with (editable in the console). The plan's example is the first: repeated mortgage-rate
 * look-ups → a home-purchase need.
 */
export const DEFAULT_NEED_RULES = [
  {
    code: 'MORTGAGE-RATE-LOOKUPS',
    name: '多次查询房贷利率',
    nameEn: 'Repeated mortgage-rate look-ups',
    eventType: null,
    topic: 'mortgage_rate',
    minEvents: 3,
    windowDays: 30,
    need: NeedType.HOME_PURCHASE,
    weight: 80,
  },
  {
    code: 'PROPERTY-BROWSING',
    name: '浏览房产资讯',
    nameEn: 'Browsing property listings',
    eventType: BehaviourType.PAGE_VIEW,
    topic: 'property_listing',
    minEvents: 5,
    windowDays: 30,
    need: NeedType.HOME_PURCHASE,
    weight: 60,
  },
  {
    code: 'STUDY-ABROAD-INTEREST',
    name: '关注留学资讯',
    nameEn: 'Study-abroad interest',
    eventType: null,
    topic: 'study_abroad',
    minEvents: 3,
    windowDays: 60,
    need: NeedType.STUDY_ABROAD,
    weight: 70,
  },
  {
    code: 'EDUCATION-PLANNER',
    name: '使用教育金规划工具',
    nameEn: 'Used the education-fund planner',
    eventType: BehaviourType.CALCULATOR_USE,
    topic: 'education_fund',
    minEvents: 1,
    windowDays: 90,
    need: NeedType.EDUCATION,
    weight: 60,
  },
  {
    code: 'PENSION-INTEREST',
    name: '关注养老金',
    nameEn: 'Pension interest',
    eventType: null,
    topic: 'pension',
    minEvents: 3,
    windowDays: 60,
    need: NeedType.RETIREMENT,
    weight: 60,
  },
  {
    code: 'RETIREMENT-PLANNER',
    name: '使用养老规划工具',
    nameEn: 'Used the retirement calculator',
    eventType: BehaviourType.CALCULATOR_USE,
    topic: 'retirement_plan',
    minEvents: 1,
    windowDays: 90,
    need: NeedType.RETIREMENT,
    weight: 70,
  },
  {
    code: 'CRITICAL-ILLNESS',
    name: '了解重疾保障',
    nameEn: 'Critical-illness cover research',
    eventType: null,
    topic: 'critical_illness',
    minEvents: 2,
    windowDays: 30,
    need: NeedType.RISK_PROTECTION,
    weight: 60,
  },
  {
    code: 'BUSINESS-LOAN',
    name: '了解经营贷款',
    nameEn: 'Business-loan research',
    eventType: null,
    topic: 'business_loan',
    minEvents: 2,
    windowDays: 30,
    need: NeedType.BUSINESS_FINANCING,
    weight: 70,
  },
  {
    code: 'FAMILY-TRUST-CONSULT',
    name: '咨询家族信托',
    nameEn: 'Family-trust consultation',
    eventType: BehaviourType.CONSULTATION,
    topic: 'family_trust',
    minEvents: 1,
    windowDays: 90,
    need: NeedType.WEALTH_TRANSFER,
    weight: 80,
  },
  {
    code: 'FUND-RESEARCH',
    name: '频繁查看基金业绩',
    nameEn: 'Frequent fund-performance checks',
    eventType: null,
    topic: 'fund_performance',
    minEvents: 5,
    windowDays: 30,
    need: NeedType.WEALTH_GROWTH,
    weight: 50,
  },
];

/** The plan's one-stop scenarios with partner institutions. */
const SCENARIOS = [
  {
    code: 'HOME-PURCHASE',
    name: '安家置业一站式',
    nameEn: 'Home purchase, one stop',
    need: NeedType.HOME_PURCHASE,
    description: '银行房贷预审批、合作机构的房产咨询，以及家庭保障。',
    descriptionEn: 'Mortgage pre-approval with the bank, property consulting with a partner agency, and protection for the family.',
    products: ['MTG-001', 'INS-CI-001'],
    partners: ['LIANJIA_HOMES'],
    benefits: ['FEE_WAIVER'],
  },
  {
    code: 'STUDY-ABROAD',
    name: '留学无忧',
    nameEn: 'Study abroad',
    need: NeedType.STUDY_ABROAD,
    description: '留学资金安排与教育储蓄计划，合作机构协助签证与择校。',
    descriptionEn: 'Study-abroad finance and an education savings plan, with visa and school help from a partner agency.',
    products: ['INS-EDU-001', 'FUND-BOND-001'],
    partners: ['NEWORIENT_EDU'],
    benefits: ['STUDY_ABROAD_CONSULTING'],
  },
  {
    code: 'RETIREMENT',
    name: '乐享养老',
    nameEn: 'Retirement',
    need: NeedType.RETIREMENT,
    description: '稳健收益产品与养老健康保障，每年一次健康体检。',
    descriptionEn: 'Steady income products and health cover for retirement, with yearly health check-ups.',
    products: ['FUND-BOND-001', 'INS-CI-001', 'WM-FLEX-001'],
    partners: ['TAIPING_LIFE', 'MEINIAN_HEALTH'],
    benefits: ['HEALTH_CHECKUP'],
  },
];

export interface DemoOptions {
  productCopies?: number;
}

/**
 * Demo data from the plan, entered through the same services as the console (validated and audited),
 * into an empty database only. Always makes sure the configured admin exists.
 */
export async function seed(
  dataSource: DataSource,
  config: Pick<AppConfig, 'adminEmail' | 'adminPassword' | 'production' | 'seedDemoData'> & { seedDemoPopulation?: boolean },
): Promise<string | null> {
  const ctx = systemContext(dataSource, 'system');
  const done: string[] = [];
  const firstStart = !(await dataSource.manager.existsBy(User, { email: config.adminEmail }));
  if (firstStart && (await dataSource.manager.count(NeedRule)) === 0) {
    await inTransaction(ctx, async (tx) => {
      for (const rule of DEFAULT_NEED_RULES) await NeedService.rules.create(tx, rule);
    });
    done.push(`${DEFAULT_NEED_RULES.length} default need rules`);
  }
  if (firstStart && (await dataSource.manager.count(CreditLineRule)) === 0) {
    await inTransaction(ctx, async (tx) => {
      for (const rule of DEFAULT_CREDIT_LINE_RULES) await CreditLineService.rules.create(tx, rule);
    });
    done.push(`${DEFAULT_CREDIT_LINE_RULES.length} default credit-line rules`);
  }
  if (firstStart) {
    await dataSource.manager.insert(User, {
      id: newId(),
      email: config.adminEmail,
      displayName: '李静 (Li Jing)',
      role: Role.ADMIN,
      approves: [],
      passwordHash: await hashPassword(config.adminPassword),
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    done.push(`created admin ${config.adminEmail}`);
    if (!config.production) {
      // The product manager makes changes; the checker approves them (four eyes); the viewer reads.
      for (const [email, role, displayName, approves] of [
        ['pm@tierwise.local', Role.PRODUCT_MANAGER, '王敏 (Wang Min)', []],
        ['checker@tierwise.local', Role.PRODUCT_MANAGER, '赵磊 (Zhao Lei)', Object.values(ChangeResource)],
        ['viewer@tierwise.local', Role.VIEWER, '陈晨 (Chen Chen)', []],
      ] as const) {
        if (await dataSource.manager.existsBy(User, { email })) continue;
        await dataSource.manager.insert(User, {
          id: newId(),
          email,
          role,
          displayName,
          approves: [...approves],
          passwordHash: await hashPassword('tierwise-demo'),
          createdAt: new Date(),
          updatedAt: new Date(),
        });
      }
      done.push('demo users pm@, checker@ (approves changes) and viewer@tierwise.local (password "tierwise-demo")');
    }
  }
  // The smart customer service's knowledge base, in force, into a database without one.
  if (config.seedDemoData && (await dataSource.manager.count(KnowledgeEntry)) === 0) {
    await inTransaction(ctx, async (tx) => {
      for (const e of KNOWLEDGE_BASE)
        await AssistantService.create(tx, {
          code: e.code,
          name: e.zh[0],
          nameEn: e.en[0],
          topic: e.topic,
          status: KnowledgeStatus.ACTIVE,
          variants: e.zh.slice(1),
          variantsEn: e.en.slice(1),
          answer: e.answer,
          answerEn: e.answerEn,
        });
    });
    done.push(`seeded the knowledge base (${KNOWLEDGE_BASE.length} questions in Chinese and English)`);
  }
  if (config.seedDemoData && (await dataSource.manager.count(Tier)) === 0) {
    await inTransaction(ctx, (tx) => seedCatalogue(tx));
    done.push(`seeded the demo catalogue (${TIERS.length} tiers, ${BENEFITS.length} benefits, ${PRODUCTS.length} products, ${PARTNERS.length} partners)`);
    // Customers only with the catalogue they are tiered on, into an empty database, and never in production.
    if (config.seedDemoPopulation && !config.production && (await dataSource.manager.count(Customer)) === 0) done.push(await seedDemoPopulation(dataSource));
  }
  // Products from before their terms were kept get their current terms as a revision (idempotent, every start).
  const kept = await ProductService.keepCurrentTerms(ctx);
  if (kept) done.push(`kept the current terms of ${kept} products`);
  return done.length ? done.join('; ') : null;
}

async function seedCatalogue(tx: RequestContext, options: DemoOptions = {}): Promise<void> {
  const partnerIds = new Map<string, string>();
  for (const p of PARTNERS) partnerIds.set(p.code, (await PartnerService.create(tx, p)).id);

  // Tiers go in one at a time, each new one taking the top of the range from the one below.
  const tiers: Tier[] = [];
  for (const [i, t] of TIERS.entries()) {
    const below = tiers[i - 1];
    const adjustments = below ? [{ id: below.id, version: below.version, minAum: below.minAum, maxAum: t.minAum }] : [];
    tiers.push(await TierService.create(tx, { ...t, maxAum: null, adjustments }));
    if (below) tiers[i - 1] = await TierService.get(tx, below.id);
  }
  const tierIds = new Map(tiers.map((t) => [t.code, t.id]));

  const benefitIds = new Map<string, string>();
  for (const b of BENEFITS) {
    const created = await BenefitService.create(tx, {
      code: b.code,
      name: b.name,
      nameEn: b.nameEn,
      category: b.category,
      providerId: b.provider ? partnerIds.get(b.provider) : null,
    });
    benefitIds.set(b.code, created.id);
  }
  for (const [i, tier] of tiers.entries()) {
    const entitlements = BENEFITS.filter((b) => b.quotas[i] !== undefined).map((b) => ({
      benefitId: benefitIds.get(b.code)!,
      annualQuota: b.quotas[i] ?? null,
      exclusive: b.exclusive,
    }));
    await TierService.setBenefits(tx, tier.id, tier.version, entitlements);
  }

  const productIds = new Map<string, string>();
  for (let copy = 0; copy < (options.productCopies ?? 1); copy++) {
    for (const { tiers: eligible, issuer, components, ...p } of PRODUCTS) {
      const suffix = copy === 0 ? '' : `-C${copy}`;
      const created = await ProductService.create(tx, {
        ...p,
        code: `${p.code}${suffix}`,
        status: ProductStatus.ACTIVE,
        issuerId: issuer ? partnerIds.get(issuer) : null,
        eligibleTierIds: eligible.map((code) => tierIds.get(code)!),
        componentIds: components?.map((code) => productIds.get(`${code}${suffix}`)!),
        saleStartsAt: new Date('2026-01-01T00:00:00.000Z'),
      });
      productIds.set(created.code, created.id);
    }
  }

  for (const { products, partners, benefits, ...pkg } of SCENARIOS) {
    await ScenarioPackageService.create(tx, {
      ...pkg,
      productIds: products.map((c) => productIds.get(c)!),
      partnerIds: partners.map((c) => partnerIds.get(c)!),
      benefitIds: benefits.map((c) => benefitIds.get(c)!),
    });
  }
}

/** The demo catalogue scaled up (products copied `productCopies` times), for benchmarks. */
export async function seedScaledCatalogue(dataSource: DataSource, productCopies: number): Promise<void> {
  const ctx = systemContext(dataSource, 'system');
  await inTransaction(ctx, (tx) => seedCatalogue(tx, { productCopies }));
}
