// modules/users: Users and their roles. Other modules and the app import only this file.
import { User } from './user.entity';
import { UserResolver } from './user.resolver';
export { User } from './user.entity';
export { UserResolver } from './user.resolver';
export { UserService } from './user.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [User];
/** The resolvers this module adds to the schema. */
export const resolvers = [UserResolver];
