import type pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { UsageError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';

/** Where a SQL endpoint sits and how to reach it; shared by the PostgreSQL and CockroachDB engines. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** True when the host is a Unix socket directory (no TCP, no TLS to probe). */
  readonly socket: boolean;
  readonly config: pg.ClientConfig;
}

const EXPECTED = 'expected postgresql://user:password@host:port/database';

/**
 * Parses a connection string (postgres:// or postgresql:// URL) into a reusable client
 * configuration. `input` names where the user gave it (`--url`, `DB_POSTURE_URL`, input
 * `connection-string`); the value itself is never echoed because it carries the password.
 */
export function parseEndpoint(url: string, redactor: Redactor, input = '--url'): Endpoint {
  const bad = (problem: string) => new UsageError(`Invalid ${input}: ${problem}; ${EXPECTED}.`);
  if (!/^postgres(ql)?:\/\//i.test(url)) throw bad('it is not a postgres:// or postgresql:// URL');
  const asHttp = url.replace(/^postgres(ql)?:/i, 'http:');
  // The authority as typed: "user:pass@host:port". A port outside 1-65535 makes WHATWG URL throw
  // "Invalid URL", which would not tell the user what is wrong.
  const authority = asHttp.slice('http://'.length).split(/[/?#]/)[0];
  const encodeHint =
    'it is not a well-formed URL (percent-encode special characters such as @, :, / or # in the user name and password)';
  // An unencoded "/", "?" or "#" in the password ends the authority early: the rest would be read
  // as host and port, and would echo part of the password.
  if (!authority.includes('@') && asHttp.indexOf('@') > 'http://'.length) throw bad(encodeHint);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portText = hostPort.match(/^(?:\[[^\]]*\]|[^:]*):(.*)$/)?.[1];
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      throw bad(`port ${JSON.stringify(redactor.scrub(portText))} is not a TCP port (1-65535)`);
    }
  }
  let u: URL;
  try {
    u = new URL(asHttp);
  } catch {
    throw bad(encodeHint);
  }
  const mode = u.searchParams.get('sslmode');
  if (mode !== null && mode !== 'no-verify' && !SSL_MODES.includes(mode)) {
    throw bad(`sslmode ${JSON.stringify(redactor.scrub(mode))} is not one of ${SSL_MODES.join(', ')}`);
  }
  let parsed: ReturnType<typeof parseConnectionString>;
  try {
    // libpq's sslmode meanings (require = encrypt without verifying, verify-ca, verify-full), which
    // is what users of psql and every PostgreSQL tool expect; node-postgres alone would verify on
    // require. A user-supplied uselibpqcompat is dropped so the two settings cannot conflict.
    parsed = parseConnectionString(normaliseSslMode(url, mode), { useLibpqCompat: true });
  } catch (error) {
    throw bad(redactor.scrub((error as Error).message));
  }
  redactor.add(parsed.password ?? undefined);
  const host = parsed.host || 'localhost';
  const port = parsed.port ? Number(parsed.port) : 5432;
  const user = parsed.user || process.env.PGUSER || 'postgres';
  const database = parsed.database || user;
  const config: pg.ClientConfig = {
    host,
    port,
    user,
    database,
    ...(parsed.password != null ? { password: parsed.password } : {}),
    ...(parsed.ssl !== undefined ? { ssl: parsed.ssl as pg.ClientConfig['ssl'] } : {})
  };
  return { host, port, database, user, socket: host.startsWith('/'), config };
}

export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/**
 * Maps the two modes node-postgres cannot express: `allow` (libpq tries plaintext first) becomes
 * `disable`, and node-postgres's own `no-verify` becomes `require`. `prefer` encrypts without
 * falling back to plaintext.
 */
function normaliseSslMode(url: string, mode: string | null): string {
  const mapped = mode === 'allow' ? 'disable' : mode === 'no-verify' ? 'require' : mode;
  let out = url.replace(/([?&])uselibpqcompat=[^&]*(&|$)/i, '$1');
  if (mapped !== mode) out = out.replace(/([?&])sslmode=[^&]*/, `$1sslmode=${mapped}`);
  return out.replace(/[?&]$/, '');
}

/** "host:port" or "socket /dir port N", for messages. */
export function describeWhere(ep: Endpoint): string {
  return ep.socket ? `socket ${ep.host} port ${ep.port}` : `${ep.host}:${ep.port}`;
}
