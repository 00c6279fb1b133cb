/**
 * Every statement the PostgreSQL collector runs. All are set-based catalog reads: the number of
 * statements grows with the number of databases, never with tables or roles.
 *
 * The audited party controls everything outside pg_catalog: a database owner can create a schema
 * with its own `aclexplode`, `unnest`, `=` operator or `text` type and point the database's
 * search_path at it. Two defences, both required:
 * - the session pins `search_path = pg_catalog, pg_temp` as a startup option, which outranks every
 *   ALTER DATABASE/ROLE ... SET, and the collector verifies the pin before reading anything
 *   (see `PINNED_SETTINGS` in the wire module). Functions and operators are never looked up in
 *   pg_temp, so with that path only pg_catalog can answer an unqualified operator;
 * - every relation, function, aggregate and type name below is written `pg_catalog.<name>`, so a
 *   name cannot resolve elsewhere even if a pin were ever lost.
 * Only built-in, superuser-owned pg_catalog objects are ever called: nothing the target owns runs.
 */

const APP_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

/** Objects created by an extension are the extension's business, not the application's. */
const NOT_EXTENSION_MEMBER = (classid: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '${classid}'::pg_catalog.regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const UTC_TIMESTAMP = (column: string) =>
  `pg_catalog.to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The session check: the pins the wire module asked for, read back before any fact is trusted. */
export const SESSION_QUERY = `SELECT pg_catalog.version() AS version,
  pg_catalog.current_setting('search_path') AS search_path,
  pg_catalog.current_setting('transaction_read_only') AS read_only,
  pg_catalog.current_setting('row_security') AS row_security`;

export const CLUSTER_QUERIES = {
  server: `SELECT pg_catalog.current_setting('server_version_num')::pg_catalog.int4 AS num, current_user AS usr,
    COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false) AS su,
    pg_catalog.pg_has_role(current_user, 'pg_read_all_settings', 'USAGE') AS read_all`,
  settings: `SELECT name, setting, unit, source, context, pending_restart FROM pg_catalog.pg_settings`,
  pgauditPlaceholder: `SELECT pg_catalog.current_setting('pgaudit.log', true) AS value`,
  hba: `SELECT * FROM pg_catalog.pg_hba_file_rules`,
  roles: `SELECT oid::pg_catalog.int8 AS oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
    rolreplication, rolbypassrls,
    CASE WHEN rolvaliduntil IS NULL OR rolvaliduntil = 'infinity'::pg_catalog.timestamptz THEN NULL
         ELSE ${UTC_TIMESTAMP('rolvaliduntil')} END AS valid_until
    FROM pg_catalog.pg_roles`,
  memberships: `SELECT roleid::pg_catalog.int8 AS roleid, member::pg_catalog.int8 AS member, admin_option FROM pg_catalog.pg_auth_members`,
  // The hash itself is never fetched: only its kind.
  passwords: `SELECT rolname, CASE WHEN rolpassword IS NULL THEN 'none' WHEN rolpassword LIKE 'md5%' THEN 'md5'
    WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256' ELSE 'other' END AS kind FROM pg_catalog.pg_authid`,
  // Only pgaudit.* overrides are read; other per-role settings may hold application secrets.
  roleSettings: `SELECT r.rolname, d.datname,
    ARRAY(SELECT c FROM pg_catalog.unnest(s.setconfig) c WHERE c ILIKE 'pgaudit.%') AS cfg
    FROM pg_catalog.pg_db_role_setting s
    LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.setrole
    LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
    WHERE EXISTS (SELECT 1 FROM pg_catalog.unnest(s.setconfig) c WHERE c ILIKE 'pgaudit.%')`,
  archiver: `SELECT archived_count::pg_catalog.int8 AS archived, failed_count::pg_catalog.int8 AS failed,
    ${UTC_TIMESTAMP('last_archived_time')} AS last_archived,
    ${UTC_TIMESTAMP('last_failed_time')} AS last_failed
    FROM pg_catalog.pg_stat_archiver`,
  senders: `SELECT application_name, client_addr::pg_catalog.text AS client_addr, state FROM pg_catalog.pg_stat_replication`,
  slots: `SELECT slot_name, slot_type, active FROM pg_catalog.pg_replication_slots`,
  databases: `SELECT datname FROM pg_catalog.pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname`
} as const;

export const DATABASE_QUERIES = {
  publicSchema: `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'public') AS has_public,
    EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n,
      pg_catalog.aclexplode(COALESCE(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a
      WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE') AS public_create`,
  publicGrants: `SELECT n.nspname AS schema, c.relname AS name, c.relkind::pg_catalog.text AS kind,
    pg_catalog.array_agg(DISTINCT a.privilege_type ORDER BY a.privilege_type) AS privileges
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
    WHERE c.relacl IS NOT NULL AND a.grantee = 0 AND c.relkind IN ('r', 'v', 'm', 'f', 'p')
      AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
      AND ${APP_SCHEMAS} AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_class', 'c.oid')}
    GROUP BY 1, 2, 3 ORDER BY 1, 2`,
  grantOptions: `SELECT 'table' AS object_type, n.nspname AS schema, c.relname AS name,
      pg_catalog.pg_get_userbyid(a.grantee) AS grantee, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type) AS privileges
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
    WHERE c.relacl IS NOT NULL AND a.is_grantable AND a.grantee <> c.relowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
      AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_class', 'c.oid')}
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT 'schema', n.nspname, n.nspname, pg_catalog.pg_get_userbyid(a.grantee), pg_catalog.pg_get_userbyid(n.nspowner),
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type)
    FROM pg_catalog.pg_namespace n CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
    WHERE n.nspacl IS NOT NULL AND a.is_grantable AND a.grantee <> n.nspowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT 'function', n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
      pg_catalog.pg_get_userbyid(a.grantee), pg_catalog.pg_get_userbyid(p.proowner),
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type)
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(p.proacl) a
    WHERE p.proacl IS NOT NULL AND a.is_grantable AND a.grantee <> p.proowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
      AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_proc', 'p.oid')}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4`,
  securityDefiners: `SELECT n.nspname AS schema, p.proname AS name,
      pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
      pg_catalog.pg_get_userbyid(p.proowner) AS owner,
      (SELECT pg_catalog.substr(c, 13) FROM pg_catalog.unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%' LIMIT 1) AS search_path,
      (SELECT e.extname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
        WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
          AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e' LIMIT 1) AS extension
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    ORDER BY 1, 2, 3`,
  languages: `SELECT lanname, lanpltrusted FROM pg_catalog.pg_language WHERE lanispl ORDER BY lanname`,
  extensions: `SELECT e.extname, e.extversion, a.default_version
    FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
    ORDER BY e.extname`,
  rowLevelSecurity: `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND c.relkind IN ('r', 'p') ORDER BY 1`,
  publications: `SELECT pubname FROM pg_catalog.pg_publication ORDER BY pubname`
} as const;
