// Couchbase Server RBAC as ns_server evaluates it, for the REST replica: role definitions (the
// permission patterns of the roles the scenarios use), first-match permission lookup, and the
// silent filters of GET /settings/rbac/users and /groups. Transcribed from couchbase/ns_server
// menelaus_roles.erl (trinity = 7.6: src/, morpheus = 8.0: apps/ns_server/src/) and
// menelaus_web_rbac.erl; replicas/FIDELITY.md names each behaviour's source.

/** An object vertex: a string, or `{ bucket: name | 'any' }`. */
const B = { bucket: 'param' };
const ANY_BUCKET = { bucket: 'any' };

// [objectPattern, operations] in the order ns_server lists them; 'all' / 'none' / [ops].
const ADMIN = [[[], 'all']];
const BACKUP_ADMIN = [
  [['admin'], 'none'],
  [['settings', 'metrics'], 'none'],
  [[], 'all']
];
const EVENTING_ADMIN = [
  [['admin'], 'none'],
  [['xdcr'], 'none'],
  [[ANY_BUCKET, 'xdcr'], 'none'],
  [[ANY_BUCKET], 'all'],
  [['n1ql'], 'all'],
  [['eventing'], 'all'],
  [['analytics'], 'all'],
  [['buckets'], 'all'],
  [['settings', 'metrics'], 'none'],
  [[], ['read']]
];
const BUCKET_DATA = [
  [[B, 'settings'], ['read']],
  [['pools'], ['read']]
];
const BUCKET_ADMIN = [
  [[B, 'data'], 'none'],
  [[B], 'all'],
  [[ANY_BUCKET, 'settings'], ['read']],
  [[ANY_BUCKET], 'none'],
  [['xdcr'], 'none'],
  [['admin'], 'none'],
  [['eventing'], 'none'],
  [['analytics'], 'none'],
  [['backup'], 'none'],
  [['settings', 'metrics'], 'none'],
  [[], ['read']]
];
const QUERY_EXTERNAL_ACCESS = [
  [['n1ql', 'curl'], ['execute']],
  [['pools'], ['read']]
];
const BUCKET_FULL_ACCESS = [
  [[B, 'data'], 'all'],
  [[B, 'settings'], ['read']],
  [[B], ['read', 'flush']],
  [['pools'], ['read']]
];

const SECURITY_ADMIN_76 = domainExcluded => [
  [['admin', 'security', 'admin'], 'none'],
  [['admin', 'security', domainExcluded], 'none'],
  [['admin', 'security'], 'all'],
  [['admin', 'logs'], 'none'],
  [['admin', 'event'], 'none'],
  [['admin', 'metakv'], 'none'],
  [['admin', 'settings'], 'none'],
  [[ANY_BUCKET, 'data'], 'none'],
  [[ANY_BUCKET], ['read']],
  [['analytics'], 'none'],
  [['backup'], 'none'],
  [['eventing'], 'none'],
  [['xdcr'], 'none'],
  [['settings', 'fts'], 'none'],
  [[], ['read', 'list']]
];

const CLUSTER_ADMIN_76 = [
  [['admin', 'internal'], 'none'],
  [['admin', 'security'], 'none'],
  [['admin', 'diag'], ['read']],
  [['admin', 'event'], 'none'],
  [['admin', 'metakv'], 'none'],
  [['admin', 'settings', 'metrics'], 'none'],
  [[ANY_BUCKET, 'data'], 'none'],
  [['n1ql', 'curl'], 'none'],
  [['eventing'], 'none'],
  [['analytics'], 'none'],
  [['backup'], 'none'],
  [[], 'all']
];

/** 7.6 (trinity menelaus_roles.erl roles()); `ce` = the role exists on Community Edition. */
const ROLES_76 = {
  admin: { ce: true, perms: ADMIN },
  ro_admin: {
    ce: true,
    perms: [
      [[ANY_BUCKET, 'data'], 'none'],
      [['admin', 'security'], ['read']],
      [['admin', 'stats_export'], ['read']],
      [['admin'], 'none'],
      [['eventing'], 'none'],
      [['analytics'], 'none'],
      [['backup'], ['read']],
      [[], ['read', 'list']]
    ]
  },
  security_admin_local: { ce: false, perms: SECURITY_ADMIN_76('external') },
  security_admin_external: { ce: false, perms: SECURITY_ADMIN_76('local') },
  cluster_admin: { ce: false, perms: CLUSTER_ADMIN_76 },
  eventing_admin: { ce: false, perms: EVENTING_ADMIN },
  backup_admin: { ce: false, perms: BACKUP_ADMIN },
  bucket_admin: { ce: false, bucket: true, perms: BUCKET_ADMIN },
  bucket_full_access: { ce: true, bucket: true, perms: BUCKET_FULL_ACCESS },
  data_reader: { ce: false, bucket: true, collection: true, perms: BUCKET_DATA },
  data_writer: { ce: false, bucket: true, collection: true, perms: BUCKET_DATA },
  query_select: { ce: false, bucket: true, collection: true, perms: BUCKET_DATA },
  query_external_access: { ce: false, perms: QUERY_EXTERNAL_ACCESS }
};

const USER_ADMIN_80 = domainExcluded => [
  [['admin', 'security', 'admin'], 'none'],
  [['admin', 'security'], 'none'],
  [
    ['admin', 'security_info'],
    ['read', 'write']
  ],
  [['admin', 'users', 'admin'], 'none'],
  [['admin', 'users', domainExcluded], 'none'],
  [['admin', 'users'], 'all'],
  [['admin', 'logs'], 'none'],
  [['admin', 'event'], 'none'],
  [['admin', 'metakv'], 'none'],
  [['admin', 'settings', 'metrics'], 'none'],
  [[ANY_BUCKET, 'data'], 'none'],
  [[ANY_BUCKET], ['read']],
  [['analytics'], 'none'],
  [['backup'], 'none'],
  [['eventing'], 'none'],
  [['xdcr'], 'none'],
  [['settings', 'fts'], 'none'],
  [['settings', 'metrics'], 'none'],
  [[], ['read', 'list']]
];

/** 8.0 (morpheus menelaus_roles.erl default_roles()). */
const ROLES_80 = {
  ...ROLES_76,
  ro_admin: {
    ce: true,
    perms: [
      [[ANY_BUCKET, 'data'], 'none'],
      [['admin', 'security'], 'none'],
      [['admin', 'security_info'], 'none'],
      [['admin', 'stats_export'], ['read']],
      [['admin', 'users'], 'none'],
      [['admin'], 'none'],
      [['eventing'], 'none'],
      [['analytics'], 'none'],
      [['backup'], ['read']],
      [[], ['read', 'list']]
    ]
  },
  security_admin: {
    ce: false,
    perms: [
      [['admin', 'security', 'admin'], 'none'],
      [['admin', 'security'], 'all'],
      [['admin', 'security_info'], 'all'],
      [['admin', 'users'], ['read']],
      [['admin', 'logs'], 'none'],
      [['admin', 'event'], 'none'],
      [['admin', 'metakv'], 'none'],
      [['admin', 'settings', 'metrics'], 'none'],
      [[ANY_BUCKET, 'data'], 'none'],
      [[ANY_BUCKET], ['read']],
      [['analytics'], 'none'],
      [['backup'], 'none'],
      [['eventing'], 'none'],
      [['xdcr'], 'none'],
      [['settings', 'fts'], 'none'],
      [['settings', 'metrics'], 'none'],
      [[], ['read', 'list']]
    ]
  },
  ro_security_admin: {
    ce: false,
    perms: [
      [['admin', 'security', 'admin'], ['read']],
      [['admin', 'security'], ['read']],
      [['admin', 'security_info'], ['read']],
      [['admin', 'users'], ['read']],
      [['admin', 'logs'], 'none'],
      [['admin', 'event'], 'none'],
      [['admin', 'metakv'], 'none'],
      [['admin', 'settings', 'metrics'], 'none'],
      [[ANY_BUCKET, 'data'], 'none'],
      [[ANY_BUCKET], ['read']],
      [['analytics'], 'none'],
      [['backup'], 'none'],
      [['eventing'], 'none'],
      [['xdcr'], 'none'],
      [['settings', 'fts'], 'none'],
      [['settings', 'metrics'], 'none'],
      [[], ['read', 'list']]
    ]
  },
  user_admin_local: { ce: false, perms: USER_ADMIN_80('external') },
  user_admin_external: { ce: false, perms: USER_ADMIN_80('local') },
  cluster_admin: {
    ce: false,
    perms: [
      [['admin', 'internal'], 'none'],
      [['admin', 'security'], 'none'],
      [['admin', 'security_info'], 'none'],
      [['admin', 'users'], 'none'],
      ...CLUSTER_ADMIN_76.slice(2)
    ]
  }
};
// 8.0 replaced the 7.6 security-admin roles (they no longer exist as role ids).
delete ROLES_80.security_admin_local;
delete ROLES_80.security_admin_external;

export function roleTable(is80) {
  return is80 ? ROLES_80 : ROLES_76;
}

/** "data_reader[orders]" -> { role: 'data_reader', bucket: 'orders' }. */
export function parseRoleSpec(spec) {
  const m = /^([a-z_]+)(?:\[([^\]]+)\])?$/.exec(spec);
  if (!m) return null;
  return { role: m[1], bucket: m[2] ?? null };
}

/** The role JSON ns_server writes (role_to_json): parameters named, `*` for "any". */
export function roleJson({ role, bucket }, def) {
  if (!def.bucket) return { role };
  const j = { role, bucket_name: bucket ?? '*' };
  if (def.collection) Object.assign(j, { scope_name: '*', collection_name: '*' });
  return j;
}

function vertexMatch(objectVertex, patternVertex, bucket) {
  if (typeof patternVertex === 'string' || typeof objectVertex === 'string')
    return objectVertex === patternVertex;
  const p = patternVertex.bucket === 'param' ? (bucket ?? 'any') : patternVertex.bucket;
  const o = objectVertex.bucket;
  return p === 'any' || o === 'any' || p === o;
}

function objectMatch(object, pattern, bucket) {
  if (pattern.length > object.length) return false;
  return pattern.every((v, i) => vertexMatch(object[i], v, bucket));
}

/** menelaus_roles:get_allowed_operations: the first pattern that matches decides. */
function allowedOperations(object, perms, bucket) {
  for (const [pattern, ops] of perms) if (objectMatch(object, pattern, bucket)) return ops;
  return 'none';
}

function operationAllowed(op, ops) {
  if (ops === 'all') return true;
  if (ops === 'none') return false;
  if (op === 'any') return true;
  return ops.includes(op);
}

/** is_allowed({Object, Operation}, Roles): any role allows it. `roles` are parsed specs. */
export function isAllowed([object, op], roles, table) {
  return roles.some(r => {
    const def = table[r.role];
    return def ? operationAllowed(op, allowedOperations(object, def.perms, r.bucket)) : false;
  });
}

/** How ns_server prints a permission in a 403 body: cluster.admin.security!read. */
export function permissionText([object, op]) {
  const parts = object.map(v =>
    typeof v === 'string' ? v : `bucket[${v.bucket === 'any' ? '.' : v.bucket}]`
  );
  return `${['cluster', ...parts].join('.')}!${op}`;
}

// menelaus_web_rbac.erl: SECURITY_READ, LOCAL_READ / EXTERNAL_READ (PRE_80 on 7.6), USER_ADMIN_READ.
const SECURITY_READ = [['admin', 'security', 'admin'], 'read'];
const domainRead = (domain, is80) => [['admin', is80 ? 'users' : 'security', domain], 'read'];
const USER_ADMIN_READ = [['admin', 'users', 'admin'], 'read'];

/** Roles that are "security roles" (allow {[admin, security], any}) / "user admin roles" (8.0). */
const holds = (roles, object, table) => isAllowed([object, 'any'], roles, table);

/**
 * The silent filters of GET /settings/rbac/users and /settings/rbac/groups, in the server's order:
 * security_filter, (8.0) user_admin_filter, then per-domain filters for users, ldap_ref_filter
 * for groups. Each entry has `effective` (parsed role specs, group roles included).
 */
export function rbacFilters(readerRoles, is80, table) {
  const canSecurity = isAllowed(SECURITY_READ, readerRoles, table);
  const canUserAdmin = !is80 || isAllowed(USER_ADMIN_READ, readerRoles, table);
  const canLocal = isAllowed(domainRead('local', is80), readerRoles, table);
  const canExternal = isAllowed(domainRead('external', is80), readerRoles, table);
  const common = e =>
    (canSecurity || !holds(e.effective, ['admin', 'security'], table)) &&
    (canUserAdmin || !holds(e.effective, ['admin', 'users'], table));
  return {
    user: u => common(u) && (canLocal || u.domain !== 'local') && (canExternal || u.domain !== 'external'),
    // ldap_ref_filter uses EXTERNAL_READ (7.6 [admin,security,external]; 8.0 [admin,users,external]).
    group: g => common(g) && (canExternal || !g.ldapGroupRef)
  };
}
