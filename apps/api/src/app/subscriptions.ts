import { events, usages } from '../common/events';
import { Benefit } from '../modules/benefits';
import { ProductEligibleTier, Product } from '../modules/products';
import { RetierService } from '../modules/tiering';

/**
 * Who reacts to which domain event, and who depends on which records: wired here, in the composition root, so that a
 * lower module (tiers, partners) never imports a higher one (customers' re-tiering, products). Imported by the data
 * source, so every process that can change data (the API, the seed, scripts) has the same subscribers.
 */
events.subscribe('tierRangesChanged', (ctx, change) => RetierService.afterTierRangesChanged(ctx, change));

// Still in use: a partner that issues products or provides benefits, a tier products are offered to, cannot be deleted.
usages.register('PartnerInstitution', 'products', (ctx, id) => ctx.manager.countBy(Product, { issuerId: id }));
usages.register('PartnerInstitution', 'benefits', (ctx, id) => ctx.manager.countBy(Benefit, { providerId: id }));
usages.register('Tier', 'products', (ctx, id) => ctx.manager.countBy(ProductEligibleTier, { tierId: id }));
