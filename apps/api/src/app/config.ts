import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  /** Read replicas (MySQL): GraphQL queries read from them; mutations, jobs and everything else use DATABASE_URL. */
  databaseReplicaUrls: string[];
  sqlitePath: string;
  adminEmail: string;
  adminPassword: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
  consoleDir: string;
  production: boolean;
  seedDemoData: boolean;
  /** With the demo catalogue, a few hundred demo customers (never in production). */
  seedDemoPopulation: boolean;
  /** Redis for the partner keys' rate-limit budgets and the sign-in lock-out, shared by every API instance; in memory when unset. */
  redisUrl?: string;
  /** Prefix of this deployment's keys in Redis. */
  redisPrefix: string;
  /** Jobs a worker runs at once (WORKER_CONCURRENCY). */
  workerConcurrency: number;
  /** How long a worker holds a job before another may take it over if it stops answering (WORKER_LOCK_MS). */
  workerLockMs: number;
  /** The worker's own /metrics and /healthz port (WORKER_PORT; 0 for none). */
  workerPort: number;
}

/** Configuration from the environment, with local-use defaults; production refuses the insecure ones. */
/** DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of DATABASE_URL's database. */
function replicaUrls(env: NodeJS.ProcessEnv): string[] {
  const urls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length && !/^(mysql|mariadb):\/\//.test(env.DATABASE_URL ?? '')) throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL on MySQL/MariaDB');
  for (const url of urls) if (!/^(mysql|mariadb):\/\//.test(url)) throw new Error(`DATABASE_REPLICA_URLS takes mysql:// URLs (got "${url.split(':')[0]}:")`);
  return urls;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const repoRoot = resolve(__dirname, '../../../..');
  const adminPassword = env.ADMIN_PASSWORD ?? 'tierwise-admin';
  if (production && !env.JWT_SECRET) throw new Error('JWT_SECRET must be set when NODE_ENV=production (at least 32 random characters)');
  if (production && !env.ADMIN_PASSWORD) throw new Error('ADMIN_PASSWORD must be set when NODE_ENV=production');
  if (env.JWT_SECRET && env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrls: replicaUrls(env),
    sqlitePath: env.SQLITE_PATH ?? resolve(repoRoot, 'data/tierwise.sqlite'),
    adminEmail: (env.ADMIN_EMAIL ?? 'admin@tierwise.local').toLowerCase(),
    adminPassword,
    // Without JWT_SECRET (local use), tokens are signed with a per-process key: a restart signs everyone out.
    jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    consoleDir: env.CONSOLE_DIR ?? resolve(repoRoot, 'apps/console/dist'),
    production,
    // Demo data goes into an empty database for local use; a production deployment opts in explicitly.
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !production,
    seedDemoPopulation: !production && (env.SEED_DEMO_POPULATION ? env.SEED_DEMO_POPULATION === 'true' : true),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'tierwise',
    workerConcurrency: Math.max(1, Number(env.WORKER_CONCURRENCY ?? 4) || 4),
    workerLockMs: Math.max(1000, Number(env.WORKER_LOCK_MS ?? 30_000) || 30_000),
    workerPort: Number(env.WORKER_PORT ?? 4001),
  };
}

/** The prefix of the job queue's keys in Redis (beside the rate limits' keys). */
export const bullPrefix = (redisPrefix: string) => `${redisPrefix}:bull`;
