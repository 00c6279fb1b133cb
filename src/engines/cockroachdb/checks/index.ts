import type { Check } from '../../../core/check.js';
import type { CrdbFacts } from '../facts.js';
import adminUsers from './admin-users.js';
import apiKeys from './api-keys.js';
import auditLogging from './audit-logging.js';
import backupSchedules from './backup-schedules.js';
import clientCertificates from './client-certificates.js';
import cmek from './cmek.js';
import consoleAdmins from './console-admins.js';
import consoleSso from './console-sso.js';
import cryptoPosture from './crypto-posture.js';
import databaseSso from './database-sso.js';
import dbConsoleSessions from './db-console-sessions.js';
import deleteProtection from './delete-protection.js';
import egressPolicy from './egress-policy.js';
import encryptionAtRest from './encryption-at-rest.js';
import hba from './hba.js';
import identityMap from './identity-map.js';
import ipAllowlist from './ip-allowlist.js';
import ldap from './ldap.js';
import license from './license.js';
import logExport from './log-export.js';
import managedBackups from './managed-backups.js';
import passwordHashing from './password-hashing.js';
import passwordPolicy from './password-policy.js';
import privateEndpoints from './private-endpoints.js';
import publicPrivileges from './public-privileges.js';
import scim from './scim.js';
import sensitiveRedaction from './sensitive-redaction.js';
import sessionLogging from './session-logging.js';
import sessionRevivalToken from './session-revival-token.js';
import systemPrivileges from './system-privileges.js';
import tableAudit from './table-audit.js';
import tls from './tls.js';
import userAuditConfig from './user-audit-config.js';
import usersRoles from './users-roles.js';
import version from './version.js';

/** Every crdb/* check, sorted by id (the report groups them by dimension). */
export const cockroachChecks: readonly Check<CrdbFacts>[] = [
  adminUsers,
  apiKeys,
  auditLogging,
  backupSchedules,
  clientCertificates,
  cmek,
  consoleAdmins,
  consoleSso,
  cryptoPosture,
  databaseSso,
  dbConsoleSessions,
  deleteProtection,
  egressPolicy,
  encryptionAtRest,
  hba,
  identityMap,
  ipAllowlist,
  ldap,
  license,
  logExport,
  managedBackups,
  passwordHashing,
  passwordPolicy,
  privateEndpoints,
  publicPrivileges,
  scim,
  sensitiveRedaction,
  sessionLogging,
  sessionRevivalToken,
  systemPrivileges,
  tableAudit,
  tls,
  userAuditConfig,
  usersRoles,
  version
];
