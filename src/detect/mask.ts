/**
 * Passwords that reach logs in clear text: PostgreSQL's `log_statement` writes `CREATE ROLE ...
 * PASSWORD 'secret'` as typed, and SQL++ `CREATE USER ... PASSWORD "secret"` likewise. CockroachDB
 * and pgaudit already write `*****` / `<REDACTED>`; those are left as they are.
 */
// Only a quoted literal is a password value: SQL and SQL++ always quote it, and the prose of
// messages ("password authentication failed") never does.
const PASSWORD =
  /\b(PASSWORD\s+)((?:E|U&)?'(?:[^']|'')*'?|"(?:[^"\\]|\\.|"")*"?|\$([A-Za-z_]*)\$[\s\S]*?\$\3\$)/gi;

export function maskPasswords(text: string): string {
  if (!/password/i.test(text)) return text;
  return text.replace(PASSWORD, (_all, lead: string) => `${lead}*****`);
}

/** Masks every string in a parsed record, in place, and returns it. */
export function maskRecord<T>(value: T): T {
  if (typeof value === 'string') return maskPasswords(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = maskRecord(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'string') {
        if (v.length > 8 && /password/i.test(v)) o[k] = maskPasswords(v);
      } else if (v !== null && typeof v === 'object') maskRecord(v);
    }
  }
  return value;
}
