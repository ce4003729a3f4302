import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { User } from './user.entity';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './user.inputs';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  @Allow(Role.ADMIN)
  @Query(() => [User], { name: 'allUsers' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter) {
    return UserService.list(ctx, args, filter);
  }

  @Allow(Role.ADMIN)
  @Query(() => ListMetadata, { name: '_allUsersMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter) {
    return { count: await UserService.count(ctx, filter) };
  }

  @Allow(Role.ADMIN)
  @Query(() => User, { name: 'User' })
  one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return UserService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext) {
    return UserService.get(ctx, ctx.actor!.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Args(() => CreateUserArgs) args: CreateUserArgs) {
    return UserService.create(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User)
  updateUser(@Ctx() ctx: RequestContext, @Args(() => UpdateUserArgs) args: UpdateUserArgs) {
    return UserService.update(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User)
  deleteUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return UserService.delete(ctx, id);
  }
}
