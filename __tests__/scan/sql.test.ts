import { beforeAll, describe, expect, it } from '@jest/globals';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import { available } from '../../src/core/facts.js';
import { evaluateCheck } from '../../src/pipeline/run-checks.js';
import type { CrdbFacts } from '../../src/engines/cockroachdb/facts.js';
import { CONF_CHECKS, confFacts } from '../../src/scan/judge-conf.js';
import { HARDENED_CLUSTER, SETTING_CHECKS } from '../../src/scan/sql/judge-crdb-sql.js';
import { HARDENED_SETTINGS } from '../../src/scan/sql/judge-pg-sql.js';
import { judgeSqlFile } from '../../src/scan/sql/sql-file.js';
import { splitStatements, tokenize } from '../../src/scan/sql/tokens.js';
import { loadPgParser } from '../../src/scan/sql/pg-parser.js';

const ctx: CheckContext = {
  auditedAt: new Date('2026-12-01T00:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'scan',
  attestation: noAttestations
};

beforeAll(loadPgParser);

const judge = (text: string, engine?: 'postgres' | 'cockroachdb') =>
  judgeSqlFile(text, 'm.sql', ctx, { pgVersion: 17, ...(engine ? { engine } : {}) });
/** [status, line, detail] of one check's findings. */
const of = (text: string, checkId: string, engine?: 'postgres' | 'cockroachdb') =>
  judge(text, engine)
    .filter(f => f.checkId === checkId)
    .map(f => [f.status, f.line, f.detail.text]);

describe('SQL lexer', () => {
  it('does not split inside strings, dollar bodies, quoted identifiers or comments', () => {
    const text = [
      "SELECT 'a;b', E'c\\';d';",
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;',
      'SELECT "x;y" /* ; /* nested ; */ */ FROM t; -- trailing ;',
      'SELECT 2'
    ].join('\n');
    const s = splitStatements(tokenize(text));
    expect(s.map(x => text.slice(x.start, x.end))).toEqual([
      "SELECT 'a;b', E'c\\';d'",
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql',
      'SELECT "x;y" /* ; /* nested ; */ */ FROM t',
      'SELECT 2'
    ]);
  });
});

describe('PostgreSQL SQL through the real parser', () => {
  it('pg/public-grants: data privileges to PUBLIC fail, other grants pass', () => {
    expect(
      of('GRANT SELECT ON billing.invoices TO app;\nGRANT REFERENCES ON t TO PUBLIC;', 'pg/public-grants')
    ).toEqual([['PASS', 1, 'No GRANT in this file gives PUBLIC a data privilege on a table or view.']]);
    expect(
      of(
        [
          'GRANT SELECT, INSERT ON TABLE public.t, u TO app, PUBLIC;',
          'GRANT ALL ON ALL TABLES IN SCHEMA s TO public;',
          'ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO PUBLIC;'
        ].join('\n'),
        'pg/public-grants'
      )
    ).toEqual([
      ['FAIL', 1, 'Table public.t grants SELECT, INSERT to PUBLIC.'],
      ['FAIL', 1, 'Table u grants SELECT, INSERT to PUBLIC.'],
      ['FAIL', 2, 'Every table in schema s grants ALL to PUBLIC.'],
      ['FAIL', 3, 'Default privileges grant SELECT on future tables to PUBLIC.']
    ]);
  });

  it('pg/public-schema and scan/pg-schema-create', () => {
    expect(of('GRANT USAGE ON SCHEMA public TO PUBLIC;', 'pg/public-schema')).toEqual([
      ['PASS', 1, 'No GRANT in this file lets PUBLIC CREATE in schema public.']
    ]);
    const text = [
      'GRANT CREATE ON SCHEMA public TO PUBLIC;',
      'GRANT CREATE ON SCHEMA app TO PUBLIC;',
      'GRANT CREATE ON SCHEMA public TO migrator;',
      'GRANT CREATE ON SCHEMA app TO migrator;'
    ].join('\n');
    expect(of(text, 'pg/public-schema')).toEqual([
      [
        'FAIL',
        1,
        "GRANT lets PUBLIC CREATE in schema public: any user can plant objects that shadow others' on the search_path."
      ]
    ]);
    expect(of(text, 'scan/pg-schema-create')).toEqual([
      [
        'FAIL',
        2,
        "GRANT lets PUBLIC CREATE in schema app: any user can plant objects that shadow others' on the search_path."
      ],
      [
        'WARN',
        3,
        "GRANT lets migrator CREATE in schema public: migrator can plant objects that shadow others' on the search_path."
      ]
    ]);
    expect(of('GRANT CREATE ON SCHEMA app TO migrator;', 'scan/pg-schema-create')).toEqual([
      ['PASS', 1, 'No GRANT in this file gives PUBLIC CREATE on a schema, or a role CREATE on schema public.']
    ]);
  });

  it('pg/privileged-roles through the live check: attributes WARN, server access of a login role FAIL', () => {
    expect(of('CREATE ROLE app LOGIN;\nALTER ROLE app NOCREATEROLE;', 'pg/privileged-roles')).toEqual([
      [
        'PASS',
        1,
        'No role statement in this file gives CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.'
      ]
    ]);
    const text = [
      'CREATE ROLE ops LOGIN CREATEROLE;',
      'ALTER ROLE ops BYPASSRLS;',
      'GRANT pg_execute_server_program TO ops, batch;',
      'CREATE ROLE loader NOLOGIN IN ROLE pg_write_server_files;'
    ].join('\n');
    expect(of(text, 'pg/privileged-roles')).toEqual([
      ['WARN', 1, 'Login role ops has CREATEROLE.'],
      ['WARN', 2, 'Login role ops has CREATEROLE, BYPASSRLS.'],
      [
        'FAIL',
        3,
        'Login role ops has CREATEROLE, BYPASSRLS; is a member of pg_execute_server_program (superuser-equivalent).'
      ],
      ['WARN', 3, 'Role batch is a member of pg_execute_server_program.'],
      ['WARN', 4, 'Role loader is a member of pg_write_server_files.']
    ]);
    const batch = judge(text).find(f => f.detail.text.startsWith('Role batch'))!;
    expect(batch.annotation).toBe(
      'this file does not say whether batch can log in; a login role with this membership is superuser-equivalent (FAIL)'
    );
    expect(batch.key).toBe('pg/privileged-roles|m.sql|role batch');
  });

  it('scan/pg-superuser-role', () => {
    expect(of('CREATE ROLE a NOSUPERUSER LOGIN;', 'scan/pg-superuser-role')).toEqual([
      ['PASS', 1, 'No role statement in this file gives SUPERUSER.']
    ]);
    expect(of('\nCREATE USER root_too SUPERUSER;', 'scan/pg-superuser-role')).toEqual([
      ['WARN', 2, 'CREATE USER root_too gives it SUPERUSER: it bypasses every permission check.']
    ]);
  });

  it('pg/security-definer: SET search_path in the function or a later ALTER FUNCTION pins it', () => {
    const pinned = [
      'CREATE FUNCTION a.f(x int, y text) RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT 1 $$;',
      'CREATE FUNCTION a.g() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$;',
      'ALTER FUNCTION a.g() SET search_path = pg_catalog, a;'
    ].join('\n');
    expect(of(pinned, 'pg/security-definer')).toEqual([
      ['PASS', 1, 'Every SECURITY DEFINER function in this file pins search_path.']
    ]);
    expect(
      of(
        'CREATE FUNCTION a.f(x int, y text) RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$;',
        'pg/security-definer'
      )
    ).toEqual([['WARN', 1, 'SECURITY DEFINER function a.f(integer, text) does not pin search_path.']]);
    // SECURITY INVOKER (the default) is not judged at all.
    expect(
      of('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', 'pg/security-definer')
    ).toEqual([]);
  });

  it('pg/untrusted-languages and scan/pg-c-function', () => {
    expect(of('CREATE EXTENSION plpgsql;\nCREATE EXTENSION pgcrypto;', 'pg/untrusted-languages')).toEqual([
      ['PASS', 1, 'No statement in this file installs or uses an untrusted procedural language.']
    ]);
    const text = [
      'CREATE EXTENSION IF NOT EXISTS plpython3u;',
      'CREATE LANGUAGE plperlu;',
      "CREATE FUNCTION py() RETURNS int LANGUAGE plpython3u AS 'return 1';",
      "CREATE FUNCTION native() RETURNS int LANGUAGE c AS 'mylib', 'native';"
    ].join('\n');
    expect(of(text, 'pg/untrusted-languages')).toEqual([
      [
        'WARN',
        1,
        'CREATE EXTENSION plpython3u installs an untrusted language: its functions run as the OS user of the server.'
      ],
      [
        'WARN',
        2,
        'CREATE EXTENSION plperlu installs an untrusted language: its functions run as the OS user of the server.'
      ],
      [
        'WARN',
        3,
        'Function py() is written in the untrusted language plpython3u: it runs as the OS user of the server.'
      ]
    ]);
    const plperl = "CREATE FUNCTION pl() RETURNS int LANGUAGE plperl AS 'return 1';";
    expect(of(plperl, 'scan/pg-c-function')).toEqual([
      ['PASS', 1, 'No function in this file is written in C.']
    ]);
    expect(of(plperl, 'pg/untrusted-languages')).toEqual([
      ['PASS', 1, 'No statement in this file installs or uses an untrusted procedural language.']
    ]);
    // Built-in SQL and PL/pgSQL functions are not reported by the language checks at all.
    expect(
      judge('CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;').map(
        f => f.checkId
      )
    ).toEqual([]);
    expect(of(text, 'scan/pg-c-function')).toEqual([
      ['WARN', 4, 'Function native() is written in C: it loads native code into the server process.']
    ]);
  });

  it('ALTER SYSTEM through the live settings checks over a hardened baseline', () => {
    expect(of("ALTER SYSTEM SET ssl = 'on';", 'pg/ssl')).toEqual([
      ['PASS', 1, 'ssl is on: the server accepts TLS connections.']
    ]);
    const f = judge("ALTER SYSTEM SET ssl = off;\nALTER SYSTEM SET log_line_prefix TO '%m ';");
    expect(f.map(x => [x.checkId, x.status, x.line, x.detail.text])).toEqual([
      [
        'pg/ssl',
        'FAIL',
        1,
        'ssl is off: every connection, including passwords sent in clear text, travels unencrypted.'
      ],
      ['pg/tls-version', 'N/A', 1, 'ssl is off, so no TLS version is negotiated (see pg/ssl).'],
      [
        'pg/log-line-prefix',
        'WARN',
        2,
        'log_line_prefix %m  lacks user (%u), database (%d), client (%h or %r), process or session (%p or %c).'
      ]
    ]);
    expect(f[0].annotation).toBe('judged as a change to an otherwise hardened configuration');
    expect(f[0].key).toBe('pg/ssl|m.sql|ALTER SYSTEM ssl');
    // The last ALTER SYSTEM of a setting wins, as in postgresql.auto.conf.
    expect(of('ALTER SYSTEM SET ssl = off;\nALTER SYSTEM SET ssl = on;', 'pg/ssl').map(x => x[0])).toEqual([
      'PASS'
    ]);
  });

  it('the hardened baselines pass every live check they stand in for', () => {
    const facts = confFacts(HARDENED_SETTINGS, 17);
    for (const { check } of CONF_CHECKS)
      expect([check.meta.id, evaluateCheck(check, facts, ctx).map(f => f.status)]).toEqual([
        check.meta.id,
        ['PASS']
      ]);
    const settings = Object.fromEntries([...HARDENED_CLUSTER].map(([n, v]) => [n, available(v)]));
    const crdb = { settings, nodeArgs: available([]) } as unknown as CrdbFacts;
    for (const { check } of SETTING_CHECKS) {
      const statuses = evaluateCheck(check, crdb, ctx).map(f => f.status);
      // crdb/hba always adds the INFO about the built-in root rule; crdb/ldap is INFO without ldap rules.
      expect([check.meta.id, statuses.filter(s => s !== 'INFO')]).toEqual([
        check.meta.id,
        check.meta.id === 'crdb/ldap' ? [] : ['PASS']
      ]);
    }
  });

  it('pg/pgaudit: ALTER ROLE/DATABASE ... SET pgaudit.log lowering auditing', () => {
    expect(of("ALTER ROLE auditor SET pgaudit.log = 'all';", 'pg/pgaudit')).toEqual([
      [
        'PASS',
        1,
        'No ALTER ROLE/DATABASE ... SET in this file lowers pgaudit.log or turns pgaudit.log_parameter on.'
      ]
    ]);
    expect(
      of(
        [
          "ALTER ROLE app IN DATABASE billing SET pgaudit.log = 'read, write';",
          "ALTER DATABASE billing SET pgaudit.log TO 'none';",
          'ALTER ROLE app SET pgaudit.log_parameter = on;'
        ].join('\n'),
        'pg/pgaudit'
      )
    ).toEqual([
      [
        'WARN',
        1,
        'The override pgaudit.log = read, write for role app in database billing stops auditing ddl, role.'
      ],
      ['WARN', 2, 'The override pgaudit.log = none for database billing stops auditing ddl, write, role.'],
      ['WARN', 3, 'pgaudit.log_parameter is on for role app: bind parameters reach the logs.']
    ]);
  });

  it('scan/sql-password: a literal password FAILs on the PASSWORD keyword; NULL passes', () => {
    expect(of('CREATE ROLE a LOGIN PASSWORD NULL;', 'scan/sql-password')).toEqual([
      ['PASS', 1, 'No role statement in this file carries a literal password.']
    ]);
    const f = judge(
      "CREATE ROLE a LOGIN\n  PASSWORD 'Tr0ub4dor&3';\nALTER USER b WITH ENCRYPTED PASSWORD 'SCRAM-SHA-256$4096:x';"
    ).filter(x => x.checkId === 'scan/sql-password');
    expect(f.map(x => [x.status, x.line, x.column, x.key, x.detail.text])).toEqual([
      [
        'FAIL',
        2,
        3,
        'scan/sql-password|m.sql|role a',
        'CREATE ROLE a sets a literal password: the secret is committed to the repository.'
      ],
      [
        'FAIL',
        3,
        19,
        'scan/sql-password|m.sql|role b',
        'ALTER ROLE b sets a literal password: the secret is committed to the repository.'
      ]
    ]);
    expect(JSON.stringify(f)).not.toContain('Tr0ub4dor');
  });

  it('a file that does not parse is one INFO with the parser message and place, and never the secret', () => {
    expect(
      judge('SELECT 1;\nGRANT SELECT ON t TO;\n').map(f => [
        f.checkId,
        f.status,
        f.line,
        f.column,
        f.detail.text
      ])
    ).toEqual([['scan/parse', 'INFO', 2, 21, 'Could not parse line 2: syntax error.']]);
    const leak = judge("CREATE ROLE a PASSWORD 'Unterminated-Secret");
    expect(leak.map(f => [f.checkId, f.status, f.line, f.detail.text])).toEqual([
      ['scan/parse', 'INFO', 1, 'Could not parse line 1: unterminated quoted string.']
    ]);
    expect(JSON.stringify(leak)).not.toContain('Unterminated-Secret');
    // A secret in a file that does not parse is still a FAIL (read token by token), and still unprinted.
    const broken = judge("CREATE ROLE IF NOT EXISTS app LOGIN PASSWORD 'Broken-File-Secret';\nSELEC 1;");
    expect(broken.map(f => [f.checkId, f.status, f.line, f.column, f.detail.text])).toEqual([
      ['scan/parse', 'INFO', 1, 16, 'Could not parse line 1: syntax error.'],
      [
        'scan/sql-password',
        'FAIL',
        1,
        37,
        'CREATE ROLE app sets a literal password: the secret is committed to the repository.'
      ]
    ]);
    expect(JSON.stringify(broken)).not.toContain('Broken-File-Secret');
    expect(judge('-- only a comment\n')).toEqual([]);
  });

  it('waiver keys name the object and grantee, so moving lines keeps them', () => {
    const text = 'GRANT SELECT ON t TO PUBLIC;\nCREATE ROLE r LOGIN CREATEROLE;';
    const keys = (t: string) =>
      judge(t)
        .filter(f => f.status !== 'PASS')
        .map(f => [f.line, f.key]);
    expect(keys(text)).toEqual([
      [1, 'pg/public-grants|m.sql|table t TO PUBLIC'],
      [2, 'pg/privileged-roles|m.sql|role r']
    ]);
    expect(keys(`-- moved\n\n${text}`)).toEqual([
      [3, 'pg/public-grants|m.sql|table t TO PUBLIC'],
      [4, 'pg/privileged-roles|m.sql|role r']
    ]);
  });
});

describe('CockroachDB SQL', () => {
  const hba = (v: string) => `SET CLUSTER SETTING server.host_based_authentication.configuration = '${v}';`;

  it('is detected from CockroachDB-only statements, or forced with --engine', () => {
    // GRANT admin means nothing special to PostgreSQL: only the CockroachDB dialect judges it.
    expect(of('GRANT admin TO bob;', 'scan/crdb-grant-admin')).toEqual([]);
    // A column named configure is not CONFIGURE ZONE.
    expect(of('CREATE TABLE c (configure int);\nGRANT admin TO bob;', 'scan/crdb-grant-admin')).toEqual([]);
    expect(
      of('ALTER TABLE t CONFIGURE ZONE USING num_replicas = 5;\nGRANT admin TO bob;', 'scan/crdb-grant-admin')
    ).toEqual([['WARN', 2, 'GRANT admin TO bob makes bob an admin: full control of the cluster.']]);
    expect(of('GRANT admin TO bob;', 'scan/crdb-grant-admin', 'cockroachdb')).toEqual([
      ['WARN', 1, 'GRANT admin TO bob makes bob an admin: full control of the cluster.']
    ]);
    expect(
      of(
        'SET CLUSTER SETTING sql.log.admin_audit.enabled = true;\nGRANT admin TO bob;',
        'scan/crdb-grant-admin'
      )
    ).toEqual([['WARN', 2, 'GRANT admin TO bob makes bob an admin: full control of the cluster.']]);
  });

  it('crdb/hba through the live first-match check, on the line of the rule inside the literal', () => {
    const f = judge(
      `-- hba\n${hba('hostssl all all 10.0.0.0/8 cert-password\nhost all all 0.0.0.0/0 trust')}`
    ).filter(x => x.checkId === 'crdb/hba');
    expect(f.map(x => [x.status, x.line, x.detail.text])).toEqual([
      [
        'INFO',
        2,
        'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
      ],
      [
        'FAIL',
        3,
        'Rule at line 2 (host all all 0.0.0.0/0 trust): trust admits anyone who can reach the address, with no password.'
      ]
    ]);
    expect(f[1].key).toBe(
      'crdb/hba|m.sql|server.host_based_authentication.configuration host all all 0.0.0.0/0 trust'
    );
    expect(
      judge(hba('hostssl all all 10.0.0.0/8 cert-scram-sha-256'))
        .filter(x => x.checkId === 'crdb/hba')
        .map(x => x.status)
    ).toEqual(['PASS', 'INFO']);
  });

  it('crdb/password-policy at both boundaries (12 PASS, 8 WARN, 7 FAIL)', () => {
    const p = (n: number) =>
      of(`SET CLUSTER SETTING server.user_login.min_password_length = ${n};`, 'crdb/password-policy');
    expect(p(12)).toEqual([
      [
        'PASS',
        1,
        'server.user_login.min_password_length is 12, and pre-hashed passwords are refused, so every new password is checked.'
      ]
    ]);
    expect(p(8)).toEqual([
      [
        'WARN',
        1,
        'server.user_login.min_password_length is 8: below the 12 characters PCI DSS 8.3.6 asks for.'
      ]
    ]);
    expect(p(7)).toEqual([
      ['FAIL', 1, 'server.user_login.min_password_length is 7: passwords of 7 characters are accepted.']
    ]);
  });

  it('sql.log.user_audit with the live parser; admin audit; JWT', () => {
    const set = (v: string) => `SET CLUSTER SETTING sql.log.user_audit = '${v}';`;
    expect(of(set('all ALL'), 'crdb/audit-logging')).toEqual([
      [
        'PASS',
        1,
        "sql.log.user_audit has an all ALL row: every user's statements are audited unless an earlier row exempts them."
      ]
    ]);
    expect(of(set('all ALL\nadmin NONE'), 'crdb/user-audit-config')).toEqual([
      ['WARN', 2, 'Line 2 (admin NONE) can never match: an earlier all row matches every user first.']
    ]);
    expect(of(set('admin SOME'), 'crdb/user-audit-config')).toEqual([
      [
        'FAIL',
        1,
        'sql.log.user_audit does not parse: line 1: unknown statement filter: "SOME" (valid filters include: "ALL", "NONE"). CockroachDB falls back to an empty configuration, so nothing is audited.'
      ]
    ]);
    expect(of(set(''), 'crdb/audit-logging')).toEqual([
      [
        'WARN',
        1,
        'SET CLUSTER SETTING sql.log.user_audit to an empty value turns role-based audit logging off.'
      ]
    ]);
    expect(of('SET CLUSTER SETTING sql.log.admin_audit.enabled = false;', 'crdb/audit-logging')).toEqual([
      ['WARN', 1, 'SET CLUSTER SETTING sql.log.admin_audit.enabled = false turns admin audit off.']
    ]);
    expect(of('SET CLUSTER SETTING server.jwt_authentication.enabled = false;', 'crdb/database-sso')).toEqual(
      [
        [
          'FAIL',
          1,
          'Neither JWT login for SQL nor OIDC for the DB Console is configured: every login is a password or certificate managed in the cluster.'
        ]
      ]
    );
  });

  it('CREATE USER ... PASSWORD, also in forms only CockroachDB accepts; EXPERIMENTAL_AUDIT', () => {
    const text = [
      "CREATE USER IF NOT EXISTS batch WITH PASSWORD 'Crdb-Secret-1';",
      "CREATE USER carol WITH LOGIN PASSWORD 'Crdb-Secret-2';",
      'ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET READ WRITE;',
      'ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET OFF;'
    ].join('\n');
    const f = judge(text, 'cockroachdb');
    expect(
      f.filter(x => x.checkId === 'scan/sql-password').map(x => [x.status, x.line, x.detail.text])
    ).toEqual([
      ['FAIL', 1, 'CREATE USER batch sets a literal password: the secret is committed to the repository.'],
      ['FAIL', 2, 'CREATE USER carol sets a literal password: the secret is committed to the repository.']
    ]);
    expect(
      f.filter(x => x.checkId === 'crdb/table-audit').map(x => [x.status, x.line, x.detail.text])
    ).toEqual([
      [
        'INFO',
        3,
        'ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET READ WRITE: reads and writes of bank.accounts emit sensitive_table_access events.'
      ],
      [
        'INFO',
        4,
        'ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET OFF: reads and writes of bank.accounts no longer emit sensitive_table_access events.'
      ]
    ]);
    expect(JSON.stringify(f)).not.toMatch(/Crdb-Secret/);
  });

  it('crdb/public-privileges: a data privilege on a table to public, in the live wording', () => {
    expect(
      of('GRANT SELECT ON TABLE bank.accounts TO reader;', 'crdb/public-privileges', 'cockroachdb')
    ).toEqual([['PASS', 1, 'No GRANT in this file gives public a data privilege on a table.']]);
    expect(
      of('GRANT UPDATE, SELECT ON TABLE bank.accounts TO public;', 'crdb/public-privileges', 'cockroachdb')
    ).toEqual([
      ['FAIL', 1, 'table bank.accounts grants SELECT, UPDATE to public: every user can read or change it.']
    ]);
  });

  it('statements neither parser reads are one INFO with the count and the first, never a guess', () => {
    const text = [
      'CREATE TABLE t (a INT PRIMARY KEY, INDEX (a));',
      'SET CLUSTER SETTING sql.log.user_audit = lower($1);',
      'SET CLUSTER SETTING server.user_login.min_password_length = 16;',
      'SET CLUSTER SETTING sql.log.admin_audit.enabled = DEFAULT;'
    ].join('\n');
    const f = judge(text);
    expect(f.filter(x => x.checkId === 'scan/parse').map(x => [x.status, x.line, x.detail.text])).toEqual([
      ['INFO', 1, '3 statements were not judged; the first, at line 1: syntax error.']
    ]);
    expect(f.filter(x => x.checkId === 'crdb/password-policy').map(x => x.status)).toEqual(['PASS']);
  });
});
