import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { hashPassword } from '../../common/auth';
import { badInput, conflict } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { User } from './user.entity';
import type { CreateUserArgs, UpdateUserArgs, UserFilter } from './user.inputs';
import { UserErrors } from './user.errors';

const users = new CrudRepository(User, 'User', ['email', 'displayName', 'role', 'createdAt', 'updatedAt'], ['email', 'displayName']);

const narrow = equalityFilter<UserFilter>(['role']);

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Console users and their roles; only admins manage them. */
export const UserService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: UserFilter) => users.list(ctx, args, filter, narrow(filter), { defaultSort: 'email' }),
  count: (ctx: RequestContext, filter?: UserFilter) => users.count(ctx, filter, narrow(filter)),
  get: (ctx: RequestContext, id: string) => users.get(ctx, id),

  create: (ctx: RequestContext, { password, ...args }: CreateUserArgs) =>
    inTransaction(ctx, async (tx) => {
      const email = normaliseEmail(args.email);
      if (await tx.manager.existsBy(User, { email })) throw conflict(`A user with email ${email} already exists`);
      return users.create(tx, { ...args, managerId: args.managerId ?? null, approves: args.approves ?? [], email, passwordHash: await hashPassword(password) });
    }),

  update: (ctx: RequestContext, { password, ...args }: UpdateUserArgs) =>
    inTransaction(ctx, async (tx) => {
      if (args.id === ctx.actor?.id && args.role && args.role !== ctx.actor.role) {
        throw badInput([{ field: 'role', code: UserErrors.OWN_ROLE, message: 'You cannot change your own role; ask another admin' }]);
      }
      const changes = { ...changesFrom(args, ['role', 'approves']), ...(password ? { passwordHash: await hashPassword(password) } : {}) };
      return (await users.update(tx, args.id, args.version, changes, password ? { before: {}, after: { password: '(changed)' } } : undefined)).after;
    }),

  delete: (ctx: RequestContext, id: string) =>
    inTransaction(ctx, async (tx) => {
      if (id === ctx.actor?.id) throw badInput([{ code: UserErrors.OWN_ACCOUNT, message: 'You cannot delete your own account' }]);
      return users.remove(tx, id);
    }),

  findByEmail: (ctx: RequestContext, email: string) => ctx.manager.findOneBy(User, { email: normaliseEmail(email) }),
};
