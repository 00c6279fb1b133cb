import { TargetError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { describeWhere, type Endpoint } from './endpoint.js';

/** The product a message names: the user must know which server refused. */
export type SqlProduct = 'PostgreSQL' | 'CockroachDB' | 'the SQL server';

/** A driver or server error as SQLSTATE plus scrubbed text (server text is the target's words). */
export function describePgError(error: unknown, redactor: Redactor): { code?: string; text: string } {
  const e = error as { code?: string; message?: string };
  const text = redactor.scrub(e?.message ?? String(error));
  return e?.code ? { code: e.code, text } : { text };
}

/**
 * Why a read failed, for fail-closed gating: a missing privilege is a visible UNKNOWN with the grant
 * that fixes it; anything else (lost connection, timeout, server error, a catalog the server should
 * have) is a fault that makes the audit incomplete.
 */
export function isPrivilegeError(code: string | undefined): boolean {
  return code === '42501';
}

/**
 * Turns a failure to open the first connection into a TargetError that says what went wrong and
 * how to fix it, naming the product, with every secret scrubbed.
 */
export function connectionFailure(
  error: unknown,
  ep: Endpoint,
  timeoutMs: number,
  redactor: Redactor,
  product: SqlProduct
): TargetError {
  const { code, text } = describePgError(error, redactor);
  const where = describeWhere(ep);
  const sysCode = (error as NodeJS.ErrnoException)?.code;
  if (sysCode === 'ECONNREFUSED')
    return new TargetError(
      `Cannot connect to ${product} at ${where}: connection refused (is the server running and listening there?).`
    );
  if (sysCode === 'ENOTFOUND' || sysCode === 'EAI_AGAIN')
    return new TargetError(`Cannot connect to ${product}: host ${ep.host} was not found.`);
  if (sysCode === 'ENOENT' && ep.socket)
    return new TargetError(`Cannot connect to ${product}: no server socket at ${where}.`);
  if (/timeout/i.test(text) && !code)
    return new TargetError(
      `Cannot connect to ${product} at ${where}: no answer within ${timeoutMs} ms (--connect-timeout).`
    );
  if (code === '28P01')
    return new TargetError(`Authentication failed for user "${ep.user}" at ${where}: wrong password.`);
  if (code === '28000' && /SSL off|no encryption/i.test(text)) {
    return new TargetError(
      `The server at ${where} refuses connections without TLS for this login: add sslmode=require to the connection string.`
    );
  }
  if (code === '28000')
    return new TargetError(`The server at ${where} rejected the login for user "${ep.user}": ${text}.`);
  if (code === '3D000') return new TargetError(`Database "${ep.database}" does not exist at ${where}.`);
  if (/does not support SSL/i.test(text)) {
    return new TargetError(
      `The server at ${where} does not offer TLS but the connection string requires it (sslmode): ${text}.`
    );
  }
  if (/self[- ]signed|unable to verify|certificate/i.test(text)) {
    return new TargetError(
      `TLS verification of ${where} failed: ${text}. Pass the CA with sslrootcert or use sslmode=require.`
    );
  }
  return new TargetError(
    `Cannot connect to ${product} at ${where}: ${text}${code ? ` (SQLSTATE ${code})` : ''}.`
  );
}
