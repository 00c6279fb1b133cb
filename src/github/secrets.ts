import * as core from '@actions/core';
import type { Redactor } from '../core/redact.js';

/**
 * Registers every secret input with the runner's log masking and with the report redactor: the
 * connection string whole, its password as written (URL-encoded) and decoded, the key=value form's
 * password, the Cloud API key, the Couchbase password and the GitHub token.
 */
export function registerSecrets(redactor: Redactor, secrets: readonly (string | undefined)[]): void {
  for (const secret of secrets) {
    if (!secret) continue;
    redactor.add(secret);
    for (const password of connectionPasswords(secret)) redactor.add(password);
  }
  for (const s of redactor.list()) core.setSecret(s);
}

/** Passwords inside a connection string: URL userinfo and libpq's `password=` keyword. */
export function connectionPasswords(value: string): string[] {
  const out: string[] = [];
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(value.trim());
  if (m) {
    const userinfo = m[1];
    const colon = userinfo.indexOf(':');
    if (colon >= 0) out.push(userinfo.slice(colon + 1));
  }
  try {
    const pw = new URL(value).searchParams.get('password');
    if (pw) out.push(pw);
  } catch {
    // not a URL: the keyword form below
  }
  for (const k of value.matchAll(/(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi)) {
    const v = k[1].startsWith("'") ? k[1].slice(1, -1).replace(/\\(.)/g, '$1') : k[1];
    out.push(v);
  }
  return out.filter(Boolean);
}
