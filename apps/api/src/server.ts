import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DataSource } from 'typeorm';
import { TokenService } from './common/auth';
import type { Actor, RequestContext } from './common/context';
import { formatError } from './common/format-error';
import { createLoaders } from './common/loaders';
import { createRateLimitStore } from './common/rate-limit';
import { LoginThrottle } from './modules/auth/login-throttle';
import { ApiClientService } from './modules/partner-api/api-client.service';
import { partnerLimitsPlugin } from './modules/partner-api/partner-limits';
import { createSchema } from './schema';
import type { AppConfig } from './config';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Query limits: deep enough for the console's queries and schema introspection, no further. */
export const GRAPHQL_LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 20000, maxTokens: 4000, maxDirectives: 20 };

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
export async function startServer(config: AppConfig, dataSource: DataSource, port = config.port): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  const schema = await createSchema(tokens, new LoginThrottle());
  const rateLimits = createRateLimitStore(config.redisUrl);
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...armor,
    plugins: [
      ...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(),
      partnerLimitsPlugin(schema, rateLimits, config.production),
      // No HTTP caching hints are used; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Compact JSON: Apollo pretty-prints by default, which costs bytes and CPU on every list.
    stringifyResult: (value) => JSON.stringify(value),
    formatError,
    introspection: true,
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: dataSource.options.type });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async ({ req }): Promise<RequestContext> => {
      const ctx: RequestContext = {
        actor: null, dataSource, manager: dataSource.manager, loaders: createLoaders(dataSource), ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      };
      const apiKey = apiKeyFrom(req);
      if (apiKey) {
        const caller = await ApiClientService.authenticate(ctx, apiKey);
        if (typeof caller === 'string') ctx.authProblem = caller; else ctx.partner = caller;
      } else {
        ctx.actor = await actorFrom(req.headers.authorization, tokens, dataSource);
      }
      return ctx;
    },
  }));

  if (existsSync(join(config.consoleDir, 'index.html'))) {
    app.use(express.static(config.consoleDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => { res.sendFile(join(config.consoleDir, 'index.html')); });
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
      await rateLimits.close();
    },
  };
}
