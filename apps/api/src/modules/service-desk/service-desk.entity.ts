import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ServiceCategory, ServiceChannel, ServicePriority, ServiceRequestStatus, SlaMetric, type OpeningHours, type PinnedPolicy } from '@tierwise/domain';
import { CatalogueRecord, VersionedRecord } from '../../common/persistence/columns';

registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'NEW → ASSIGNED → (WAITING_FOR_CUSTOMER ⇄ IN_PROGRESS) → RESOLVED → CLOSED; reopened from RESOLVED',
});
registerEnumType(ServiceCategory, { name: 'ServiceCategory' });
registerEnumType(ServiceChannel, { name: 'ServiceChannel', description: 'APP, PHONE and WECHAT run their clocks 24×7; BRANCH on the business calendar' });

registerEnumType(ServicePriority, { name: 'ServicePriority' });
registerEnumType(SlaMetric, { name: 'SlaMetric' });
export { ServicePriority, SlaMetric };

/** A business calendar operators edit: opening hours per weekday, holidays and make-up working days (调休). */
@ObjectType('BusinessCalendar', { simpleResolvers: true })
@Entity('business_calendar')
@Index('UQ_business_calendar_code', ['code'], { unique: true })
export class BusinessCalendar extends CatalogueRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Field(() => GraphQLJSONObject, { description: '{ "1": { "open": "09:00", "close": "17:00" }, …, "7": null } (1 = Monday)' })
  @Column({ type: 'simple-json' })
  weekdays!: Record<string, OpeningHours | null>;

  @Field(() => [String], { description: 'Closed days, YYYY-MM-DD' })
  @Column({ type: 'simple-json' })
  holidays!: string[];

  @Field(() => [String], { description: 'Make-up working days on a weekend (调休), YYYY-MM-DD' })
  @Column({ type: 'simple-json' })
  workdays!: string[];
}

/**
 * A customer's service request with its clocks: the policy is pinned when it is created (the tier's response time,
 * the category's resolution target, the calendar), and the status history gives the pauses (waiting for the customer).
 */
@ObjectType('ServiceRequest', { simpleResolvers: true })
@Entity('service_request')
@Index('IDX_service_request_status', ['status', 'createdAt'])
@Index('IDX_service_request_customer', ['customerId', 'createdAt'])
@Index('IDX_service_request_created', ['createdAt'])
@Index('IDX_service_request_resolved', ['resolvedAt'])
export class ServiceRequest extends VersionedRecord {
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => ID, { nullable: true, description: 'The tier whose promise the request is held to' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  tierId!: string | null;
  @Field(() => ServiceCategory) @Column({ type: 'varchar', length: 32 }) category!: ServiceCategory;
  @Field(() => ServiceChannel) @Column({ type: 'varchar', length: 16 }) channel!: ServiceChannel;
  @Field(() => ServicePriority) @Column({ type: 'varchar', length: 16 }) priority!: ServicePriority;
  @Field(() => String) @Column({ type: 'varchar', length: 2000 }) description!: string;
  @Field(() => ServiceRequestStatus) @Column({ type: 'varchar', length: 32 }) status!: ServiceRequestStatus;
  @Field(() => ID, { nullable: true, description: 'The staff user working on it' }) @Column({ type: 'varchar', length: 36, nullable: true }) assigneeId!:
    string | null;
  @Field(() => GraphQLJSONObject, { description: 'The pinned policy: { firstResponseMinutes, resolutionMinutes, calendar, warningShares }' })
  @Column({ type: 'simple-json' })
  policy!: PinnedPolicy;
  /** Every status it took and when (the pauses come from it). */
  @Column({ type: 'simple-json' }) history!: { status: ServiceRequestStatus; at: string }[];
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'datetime', precision: 6, nullable: true }) firstResponseAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Working minutes to the first answer, on the clock of its policy (pauses and closed hours left out)' })
  @Column({ type: 'int', nullable: true })
  firstResponseMinutes!: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the first answer came within the tier's deadline (null: not answered yet)" })
  @Column({ type: 'boolean', nullable: true })
  firstResponseOnTime!: boolean | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'datetime', precision: 6, nullable: true }) resolvedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'datetime', precision: 6, nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'The customer’s rating after resolution, 1–5' }) @Column({ type: 'int', nullable: true }) satisfaction!:
    number | null;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) createdBy!: string;
  @Field(() => Boolean, { description: 'A staff user opened, assigned, answered or moved it (false: self-service, for the self-service rate)' })
  @Column({ type: 'boolean', default: false })
  handledByPerson!: boolean;
  /** When the next running clock falls due (the far future when none runs): the desk's queue by time left sorts on it. */
  @Index('IDX_service_request_due') @Column({ type: 'datetime', precision: 6, nullable: true }) dueOrder!: Date;
}

/** A reply to the customer, or an internal note, on a request. */
@ObjectType('ServiceMessage', { simpleResolvers: true })
@Entity('service_message')
@Index('IDX_service_message_request', ['requestId', 'createdAt'])
export class ServiceMessage {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) requestId!: string;
  @Field(() => Boolean, { description: 'An internal note (the customer never sees it)' }) @Column({ type: 'boolean' }) internal!: boolean;
  @Field(() => String) @Column({ type: 'varchar', length: 4000 }) body!: string;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) author!: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'datetime', precision: 6 }) createdAt!: Date;
}

/** A warning or breach of one clock, recorded exactly once (unique per request, metric and share). */
@ObjectType('SlaEvent', { simpleResolvers: true })
@Entity('sla_event')
@Index('UQ_sla_event', ['requestId', 'metric', 'percent'], { unique: true })
export class SlaEvent {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) requestId!: string;
  @Field(() => SlaMetric) @Column({ type: 'varchar', length: 16 }) metric!: SlaMetric;
  @Field(() => Int, { description: '50 and 80 warn; 100 is the breach' }) @Column({ type: 'int' }) percent!: number;
  @Field(() => GraphQLISODateTime, { description: 'When it fell due' }) @Column({ type: 'datetime', precision: 6 }) dueAt!: Date;
  @Field(() => GraphQLISODateTime) @Column({ type: 'datetime', precision: 6 }) recordedAt!: Date;
  @Field(() => [String], { description: 'Who is told: the assignee; on a breach also the administrators (their managers)' })
  @Column({ type: 'simple-json' })
  notify!: string[];
}
