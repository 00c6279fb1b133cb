// Explicit, sorted registry of the PostgreSQL checks (one file per check, named after its id).
import type { Check } from '../../../core/check.js';
import type { PgFacts } from '../facts.js';
import archiving from './archiving.js';
import connectionLimits from './connection-limits.js';
import connectionLogging from './connection-logging.js';
import cryptoPosture from './crypto-posture.js';
import encryptionAtRest from './encryption-at-rest.js';
import extensions from './extensions.js';
import grantOption from './grant-option.js';
import hba from './hba.js';
import listenAddresses from './listen-addresses.js';
import logLinePrefix from './log-line-prefix.js';
import logStatement from './log-statement.js';
import md5Hashes from './md5-hashes.js';
import passwordEncryption from './password-encryption.js';
import passwordExpiry from './password-expiry.js';
import passwordPolicy from './password-policy.js';
import pgaudit from './pgaudit.js';
import pgcrypto from './pgcrypto.js';
import port from './port.js';
import privilegedRoles from './privileged-roles.js';
import publicGrants from './public-grants.js';
import publicSchema from './public-schema.js';
import replication from './replication.js';
import rowLevelSecurity from './row-level-security.js';
import securityDefiner from './security-definer.js';
import ssl from './ssl.js';
import superusers from './superusers.js';
import tls from './tls.js';
import tlsVersion from './tls-version.js';
import untrustedLanguages from './untrusted-languages.js';
import version from './version.js';

export const postgresChecks: readonly Check<PgFacts>[] = [
  archiving,
  connectionLimits,
  connectionLogging,
  cryptoPosture,
  encryptionAtRest,
  extensions,
  grantOption,
  hba,
  listenAddresses,
  logLinePrefix,
  logStatement,
  md5Hashes,
  passwordEncryption,
  passwordExpiry,
  passwordPolicy,
  pgaudit,
  pgcrypto,
  port,
  privilegedRoles,
  publicGrants,
  publicSchema,
  replication,
  rowLevelSecurity,
  securityDefiner,
  ssl,
  superusers,
  tls,
  tlsVersion,
  untrustedLanguages,
  version
];
