// modules/customer-app: the app's customer-facing API (customers:self), on top of the modules it serves. Other modules and the app import only this file.
import { CustomerAppResolver } from './customer-app.resolver';

export { CustomerSelf } from './customer-app.types';
/** The entities this module owns: none (it reads and acts through the modules below). */
export const entities = [];
/** The resolvers this module adds to the schema. */
export const resolvers = [CustomerAppResolver];
