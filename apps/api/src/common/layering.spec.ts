import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** Lint one file's text as if it sat at `path`, with the repository's ESLint configuration (the CI's `npm run lint`). */
function lint(path: string, text: string) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layering rule (imports only point down)', () => {
  it('refuses an upward import: the kernel importing a module, a module importing the composition root', () => {
    expect(lint('apps/api/src/common/example.ts', "import { Product } from '../modules/products/product.entity';\nexport const x = Product;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*The kernel \(common\/\) imports no module/),
    ]);
    expect(lint('apps/api/src/modules/products/example.ts', "import { seed } from '../../app/seed';\nexport const x = seed;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*composition root/),
    ]);
    expect(
      lint('packages/domain/src/example.ts', "import { inTransaction } from '../../../apps/api/src/common/context';\nexport const x = inTransaction;\n"),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*The domain is pure/)]);
  });

  it('refuses a module importing one above it (tiers → re-tiering, partners → products)', () => {
    expect(lint('apps/api/src/modules/tiers/example.ts', "import { RetierService } from '../tiering';\nexport const x = RetierService;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*modules\/tiers may import only the modules below it/),
    ]);
    expect(lint('apps/api/src/modules/partners/example.ts', "import { Product } from '../products';\nexport const x = Product;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*modules\/partners may import only/),
    ]);
    expect(lint('apps/api/src/modules/products/example.ts', "import { Tier } from '../tiers';\nexport const x = Tier;\n")).toEqual([]);
  });

  it("refuses reaching into another module's files: only its index.ts is public", () => {
    expect(lint('apps/api/src/modules/products/example.ts', "import { Tier } from '../tiers/tier.entity';\nexport const x = Tier;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*Import modules\/tiers through its index\.ts/),
    ]);
    expect(lint('apps/api/src/app/example.ts', "import { Product } from '../modules/products/product.entity';\nexport const x = Product;\n")).toEqual([
      expect.stringMatching(/^import\/no-restricted-paths: .*Import modules\/products through its index\.ts/),
    ]);
    expect(lint('apps/api/src/modules/tiers/example.ts', "import { Tier } from './tier.entity';\nexport const x = Tier;\n")).toEqual([]);
  });

  it('accepts the imports that point down', () => {
    expect(
      lint('apps/api/src/modules/products/example.ts', "import { inTransaction } from '../../common/context';\nexport const x = inTransaction;\n"),
    ).toEqual([]);
    expect(lint('apps/api/src/app/example.ts', "import { Product } from '../modules/products';\nexport const x = Product;\n")).toEqual([]);
  });
});
