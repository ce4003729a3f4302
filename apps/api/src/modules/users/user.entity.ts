import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/persistence/columns';
import { ChangeResource, Role } from '../../common/enums';

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

  @Field(() => ID, { nullable: true, description: "An advisor's manager (told of their breaches and overdue follow-ups)" })
  @Column({ type: 'varchar', length: 36, nullable: true })
  managerId!: string | null;

  @Field(() => [ChangeResource], { description: 'Four eyes: the resources whose changes this user may approve (never their own)' })
  @Column({ type: 'simple-json', nullable: true }) // NULL only before the migration fills it ('[]')
  approves!: ChangeResource[];

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;
}
