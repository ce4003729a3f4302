import { Initial1795933914044Sqlite } from './1795933914044-initial';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795933914044Sqlite];
