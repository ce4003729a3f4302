/** Writes packages/schema/schema.graphql from the resolvers: the contract every client is generated from. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TokenService } from '../common/auth';
import { createSchema } from '../app/schema';

export const SCHEMA_PATH = join(__dirname, '../../../../packages/schema/schema.graphql');

/** The schema as committed: sorted, so that the file changes only when the contract does. */
export async function printContract(): Promise<string> {
  const schema = await createSchema(new TokenService('x'.repeat(32), 60));
  return `# Generated from the API's resolvers by \`npm run codegen\`: do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  printContract()
    .then((sdl) => {
      writeFileSync(SCHEMA_PATH, sdl);
      console.log(`wrote ${SCHEMA_PATH}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
