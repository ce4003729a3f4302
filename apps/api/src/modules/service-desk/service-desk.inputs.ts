import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ServiceCategory, ServiceChannel, ServiceRequestStatus } from '@tierwise/domain';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';
import { ServicePriority } from './service-desk.entity';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType('ServiceRequestFilter')
export class ServiceRequestFilter extends BaseFilter {
  @OptionalEnum(ServiceRequestStatus) status?: ServiceRequestStatus;
  @OptionalId() customerId?: string;
  @OptionalId() assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only requests not yet resolved' }) @IsOptional() @IsBoolean() open?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only requests with a breached clock (the breach list)' }) @IsOptional() @IsBoolean() breached?: boolean;
}

@ArgsType()
export class CreateServiceRequestArgs {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => ServiceCategory) @IsEnum(ServiceCategory) category!: ServiceCategory;
  @Field(() => ServiceChannel) @IsEnum(ServiceChannel) channel!: ServiceChannel;
  @OptionalEnum(ServicePriority, { description: 'NORMAL unless given' }) priority?: ServicePriority;
  @Field(() => String) @Length(1, 2000) description!: string;
}

@ArgsType()
export class ServiceStepArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The request's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class AssignServiceRequestArgs extends ServiceStepArgs {
  @Field(() => ID, { nullable: true, description: 'A staff user; null to unassign' }) @IsOptional() @MaxLength(36) assigneeId?: string | null;
  @OptionalEnum(ServicePriority) priority?: ServicePriority;
}

@ArgsType()
export class SetServiceStatusArgs extends ServiceStepArgs {
  @Field(() => ServiceRequestStatus) @IsEnum(ServiceRequestStatus) status!: ServiceRequestStatus;
}

@ArgsType()
export class ReplyArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => String) @Length(1, 4000) body!: string;
  @Field(() => Boolean, { nullable: true, description: 'An internal note instead of a reply to the customer' }) @IsOptional() @IsBoolean() internal?: boolean;
}

@ArgsType()
export class RateArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' }) @IsInt() @Min(1) @Max(5) rating!: number;
}

@InputType('BusinessCalendarFilter')
export class BusinessCalendarFilter extends BaseFilter {}

function withCalendarFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class CalendarFields extends Base {
    @Field(() => String, { nullable: !required, description: 'IANA time zone, e.g. Asia/Shanghai' }) @IsOptional() @Length(1, 64) timeZone?: string;
    @Field(() => GraphQLJSONObject, {
      nullable: true,
      description: '{ "1": { "open": "09:00", "close": "17:00" }, …, "7": null } (1 = Monday); Monday to Friday 09:00–17:00 unless given',
    })
    @IsOptional()
    weekdays?: Record<string, { open: string; close: string } | null>;
    @Field(() => [String], { nullable: true, description: 'YYYY-MM-DD; at most 400' })
    @IsOptional()
    @ArrayMaxSize(400)
    @Matches(DAY, { each: true })
    holidays?: string[];
    @Field(() => [String], { nullable: true, description: 'YYYY-MM-DD; at most 100' })
    @IsOptional()
    @ArrayMaxSize(100)
    @Matches(DAY, { each: true })
    workdays?: string[];
  }
  return CalendarFields;
}

@ArgsType()
export class CreateBusinessCalendarArgs extends withCalendarFields(CreateCatalogueArgs, true) {}

@ArgsType()
export class UpdateBusinessCalendarArgs extends withCalendarFields(UpdateCatalogueArgs, false) {}
