import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { createTierwiseClient, PublishRiskWarningDocument, UpsertRiskAssessmentsDocument, type InvestorRiskLevel, type TierwiseClient } from '@tierwise/client';
import { loadConfig } from '../src/app/config';
import { createDataSource, migrate } from '../src/app/data-source';
import { ensureMysqlDatabase } from '../src/app/mysql-database';
import { seed } from '../src/app/seed';
import { ChangeResource } from '@tierwise/domain';
import { FourEyesSetting } from '../src/modules/approvals';
import { startServer, type RunningServer } from '../src/app/server';
import { JobRun } from '../src/common/job-run.entity';
import { JobRunStatus } from '../src/common/enums';

export type DatabaseKind = 'sqlite' | 'mysql';

/** Whether this run is CI's: `CI=true` or `CI=1` (what CI services set), where nothing may be skipped quietly. */
export const underCi = (env: NodeJS.ProcessEnv = process.env) => /^(true|1)$/i.test(env.CI ?? '');

/**
 * SQLite always; MySQL/MariaDB as well when MYSQL_URL is set. Under CI the MariaDB half is required: a run without
 * MYSQL_URL fails instead of silently testing one database.
 */
export function databaseKinds(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  if (env.MYSQL_URL) return ['sqlite', 'mysql'];
  if (underCi(env)) throw new Error('MYSQL_URL is required under CI (CI=true): every database test runs on SQLite and on MySQL/MariaDB');
  return ['sqlite'];
}

/** Counts the SQL statements TypeORM sends, for tests that guard against N+1 queries. */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  /** Statements the database refused (kept, not printed: many tests provoke them on purpose, e.g. lost races that are retried). */
  failed: { error: string; query: string }[] = [];
  logQuery(query: string) {
    this.count++;
    this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string) {
    if (this.failed.length < 1000) this.failed.push({ error: String(error), query: query.slice(0, 500) });
  }
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

/** A database of its own for one test file: SQLite in memory, or a MySQL database named after the file, recreated. */
export async function createTestDatabase(kind: DatabaseKind, testFile: string, logger?: Logger, options: { sqliteFile?: boolean } = {}): Promise<DataSource> {
  let url: string | undefined;
  let flavour: 'mysql' | 'mariadb' | undefined;
  let sqlitePath = ':memory:';
  if (kind === 'sqlite' && options.sqliteFile) {
    sqlitePath = join(mkdtempSync(join(tmpdir(), 'tierwise-test-')), `${basename(testFile).replace(/\..*$/, '')}.sqlite`);
  }
  if (kind === 'mysql') {
    const name = `tw_${basename(testFile)
      .replace(/\..*$/, '')
      .replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 60);
    const base = new URL(process.env.MYSQL_URL!);
    base.pathname = `/${name}`;
    url = base.toString();
    flavour = await ensureMysqlDatabase(url, { recreate: true });
  }
  const dataSource = createDataSource({ url, sqlitePath, logger, flavour });
  await dataSource.initialize();
  await migrate(dataSource);
  return dataSource;
}

export const ADMIN = { email: 'admin@tierwise.local', password: 'admin-password-for-tests' };
export const PM = { email: 'pm@tierwise.local', password: 'tierwise-demo' };
export const VIEWER = { email: 'viewer@tierwise.local', password: 'tierwise-demo' };
/** The demo's second product manager, who approves changes (four eyes). */
export const CHECKER = { email: 'checker@tierwise.local', password: 'tierwise-demo' };

export interface TestApi {
  kind: DatabaseKind;
  server: RunningServer;
  /** The GraphQL endpoint. */
  url: string;
  dataSource: DataSource;
  queries: QueryCounter;
  /** A client signed in as the admin, a product manager, a viewer, or not at all. */
  admin: TierwiseClient;
  pm: TierwiseClient;
  checker: TierwiseClient;
  viewer: TierwiseClient;
  anonymous: TierwiseClient;
  close(): Promise<void>;
}

/** The real HTTP server on a random port, over a fresh database with the demo data, and signed-in clients. */
export async function startTestApi(
  kind: DatabaseKind,
  testFile: string,
  options: {
    seedCatalogue?: boolean;
    demoPopulation?: boolean;
    env?: NodeJS.ProcessEnv;
    sqliteFile?: boolean;
    /** Keep four eyes on (the product's default). Tests of everything else write directly: the institution's setting, off. */
    fourEyes?: boolean;
  } = {},
): Promise<TestApi> {
  const queries = new QueryCounter();
  const dataSource = await createTestDatabase(kind, testFile, queries, { sqliteFile: options.sqliteFile });
  const config = { ...loadConfig({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...options.env }), consoleDir: '/nonexistent' };
  await seed(dataSource, { ...config, seedDemoData: options.seedCatalogue ?? true, seedDemoPopulation: options.demoPopulation ?? false });
  if (!options.fourEyes) await turnFourEyesOff(dataSource);
  const server = await startServer(config, dataSource, 0);
  const url = `${server.url}/graphql`;
  const signedIn = async (who: { email: string; password: string }) => {
    const client = createTierwiseClient({ url });
    await client.login(who.email, who.password);
    return client;
  };
  return {
    kind,
    server,
    url,
    dataSource,
    queries,
    admin: await signedIn(ADMIN),
    pm: await signedIn(PM),
    checker: await signedIn(CHECKER),
    viewer: await signedIn(VIEWER),
    anonymous: createTierwiseClient({ url }),
    async close() {
      await server.close();
      await dataSource.destroy();
    },
  };
}

/** The institution's setting, as an administrator would make it: every resource written directly, without approval. */
export async function turnFourEyesOff(dataSource: DataSource): Promise<void> {
  for (const resource of Object.values(ChangeResource)) {
    await dataSource.manager.save(FourEyesSetting, { resource, enabled: false, updatedBy: 'test setup', updatedAt: new Date() });
  }
}

/** POST a raw GraphQL body (for malformed or hostile requests the typed client cannot express). */
export async function postGraphQL(api: TestApi, body: unknown, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

/** The environment that points a separate process (the built API, a CLI) at a test's database. */
export function databaseEnv(api: TestApi): Record<string, string> {
  const options = api.dataSource.options as { url?: string; database?: string };
  if (api.kind === 'mysql') return { DATABASE_URL: options.url! };
  if (!options.database || options.database === ':memory:')
    throw new Error('an in-memory SQLite database cannot be shared: start the test API with sqliteFile: true');
  return { SQLITE_PATH: options.database, DATABASE_URL: '' };
}

/**
 * Give customers a risk level the only way there is: an assessment record (imported, with its source and evidence),
 * assessed a month ago and valid until `expiresAt` (a year on by default).
 */
export async function assess(api: TestApi, levels: Record<string, InvestorRiskLevel>, options: { assessedAt?: Date; expiresAt?: Date } = {}) {
  const assessedAt = options.assessedAt ?? new Date(Date.now() - 30 * 24 * 3600 * 1000);
  const expiresAt = options.expiresAt ?? new Date(assessedAt.getTime() + 365 * 24 * 3600 * 1000);
  const items = Object.entries(levels).map(([customerRef, level]) => ({
    externalRef: `TEST-${customerRef}-${assessedAt.getTime()}`,
    customerRef,
    level,
    assessedAt: assessedAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    sourceSystem: 'test',
    evidenceRef: `signed questionnaire ${customerRef}`,
  }));
  return (await api.pm.request(UpsertRiskAssessmentsDocument, { items })).upsertRiskAssessments;
}

/** The special risk warning of an R4 product, published by a product manager (an investor below R4 must confirm it). */
export async function publishR4Warning(api: TestApi, productId: string) {
  const warning = await api.pm.request(PublishRiskWarningDocument, {
    productId,
    textZh: '本产品风险等级 R4，高于您的风险承受能力，可能损失全部本金。',
    textEn: 'This product is R4, above your risk tolerance: you may lose all the money you invest.',
  });
  return warning.publishRiskWarning;
}

/** The built API (`npm test` builds it first) as a process of its own, with `env` (its database, Redis, …). */
export async function startApiProcess(env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const main = join(__dirname, '../dist/main.js');
  if (!existsSync(main)) throw new Error('apps/api is not built: `npm test` builds it first (or run `npm run build`)');
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      // Background jobs in the process itself unless the test gives it Redis (then a worker runs them).
      REDIS_URL: '',
      ...env,
      PORT: '0',
      ADMIN_PASSWORD: 'admin-password-for-tests',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Tierwise API on (http:\/\/\S+) /.exec(out);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the API process exited (${code}) before listening: ${out}`)));
  });
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Wait until `check` answers something truthy (background jobs run after the request that queued them), or fail. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, what = 'the expected state'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Wait for a background job (by the id a mutation answered) to have run to the end in the test's API. */
export async function jobFinished(api: TestApi, jobKey: string | null | undefined, timeoutMs = 15_000): Promise<JobRun> {
  if (!jobKey) throw new Error('No job was queued');
  return (await eventually(() => api.dataSource.manager.findOneBy(JobRun, { jobKey, status: JobRunStatus.DONE }), timeoutMs, `job ${jobKey}`))!;
}

/** The built worker (`dist/worker.js`) as a process of its own, with `env` (its database, Redis, …); ready once it says so. */
export async function startWorkerProcess(env: Record<string, string>): Promise<{ pid: number; kill(signal?: NodeJS.Signals): Promise<void> }> {
  const worker = join(__dirname, '../dist/worker.js');
  if (!existsSync(worker)) throw new Error('apps/api is not built: `npm test` builds it first (or run `npm run build`)');
  const child = spawn(process.execPath, [worker], {
    env: { ...process.env, WORKER_PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Tierwise worker processing background jobs')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it was ready: ${out}`)));
  });
  child.stdout!.resume();
  return {
    pid: child.pid!,
    kill: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await once(child, 'exit');
    },
  };
}
