import { Initial1795936873028Sqlite } from './1795936873028-initial';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795936873028Sqlite];
