import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Output types of the customers module that other modules may return too. */
@ObjectType('CustomerPersonalData', { description: 'Personal data in full: only through revealCustomer, which is audited' })
export class CustomerPersonalData {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) idNumber!: string | null;
}

@ObjectType('BatchResult')
export class BatchResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}
