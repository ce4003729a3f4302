import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  fromMinorUnits,
  toMinorUnits,
  negativeAmountViolations,
  placementAfterAumChange,
  startOfUtcDay,
  maskIdNumber,
  maskName,
  maskPhone,
} from '@tierwise/domain';
import { auditEvent, recordAudit, recordAudits } from '../../common/audit';
import { insertRows, updateRows } from '../../common/persistence/bulk-insert';
import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { AuditAction, Role } from '../../common/enums';
import { registerCustomerCheck, registerPortfolioCheck } from '../../common/auth';
import { User } from '../users';
import { assertNoViolations, badInput, conflict, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Product } from '../products';
import { Tier } from '../tiers';
import { Customer } from './customer.entity';
import { customerIdsByRef } from './customer-refs';
import { CustomerErrors, unknownCustomerItem } from './customer.errors';
import type { AumSnapshotInput, CreateCustomerArgs, CustomerFilter, CustomerUpsertInput, HoldingInput, UpdateCustomerArgs } from './customer.inputs';
import { Holding } from './holding.entity';
import { AumSnapshot } from './aum-snapshot.entity';
import { newId } from '../../common/persistence/columns';
import { holdingsOfCustomer } from './customer.loaders';

/** Personal data in the audit log: masked (the change is recorded, the value is not). */
const CUSTOMER_REDACTION = { name: maskName, phone: maskPhone, idNumber: maskIdNumber };

const customers = new CrudRepository(
  Customer,
  'Customer',
  ['externalRef', 'aum', 'riskLevel', 'lifeStage', 'occupation', 'createdAt', 'updatedAt'],
  ['externalRef'],
  CUSTOMER_REDACTION,
);

const narrow = equalityFilter<CustomerFilter>(['tierId', 'riskLevel', 'lifeStage', 'occupation', 'advisorId']);

/** The filter's narrowing, and for an advisor their own portfolio only. */
const portfolio = (ctx: RequestContext, filter?: CustomerFilter) => (qb: SelectQueryBuilder<ObjectLiteral>) => {
  narrow(filter)(qb);
  if (ctx.actor?.role === Role.ADVISOR) qb.andWhere('e.advisorId = :me', { me: ctx.actor.id });
};

/** Whether a customer is in the calling advisor's portfolio (their reach, checked before any advisor operation). */
registerPortfolioCheck(async (ctx, customerId) => !!ctx.actor && (await ctx.manager.existsBy(Customer, { id: customerId, advisorId: ctx.actor.id })));
registerCustomerCheck(async (ctx, customerId) => customerId.length <= 36 && (await ctx.manager.existsBy(Customer, { id: customerId })));

/** What a batch may write of a customer (never the risk level, its dates or professional status: assessments and evidence do). */
const UPSERT_FIELDS = ['name', 'phone', 'idNumber', 'birthDate', 'occupation', 'lifeStage', 'language', 'aum'] as const;

/** Amounts of a customer that cannot be negative (the domain's rule, as in the console's forms). */
const customerAmounts = (c: { aum?: string | null }) => negativeAmountViolations({ aum: c.aum });

/** The same rule over a batch: each problem names its item, so an import reports it on the item's line. */
function batchViolations<T>(items: readonly T[], check: (item: T) => { code: string; field?: string; message: string }[]) {
  return items.flatMap((item, i) => check(item).map((v) => ({ ...v, field: `items.${i}.${v.field}`, message: `Item ${i + 1}: ${v.message}` })));
}

/** Customers: the 360° profile's core. Personal data leaves the API masked, except through the audited reveal. */
export const CustomerService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: CustomerFilter) =>
    customers.list(ctx, args, filter, portfolio(ctx, filter), { defaultSort: 'externalRef' }),
  count: (ctx: RequestContext, filter?: CustomerFilter) => customers.count(ctx, filter, portfolio(ctx, filter)),

  /** Put customers in an advisor's portfolio (or take them out with null), each move audited. */
  assignAdvisor: (ctx: RequestContext, customerIds: string[], advisorId: string | null) =>
    inTransaction(ctx, async (tx) => {
      if (advisorId) {
        const advisor = await tx.manager.findOneBy(User, { id: advisorId });
        if (!advisor) throw notFound('User', advisorId);
        if (advisor.role !== Role.ADVISOR) {
          throw badInput([{ field: 'advisorId', code: 'NOT_AN_ADVISOR', message: `${advisor.email} is not an advisor: give the user the ADVISOR role first` }]);
        }
      }
      const found = await tx.manager.findBy(Customer, { id: In(customerIds) });
      const missing = customerIds.filter((id) => !found.some((c) => c.id === id));
      if (missing.length) throw notFound('Customer', missing.join(', '));
      const moved: Customer[] = [];
      for (const c of found) moved.push(c.advisorId === advisorId ? c : (await customers.update(tx, c.id, c.version, { advisorId })).after);
      return moved;
    }),
  get: (ctx: RequestContext, id: string) => customers.get(ctx, id),

  /** The customer closes their relationship (it counts as churn); reopening clears it. Both at the version the client saw. */
  closeRelationship: (ctx: RequestContext, id: string, version: number, reason: string | null, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const current = await customers.get(tx, id);
      if (reason !== null && current.closedAt) throw conflict(`The relationship was already closed on ${current.closedAt.toISOString()}`);
      if (reason === null && !current.closedAt) throw conflict('The relationship is open');
      return (await customers.update(tx, id, version, reason === null ? { closedAt: null, closedReason: null } : { closedAt: now, closedReason: reason }))
        .after;
    }),

  create: (ctx: RequestContext, args: CreateCustomerArgs) =>
    inTransaction(ctx, async (tx) => {
      assertNoViolations(customerAmounts(args));
      if (await tx.manager.existsBy(Customer, { externalRef: args.externalRef }))
        throw conflict(`A customer with externalRef ${args.externalRef} already exists`);
      const values = { aum: '0', ...args };
      return customers.create(tx, { ...values, tierId: placementAfterAumChange(await tx.manager.find(Tier), values.aum, null) ?? null });
    }),

  update: (ctx: RequestContext, args: UpdateCustomerArgs) =>
    inTransaction(ctx, async (tx) => {
      assertNoViolations(customerAmounts(args));
      const changes = changesFrom(args, ['name', 'aum']);
      const current = await customers.get(tx, args.id);
      const tierId = changes.aum !== undefined ? placementAfterAumChange(await tx.manager.find(Tier), changes.aum, current.tierId) : undefined;
      const review = changes.aum !== undefined ? { tierReviewDue: null } : {}; // the re-tiering run looks again
      return (await customers.update(tx, args.id, args.version, { ...changes, ...review, ...(tierId ? { tierId } : {}) })).after;
    }),

  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => customers.remove(tx, id)),

  /**
   * Create or update up to 1,000 customers by their external reference, in one transaction: a batch with any
   * invalid item writes nothing. New customers are placed in their tier; a higher AUM upgrades at once. Each customer
   * created or changed gets its own audit event, personal data masked.
   */
  upsertMany: (ctx: RequestContext, items: CustomerUpsertInput[]) =>
    inTransaction(
      ctx,
      async (tx) => {
        assertNoViolations(batchViolations(items, customerAmounts));
        const refs = items.map((i) => i.externalRef);
        const seen = new Set<string>();
        const repeated = refs.filter((r) => seen.has(r) || !seen.add(r));
        if (repeated.length)
          throw badInput([
            {
              field: 'items',
              code: CustomerErrors.DUPLICATE_EXTERNAL_REF,
              message: `Each customer appears once per batch: ${[...new Set(repeated)].join(', ')}`,
            },
          ]);
        const existing = new Map((await tx.manager.findBy(Customer, { externalRef: In(refs) })).map((c) => [c.externalRef, c]));
        const tiers = await tx.manager.find(Tier);
        let updated = 0;
        // New customers, changed ones and their audit events are written in multi-row statements.
        const fresh: Customer[] = [];
        const changed = new Map<string, Partial<Customer>[]>();
        const audits: ReturnType<typeof auditEvent>[] = [];
        for (const item of items) {
          const values = Object.fromEntries(UPSERT_FIELDS.flatMap((f) => (item[f] !== undefined ? [[f, item[f]]] : []))) as Partial<CustomerUpsertInput>;
          if (values.aum !== undefined) values.aum = fromMinorUnits(toMinorUnits(values.aum)); // as stored, for the audit
          const current = existing.get(item.externalRef);
          const now = new Date();
          if (!current) {
            const aum = values.aum ?? '0';
            const row = tx.manager.create(Customer, {
              ...values,
              externalRef: item.externalRef,
              aum,
              id: newId(),
              tierId: placementAfterAumChange(tiers, aum, null) ?? null,
              createdAt: now,
              updatedAt: now,
              version: 1,
            });
            fresh.push(row);
            audits.push(auditEvent(tx, AuditAction.CREATE, 'Customer', row.id, null, row, CUSTOMER_REDACTION));
          } else {
            const tierId = values.aum !== undefined ? placementAfterAumChange(tiers, values.aum, current.tierId) : undefined;
            const changes = { ...values, ...(tierId ? { tierId } : {}) };
            const event = auditEvent(tx, AuditAction.UPDATE, 'Customer', current.id, current, { ...current, ...changes }, CUSTOMER_REDACTION);
            updated++;
            if (event) {
              // A customer whose values are the same is left alone (no write, no event); a new AUM makes them due for re-tiering.
              audits.push(event);
              const row: Partial<Customer> = { id: current.id, ...changes, ...('aum' in event.changes! ? { tierReviewDue: null } : {}), updatedAt: now };
              const columns = Object.keys(row).sort().join(',');
              changed.set(columns, [...(changed.get(columns) ?? []), row]);
            }
          }
        }
        // Changed customers in one UPDATE per set of columns written (a file's rows usually share one).
        for (const rows of changed.values())
          await updateRows(
            tx.manager,
            Customer,
            rows,
            Object.keys(rows[0]).filter((k): k is keyof Customer & string => k !== 'id'),
          );
        await insertRows(tx.manager, Customer, fresh, { chunk: 500 });
        await recordAudits(tx, audits);
        return { created: fresh.length, updated };
      },
      { retryDuplicateKeys: true },
    ),

  /** Record daily AUM snapshots (up to 1,000), keyed by customer and day; a second load of the same day replaces it. */
  upsertSnapshots: (ctx: RequestContext, items: AumSnapshotInput[]) =>
    inTransaction(
      ctx,
      async (tx) => {
        assertNoViolations(batchViolations(items, (i) => negativeAmountViolations({ aum: i.aum })));
        const refs = [...new Set(items.map((i) => i.externalRef))];
        const ids = await customerIdsByRef(tx.manager, refs);
        const unknown = refs.filter((r) => !ids.has(r));
        if (unknown.length)
          throw badInput([
            { field: 'items', code: CustomerErrors.UNKNOWN_CUSTOMER, message: `No customer with externalRef ${unknown.slice(0, 20).join(', ')}` },
          ]);
        const rows = items.map((i) => ({ customerId: ids.get(i.externalRef)!, day: startOfUtcDay(i.day), aum: i.aum }));
        await tx.manager.upsert(AumSnapshot, rows, ['customerId', 'day']);
        // Their basis changed: the next re-tiering run looks at these customers again.
        await tx.manager.update(Customer, { id: In([...ids.values()]) }, { tierReviewDue: null });
        return { created: 0, updated: rows.length };
      },
      { retryDuplicateKeys: true },
    ),

  /** Record up to 1,000 holdings by their external id; unknown customers or products refuse the whole batch. */
  upsertHoldings: (ctx: RequestContext, items: HoldingInput[]) =>
    inTransaction(
      ctx,
      async (tx) => {
        assertNoViolations(batchViolations(items, (i) => negativeAmountViolations({ amount: i.amount })));
        const customerIds = await customerIdsByRef(
          tx.manager,
          items.map((i) => i.customerRef),
        );
        const productIds = new Map(
          (await tx.manager.find(Product, { select: { id: true, code: true }, where: { code: In([...new Set(items.map((i) => i.productCode))]) } })).map(
            (p) => [p.code, p.id],
          ),
        );
        const problems = items.flatMap((i, index) => [
          ...(customerIds.has(i.customerRef) ? [] : [unknownCustomerItem(index, i.customerRef)]),
          ...(productIds.has(i.productCode)
            ? []
            : [{ field: `items.${index}.productCode`, code: CustomerErrors.UNKNOWN_PRODUCT, message: `Item ${index + 1}: no product ${i.productCode}` }]),
        ]);
        if (problems.length) throw badInput(problems.slice(0, 50));
        const existing = new Map((await tx.manager.findBy(Holding, { externalRef: In(items.map((i) => i.externalRef)) })).map((h) => [h.externalRef, h.id]));
        await tx.manager.upsert(
          Holding,
          items.map((i) => ({
            id: existing.get(i.externalRef) ?? newId(),
            externalRef: i.externalRef,
            customerId: customerIds.get(i.customerRef)!,
            productId: productIds.get(i.productCode)!,
            amount: i.amount,
            startedAt: i.startedAt,
            maturesAt: i.maturesAt ?? null,
          })),
          ['externalRef'],
        );
        return { created: items.filter((i) => !existing.has(i.externalRef)).length, updated: items.filter((i) => existing.has(i.externalRef)).length };
      },
      { retryDuplicateKeys: true },
    ),

  holdings: async (ctx: RequestContext, customerId: string) => ctx.loaders.get(holdingsOfCustomer).load(customerId),

  /** The personal data in full, for those with the right to see it; every look is audited. */
  reveal: (ctx: RequestContext, id: string) =>
    inTransaction(ctx, async (tx) => {
      const customer = await customers.get(tx, id);
      await recordAudit(tx, AuditAction.REVEAL, 'Customer', id, { revealed: null }, { revealed: 'name, phone, idNumber' });
      return { id: customer.id, name: customer.name, phone: customer.phone, idNumber: customer.idNumber };
    }),
};
