import { en } from './en';

/** The English catalogue on its own: an English session downloads no Chinese. */
export const messages = en;
