import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { OrderStatus } from '@tierwise/domain';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { OrderChannel } from './order.entity';

@InputType('OrderFilter')
export class OrderFilter extends BaseFilter {
  @OptionalId()
  customerId?: string;

  @OptionalId()
  productId?: string;

  @OptionalEnum(OrderStatus)
  status?: OrderStatus;
}

@ArgsType()
export class PlaceOrderArgs {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => DecimalScalar, { description: "In the product's currency" }) amount!: string;

  @OptionalEnum(OrderChannel, { description: 'BRANCH unless given (the app backend sends APP)' })
  channel?: OrderChannel;

  @Field(() => Boolean, { nullable: true, description: 'The advisor acknowledges the 65+ flag (needed for a customer aged 65 or over)' })
  @IsOptional()
  @IsBoolean()
  elderlyAcknowledged?: boolean;
}

@ArgsType()
export class OrderStepArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The order's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class ConfirmWarningArgs extends OrderStepArgs {
  @Field(() => Int, { description: 'The warning version shown (must be the one in force)' }) @IsInt() @Min(1) warningVersion!: number;
  @Field(() => OrderChannel, { description: 'BRANCH (read with the advisor) or APP (read in the app)' }) via!: OrderChannel;
}

@ArgsType()
export class CancelOrderArgs extends OrderStepArgs {
  @Field(() => String) @Length(1, 500) reason!: string;
}

@ArgsType()
export class PublishRiskWarningArgs {
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => String) @Length(20, 10000) textZh!: string;
  @Field(() => String) @Length(20, 10000) textEn!: string;
}
