import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/**
 * The CNY value of one unit of a currency on a calendar day (in the institution's time zone), as the operator records
 * it: what a non-CNY amount is worth for the rules that are stated in CNY (the private-placement minimum).
 */
@ObjectType('ExchangeRate', { simpleResolvers: true })
@Entity('exchange_rate')
@Index('UQ_exchange_rate_day', ['currency', 'day'], { unique: true })
export class ExchangeRate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD' })
  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field(() => String, { description: 'The calendar day in the institution’s time zone, YYYY-MM-DD' })
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Field(() => String, { description: 'CNY per unit, an exact decimal (up to 8 places), e.g. "7.1234"' })
  @Column({ type: 'varchar', length: 24 })
  cnyPerUnit!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  recordedAt!: Date;
}
