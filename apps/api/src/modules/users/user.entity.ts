import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/persistence/columns';
import { Role } from '../../common/enums';

/** A console user. The password hash has no @Field: it never leaves the server. */
@ObjectType('User', { simpleResolvers: true })
@Entity('app_user')
export class User extends VersionedRecord {
  @Field(() => String)
  @Index('UQ_user_email', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  email!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName!: string | null;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;
}
