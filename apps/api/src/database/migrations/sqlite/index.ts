import { Initial1795936873028Sqlite } from './1795936873028-initial';
import { Customers1795939713411Sqlite } from './1795939713411-customers';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795936873028Sqlite, Customers1795939713411Sqlite];
