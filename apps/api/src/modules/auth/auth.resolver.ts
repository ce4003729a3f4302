import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Public, verifyPassword, type TokenService } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { AppError } from '../../common/errors';
import { User, UserService } from '../users';
import type { LoginThrottle } from './login-throttle';

@ObjectType('LoginResult')
export class LoginResult {
  @Field(() => String, { description: 'Bearer token: send it as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => User)
  user!: User;
}

/** A well-formed hash of a random password, checked when the email is unknown so timing does not reveal accounts. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

export function createAuthResolver(tokens: TokenService, throttle: LoginThrottle) {
  @Resolver()
  class AuthResolver {
    @Public()
    @Mutation(() => LoginResult, { description: 'Exchange email and password for a bearer token' })
    async login(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string): Promise<LoginResult> {
      const key = email.trim().toLowerCase().slice(0, 200);
      await throttle.assertAllowed(key, ctx.ip);
      const user = await UserService.findByEmail(ctx, key);
      const ok = await verifyPassword(password.slice(0, 200), user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) {
        await throttle.failed(key, ctx.ip);
        throw new AppError('UNAUTHENTICATED', 'Wrong email or password');
      }
      await throttle.succeeded(key);
      return { token: await tokens.sign({ sub: user.id, email: user.email, role: user.role }), user };
    }
  }
  return AuthResolver;
}
