// modules/auth: Sign-in: tokens, login throttling. Other modules and the app import only this file.
export { createAuthResolver } from './auth.resolver';
export { LoginThrottle } from './login-throttle';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [];
/** The resolvers this module adds to the schema. */
export const resolvers = [];
