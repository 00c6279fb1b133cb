// The node-postgres floor of `npm run bench`: the collector's catalog reads, one statement per round
// trip, no savepoints, no pins, no checks, no report, on `concurrency` connections at once (one per
// database, like the audit). Usage: node scripts/bench-floor.mjs <url> <concurrency> <queries.mjs>
import pg from 'pg';

const [url, concurrencyArg, queriesFile] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const { CLUSTER_QUERIES, DATABASE_QUERIES } = await import(queriesFile);
const connect = async database => {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  const c = new pg.Client({ connectionString: u.href });
  await c.connect();
  return c;
};
const main = await connect(new URL(url).pathname.slice(1) || 'postgres');
for (const q of Object.values(CLUSTER_QUERIES)) await main.query(q);
const names = (await main.query(CLUSTER_QUERIES.databases)).rows.map(r => r.datname);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, names.length) }, async () => {
    while (next < names.length) {
      const name = names[next++];
      const c = name === new URL(url).pathname.slice(1) ? main : await connect(name);
      for (const q of Object.values(DATABASE_QUERIES)) await c.query(q);
      if (c !== main) await c.end();
    }
  })
);
await main.end();
