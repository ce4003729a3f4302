// modules/customers: Customers: profile, holdings, AUM snapshots, suitability. Other modules and the app import only this file.
import { Customer } from './customer.entity';
import { AumSnapshot } from './aum-snapshot.entity';
import { Holding } from './holding.entity';
import { CustomerResolver } from './customer.resolver';
export { AumSnapshot } from './aum-snapshot.entity';
export { CustomerRecord } from './customer-record';
export { customerIdsByRef } from './customer-refs';
export { Customer } from './customer.entity';
export { unknownCustomerItem } from './customer.errors';
export { AumSnapshotInput, CustomerUpsertInput, HoldingInput } from './customer.inputs';
export { holdingsOfCustomer } from './customer.loaders';
export { CustomerResolver } from './customer.resolver';
export { BatchResult } from './customer.types';
export { CustomerService } from './customer.service';
export { Holding } from './holding.entity';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Customer, AumSnapshot, Holding];
/** The resolvers this module adds to the schema. */
export const resolvers = [CustomerResolver];
