import type { Fact } from '../../core/facts.js';
import type { CouchbaseReleaseTable } from './releases.js';

/** One node from `GET /pools/default` `nodes[]`. */
export interface CbNode {
  readonly hostname: string;
  readonly version: string;
  /** `healthy`, `unhealthy`, `warmup`. */
  readonly status: string;
  /** `active`, `inactiveAdded`, `inactiveFailed`: failed-over nodes stay in the list. */
  readonly clusterMembership: string;
  readonly nodeEncryption: boolean | null;
  readonly services: readonly string[];
}

export interface CbCluster {
  readonly name: string | null;
  /** `implementationVersion` of `GET /pools`, e.g. `7.6.2-3721-enterprise`. */
  readonly version: string;
  readonly edition: 'enterprise' | 'community';
  /**
   * 8.0 behaviour (routes, permissions, role ids) applies once every node runs 8.0; a mixed
   * 7.6/8.0 cluster keeps the 7.6 behaviour.
   */
  readonly compat80: boolean;
  readonly nodes: readonly CbNode[];
}

/** `GET /settings/audit` (Enterprise Edition). */
export interface CbAudit {
  readonly auditdEnabled: boolean;
  /** Every filterable event that is off, default-off events included. */
  readonly disabled: readonly number[];
  /** Local entries are shown only while that user exists; external/unknown always. */
  readonly disabledUsers: readonly { readonly name: string; readonly domain: string }[];
  /** Null when the log path is set per node (the GET leaves it out). */
  readonly logPath: string | null;
  readonly rotateInterval: number | null;
  readonly rotateSize: number | null;
  readonly pruneAge: number | null;
}

/** `GET /settings/audit/descriptors`: every filterable event of the running version. */
export interface CbAuditDescriptor {
  readonly id: number;
  readonly name: string;
  readonly module: string;
}

/** The parts of `GET /settings/security` the checks read. Community Edition leaves out the EE keys. */
export interface CbSecurity {
  /** Null when absent: always on CE (the default TLS 1.2 applies). */
  readonly tlsMinVersion: string | null;
  readonly disableUIOverHttp: boolean | null;
  /** Present only when node-to-node encryption is on for every node. */
  readonly clusterEncryptionLevel: string | null;
  /** Per-service objects (EE only); `tlsMinVersion` only when set for that service. */
  readonly services: Readonly<Record<string, { readonly tlsMinVersion?: string }>>;
  /** Absent = no console idle timeout. */
  readonly uiSessionTimeout: number | null;
  /** The Strict-Transport-Security value; null when unset or on CE. */
  readonly hsts: string | null;
  /** False on Community Edition, where responseHeaders is left out of the GET. */
  readonly responseHeadersPresent: boolean;
  readonly passwordHashAlg: string | null;
  /** Null on CE (left out of the GET; CE cannot upload CAs at all). */
  readonly allowNonLocalCACertUpload: boolean | null;
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

/** `GET /settings/rbac/groups` (EE). */
export interface CbGroup {
  readonly id: string;
  readonly roles: readonly CbRole[];
  readonly ldapGroupRef: string | null;
}

/** `GET /whoami`: the audit user's own effective roles. */
export interface CbWhoami {
  readonly id: string;
  readonly domain: string;
  readonly roles: readonly string[];
}

/** Which external authentication is on (8.0: `GET /settings/rbac`; 7.6: three endpoints). */
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

/** `GET /settings/saml` (EE). */
export interface CbSaml {
  readonly enabled: boolean;
  readonly rolesAttribute: string;
  readonly groupsAttribute: string;
  readonly rolesFilterRE: string;
}

/** One entry of `GET /pools/default/certificates` (read from replicated config). */
export interface CbNodeCertificate {
  readonly node: string;
  readonly subject: string;
  readonly expires: string;
  readonly type: string;
  readonly warnings: readonly string[];
}

/** One entry of `GET /pools/default/trustedCAs` (EE). */
export interface CbTrustedCa {
  readonly subject: string;
  readonly notAfter: string;
  readonly type: string;
  readonly warnings: readonly string[];
}

export type CbEncryptionMethod = 'disabled' | 'nodeSecretManager' | 'encryptionKey' | string;

export interface CbEncryptionType {
  readonly method: CbEncryptionMethod;
  /** `info.dataStatus`: encrypted, partiallyEncrypted, unencrypted, ... */
  readonly dataStatus: string | null;
}

/** `GET /settings/security/encryptionAtRest` (8.0): cluster configuration, logs and audit logs only. */
export interface CbEncryptionAtRest {
  readonly config: CbEncryptionType;
  readonly log: CbEncryptionType;
  readonly audit: CbEncryptionType;
}

/** One entry of `GET /pools/default/buckets`; the encryption fields exist from 8.0. */
export interface CbBucket {
  readonly name: string;
  readonly bucketType: string;
  /** -1 = unencrypted; null when the field is absent (7.6). */
  readonly encryptionAtRestKeyId: number | null;
  readonly dataStatus: string | null;
}

export interface CbClientCertAuth {
  readonly state: string;
  readonly prefixes: readonly {
    readonly path: string;
    readonly prefix: string;
    readonly delimiter: string;
  }[];
}

export interface CbCurlAllowlist {
  readonly allAccess: boolean;
  readonly allowedUrls: readonly string[];
}

export interface CbFacts {
  readonly cluster: CbCluster;
  readonly whoami: Fact<CbWhoami>;
  readonly audit: Fact<CbAudit>;
  readonly auditDescriptors: Fact<readonly CbAuditDescriptor[]>;
  readonly security: Fact<CbSecurity>;
  readonly passwordPolicy: Fact<CbPasswordPolicy>;
  readonly users: Fact<readonly CbUser[]>;
  readonly groups: Fact<readonly CbGroup[]>;
  readonly authSettings: Fact<CbAuthSettings>;
  readonly ldap: Fact<CbLdap>;
  readonly saml: Fact<CbSaml>;
  readonly certificates: Fact<readonly CbNodeCertificate[]>;
  readonly trustedCAs: Fact<readonly CbTrustedCa[]>;
  readonly encryptionAtRest: Fact<CbEncryptionAtRest>;
  readonly buckets: Fact<readonly CbBucket[]>;
  readonly clientCertAuth: Fact<CbClientCertAuth>;
  readonly logRedaction: Fact<string>;
  readonly curlAllowlist: Fact<CbCurlAllowlist>;
  readonly releases: CouchbaseReleaseTable;
}
