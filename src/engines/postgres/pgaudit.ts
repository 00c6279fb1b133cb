/**
 * pgaudit session-audit classes. `pgaudit.log` is a comma list processed left to right: a class
 * adds, `-class` removes, `all` adds every class, `none` clears. Names are case-insensitive.
 */
export const PGAUDIT_CLASSES = ['read', 'write', 'function', 'role', 'ddl', 'misc', 'misc_set'] as const;
export type PgauditClass = (typeof PGAUDIT_CLASSES)[number];

/** Classes an audit trail needs at minimum (CIS: ddl, write; STIG adds role). */
export const REQUIRED_CLASSES: readonly PgauditClass[] = ['ddl', 'write', 'role'];

export interface PgauditLogValue {
  readonly classes: ReadonlySet<PgauditClass>;
  /** Tokens pgaudit would reject; PostgreSQL then ignores the whole value. */
  readonly invalid: readonly string[];
}

export function expandPgauditLog(value: string): PgauditLogValue {
  const classes = new Set<PgauditClass>();
  const invalid: string[] = [];
  for (const rawToken of value.split(',')) {
    let token = rawToken.trim().toLowerCase();
    if (!token) continue;
    const subtract = token.startsWith('-');
    if (subtract) token = token.slice(1).trim();
    let affected: readonly PgauditClass[];
    if (token === 'all') affected = PGAUDIT_CLASSES;
    else if (token === 'none') {
      classes.clear();
      continue;
    } else if ((PGAUDIT_CLASSES as readonly string[]).includes(token)) affected = [token as PgauditClass];
    else {
      invalid.push(rawToken.trim());
      continue;
    }
    for (const c of affected) {
      if (subtract) classes.delete(c);
      else classes.add(c);
    }
  }
  return { classes, invalid };
}

export function missingClasses(classes: ReadonlySet<PgauditClass>): PgauditClass[] {
  return REQUIRED_CLASSES.filter(c => !classes.has(c));
}
