import { Initial1795936873028Sqlite } from './1795936873028-initial';
import { Customers1795940140016Sqlite } from './1795940140016-customers';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795936873028Sqlite, Customers1795940140016Sqlite];
