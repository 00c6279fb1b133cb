import type { Check } from '../../../core/check.js';
import type { CbFacts } from '../facts.js';
import adminUsers from './admin-users.js';
import auditEnabled from './audit-enabled.js';
import auditExclusions from './audit-exclusions.js';
import auditRotation from './audit-rotation.js';
import caUpload from './ca-upload.js';
import certificates from './certificates.js';
import clientCertAuth from './client-cert-auth.js';
import encryptionAtRest from './encryption-at-rest.js';
import externalAuth from './external-auth.js';
import hsts from './hsts.js';
import logRedaction from './log-redaction.js';
import nodeEncryption from './node-encryption.js';
import passwordHash from './password-hash.js';
import passwordPolicy from './password-policy.js';
import plaintextPorts from './plaintext-ports.js';
import queryAudit from './query-audit.js';
import queryCurl from './query-curl.js';
import tlsVersion from './tls-version.js';
import trustedCas from './trusted-cas.js';
import uiOverHttp from './ui-over-http.js';
import uiSessionTimeout from './ui-session-timeout.js';
import version from './version.js';

/** Every cb/* check, sorted by id (the report groups them by dimension). */
export const couchbaseChecks: readonly Check<CbFacts>[] = [
  adminUsers,
  auditEnabled,
  auditExclusions,
  auditRotation,
  caUpload,
  certificates,
  clientCertAuth,
  encryptionAtRest,
  externalAuth,
  hsts,
  logRedaction,
  nodeEncryption,
  passwordHash,
  passwordPolicy,
  plaintextPorts,
  queryAudit,
  queryCurl,
  tlsVersion,
  trustedCas,
  uiOverHttp,
  uiSessionTimeout,
  version
];
