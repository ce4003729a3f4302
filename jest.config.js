/** One jest run for the whole repo: domain unit tests, API e2e tests, contract and browser tests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@tierwise/domain$': '<rootDir>/packages/domain/src/index.ts',
    '^@tierwise/client$': '<rootDir>/packages/client/src/index.ts',
  },
  // jose is ESM-only: Node 20 loads it with require(esm), jest needs it transformed.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testEnvironment: 'node',
};

module.exports = {
  rootDir: __dirname,
  testTimeout: 60000,
  projects: [
    { ...common, rootDir: __dirname, displayName: 'domain', testMatch: ['<rootDir>/packages/domain/src/**/*.spec.ts'] },
    { ...common, rootDir: __dirname, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/e2e/**/*.e2e-spec.ts'] },
    {
      ...common,
      rootDir: __dirname,
      displayName: 'console',
      testMatch: ['<rootDir>/apps/console/src/**/*.spec.ts', '<rootDir>/apps/console/e2e/**/*.browser-spec.ts'],
    },
  ],
};
