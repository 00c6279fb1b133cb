import type { Fact } from '../../core/facts.js';
import type { CouchbaseReleaseTable } from './releases.js';

/** One node from `GET /pools/default` `nodes[]`. */
export interface CbNode {
  readonly hostname: string;
  readonly version: string;
  /** `healthy`, `unhealthy`, `warmup`: an unhealthy node may not report its certificate. */
  readonly status: string;
  readonly nodeEncryption: boolean | null;
  readonly services: readonly string[];
}

export interface CbCluster {
  readonly name: string | null;
  /** `implementationVersion` of `GET /pools`, e.g. `7.6.2-3721-enterprise`. */
  readonly version: string;
  readonly edition: 'enterprise' | 'community';
  readonly nodes: readonly CbNode[];
}

/** `GET /settings/audit` (Enterprise Edition). */
export interface CbAudit {
  readonly auditdEnabled: boolean;
  readonly disabled: readonly number[];
  readonly disabledUsers: readonly { readonly name: string; readonly domain: string }[];
  readonly logPath: string | null;
  readonly rotateInterval: number | null;
  readonly rotateSize: number | null;
  readonly pruneAge: number | null;
}

/** The parts of `GET /settings/security` the checks read; per-service objects only when set. */
export interface CbSecurity {
  readonly tlsMinVersion: string | null;
  readonly disableUIOverHttp: boolean | null;
  /** Present only when node-to-node encryption is on for every node. */
  readonly clusterEncryptionLevel: string | null;
  readonly services: Readonly<Record<string, { readonly tlsMinVersion?: string }>>;
}

export interface CbPasswordPolicy {
  readonly minLength: number;
  readonly enforceUppercase: boolean;
  readonly enforceLowercase: boolean;
  readonly enforceDigits: boolean;
  readonly enforceSpecialChars: boolean;
}

export interface CbRole {
  readonly role: string;
  readonly bucket_name?: string;
}

export interface CbUser {
  readonly id: string;
  readonly domain: string;
  readonly roles: readonly CbRole[];
}

/** `GET /settings/rbac`: which external authentication is switched on. */
export interface CbAuthSettings {
  readonly ldapEnabled: boolean;
  readonly samlEnabled: boolean;
  readonly saslauthdAuthEnabled: boolean;
}

/** `GET /settings/ldap`; the bind password is never kept. */
export interface CbLdap {
  readonly authenticationEnabled: boolean;
  readonly authorizationEnabled: boolean;
  readonly hosts: readonly string[];
  readonly port: number | null;
  readonly encryption: string;
  readonly serverCertValidation: boolean | null;
}

/** One entry of `GET /pools/default/certificates`. */
export interface CbNodeCertificate {
  readonly node: string;
  readonly subject: string;
  readonly expires: string;
  readonly type: string;
  readonly warnings: readonly string[];
}

export type CbEncryptionMethod = 'disabled' | 'nodeSecretManager' | 'encryptionKey' | string;

/** `GET /settings/security/encryptionAtRest` (8.0+). */
export interface CbEncryptionAtRest {
  readonly config: CbEncryptionMethod;
  readonly log: CbEncryptionMethod;
  readonly audit: CbEncryptionMethod;
}

export interface CbFacts {
  readonly cluster: CbCluster;
  readonly audit: Fact<CbAudit>;
  readonly security: Fact<CbSecurity>;
  readonly passwordPolicy: Fact<CbPasswordPolicy>;
  readonly users: Fact<readonly CbUser[]>;
  readonly authSettings: Fact<CbAuthSettings>;
  readonly ldap: Fact<CbLdap>;
  readonly certificates: Fact<readonly CbNodeCertificate[]>;
  readonly encryptionAtRest: Fact<CbEncryptionAtRest>;
  readonly releases: CouchbaseReleaseTable;
}
