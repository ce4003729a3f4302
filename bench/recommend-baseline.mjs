// The floor for bench:recommend: node:http + mysql2 loading the customer's profile row alone, as JSON.
import { createServer } from 'node:http';
import { createPool } from 'mysql2/promise';

const pool = createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10, timezone: 'Z', supportBigNumbers: true, bigNumberStrings: true });

createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.end('ok');
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    const { customerId } = JSON.parse(body);
    const [rows] = await pool.query('SELECT * FROM customer WHERE id = ?', [customerId]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { customer: rows[0] ?? null } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(JSON.stringify({ error: String(error) }));
  }
}).listen(Number(process.env.PORT));
