import { Initial1795934482964Sqlite } from './1795934482964-initial';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795934482964Sqlite];
