import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { ChangeResource } from '../../common/enums';
import { Role } from '../../common/enums';
import { PartnerInstitution } from './partner.entity';
import { CreatePartnerInstitutionArgs, PartnerInstitutionFilter, UpdatePartnerInstitutionArgs } from './partner.inputs';
import { PartnerService } from './partner.service';

/** A partner key reaching another institution (a product's issuer, say) does not see its contacts. */
const contactFor = (ctx: RequestContext, partner: PartnerInstitution, value: string | null) =>
  ctx.partner && ctx.partner.partnerId !== partner.id ? null : value;

@Resolver(() => PartnerInstitution)
export class PartnerInstitutionResolver extends createCrudResolver({
  type: PartnerInstitution,
  plural: 'PartnerInstitutions',
  filter: PartnerInstitutionFilter,
  createArgs: CreatePartnerInstitutionArgs,
  updateArgs: UpdatePartnerInstitutionArgs,
  service: PartnerService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.PARTNER_INSTITUTION, typeName: 'PartnerInstitution', service: PartnerService }),
}) {
  @FieldResolver(() => String, { nullable: true })
  contactName(@Root() partner: PartnerInstitution, @Ctx() ctx: RequestContext) {
    return contactFor(ctx, partner, partner.contactName);
  }

  @FieldResolver(() => String, { nullable: true })
  contactEmail(@Root() partner: PartnerInstitution, @Ctx() ctx: RequestContext) {
    return contactFor(ctx, partner, partner.contactEmail);
  }

  @FieldResolver(() => String, { nullable: true })
  contactPhone(@Root() partner: PartnerInstitution, @Ctx() ctx: RequestContext) {
    return contactFor(ctx, partner, partner.contactPhone);
  }
}

/** Four eyes: a PartnerInstitution's pending changes. */
export const PartnerInstitutionPendingChangesResolver = pendingChangesResolver(PartnerInstitution);
