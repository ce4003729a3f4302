// The layering rule of ../shared/ARCHITECTURE.md, enforced: imports only point down.
//   packages/domain ← apps/api/src/common (kernel) ← apps/api/src/modules/* ← apps/api/src/app (composition root) ← main, worker, scripts
// `npm run lint` runs it; `npm test` runs it first, so CI fails on an import that points up.
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const api = 'apps/api/src';

/**
 * The modules from the bottom up: each may import the ones before it, never one after it. A lower module that must let a
 * higher one act publishes an event or asks `usages` (common/events.ts), wired in app/subscriptions.ts.
 */
const MODULES = [
  'users',
  'auth',
  'audit',
  'jobs',
  'approvals',
  'planning',
  'partners',
  'exchange-rates',
  'benefits',
  'tiers',
  'products',
  'customers',
  'benefit-ledger',
  'consents',
  'risk-profile',
  'tiering',
  'segments',
  'needs',
  'orders',
  'service-desk',
  'advisory',
  'recommendations',
  'scenarios',
  'outreach',
  'wealth-planning',
  'credit-lines',
  'customer-app',
  'assistant',
  'kpis',
  'partner-api',
];
const moduleOrder = MODULES.map((name, i) => ({
  target: `${api}/modules/${name}`,
  from: MODULES.slice(i + 1).map((higher) => `${api}/modules/${higher}`),
  message: `modules/${name} may import only the modules below it (${MODULES.slice(0, i).join(', ') || 'none'}): publish an event or register a usage instead.`,
})).filter((zone) => zone.from.length > 0);

/** Outside its own folder, a module is reached only through its index.ts: what it chose to offer, not its internals. */
const throughIndex = MODULES.map((name) => ({
  target: [`${api}/modules/!(${name})/**`, `${api}/app/**`, `${api}/scripts/**`, `${api}/main.ts`, `${api}/worker.ts`],
  from: `${api}/modules/${name}`,
  except: ['./index.ts'],
  message: `Import modules/${name} through its index.ts (add what you need to its exports), not a file inside it.`,
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'test-output/**', '.turbo/**', `${api}/database/migrations/**`] },
  {
    files: [`${api}/**/*.ts`, 'packages/domain/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { import: importPlugin, '@typescript-eslint': tseslint.plugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'packages/domain/src',
              from: ['apps', 'packages/client', 'packages/schema'],
              message: 'The domain is pure: it imports nothing of the apps.',
            },
            {
              target: `${api}/common`,
              from: [`${api}/modules`, `${api}/app`, `${api}/scripts`, `${api}/main.ts`, `${api}/worker.ts`],
              message: 'The kernel (common/) imports no module and not the composition root: publish an event or take a parameter instead.',
            },
            {
              target: `${api}/modules`,
              from: [`${api}/app`, `${api}/scripts`, `${api}/main.ts`, `${api}/worker.ts`],
              message: 'A module does not import the composition root (app/), main or scripts.',
            },
            {
              target: `${api}/app`,
              from: [`${api}/scripts`, `${api}/main.ts`, `${api}/worker.ts`],
              message: 'The composition root does not import main or scripts.',
            },
            ...moduleOrder,
            ...throughIndex,
          ],
        },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
