import { available, notApplicableHere, unavailable, type Fact } from '../../src/core/facts.js';
import type { CbAudit, CbFacts, CbNode, CbUser } from '../../src/engines/couchbase/facts.js';
import { COUCHBASE_RELEASES } from '../../src/engines/couchbase/releases.js';
import { AUDITED_AT } from './check-tester.js';

export const day = (offset: number) => new Date(AUDITED_AT.getTime() + offset * 86400000).toISOString();

export const node = (hostname: string, extra: Partial<CbNode> = {}): CbNode => ({
  hostname,
  version: '8.0.1-2145-enterprise',
  status: 'healthy',
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

/** A hardened Couchbase 8.0 cluster; each sample overrides what it is about. */
export function cbFacts(overrides: Partial<CbFacts> = {}): CbFacts {
  return {
    cluster: {
      name: 'prod',
      version: '8.0.1-2145-enterprise',
      edition: 'enterprise',
      nodes: [node('cb1:8091'), node('cb2:8091')]
    },
    audit: available(AUDIT),
    security: available({
      tlsMinVersion: 'tlsv1.2',
      disableUIOverHttp: true,
      clusterEncryptionLevel: 'all',
      services: {}
    }),
    passwordPolicy: available({
      minLength: 14,
      enforceUppercase: true,
      enforceLowercase: true,
      enforceDigits: true,
      enforceSpecialChars: true
    }),
    users: available([user('alice', ['admin'], 'external'), user('auditor', ['ro_security_admin'])]),
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
    encryptionAtRest: available({
      config: 'encryptionKey',
      log: 'encryptionKey',
      audit: 'nodeSecretManager'
    }),
    releases: COUCHBASE_RELEASES,
    ...overrides
  };
}

export const forbidden = <T>(path: string, permission = 'cluster.admin.security!read'): Fact<T> =>
  unavailable(
    `GET ${path} answered 403: the audit user lacks ${permission}.`,
    'give the audit user the Read-Only Security Admin (ro_security_admin) role.'
  );

export const enterpriseOnly = <T>(path: string): Fact<T> =>
  notApplicableHere(`Community Edition: GET ${path} requires Enterprise Edition.`);

export const community = (): Pick<CbFacts, 'cluster'> => ({
  cluster: {
    name: 'dev',
    version: '7.6.2-3721-community',
    edition: 'community',
    nodes: [node('127.0.0.1:8091', { version: '7.6.2-3721-community', nodeEncryption: false })]
  }
});
