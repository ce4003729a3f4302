import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `tw_<8 hex>_<43 base64url>`: the prefix finds the record, the secret (256 random bits) is checked
 * against a SHA-256 hash. A fast hash is right here: unlike a password, the secret cannot be guessed from a list.
 */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { key: `tw_${prefix}_${secret}`, prefix, hash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = /^tw_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/.exec(key.trim());
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
