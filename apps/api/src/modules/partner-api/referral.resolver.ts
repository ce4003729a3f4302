import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { ReferralStatus, Role } from '../../common/enums';
import { Referral } from './referral.entity';
import { ReferralFilter } from './partner-work.inputs';
import { PartnerWorkService } from './partner-work.service';

/** The referral queue, on the institution's side. */
@Resolver(() => Referral)
export class ReferralResolver extends createReadResolver({
  type: Referral,
  plural: 'Referrals',
  filter: ReferralFilter,
  read: Role.VIEWER,
  service: PartnerWorkService.referrals,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Referral, { description: 'Move a referral through the queue: CONTACTED, CONVERTED or CLOSED' })
  setReferralStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ReferralStatus) status: ReferralStatus,
  ) {
    return PartnerWorkService.setReferralStatus(ctx, id, version, status);
  }
}
