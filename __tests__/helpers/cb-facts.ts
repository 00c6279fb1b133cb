import { available, notApplicableHere, unavailable, type Fact } from '../../src/core/facts.js';
import type { CbAudit, CbFacts, CbNode, CbSecurity, CbUser } from '../../src/engines/couchbase/facts.js';
import { COUCHBASE_RELEASES } from '../../src/engines/couchbase/releases.js';
import { AUDITED_AT } from './check-tester.js';

export const day = (offset: number) => new Date(AUDITED_AT.getTime() + offset * 86400000).toISOString();

export const node = (hostname: string, extra: Partial<CbNode> = {}): CbNode => ({
  hostname,
  version: '8.0.1-2145-enterprise',
  status: 'healthy',
  clusterMembership: 'active',
  nodeEncryption: true,
  services: ['kv'],
  ...extra
});

export const user = (id: string, roles: string[], domain = 'local'): CbUser => ({
  id,
  domain,
  roles: roles.map(role => ({ role }))
});

export const AUDIT: CbAudit = {
  auditdEnabled: true,
  disabled: [8243, 8255],
  disabledUsers: [],
  logPath: '/opt/couchbase/var/lib/couchbase/logs',
  rotateInterval: 86400,
  rotateSize: 20971520,
  pruneAge: 0
};

/** Hardened 8.0 Enterprise /settings/security; samples override what they are about. */
export const security = (extra: Partial<CbSecurity> = {}) =>
  available<CbSecurity>({
    tlsMinVersion: 'tlsv1.2',
    disableUIOverHttp: true,
    clusterEncryptionLevel: 'all',
    services: {},
    uiSessionTimeout: 900,
    hsts: 'max-age=31536000',
    responseHeadersPresent: true,
    passwordHashAlg: 'argon2id',
    allowNonLocalCACertUpload: false,
    ...extra
  });

/** A hardened Couchbase 8.0 cluster; each sample overrides what it is about. */
export function cbFacts(overrides: Partial<CbFacts> = {}): CbFacts {
  return {
    cluster: {
      name: 'prod',
      version: '8.0.1-2145-enterprise',
      edition: 'enterprise',
      compat80: true,
      nodes: [node('cb1:8091'), node('cb2:8091')]
    },
    whoami: available({ id: 'auditor', domain: 'local', roles: ['ro_security_admin'] }),
    audit: available(AUDIT),
    auditDescriptors: available([
      { id: 8255, name: 'read document', module: 'ns_server' },
      { id: 28672, name: 'SELECT statement', module: 'n1ql' },
      { id: 28676, name: 'INSERT statement', module: 'n1ql' },
      { id: 28738, name: 'CREATE USER statement', module: 'n1ql' },
      { id: 28689, name: '/admin/stats API request', module: 'n1ql' }
    ]),
    security: security(),
    passwordPolicy: available({
      minLength: 14,
      enforceUppercase: true,
      enforceLowercase: true,
      enforceDigits: true,
      enforceSpecialChars: true
    }),
    users: available([user('alice', ['admin'], 'external'), user('auditor', ['ro_security_admin'])]),
    groups: available([{ id: 'dba', roles: [{ role: 'ro_admin' }], ldapGroupRef: 'cn=dba,dc=corp' }]),
    saml: available({ enabled: false, rolesAttribute: '', groupsAttribute: '', rolesFilterRE: '.*' }),
    authSettings: available({ ldapEnabled: true, samlEnabled: false, saslauthdAuthEnabled: false }),
    ldap: available({
      authenticationEnabled: true,
      authorizationEnabled: true,
      hosts: ['ldap.corp'],
      port: 636,
      encryption: 'TLS',
      serverCertValidation: true
    }),
    certificates: available([
      { node: 'cb1:8091', subject: 'CN=cb1', expires: day(200), type: 'uploaded', warnings: [] },
      { node: 'cb2:8091', subject: 'CN=cb2', expires: day(200), type: 'uploaded', warnings: [] }
    ]),
    trustedCAs: available([{ subject: 'CN=Corp CA', notAfter: day(900), type: 'uploaded', warnings: [] }]),
    encryptionAtRest: available({
      config: { method: 'encryptionKey', dataStatus: 'encrypted' },
      log: { method: 'encryptionKey', dataStatus: 'encrypted' },
      audit: { method: 'nodeSecretManager', dataStatus: 'encrypted' }
    }),
    buckets: available([
      { name: 'orders', bucketType: 'membase', encryptionAtRestKeyId: 2, dataStatus: 'encrypted' },
      { name: 'cache', bucketType: 'ephemeral', encryptionAtRestKeyId: -1, dataStatus: 'unencrypted' }
    ]),
    clientCertAuth: available({ state: 'disable', prefixes: [] }),
    logRedaction: available('partial'),
    curlAllowlist: available({ allAccess: false, allowedUrls: [] }),
    releases: COUCHBASE_RELEASES,
    ...overrides
  };
}

export const forbidden = <T>(path: string, permission = 'cluster.admin.security!read'): Fact<T> =>
  unavailable(
    `GET ${path} answered 403: the audit user lacks ${permission}.`,
    'give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
  );

export const enterpriseOnly = <T>(path: string): Fact<T> =>
  notApplicableHere(`Community Edition: GET ${path} requires Enterprise Edition.`);

export const community = (): Pick<CbFacts, 'cluster'> => ({
  cluster: {
    name: 'dev',
    version: '7.6.2-3721-community',
    edition: 'community',
    compat80: false,
    nodes: [node('127.0.0.1:8091', { version: '7.6.2-3721-community', nodeEncryption: false })]
  }
});
