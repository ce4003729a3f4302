import { Column, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A record that belongs to one customer (a tier change, a consent, an assessment, a need…): its own id and the
 * customer's. Each entity declares its relation to Customer itself, with a foreign key named for its table.
 */
@ObjectType('CustomerRecord', { simpleResolvers: true })
export abstract class CustomerRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;
}
