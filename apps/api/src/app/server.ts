import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import helmet from 'helmet';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { TokenService } from '../common/auth';
import type { Actor, RequestContext } from '../common/context';
import { formatError } from '../common/format-error';
import { jitGateway } from '../common/graphql-executor';
import { armorRules, introspectionPolicy, noSubscriptions, parseOptions } from '../common/graphql-limits';
import { LoaderCache, rowSourceOf } from '../common/persistence/loaders';
import { logger, Metrics, observabilityPlugin, requestIdFrom } from '../common/observability';
import { jobs } from '../common/queue';
import { outreachCallbackHandler } from '../modules/outreach';
import { LimiterStore, RollingBudgets } from '../common/rate-limit';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/unavailable';
import { LoginThrottle } from '../modules/auth';
import { ApiClientService, partnerLimitsPlugin } from '../modules/partner-api';
import { createSchema } from './schema';
import type { AppConfig } from './config';

/** Apollo's own warnings and errors, into the structured log. */
const apolloLogger = {
  debug: (message: string) => logger.debug({ source: 'apollo' }, message),
  info: (message: string) => logger.info({ source: 'apollo' }, message),
  warn: (message: string) => logger.warn({ source: 'apollo' }, message),
  error: (message: string) => logger.error({ source: 'apollo' }, message),
};

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export { GRAPHQL_LIMITS } from '../common/graphql-limits';

/**
 * Apollo's caches of parsed documents and of automatic persisted queries, each bounded (4 MiB of their size estimate; a
 * parsed document takes several times its estimate in the heap).
 */
const DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024;

/** A partner's API key: `X-Api-Key: tw_…` or `Authorization: ApiKey tw_…`. */
function apiKeyFrom(req: { headers: Record<string, string | string[] | undefined> }): string | null {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  return /^ApiKey (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? null;
}

async function actorFrom(header: string | undefined, tokens: TokenService, dataSource: DataSource): Promise<Actor | null> {
  const match = /^Bearer (.+)$/i.exec(header ?? '');
  if (!match) return null;
  const userId = await tokens.verify(match[1]);
  if (!userId) return null;
  // The account is read on every request (one indexed row), so a deleted user or a changed role takes effect at once.
  const [user] = (await dataSource.query('SELECT id, email, role FROM app_user WHERE id = ?', [userId])) as Actor[];
  return user ?? null;
}

/** The HTTP server: GraphQL at /graphql, the console at /, liveness at /healthz, readiness at /readyz. */
/**
 * With read replicas configured (DATABASE_REPLICA_URLS), a GraphQL **query** reads from one of them: its manager is a
 * replica's query runner, released when the response goes out. A mutation — and every read it makes after its writes —
 * stays on the primary, as do transactions (writes inside a query, like an audit entry, go to the primary too), jobs
 * and everything outside GraphQL. Authentication happens before, on the primary.
 */
interface ReplicaReads {
  manager: EntityManager | null;
}

function readReplicaPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  const replicated = 'replication' in dataSource.options && !!dataSource.options.replication;
  return {
    async requestDidStart() {
      if (!replicated) return;
      let runner: QueryRunner | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          runner = dataSource.createQueryRunner('slave');
          contextValue.manager = runner.manager;
          const reads = (contextValue as RequestContext & { replicaReads?: ReplicaReads }).replicaReads;
          if (reads) reads.manager = runner.manager;
        },
        async willSendResponse() {
          if (runner && !runner.isReleased) await runner.release();
        },
      };
    },
  };
}

export async function startServer(config: AppConfig, dataSource: DataSource, port = config.port): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  const limiterStore = new LimiterStore(config.redisUrl, config.redisPrefix);
  const schema = await createSchema(tokens, new LoginThrottle(limiterStore));
  const budgets = new RollingBudgets(limiterStore);
  const metrics = new Metrics(dataSource);
  jobs.instrument(metrics.registry, dataSource);
  const armor = armorRules(config.production);
  const apollo = new ApolloServer<RequestContext>({
    // The schema, executed by graphql-jit (see common/graphql-executor).
    gateway: jitGateway(schema),
    validationRules: [...armor.validationRules, noSubscriptions],
    parseOptions,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_BYTES, sizeCalculation: InMemoryLRUCache.sizeCalculation }),
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: DOCUMENT_CACHE_BYTES }), ttl: 3600 },
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      observabilityPlugin(schema, metrics),
      introspectionPolicy(config.production),
      partnerLimitsPlugin(schema, budgets),
      readReplicaPlugin(dataSource),
      // No HTTP caching hints are used; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Compact JSON: Apollo pretty-prints by default, which costs bytes and CPU on every list.
    stringifyResult: (value) => JSON.stringify(value),
    formatError,
    introspection: true,
    logger: apolloLogger,
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          // MUI (the console's components) injects its styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      // Served over plain HTTP on a local machine too; HSTS belongs to the TLS-terminating proxy in front of it.
      strictTransportSecurity: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: dataSource.options.type });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  // A channel provider's delivery reports (the raw body: its HMAC signature is checked).
  app.post('/outreach/callbacks', express.raw({ type: '*/*', limit: '1mb' }), outreachCallbackHandler(dataSource));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        // Shared by reference with the copy of the context Apollo hands the resolvers (readReplicaPlugin sets it).
        const reads: ReplicaReads = { manager: null };
        const ctx: RequestContext & { replicaReads: ReplicaReads } = {
          actor: null,
          dataSource,
          manager: dataSource.manager,
          replicaReads: reads,
          // Loaders read with the request's manager: a replica's for a query (readReplicaPlugin), else the primary.
          loaders: new LoaderCache(() => (reads.manager ? rowSourceOf(reads.manager) : dataSource)),
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          requestId: String(res.locals.requestId),
        };
        try {
          const apiKey = apiKeyFrom(req);
          if (apiKey) {
            const caller = await ApiClientService.authenticate(ctx, apiKey);
            if (typeof caller === 'string') ctx.authProblem = caller;
            else ctx.partner = caller;
          } else {
            ctx.actor = await actorFrom(req.headers.authorization, tokens, dataSource);
          }
        } catch (error) {
          // Credentials could not be checked: a database outage is "try again shortly" (503), anything else a fault.
          if (isDatabaseUnavailable(error)) throw serviceUnavailable();
          throw error;
        }
        return ctx;
      },
    }),
  );
  // A body that is not JSON, or too large: the client's mistake, answered in GraphQL's error shape.
  app.use(
    '/graphql',
    (error: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!error?.status || error.status >= 500) return next(error);
      res.status(error.status).json({
        errors: [
          {
            message: error.type === 'entity.too.large' ? 'The request body is larger than 1 MB' : 'The request body is not valid JSON',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  if (existsSync(join(config.consoleDir, 'index.html'))) {
    // The console's files, compressed (brotli or gzip, as the browser accepts). Vite names built assets by their content
    // hash, so they never change under their name: cached for a year, immutable. index.html names the current ones: never cached.
    app.use(compression());
    app.use(
      express.static(config.consoleDir, {
        index: 'index.html',
        setHeaders: (res, path) => {
          res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
    app.get(/^\/(?!graphql|healthz|readyz|metrics).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(join(config.consoleDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The console is not built. Run `npm start` from the repository root (it builds the console), or `npm run build`.');
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: async () => {
      await apollo.stop();
      await budgets.close();
    },
  };
}
