import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

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
