import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { Customer } from './customer.entity';
import { CreateCustomerArgs, CustomerFilter, UpdateCustomerArgs } from './customer.inputs';
import { CustomerService } from './customer.service';

@ObjectType('CustomerPersonalData', { description: 'Personal data in full: only through revealCustomer, which is audited' })
class CustomerPersonalData {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) idNumber!: string | null;
}

@ObjectType('SuitabilityReason')
class SuitabilityReasonType {
  @Field(() => String, { description: 'Stable code, e.g. RISK_LEVEL_EXCEEDED' }) code!: string;
  @Field(() => Boolean, { description: 'Whether this reason alone forbids the sale' }) blocking!: boolean;
  @Field(() => String) message!: string;
}

@ObjectType('SuitabilityDecision')
class SuitabilityDecisionType {
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => [SuitabilityReasonType]) reasons!: SuitabilityReasonType[];
}

@Resolver(() => Customer)
export class CustomerResolver extends createCrudResolver({
  type: Customer, plural: 'Customers', filter: CustomerFilter, createArgs: CreateCustomerArgs, updateArgs: UpdateCustomerArgs,
  service: CustomerService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @Allow(Role.ADMIN)
  @Query(() => CustomerPersonalData, { description: "A customer's name, phone and ID number in full (audited)" })
  revealCustomer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return CustomerService.reveal(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => SuitabilityDecisionType, { description: 'May this product be offered to this customer now, and why (every reason that applies)' })
  suitability(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('productId', () => ID) productId: string) {
    return CustomerService.suitability(ctx, customerId, productId);
  }
}
