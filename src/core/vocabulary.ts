/**
 * The product's words, once: every list a user can choose from and how the report names each value.
 * Options, policy, renderers and tests import these instead of spelling them again.
 */
export const ENGINES = ['postgres', 'cockroachdb', 'couchbase'] as const;
export type EngineId = (typeof ENGINES)[number];
export const ENGINE_NAMES: Record<EngineId, string> = {
  postgres: 'PostgreSQL',
  cockroachdb: 'CockroachDB',
  couchbase: 'Couchbase Server'
};

export const DEPLOYMENT_VALUES = ['cloud', 'self-hosted'] as const;
export const DEPLOYMENT_NAMES: Record<(typeof DEPLOYMENT_VALUES)[number], string> = {
  cloud: 'Cloud',
  'self-hosted': 'Self-hosted'
};

export const ENVIRONMENTS = ['production', 'staging', 'development', 'sandbox'] as const;

export const COMPLIANCE = ['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'] as const;
export const COMPLIANCE_NAMES: Record<(typeof COMPLIANCE)[number], string> = {
  soc2: 'SOC 2',
  hipaa: 'HIPAA',
  'pci-dss': 'PCI DSS',
  iso27001: 'ISO 27001',
  gdpr: 'GDPR'
};

export const SENSITIVITIES = ['pii-phi', 'financial', 'internal', 'public'] as const;
export const SENSITIVITY_NAMES: Record<(typeof SENSITIVITIES)[number], string> = {
  'pii-phi': 'PII/PHI',
  financial: 'financial',
  internal: 'internal',
  public: 'public'
};

export const FORMATS = ['markdown', 'json', 'sarif', 'junit'] as const;

/**
 * Check families named by policy.md; a check's family ties it to the policy rows in
 * src/policy/families.ts (the rows live there, the names here so that core/ needs no policy import).
 */
export const FAMILIES = [
  'open-network',
  'private-endpoints',
  'hba-empty',
  'sso',
  'scim',
  'database-sso',
  'admin-count',
  'cmek',
  'encryption-at-rest',
  'audit-logging',
  'backups',
  'password-policy',
  'encryption-in-transit'
] as const;
export type Family = (typeof FAMILIES)[number];

/** The frameworks a finding may cite; their control catalogue is src/policy/frameworks.ts. */
export const FRAMEWORK_NAMES = ['SOC 2', 'HIPAA', 'PCI DSS', 'ISO 27001', 'GDPR'] as const;
export type FrameworkName = (typeof FRAMEWORK_NAMES)[number];
/**
 * Controls per framework, as check metadata carries them. The catalogue test rejects a control key
 * that src/policy/frameworks.ts does not list.
 */
export type FrameworkRefs = { readonly [F in FrameworkName]?: readonly string[] };
