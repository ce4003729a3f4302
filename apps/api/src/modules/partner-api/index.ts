// modules/partner-api: Partner API keys, the partner API, referrals and service orders. Other modules and the app import only this file.
import { ApiClient } from './api-client.entity';
import { Referral } from './referral.entity';
import { FulfilmentOrder } from './fulfilment-order.entity';
import { ApiClientResolver } from './api-client.resolver';
import { ReferralResolver } from './referral.resolver';
import { FulfilmentOrderResolver } from './fulfilment-order.resolver';
import { PartnerApiResolver } from './partner-api.resolver';
export { ApiClient } from './api-client.entity';
export { ApiClientService } from './api-client.service';
export { partnerLimitsPlugin } from './partner-limits';
export { ApiClientResolver, FulfilmentOrder, FulfilmentOrderResolver, PartnerApiResolver, Referral, ReferralResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [ApiClient, Referral, FulfilmentOrder];
/** The resolvers this module adds to the schema. */
export const resolvers = [ApiClientResolver, ReferralResolver, FulfilmentOrderResolver, PartnerApiResolver];
