import type { Check } from '../../../core/check.js';
import type { CbFacts } from '../facts.js';
import adminUsers from './admin-users.js';
import auditEnabled from './audit-enabled.js';
import auditExclusions from './audit-exclusions.js';
import auditRotation from './audit-rotation.js';
import certificates from './certificates.js';
import encryptionAtRest from './encryption-at-rest.js';
import externalAuth from './external-auth.js';
import nodeEncryption from './node-encryption.js';
import passwordPolicy from './password-policy.js';
import queryAudit from './query-audit.js';
import tlsVersion from './tls-version.js';
import uiOverHttp from './ui-over-http.js';
import version from './version.js';

/** Every cb/* check, sorted by id (the report groups them by dimension). */
export const couchbaseChecks: readonly Check<CbFacts>[] = [
  adminUsers,
  auditEnabled,
  auditExclusions,
  auditRotation,
  certificates,
  encryptionAtRest,
  externalAuth,
  nodeEncryption,
  passwordPolicy,
  queryAudit,
  tlsVersion,
  uiOverHttp,
  version
];
