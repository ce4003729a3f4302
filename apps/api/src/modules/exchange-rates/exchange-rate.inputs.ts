import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { BaseFilter } from '../../common/list';

@InputType('ExchangeRateFilter')
export class ExchangeRateFilter extends BaseFilter {
  @Field(() => String, { nullable: true, description: 'One currency (ISO 4217), e.g. USD' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency is a three-letter ISO 4217 code, e.g. USD' })
  currency?: string;
}

@ArgsType()
export class SetExchangeRateArgs {
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD (not CNY)' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency is a three-letter ISO 4217 code, e.g. USD' })
  currency!: string;

  @Field(() => String, { description: 'The calendar day, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day is a calendar day, YYYY-MM-DD' })
  day!: string;

  @Field(() => String, { description: 'CNY per unit, e.g. "7.1234" (up to 8 decimals, more than 0)' })
  @Matches(/^(?!0+(\.0+)?$)\d{1,6}(\.\d{1,8})?$/, { message: 'cnyPerUnit is a positive decimal with at most 8 decimals, e.g. 7.1234' })
  cnyPerUnit!: string;
}
