import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AllowOrAdvisor } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { ConsentKind } from '../../common/enums';
import { Consent } from './consent.entity';
import { ConsentService } from './consent.service';

/** Consents given or withdrawn, and the customer's `consents` in force. */
@Resolver(() => Customer)
export class ConsentResolver {
  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
  @Mutation(() => Consent, { description: 'Record a consent given or withdrawn (marketing per channel; data sharing per partner)' })
  setConsent(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('kind', () => ConsentKind) kind: ConsentKind,
    @Arg('granted', () => Boolean) granted: boolean,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId?: string,
  ) {
    return ConsentService.set(ctx, customerId, kind, partnerId ?? null, granted);
  }

  @FieldResolver(() => [Consent], { description: 'The consents in force (latest per kind and partner)' })
  consents(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return ConsentService.current(ctx, customer.id);
  }
}
