import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertBatchSize, assertListSize, badInput, MAX_BATCH } from '../../common/errors';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { Customer } from './customer.entity';
import { AumSnapshotInput, CreateCustomerArgs, CustomerFilter, CustomerUpsertInput, HoldingInput, UpdateCustomerArgs } from './customer.inputs';
import { Holding } from './holding.entity';
import { CustomerService } from './customer.service';
import { BatchResult, CustomerPersonalData } from './customer.types';

@Resolver(() => Customer)
export class CustomerResolver extends createCrudResolver({
  type: Customer,
  plural: 'Customers',
  filter: CustomerFilter,
  createArgs: CreateCustomerArgs,
  updateArgs: UpdateCustomerArgs,
  service: CustomerService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  advisors: true,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Customer], { description: "Put customers in an advisor's portfolio (advisorId null takes them out); each move audited" })
  assignCustomersToAdvisor(
    @Ctx() ctx: RequestContext,
    @Arg('customerIds', () => [ID], { description: 'At most 1,000' }) customerIds: string[],
    @Arg('advisorId', () => ID, { nullable: true }) advisorId: string | null,
  ) {
    assertListSize('customerIds', customerIds, MAX_BATCH);
    return CustomerService.assignAdvisor(ctx, customerIds, advisorId ?? null);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Customer, { description: 'Record that the customer closed their relationship with the institution (churn); audited' })
  closeCustomerRelationship(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { description: 'Why (1–200 characters)' }) reason: string,
  ) {
    const trimmed = reason.trim();
    if (trimmed.length < 1 || trimmed.length > 200) throw badInput([{ field: 'reason', code: 'LENGTH', message: 'Give a reason of 1 to 200 characters' }]);
    return CustomerService.closeRelationship(ctx, id, version, trimmed);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Customer, { description: 'Reopen a closed relationship (a customer who came back); audited' })
  reopenCustomerRelationship(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return CustomerService.closeRelationship(ctx, id, version, null);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: 'Create or update up to 1,000 customers by externalRef, all or none' })
  upsertCustomers(
    @Ctx() ctx: RequestContext,
    @Arg('items', () => [CustomerUpsertInput], { validate: true, description: 'At most 1,000' }) items: CustomerUpsertInput[],
  ) {
    assertBatchSize(items);
    return CustomerService.upsertMany(ctx, items);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: 'Record up to 1,000 daily AUM snapshots, all or none' })
  upsertAumSnapshots(@Ctx() ctx: RequestContext, @Arg('items', () => [AumSnapshotInput], { description: 'At most 1,000' }) items: AumSnapshotInput[]) {
    assertBatchSize(items);
    return CustomerService.upsertSnapshots(ctx, items);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: "Record up to 1,000 holdings by the institution's holding id, all or none" })
  upsertHoldings(@Ctx() ctx: RequestContext, @Arg('items', () => [HoldingInput], { description: 'At most 1,000' }) items: HoldingInput[]) {
    assertBatchSize(items);
    return CustomerService.upsertHoldings(ctx, items);
  }

  @FieldResolver(() => [Holding], { description: 'What the customer holds with the institution' })
  holdings(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return CustomerService.holdings(ctx, customer.id);
  }

  @Allow(Role.ADMIN)
  @Query(() => CustomerPersonalData, { description: "A customer's name, phone and ID number in full (audited)" })
  revealCustomer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return CustomerService.reveal(ctx, id);
  }
}
