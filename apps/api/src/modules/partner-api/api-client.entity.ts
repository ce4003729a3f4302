import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ApiScope } from '../../common/enums';
import { VersionedRecord } from '../../common/persistence/columns';
import { PartnerInstitution } from '../partners';

/**
 * An API key: a partner institution's, or (without a partner) one of the institution's own systems, such as the app
 * backend that sends behaviour events. The key is shown once, when created; only its SHA-256 hash is stored, found by
 * a short public prefix. It expires (at most a year after creation), can be revoked, and records when it was last used.
 */
@ObjectType('ApiClient', { simpleResolvers: true })
@Entity('api_client')
@Index('UQ_api_client_prefix', ['keyPrefix'], { unique: true })
export class ApiClient extends VersionedRecord {
  @Field(() => ID, { nullable: true, description: "The partner institution; empty for the institution's own systems" })
  @Index('IDX_api_client_partner')
  @Column({ type: 'varchar', length: 36, nullable: true })
  partnerId!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => String, { description: 'The public start of the key (tw_<prefix>_…), to tell keys apart' })
  @Column({ type: 'varchar', length: 16 })
  keyPrefix!: string;

  /** SHA-256 of the key's secret: never exposed. */
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Field(() => String, { nullable: true, description: 'The key itself: only in the answer of createApiClient, never again (it is not stored)' })
  key?: string | null;

  @Field(() => [ApiScope])
  @Column({ type: 'simple-json' })
  scopes!: ApiScope[];

  @Field(() => Int, { description: 'Cost points the key may spend per minute' })
  @Column({ type: 'int', default: 1000 })
  pointsPerMinute!: number;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  revokedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Updated at most once a minute' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @ManyToOne(() => PartnerInstitution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnerId', foreignKeyConstraintName: 'FK_api_client_partner' })
  partner?: PartnerInstitution;
}
