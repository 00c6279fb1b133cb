// Pieces of `npm run bench`: a child-process runner that reports peak RSS, a TCP delay proxy, the
// server-log counter and the node-postgres floor. See scripts/bench.mjs.
import { spawn } from 'node:child_process';
import net from 'node:net';

export const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a program; resolves with its output, exit status and wall time (ms). */
export function runChild(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', status => resolve({ status, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Runs a bundle (dist/cli.js) with argv; the child reports its own peak RSS on exit (MB in .rssMb). */
export async function runBundle(bundle, args, env = process.env) {
  const r = await runChild(
    process.execPath,
    [
      '-e',
      `process.on('exit', () => process.stderr.write('\\nPEAK_RSS ' + process.resourceUsage().maxRSS + '\\n')); import(${JSON.stringify(bundle)});`,
      '--',
      'bench-placeholder-argv1',
      ...args
    ],
    env
  );
  r.rssMb = Number(r.stderr.match(/PEAK_RSS (\d+)/)?.[1] ?? NaN) / 1024;
  return r;
}

/**
 * A TCP proxy on 127.0.0.1 that adds a network round trip: every chunk, in each direction, is
 * delivered rttMs/2 after it arrived, in arrival order (one FIFO per direction, so a later chunk
 * never overtakes an earlier one). rttMs 0 forwards at once. The TCP handshake to the proxy itself
 * is local, so a new connection's SYN/SYN-ACK is not delayed: each connection costs one round trip
 * less than on a real network.
 */
export async function startDelayProxy(targetPort, rttMs) {
  const half = rttMs / 2;
  const sockets = new Set();
  const pipe = (from, to) => {
    const queue = [];
    let timer;
    const pump = () => {
      timer = undefined;
      const now = performance.now();
      while (queue.length && queue[0].due <= now + 0.5) to.write(queue.shift().chunk);
      if (queue.length) timer = setTimeout(pump, Math.max(0, queue[0].due - now));
      else if (from.ended) to.end();
    };
    from.on('data', chunk => {
      if (half === 0) return void to.write(chunk);
      queue.push({ chunk, due: performance.now() + half });
      timer ??= setTimeout(pump, half);
    });
    from.on('end', () => {
      from.ended = true;
      if (half === 0 || (!queue.length && !timer)) to.end();
    });
  };
  const server = net.createServer(client => {
    client.setNoDelay(true);
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
    upstream.setNoDelay(true);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };
}

/** Statements in one simple-protocol message: semicolons outside quotes, identifiers and comments. */
export function countStatements(sql) {
  let n = 0;
  let content = false;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      const close = sql.indexOf(ch, i + 1);
      i = close < 0 ? sql.length : close;
      content = true;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl;
    } else if (ch === ';') {
      if (content) n++;
      content = false;
    } else if (!/\s/.test(ch)) content = true;
  }
  return n + (content ? 1 : 0);
}

/**
 * Reads the server log written with log_statement=all, log_connections=on and
 * log_line_prefix='%m [%p] ': per backend (pid), the database, the protocol messages that carried
 * statements (one "statement:" entry per simple-protocol Query; an extended-protocol statement logs
 * "execute", counted as one message too) and the statements in them.
 */
export function parseServerLog(text) {
  const entries = [];
  for (const line of text.split('\n')) {
    const m = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):\s+(.*)$/.exec(line);
    if (m) entries.push({ pid: m[1], level: m[2], text: m[3] });
    else if (entries.length && line.startsWith('\t')) entries.at(-1).text += '\n' + line.slice(1);
  }
  const backends = new Map();
  let received = 0;
  for (const e of entries) {
    if (e.level !== 'LOG') continue;
    if (/^connection received:/.test(e.text)) received++;
    const b = backends.get(e.pid) ?? { database: undefined, user: undefined, messages: 0, statements: 0 };
    backends.set(e.pid, b);
    const auth = /^connection authorized: user=(\S+) database=(\S+)/.exec(e.text);
    if (auth) [b.user, b.database] = [auth[1], auth[2]];
    const st = /^(?:statement|execute [^:]*): ([\s\S]*)$/.exec(e.text);
    if (st) {
      b.messages++;
      b.statements += countStatements(st[1]);
    }
  }
  return { received, backends: [...backends.values()].filter(b => b.database !== undefined) };
}
