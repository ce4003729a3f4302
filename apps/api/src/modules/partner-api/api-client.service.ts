import { defaultKeyExpiry, keyExpiryViolations, keyRefusal, keyScopeViolations } from '@tierwise/domain';
import { inTransaction, type PartnerCaller, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { PartnerInstitution } from '../partners';
import { ApiClient } from './api-client.entity';
import type { ApiClientFilter, CreateApiClientArgs, UpdateApiClientArgs } from './api-client.inputs';
import { newApiKey, parseApiKey, secretMatches } from './api-key';
import { PartnerApiErrors } from './partner-api.errors';

const clients = new CrudRepository(ApiClient, 'ApiClient', ['name', 'keyPrefix', 'expiresAt', 'lastUsedAt', 'createdAt', 'updatedAt'], ['name', 'keyPrefix'], {
  keyHash: () => '[hash]',
});

/** lastUsedAt is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const byPartner = (filter?: ApiClientFilter) => equalityFilter<ApiClientFilter>(['partnerId'])(filter);

export const ApiClientService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ApiClientFilter) =>
    clients.list(ctx, args, filter, byPartner(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: ApiClientFilter) => clients.count(ctx, filter, byPartner(filter)),
  get: (ctx: RequestContext, id: string) => clients.get(ctx, id),

  /** A new key for a partner: returned once, with the record (only its hash is kept). */
  create: (ctx: RequestContext, args: CreateApiClientArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      if (args.partnerId && !(await tx.manager.existsBy(PartnerInstitution, { id: args.partnerId }))) throw notFound('PartnerInstitution', args.partnerId);
      const expiresAt = args.expiresAt ?? defaultKeyExpiry(now);
      assertNoViolations([...keyScopeViolations(args.partnerId ?? null, args.scopes), ...keyExpiryViolations(expiresAt, now)]);
      const { key, prefix, hash } = newApiKey();
      const created = await clients.create(tx, {
        partnerId: args.partnerId ?? null,
        name: args.name,
        scopes: [...new Set(args.scopes)],
        pointsPerMinute: args.pointsPerMinute ?? 1000,
        expiresAt,
        keyPrefix: prefix,
        keyHash: hash,
        revokedAt: null,
        lastUsedAt: null,
        createdBy: tx.actor!.email,
      });
      return Object.assign(created, { key });
    }),

  update: (ctx: RequestContext, args: UpdateApiClientArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const current = await clients.get(tx, args.id);
      const { revoked: _revoked, ...fields } = changesFrom(args, ['name', 'scopes', 'pointsPerMinute']);
      const changes: Partial<ApiClient> = fields;
      if (args.revoked === false && current.revokedAt)
        throw badInput([{ field: 'revoked', code: PartnerApiErrors.REVOKED_FOR_GOOD, message: 'A revoked key stays revoked: create a new one' }]);
      if (args.revoked && !current.revokedAt) changes.revokedAt = now;
      if (args.scopes) assertNoViolations(keyScopeViolations(current.partnerId, args.scopes));
      return (await clients.update(tx, args.id, args.version, changes)).after;
    }),

  /**
   * The partner behind an API key, or why the key is refused. Expired and revoked keys are refused the same way
   * as unknown ones to the caller; the reason is only in the message.
   */
  async authenticate(ctx: RequestContext, rawKey: string, now = new Date()): Promise<PartnerCaller | string> {
    const parsed = parseApiKey(rawKey);
    if (!parsed) return 'The API key is malformed';
    // The key and its partner's status in one statement: this runs on every partner request.
    const client = await ctx.manager
      .getRepository(ApiClient)
      .createQueryBuilder('c')
      .leftJoin('c.partner', 'p')
      .addSelect(['p.id', 'p.status'])
      .where('c.keyPrefix = :prefix', { prefix: parsed.prefix })
      .getOne();
    if (!client || !secretMatches(parsed.secret, client.keyHash)) return 'The API key is not valid';
    const refusal = keyRefusal({ ...client, partnerStatus: client.partner?.status ?? null }, now);
    if (refusal) return refusal;
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      // A plain statement: TypeORM's update would also bump the version, and an admin's open edit would then conflict.
      const column = ctx.dataSource.getMetadata(ApiClient).findColumnWithPropertyName('lastUsedAt')!;
      const at = ctx.dataSource.driver.preparePersistentValue(now, column);
      await inTransaction(ctx, (tx) => tx.manager.query('UPDATE api_client SET lastUsedAt = ? WHERE id = ?', [at, client.id]));
    }
    return { clientId: client.id, partnerId: client.partnerId, scopes: client.scopes, pointsPerMinute: client.pointsPerMinute, keyPrefix: client.keyPrefix };
  },
};
