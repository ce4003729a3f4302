import { Initial1795936873028Mysql } from './1795936873028-initial';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const mysqlMigrations = [Initial1795936873028Mysql];
