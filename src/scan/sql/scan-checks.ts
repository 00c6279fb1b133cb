import type { CheckMeta } from '../../core/check.js';

/**
 * Judgements only a file can make (a secret in the text, one grant that the live checks see only as a
 * count or a catalogue state). Each has its own `scan/` id, documented in the README scan section;
 * where a live check means the same thing, the scan uses the live check's id and metadata instead.
 */

export const SQL_PASSWORD: CheckMeta = {
  id: 'scan/sql-password',
  title: 'Literal password in SQL',
  dimension: 'Authentication',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    'A password committed to the repository is readable by everyone with access to it and stays in the history after it is rotated out of the file.',
  description:
    'No CREATE/ALTER ROLE or USER statement in the repository carries a literal PASSWORD (clear text or hash).',
  outcomes: ['PASS', 'FAIL'],
  remediation: {
    text: 'Remove the password from the file and rotate it; set passwords outside the repository (psql \\password, a secret manager, or a variable the migration tool injects).',
    link: 'https://www.postgresql.org/docs/current/sql-createrole.html'
  },
  frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.17'] }
};

export const SUPERUSER_ROLE: CheckMeta = {
  id: 'scan/pg-superuser-role',
  title: 'SUPERUSER granted in SQL',
  dimension: 'Authorization',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    "A superuser bypasses every permission check and can run operating-system commands as the server's user; a migration that creates one widens that power silently.",
  description: 'No CREATE/ALTER ROLE statement gives a role SUPERUSER (pg/superusers counts them live).',
  outcomes: ['PASS', 'WARN'],
  remediation: {
    text: 'Drop SUPERUSER from the statement; grant predefined roles (pg_monitor, pg_read_all_data, ...) or object privileges instead.',
    link: 'https://www.postgresql.org/docs/current/role-attributes.html'
  },
  frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1', 'CC6.3'], 'ISO 27001': ['8.2'] }
};

export const SCHEMA_CREATE: CheckMeta = {
  id: 'scan/pg-schema-create',
  title: 'CREATE on schemas in SQL',
  dimension: 'Authorization',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    'A role that may create objects in a schema others search can plant functions and operators that run with the privileges of whoever calls them by an unqualified name.',
  description:
    'No GRANT gives PUBLIC CREATE on a schema, and no GRANT gives a named role CREATE on schema public (pg/public-schema judges PUBLIC on schema public).',
  outcomes: ['PASS', 'WARN', 'FAIL'],
  remediation: {
    text: 'Grant CREATE on an application schema owned by the migration role instead; keep schema public free of CREATE for everyone but its owner.',
    link: 'https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PATTERNS'
  },
  frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'] }
};

export const C_FUNCTION: CheckMeta = {
  id: 'scan/pg-c-function',
  title: 'C-language functions in SQL',
  dimension: 'Authorization',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    'A C-language function runs native code inside the server process with its full privileges; outside a reviewed extension it is arbitrary code execution.',
  description: 'No CREATE FUNCTION loads native code with LANGUAGE c outside an extension.',
  outcomes: ['PASS', 'WARN'],
  remediation: {
    text: 'Ship native code as a reviewed extension (CREATE EXTENSION) rather than a CREATE FUNCTION ... LANGUAGE c in a migration.',
    link: 'https://www.postgresql.org/docs/current/xfunc-c.html'
  },
  frameworks: { 'ISO 27001': ['8.2'], 'PCI DSS': ['7'] }
};

export const CRDB_GRANT_ADMIN: CheckMeta = {
  id: 'scan/crdb-grant-admin',
  title: 'GRANT admin in SQL',
  dimension: 'Authorization',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    'Membership in admin gives full control of the cluster, including its users, settings and data; a grant in a script spreads that power without a review of who holds it.',
  description:
    'No GRANT admin TO statement makes a user or role an admin (crdb/admin-users counts them live).',
  outcomes: ['PASS', 'WARN'],
  remediation: {
    text: 'Grant the system privileges or object privileges the role needs (GRANT SYSTEM ..., GRANT ... ON DATABASE) instead of admin.',
    link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#admin-role'
  },
  frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1', 'CC6.3'], 'ISO 27001': ['8.2'] }
};

/** The same id the configuration files use for a file that does not parse. */
export const PARSE: CheckMeta = {
  id: 'scan/parse',
  title: 'Configuration file parse',
  dimension: 'Configuration',
  appliesTo: ['self-hosted', 'cloud'],
  rationale: 'A file the scanner cannot parse was not judged, so a weakening it contains would pass unseen.',
  description: 'The file parses, so every statement in it was judged.',
  outcomes: ['INFO'],
  remediation: {
    text: 'Fix the syntax (the server would refuse it too), or exclude the file with --exclude if it is not SQL for the server.',
    link: 'https://www.postgresql.org/docs/current/sql-syntax.html'
  },
  frameworks: {}
};
