import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ApiScope, Kpi } from '@tierwise/domain';
import { AllowOrScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs } from '../../common/list';
import { KpiService } from './kpi.service';
import { KpiRecordType, KpiResultType, KpiTierValueType, NeedRuleAccuracyType } from './kpi.types';

/** The plan's KPIs for the console's dashboard and for management reports (an API key of the institution's with reports:read). */
@Resolver()
export class KpiResolver {
  @AllowOrScope(Role.VIEWER, ApiScope.REPORTS_READ)
  @Query(() => [KpiResultType], {
    description:
      "Every KPI of the plan from month `from` to month `to` (YYYY-MM, Asia/Shanghai; at most 36 months), for a tier (NONE: customers without one) or for all: the last month's value against its target, the baseline, the trend by month and whether it is on track",
  })
  kpis(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('tierId', () => ID, { nullable: true }) tierId?: string | null,
  ) {
    return KpiService.kpis(ctx, from, to, tierId);
  }

  @AllowOrScope(Role.VIEWER, ApiScope.REPORTS_READ)
  @Query(() => [KpiTierValueType], { description: "One KPI's value in a month for each tier" })
  kpiByTier(@Ctx() ctx: RequestContext, @Arg('kpi', () => Kpi) kpi: Kpi, @Arg('month', () => String) month: string) {
    return KpiService.byTier(ctx, kpi, month);
  }

  @AllowOrScope(Role.VIEWER, ApiScope.REPORTS_READ)
  @Query(() => [NeedRuleAccuracyType], { description: 'The need identification accuracy of each need rule in a month (which rule is wrong)' })
  needRuleAccuracy(@Ctx() ctx: RequestContext, @Arg('month', () => String) month: string) {
    return KpiService.needRules(ctx, month);
  }

  @AllowOrScope(Role.VIEWER, ApiScope.REPORTS_READ)
  @Query(() => [KpiRecordType], {
    description: 'The records behind a KPI that falls short in a month, a page at a time (profiling, response time, high-net-worth repeat purchase, churn)',
  })
  kpiRecords(
    @Ctx() ctx: RequestContext,
    @Arg('kpi', () => Kpi) kpi: Kpi,
    @Arg('month', () => String) month: string,
    @Args(() => ListArgs) args: ListArgs,
    @Arg('tierId', () => ID, { nullable: true }) tierId?: string | null,
  ) {
    const perPage = args.perPage ?? 25;
    return KpiService.records(ctx, kpi, month, tierId, perPage, (args.page ?? 0) * perPage);
  }
}
