import { chineseCatalog } from './catalogs';
import { en } from './en';
import { zh } from './zh';

/** The Chinese catalogue (English fills any key the Chinese pack lacks). */
export const messages = chineseCatalog(zh, en);
