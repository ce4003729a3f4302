import { In, type EntityManager } from 'typeorm';
import { Customer } from './customer.entity';

/** The institution's customer numbers → Tierwise ids, in one query (batch loads name customers by their number). */
export async function customerIdsByRef(manager: EntityManager, refs: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Map();
  const rows = await manager.find(Customer, { select: { id: true, externalRef: true }, where: { externalRef: In(unique) } });
  return new Map(rows.map((c) => [c.externalRef, c.id]));
}
