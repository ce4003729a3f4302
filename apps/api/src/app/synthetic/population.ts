import { DAY_MS as DAY, InvestorRiskLevel, LifeStage, Occupation } from '@tierwise/domain';

/** mulberry32: a small, fast, seeded PRNG, so that a population is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
}

/**
 * AUM is log-normal with μ and σ chosen so that 80% of customers are below 500,000 CNY and 95% below 3,000,000:
 * ln 500,000 = μ + 0.8416σ and ln 3,000,000 = μ + 1.6449σ — roughly 80% / 15% / 5% ordinary / potential / HNW.
 */
export const AUM_MU = 11.2437;
export const AUM_SIGMA = 2.2305;

const RISK = [
  [InvestorRiskLevel.C1, 15],
  [InvestorRiskLevel.C2, 30],
  [InvestorRiskLevel.C3, 30],
  [InvestorRiskLevel.C4, 18],
  [InvestorRiskLevel.C5, 7],
] as const;
const STAGE = [
  [LifeStage.YOUNG_SINGLE, 25],
  [LifeStage.MARRIED_NO_CHILDREN, 15],
  [LifeStage.MARRIED_WITH_CHILDREN, 35],
  [LifeStage.EMPTY_NEST, 13],
  [LifeStage.RETIRED, 12],
] as const;
const JOB = [
  [Occupation.EMPLOYEE, 55],
  [Occupation.BUSINESS_OWNER, 12],
  [Occupation.FREELANCER, 15],
  [Occupation.RETIRED, 12],
  [Occupation.STUDENT, 3],
  [Occupation.OTHER, 3],
] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

export interface SyntheticCustomer {
  externalRef: string;
  name: string;
  phone: string;
  idNumber: string;
  birthDate: Date;
  lifeStage: LifeStage;
  occupation: Occupation;
  riskLevel: InvestorRiskLevel;
  riskAssessedAt: Date;
  riskAssessmentExpiresAt: Date;
  annualIncome: string;
  /** AUM for each of the last `days` days, oldest first; the last is today's. */
  dailyAum: string[];
}

/** Customer number `index` of the population drawn from `seed`: the same inputs always give the same customer. */
export function syntheticCustomer(seed: number, index: number, today: Date, days = 90): SyntheticCustomer {
  const random = seededRandom(seed * 1_000_003 + index);
  const aum = Math.exp(AUM_MU + AUM_SIGMA * normal(random));
  const stage = pick(random, STAGE);
  const age =
    stage === LifeStage.RETIRED
      ? 60 + Math.floor(random() * 25)
      : stage === LifeStage.YOUNG_SINGLE
        ? 22 + Math.floor(random() * 12)
        : 30 + Math.floor(random() * 30);
  const birthDate = new Date(Date.UTC(today.getUTCFullYear() - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const assessedAt = new Date(today.getTime() - Math.floor(random() * 730) * DAY);
  // A daily random walk ending at today's AUM (±1.5% a day), so that 90-day averages differ from current AUM.
  const dailyAum = new Array<string>(days);
  let value = aum;
  for (let d = days - 1; d >= 0; d--) {
    dailyAum[d] = Math.max(0, value).toFixed(2);
    value *= 1 + (random() - 0.5) * 0.03;
  }
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  return {
    externalRef: `SYN-${String(index).padStart(8, '0')}`,
    name:
      SURNAMES[Math.floor(random() * SURNAMES.length)] +
      GIVEN[Math.floor(random() * GIVEN.length)] +
      (random() < 0.6 ? GIVEN[Math.floor(random() * GIVEN.length)] : ''),
    phone: `1${3 + Math.floor(random() * 7)}${digits(9)}`,
    idNumber: `${110101 + Math.floor(random() * 500000)}${birthDate.toISOString().slice(0, 10).replace(/-/g, '')}${digits(4)}`,
    birthDate,
    lifeStage: stage,
    occupation: age >= 60 && random() < 0.7 ? Occupation.RETIRED : pick(random, JOB),
    riskLevel: pick(random, RISK),
    riskAssessedAt: assessedAt,
    riskAssessmentExpiresAt: new Date(assessedAt.getTime() + 365 * DAY),
    annualIncome: Math.max(30000, Math.exp(11.5 + 0.8 * normal(random))).toFixed(2),
    dailyAum,
  };
}
