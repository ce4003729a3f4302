import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { conflict } from '../../common/errors';
import { usages } from '../../common/events';
import type { ListArgs } from '../../common/list';
import { PartnerInstitution } from './partner.entity';
import type { CreatePartnerInstitutionArgs, PartnerInstitutionFilter, UpdatePartnerInstitutionArgs } from './partner.inputs';

const partners = new CrudRepository(
  PartnerInstitution,
  'PartnerInstitution',
  ['code', 'name', 'nameEn', 'kind', 'status', 'createdAt', 'updatedAt'],
  ['code', 'name', 'nameEn'],
);

const narrow = equalityFilter<PartnerInstitutionFilter>(['kind', 'status']);

/** Partner institutions: the fund managers, insurers, agencies... that issue products and provide benefits. */
export const PartnerService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: PartnerInstitutionFilter) => partners.list(ctx, args, filter, narrow(filter)),
  count: (ctx: RequestContext, filter?: PartnerInstitutionFilter) => partners.count(ctx, filter, narrow(filter)),
  get: (ctx: RequestContext, id: string) => partners.get(ctx, id),

  create: (ctx: RequestContext, args: CreatePartnerInstitutionArgs) => inTransaction(ctx, (tx) => partners.create(tx, args)),

  update: (ctx: RequestContext, args: UpdatePartnerInstitutionArgs) =>
    inTransaction(ctx, async (tx) => (await partners.update(tx, args.id, args.version, changesFrom(args, ['code', 'name', 'kind', 'status']))).after),

  delete: (ctx: RequestContext, id: string) =>
    inTransaction(ctx, async (tx) => {
      await partners.get(tx, id);
      const { products = 0, benefits = 0 } = await usages.of(tx, 'PartnerInstitution', id);
      if (products + benefits > 0) {
        throw conflict(`This partner still issues ${products} product(s) and provides ${benefits} benefit(s); reassign or remove them first`);
      }
      return partners.remove(tx, id);
    }),
};
