import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { printContract, SCHEMA_PATH } from '../src/scripts/emit-schema';

const STALE = 'is stale: run `npm run codegen` and commit the result';
const ROOT = join(__dirname, '../../..');

describe('the generated contract', () => {
  it(`packages/schema/schema.graphql matches the resolvers (if not, it ${STALE})`, async () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(await printContract());
  });

  it(`packages/client matches schema.graphql and the operations (if not, it ${STALE})`, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'tierwise-codegen-'));
    try {
      // graphql-codegen's CLI loads ESM-only modules that jest cannot, so it runs as its own process.
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', join(ROOT, 'packages/client/codegen.config.cjs'), '--silent'],
        {
          cwd: ROOT,
          env: { ...process.env, CODEGEN_OUT_DIR: scratch },
          stdio: 'pipe',
        },
      );
      const fresh = readFileSync(join(scratch, 'graphql.ts'), 'utf8');
      expect(fresh.length).toBeGreaterThan(1000);
      expect(readFileSync(join(ROOT, 'packages/client/src/generated/graphql.ts'), 'utf8')).toBe(fresh);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('breaks nothing of the released contract (packages/schema/released.graphql) unless BREAKING.md lists it', async () => {
    const released = buildSchema(readFileSync(join(ROOT, 'packages/schema/released.graphql'), 'utf8'));
    const current = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    const listed = readFileSync(join(ROOT, 'packages/schema/BREAKING.md'), 'utf8');
    const breaking = (await diff(released, current)).filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.message);
    expect(breaking.filter((message) => !listed.includes(`\`${message}\``))).toEqual([]);
  });

  it('sees a breaking change for what it is (the check can fail)', async () => {
    // A field removed and an argument made required break clients; a field added does not.
    const before = buildSchema('type Query { products(q: String): [Product!]! } type Product { id: ID! code: String! }');
    const after = buildSchema('type Query { products(q: String!): [Product!]! } type Product { id: ID! name: String }');
    const breaking = (await diff(before, after)).filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.message);
    expect(breaking.sort()).toEqual([
      "Field 'code' was removed from object type 'Product'",
      "Type for argument 'q' on field 'Query.products' changed from 'String' to 'String!'",
    ]);
  });
});
