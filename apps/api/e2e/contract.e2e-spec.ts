import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      execFileSync(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', join(ROOT, 'packages/client/codegen.config.cjs'), '--silent'], {
        cwd: ROOT, env: { ...process.env, CODEGEN_OUT_DIR: scratch }, stdio: 'pipe',
      });
      const fresh = readFileSync(join(scratch, 'graphql.ts'), 'utf8');
      expect(fresh.length).toBeGreaterThan(1000);
      expect(readFileSync(join(ROOT, 'packages/client/src/generated/graphql.ts'), 'utf8')).toBe(fresh);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
