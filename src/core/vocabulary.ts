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
