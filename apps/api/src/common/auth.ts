import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { SignJWT, jwtVerify } from 'jose';
import { Authorized, getMetadataStorage, type AuthChecker } from 'type-graphql';
import { ApiScope, Role as Roles, roleAtLeast } from '@tierwise/domain';
import type { RequestContext } from './context';
import type { Role } from './enums';
import { forbidden, notFound, unauthenticated } from './errors';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** A slow salted hash: `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 64, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: +n, r: +r, p: +p, maxmem: SCRYPT.maxmem });
  return timingSafeEqual(actual, expected);
}

export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
}

export class TokenService {
  private readonly key: Uint8Array;
  /** Tokens already verified, with their expiry: a signature is checked once, not on every request. */
  private readonly verified = new Map<string, { sub: string; exp: number }>();
  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly cacheSize = 10_000,
  ) {
    this.key = new TextEncoder().encode(secret);
  }
  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ email: claims.email, role: claims.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .setIssuer('tierwise')
      .sign(this.key);
  }
  /** The user id in a valid token, or null for a forged, expired or malformed one. */
  async verify(token: string): Promise<string | null> {
    const cached = this.verified.get(token);
    if (cached && cached.exp * 1000 > Date.now()) return cached.sub;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'tierwise', algorithms: ['HS256'] });
      if (!payload.sub || !payload.exp) return null;
      if (this.verified.size >= this.cacheSize) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { sub: payload.sub, exp: payload.exp });
      return payload.sub;
    } catch {
      return null;
    }
  }
}

/** The methods that declared who may call them, per resolver class (a base class counts for its subclasses). */
const guarded = new Map<Function, Set<string>>();
const declare = (target: object, method: string | symbol) => {
  const cls = (target as { constructor: Function }).constructor;
  guarded.set(cls, (guarded.get(cls) ?? new Set()).add(String(method)));
};
function isGuarded(cls: Function, method: string): boolean {
  for (let c: Function | null = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (guarded.get(c)?.has(method)) return true;
  }
  return false;
}

/** Who may call this operation: the lowest role (roles are ordered VIEWER < PRODUCT_MANAGER < ADMIN). */
export function Allow(role: Role): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized(role)(target, method, descriptor);
  };
}

/** For partner institutions calling with an API key that holds `scope`; staff tokens are refused. */
export function PartnerScope(scope: string): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized(`scope:${scope}` as Role)(target, method, descriptor);
  };
}

/** For a signed-in user of at least `role`, or an API key holding `scope` (the institution's own systems). */
export function AllowOrScope(role: Role, scope: string): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized([role, `scope:${scope}` as Role])(target, method, descriptor);
  };
}

/**
 * The app's customer-facing API: an API key of the institution's own (no partner) holding customers:self, about the
 * customer whose id is in `customerArg` (one that does not exist answers NOT_FOUND; null: the operation finds its
 * customer itself). Staff tokens and partner keys are refused; what the operation reads or changes must be that
 * customer's (see `assertCustomerOwns`).
 */
export function CustomerSelf(customerArg: string | null = 'customerId'): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized(`self:${customerArg ?? ''}` as Role)(target, method, descriptor);
  };
}

/** The customer a record of a registered kind belongs to (see `registerCustomerOwner`), or null. */
export async function customerOwning(ctx: RequestContext, kind: string, id: string): Promise<string | null> {
  const owner = owners.get(kind);
  if (!owner) throw new Error(`No owner lookup is registered for ${kind}`);
  return owner.lookup(ctx, id);
}

/** Throws NOT_FOUND unless the record of `kind` is the customer's (another customer's looks like one that does not exist). */
export async function assertCustomerOwns(ctx: RequestContext, kind: string, id: string, customerId: string): Promise<void> {
  if ((await customerOwning(ctx, kind, id)) !== customerId) throw notFound(owners.get(kind)!.type, id);
}

/** Open to anyone, signed in or not (login). Declared as explicitly as @Allow. */
export function Public(): MethodDecorator {
  return (target, method) => {
    declare(target, method);
  };
}

/** Deny by default: refuse to build a schema with a query or mutation that declares neither @Allow nor @Public. */
export function assertEveryOperationDeclaresAccess(): void {
  const storage = getMetadataStorage();
  const missing = [...storage.queries, ...storage.mutations]
    .filter((op) => !isGuarded(op.target, op.methodName))
    .map((op) => `${op.target.name}.${op.methodName}`);
  if (missing.length > 0) throw new Error(`Operations without @Allow or @Public: ${missing.join(', ')}`);
}

/** Whether a customer exists (the customers module registers it). */
type CustomerCheck = (ctx: RequestContext, customerId: string) => Promise<boolean>;
let customerExists: CustomerCheck = async () => false;
export function registerCustomerCheck(check: CustomerCheck): void {
  customerExists = check;
}

/** Whether a customer is in the calling advisor's portfolio (the customers module registers it). */
type PortfolioCheck = (ctx: RequestContext, customerId: string) => Promise<boolean>;
let inPortfolio: PortfolioCheck = async () => false;
export function registerPortfolioCheck(check: PortfolioCheck): void {
  inPortfolio = check;
}

/** Whose a record is: the customer an order (say) belongs to, for an advisor's reach (each module registers its kinds). */
type OwnerLookup = (ctx: RequestContext, id: string) => Promise<string | null>;
const owners = new Map<string, { type: string; lookup: OwnerLookup }>();
export function registerCustomerOwner(kind: string, type: string, lookup: OwnerLookup): void {
  owners.set(kind, { type, lookup });
}

/**
 * For staff of at least `role`, or an advisor for a record of a customer of their own portfolio: `kind` is a record
 * kind registered with `registerCustomerOwner` (an order…), `idArg` the argument holding its id (NOT_FOUND otherwise);
 * with `scope`, an API key holding it too.
 */
export function AllowOrAdvisorFor(role: Role, kind: string, options: { scope?: string; idArg?: string } = {}): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    const also = options.scope ? [`scope:${options.scope}` as Role] : [];
    Authorized([role, ...also, `advisor:${options.idArg ?? 'id'}:${kind}` as Role])(target, method, descriptor);
  };
}

/**
 * For staff of at least `role`, or an advisor for the customers of their own portfolio: `customerArg` names the
 * argument holding the customer's id (a customer not theirs answers NOT_FOUND, as one that does not exist); without
 * it the operation itself keeps an advisor to their portfolio (a list narrowed to it).
 */
export function AllowOrAdvisor(role: Role, customerArg?: string): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized([role, `advisor:${customerArg ?? ''}` as Role])(target, method, descriptor);
  };
}

/** For staff of at least `role`, an API key holding `scope`, or an advisor for a customer of their own portfolio. */
export function AllowOrScopeOrAdvisor(role: Role, scope: string, customerArg: string): MethodDecorator {
  return (target, method, descriptor) => {
    declare(target, method);
    Authorized([role, `scope:${scope}` as Role, `advisor:${customerArg}` as Role])(target, method, descriptor);
  };
}

/** Why `needed` (a role, `scope:<scope>` or `advisor:<argument>`) does not let this caller through; null when it does. */
function refusal(context: RequestContext, needed: string): Error | null {
  if (needed.startsWith('self:')) {
    if (!context.partner) return context.actor ? forbidden('an API key') : unauthenticated(context.authProblem ?? 'Send an API key in the X-Api-Key header');
    if (context.partner.partnerId) return forbidden(`the institution's own app key (partner keys may use the operations of their scopes only)`);
    return context.partner.scopes.includes(ApiScope.CUSTOMERS_SELF) ? null : forbidden(`an API key with the ${ApiScope.CUSTOMERS_SELF} scope`);
  }
  if (needed.startsWith('advisor:')) {
    if (context.partner) return forbidden('a staff user (API keys may use the operations of their scopes only)');
    if (!context.actor) return unauthenticated(context.authProblem);
    return context.actor.role === Roles.ADVISOR ? null : forbidden('an advisor');
  }
  if (needed.startsWith('scope:')) {
    const scope = needed.slice('scope:'.length);
    if (!context.partner) return context.actor ? forbidden('an API key') : unauthenticated(context.authProblem ?? 'Send an API key in the X-Api-Key header');
    return context.partner.scopes.includes(scope) ? null : forbidden(`an API key with the ${scope} scope`);
  }
  if (context.partner) return forbidden(`${needed} (API keys may use the operations of their scopes only)`);
  if (!context.actor) return unauthenticated(context.authProblem);
  return roleAtLeast(context.actor.role, needed as Role) ? null : forbidden(needed);
}

/** An operation lets a caller through when any of the roles or scopes it declares does; else the first refusal. */
export const authChecker: AuthChecker<RequestContext, Role> = async ({ context, args }, roles) => {
  const refusals = roles.map((needed) => refusal(context, String(needed)));
  const passed = roles.filter((_r, i) => refusals[i] === null).map(String);
  if (passed.length === 0) throw refusals[0];
  // The app names its customer: one that does not exist answers NOT_FOUND.
  const self = passed.find((p) => p.startsWith('self:'));
  if (self) {
    const arg = self.slice('self:'.length);
    const id = String((args as Record<string, unknown>)[arg] ?? '');
    if (arg && !(await customerExists(context, id))) throw notFound('Customer', id);
    return true;
  }
  // An advisor passes only for a customer of their own portfolio.
  const advisor = passed.every((p) => p.startsWith('advisor:')) ? passed[0].slice('advisor:'.length) : null;
  if (advisor) {
    const [arg, kind] = advisor.split(':');
    const id = String((args as Record<string, unknown>)[arg] ?? '');
    if (kind) {
      const owner = owners.get(kind);
      const customerId = owner ? await owner.lookup(context, id) : null;
      if (!owner || !customerId || !(await inPortfolio(context, customerId))) throw notFound(owner?.type ?? kind, id);
    } else if (!(await inPortfolio(context, id))) throw notFound('Customer', id);
  }
  return true;
};
