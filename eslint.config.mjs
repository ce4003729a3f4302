// The layering rule of ../shared/ARCHITECTURE.md, enforced: imports only point down.
//   packages/domain ← apps/api/src/common (kernel) ← apps/api/src/modules/* ← apps/api/src/app (composition root) ← main, scripts
// `npm run lint` runs it; `npm test` runs it first, so CI fails on an import that points up.
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const api = 'apps/api/src';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'test-output/**', '.turbo/**', `${api}/database/migrations/**`] },
  {
    files: [`${api}/**/*.ts`, 'packages/domain/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { import: importPlugin, '@typescript-eslint': tseslint.plugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import/no-restricted-paths': ['error', {
        basePath: import.meta.dirname,
        zones: [
          { target: 'packages/domain/src', from: ['apps', 'packages/client', 'packages/schema'], message: 'The domain is pure: it imports nothing of the apps.' },
          { target: `${api}/common`, from: [`${api}/modules`, `${api}/app`, `${api}/scripts`, `${api}/main.ts`],
            message: 'The kernel (common/) imports no module and not the composition root: publish an event or take a parameter instead.' },
          { target: `${api}/modules`, from: [`${api}/app`, `${api}/scripts`, `${api}/main.ts`],
            message: 'A module does not import the composition root (app/), main or scripts.' },
          { target: `${api}/app`, from: [`${api}/scripts`, `${api}/main.ts`], message: 'The composition root does not import main or scripts.' },
        ],
      }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
