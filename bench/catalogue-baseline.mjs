// The floor for bench:catalogue: node:http + mysql2 running the same SQL as the API and returning the same JSON.
import { createServer } from 'node:http';
import { createPool } from 'mysql2/promise';

const pool = createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10, timezone: 'Z', supportBigNumbers: true, bigNumberStrings: true });
const money = (v) =>
  v === null
    ? null
    : (() => {
        const s = String(v).padStart(3, '0');
        const neg = s.startsWith('-');
        const d = neg ? s.slice(1).padStart(3, '0') : s;
        return `${neg ? '-' : ''}${d.slice(0, -2).replace(/^0+(?=\d)/, '')}.${d.slice(-2)}`;
      })();
const iso = (d) => (d === null ? null : d.toISOString());
const inList = (ids) => ids.map(() => '?').join(', ');

async function page(pageNo) {
  const [products] = await pool.query(
    'SELECT id, code, name, nameEn, type, riskLevel, status, currency, minInvestment, termDays, expectedReturnMin, expectedReturnMax, saleStartsAt, saleEndsAt, issuerId, requiresQualifiedInvestor, coolingOffHours, version FROM product ORDER BY code ASC LIMIT 50 OFFSET ?',
    [pageNo * 50],
  );
  const ids = products.map((p) => p.id);
  const issuerIds = [...new Set(products.map((p) => p.issuerId).filter(Boolean))];
  const [issuers] = issuerIds.length
    ? await pool.query(`SELECT id, code, name, kind FROM partner_institution WHERE id IN (${inList(issuerIds)})`, issuerIds)
    : [[]];
  const [tierLinks] = ids.length ? await pool.query(`SELECT productId, tierId FROM product_eligible_tier WHERE productId IN (${inList(ids)})`, ids) : [[]];
  const tierIds = [...new Set(tierLinks.map((l) => l.tierId))];
  const [tiers] = tierIds.length ? await pool.query(`SELECT id, code, name FROM tier WHERE id IN (${inList(tierIds)})`, tierIds) : [[]];
  const [componentLinks] = ids.length
    ? await pool.query(`SELECT bundleId, componentId FROM product_component WHERE bundleId IN (${inList(ids)}) ORDER BY position ASC`, ids)
    : [[]];
  const componentIds = [...new Set(componentLinks.map((l) => l.componentId))];
  const [components] = componentIds.length
    ? await pool.query(`SELECT id, code, name, type, riskLevel FROM product WHERE id IN (${inList(componentIds)})`, componentIds)
    : [[]];
  const byId = (rows) => new Map(rows.map((r) => [r.id, r]));
  const issuerMap = byId(issuers);
  const tierMap = byId(tiers);
  const componentMap = byId(components);
  return products.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    type: p.type,
    riskLevel: p.riskLevel,
    status: p.status,
    currency: p.currency,
    minInvestment: money(p.minInvestment),
    termDays: p.termDays,
    expectedReturnMin: money(p.expectedReturnMin),
    expectedReturnMax: money(p.expectedReturnMax),
    saleStartsAt: iso(p.saleStartsAt),
    saleEndsAt: iso(p.saleEndsAt),
    issuerId: p.issuerId,
    requiresQualifiedInvestor: !!p.requiresQualifiedInvestor,
    coolingOffHours: p.coolingOffHours,
    version: p.version,
    issuer: p.issuerId ? (issuerMap.get(p.issuerId) ?? null) : null,
    eligibleTiers: tierLinks
      .filter((l) => l.productId === p.id)
      .map((l) => tierMap.get(l.tierId))
      .filter(Boolean),
    components: componentLinks
      .filter((l) => l.bundleId === p.id)
      .map((l) => componentMap.get(l.componentId))
      .filter(Boolean),
  }));
}

createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.end('ok');
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    const { page: pageNo = 0 } = JSON.parse(body || '{}');
    const json = JSON.stringify({ data: { allProducts: await page(pageNo) } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(json);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
}).listen(Number(process.env.PORT ?? 4392));
