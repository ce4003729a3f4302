import type { DataSource } from 'typeorm';
import { BehaviourType, DAY_MS } from '@tierwise/domain';
import { inTransaction, systemContext } from '../common/context';
import { ConsentKind } from '../common/enums';
import { ConsentService } from '../modules/consents';
import { Customer } from '../modules/customers';
import { CreditLineService } from '../modules/credit-lines';
import { NeedService } from '../modules/needs';
import { Product } from '../modules/products';
import { PartnerInstitution } from '../modules/partners';
import { FeedbackEvent, RecommendationService } from '../modules/recommendations';
import { seededRandom } from './synthetic/population';
import { seedHistory } from './synthetic/history';
import { seedSyntheticPopulation } from './synthetic/seed-synthetic';

/** The demo population: the same customers on every machine. */
export const DEMO_POPULATION = { customers: 300, seed: 20261201 };

/**
 * A small believable population for a first look at the console and the partner API: a few hundred customers across
 * the tiers with assessments, 90 days of AUM and holdings (the synthetic population), consents (marketing by channel;
 * data sharing with the real-estate agency and the fund manager), mortgage-rate look-ups that the plan's rule turns into
 * home-purchase needs, and some recommendation feedback. Entered through the services, so it is validated and audited.
 */
export async function seedDemoPopulation(dataSource: DataSource, now = new Date()): Promise<string> {
  const { customers } = await seedSyntheticPopulation(dataSource, { ...DEMO_POPULATION, days: 90, batchSize: 300, today: now });
  const ctx = systemContext(dataSource, 'demo');
  const random = seededRandom(DEMO_POPULATION.seed);
  const partners = new Map((await dataSource.manager.find(PartnerInstitution)).map((p) => [p.code, p.id]));
  const population = await dataSource.manager.find(Customer, { order: { externalRef: 'ASC' } });
  let sharing = 0;
  let lookUps = 0;
  await inTransaction(ctx, async (tx) => {
    for (const c of population) {
      if (random() < 0.6) await ConsentService.set(tx, c.id, ConsentKind.MARKETING_APP_PUSH, null, true, now);
      if (random() < 0.3) await ConsentService.set(tx, c.id, ConsentKind.MARKETING_SMS, null, true, now);
      for (const partner of ['LIANJIA_HOMES', 'HUAAN_FUND']) {
        if (partners.has(partner) && random() < 0.25) {
          await ConsentService.set(tx, c.id, ConsentKind.DATA_SHARING, partners.get(partner)!, true, now);
          sharing++;
        }
      }
    }
  });
  // Three mortgage-rate look-ups in the last weeks: the plan's example rule detects a home-purchase need.
  const events = population
    .filter(() => random() < 0.2)
    .flatMap((c) =>
      [1, 4, 9].map((daysAgo) => ({
        id: `demo-${c.externalRef}-mortgage-${daysAgo}`,
        customerRef: c.externalRef,
        type: BehaviourType.SEARCH,
        topic: 'mortgage_rate',
        occurredAt: new Date(now.getTime() - daysAgo * DAY_MS),
      })),
    );
  for (let i = 0; i < events.length; i += 900) {
    await NeedService.recordEvents(ctx, events.slice(i, i + 900), now);
    lookUps += Math.min(900, events.length - i);
  }
  // Recommendations shown to some customers, a few of them taken up.
  let feedback = 0;
  for (const c of population.filter(() => random() < 0.15)) {
    const [first, second] = await RecommendationService.recommend(ctx, c.id, 2, now);
    for (const pick of [first, second].filter(Boolean)) {
      await RecommendationService.feedback(ctx, c.id, pick.product.id, FeedbackEvent.SHOWN, now);
      feedback++;
    }
    if (first && random() < 0.6) await RecommendationService.feedback(ctx, c.id, first.product.id, FeedbackEvent.ACCEPTED, now);
  }
  // Credit lines for some customers, with the repayment figures the monthly review reads.
  const creditProduct = await dataSource.manager.findOneBy(Product, { code: 'CL-001' });
  let credit = 0;
  if (creditProduct) {
    const conduct: { creditLineId: string; onTimeMonths: number; overdueLast12: number }[] = [];
    await inTransaction(ctx, async (tx) => {
      for (const c of population.filter(() => random() < 0.15)) {
        const line = await CreditLineService.open(
          tx,
          { customerId: c.id, productId: creditProduct.id, creditLimit: String(20000 + Math.floor(random() * 9) * 10000) },
          now,
        );
        const late = random() < 0.1;
        conduct.push({ creditLineId: line.id, onTimeMonths: late ? 0 : Math.floor(random() * 24), overdueLast12: late ? 2 + Math.floor(random() * 3) : 0 });
        credit++;
      }
      await CreditLineService.recordConduct(tx, conduct, now);
    });
  }
  // A year of history behind them, so the KPI dashboard has a trend to show.
  const history = await seedHistory(dataSource, { months: 12, seed: DEMO_POPULATION.seed, now });
  return `a demo population of ${customers} customers (${sharing} data-sharing consents, ${lookUps / 3} with mortgage-rate look-ups, ${feedback} recommendations shown, ${credit} credit lines; 12 months of history: ${history.orders} orders, ${history.requests} service requests, ${history.messages} messages)`;
}
