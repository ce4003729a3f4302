import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Output types of the customers module that other modules may return too. */
@ObjectType('CustomerPersonalData', { description: 'Personal data in full: only through revealCustomer, which is audited' })
export class CustomerPersonalData {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) idNumber!: string | null;
}

@ObjectType('SuitabilityReason')
export class SuitabilityReasonType {
  @Field(() => String, { description: 'Stable code, e.g. RISK_LEVEL_EXCEEDED' }) code!: string;
  @Field(() => Boolean, { description: 'Whether this reason alone forbids the sale' }) blocking!: boolean;
  @Field(() => String, { description: 'The English text; show your own translation of `code` with `params` instead' }) message!: string;
  @Field(() => GraphQLJSONObject, { description: 'What the message names, as codes and numbers (e.g. {"need": "RETIREMENT"}), for translating `code`' })
  params!: Record<string, string>;
}

@ObjectType('SuitabilityDecision')
export class SuitabilityDecisionType {
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => [SuitabilityReasonType]) reasons!: SuitabilityReasonType[];
}

@ObjectType('BatchResult')
export class BatchResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}
