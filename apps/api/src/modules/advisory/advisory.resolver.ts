import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { AllowOrAdvisor } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { Customer } from '../customers';
import { Contact, ContactKind, FollowUp } from './advisory.entity';
import { AdvisoryService } from './advisory.service';

@ArgsType()
class LogContactArgsType {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => ContactKind) @IsEnum(ContactKind) kind!: ContactKind;
  @Field(() => String) @Length(1, 4000) notes!: string;
  @Field(() => Boolean, { nullable: true, description: 'A needs interview (it does the needs-interview follow-up too)' })
  @IsOptional()
  @IsBoolean()
  interview?: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it happened (now unless given)' }) @IsOptional() @IsDate() contactedAt?: Date;
  @Field(() => Int, { nullable: true, description: "The customer's rating of it, 1 (poor) to 5 (excellent)" })
  @IsOptional()
  @IsInt({ message: 'satisfaction is a whole number from 1 to 5' })
  @Min(1, { message: 'satisfaction is a whole number from 1 to 5' })
  @Max(5, { message: 'satisfaction is a whole number from 1 to 5' })
  satisfaction?: number;
}

@InputType('FollowUpFilter')
class FollowUpFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) customerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) advisorId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only those not done' }) @IsOptional() @IsBoolean() open?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only those due before today and not done' }) @IsOptional() @IsBoolean() overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only those of the advisors I manage (their manager is me)' }) @IsOptional() @IsBoolean() team?: boolean;
}

/** The advisor's day: contacts with their customers and the follow-ups due (an advisor sees their own portfolio only). */
@Resolver(() => FollowUp)
export class AdvisoryResolver {
  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
  @Mutation(() => Contact, { description: "Log a contact with a customer (an advisor: one of their own); it does the customer's open follow-up" })
  logContact(@Ctx() ctx: RequestContext, @Args(() => LogContactArgsType) args: LogContactArgsType) {
    return AdvisoryService.logContact(ctx, args);
  }

  @AllowOrAdvisor(Role.VIEWER)
  @Query(() => [FollowUp], { name: 'allFollowUps', description: 'Follow-ups, soonest due first (an advisor: of their own portfolio)' })
  all(
    @Ctx() ctx: RequestContext,
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => FollowUpFilterInput, { nullable: true }) filter?: FollowUpFilterInput,
  ) {
    return AdvisoryService.followUps(ctx, args, filter);
  }

  @AllowOrAdvisor(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allFollowUpsMeta' })
  async meta(
    @Ctx() ctx: RequestContext,
    @Args(() => ListArgs) _args: ListArgs,
    @Arg('filter', () => FollowUpFilterInput, { nullable: true }) filter?: FollowUpFilterInput,
  ) {
    return { count: await AdvisoryService.countFollowUps(ctx, filter) };
  }
}

@ObjectType('ExclusiveServiceShortfall', { description: 'A high-net-worth customer behind the exclusive services promised this year' })
class ExclusiveServiceShortfall {
  @Field(() => ID) customerId!: string;
  @Field(() => String) externalRef!: string;
  @Field(() => ID, { nullable: true }) advisorId!: string | null;
  @Field(() => Int, { description: 'Exclusive benefits redeemed and needs interviews held this year' }) delivered!: number;
  @Field(() => Int, { description: 'Due by now, pro rata through the year' }) dueByNow!: number;
  @Field(() => Int, { description: 'A year’s promise' }) target!: number;
  @Field(() => Int) year!: number;
}

@Resolver(() => ExclusiveServiceShortfall)
export class ExclusiveServicesResolver {
  @AllowOrAdvisor(Role.VIEWER)
  @Query(() => [ExclusiveServiceShortfall], {
    description: 'High-net-worth customers behind their 4 exclusive services a year, pro rata (an advisor: of their own portfolio; at most 1,000)',
  })
  exclusiveServiceShortfalls(@Ctx() ctx: RequestContext) {
    return AdvisoryService.exclusiveShortfalls(ctx);
  }
}

/** A customer's contacts. */
@Resolver(() => Customer)
export class CustomerContactsResolver {
  @FieldResolver(() => [Contact], { description: 'Contacts logged with the customer, newest first (at most 100)' })
  contacts(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return AdvisoryService.contactsOf(ctx, customer.id);
  }
}
