import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { User } from './user.entity';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './user.inputs';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver extends createCrudResolver({
  type: User,
  plural: 'Users',
  filter: UserFilter,
  createArgs: CreateUserArgs,
  updateArgs: UpdateUserArgs,
  service: UserService,
  read: Role.ADMIN,
  write: Role.ADMIN,
}) {
  @Allow(Role.VIEWER)
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext) {
    return UserService.get(ctx, ctx.actor!.id);
  }
}
