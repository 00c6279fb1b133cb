import type { Compliance, Environment } from '../core/check.js';
import type { Status } from '../core/status.js';

import { FAMILIES, type Family } from '../core/vocabulary.js';

export { FAMILIES, type Family };

/**
 * What a production WARN/FAIL of the family becomes in each non-production environment
 * (policy.md, "Environment downgrades"). Families absent here are never downgraded.
 */
export const ENVIRONMENT_DOWNGRADES: Partial<Record<Family, Partial<Record<Environment, Status>>>> = {
  'open-network': { development: 'WARN', sandbox: 'WARN' },
  'private-endpoints': { development: 'INFO', sandbox: 'INFO' },
  'hba-empty': { development: 'INFO', sandbox: 'INFO' },
  sso: { development: 'INFO', sandbox: 'INFO' },
  scim: { development: 'INFO', sandbox: 'INFO' },
  'database-sso': { development: 'INFO', sandbox: 'INFO' },
  'admin-count': { development: 'WARN', sandbox: 'WARN' },
  cmek: { development: 'WARN', sandbox: 'WARN' },
  'encryption-at-rest': { development: 'WARN', sandbox: 'WARN' },
  'audit-logging': { development: 'WARN', sandbox: 'INFO' },
  backups: { development: 'WARN', sandbox: 'INFO' }
};

/** Families whose production status a named framework keeps (policy.md, "Compliance overrides"). */
export const COMPLIANCE_LOCKS: Record<Compliance, readonly Family[]> = {
  soc2: ['sso', 'audit-logging', 'admin-count', 'password-policy'],
  hipaa: [
    'sso',
    'cmek',
    'encryption-at-rest',
    'audit-logging',
    'encryption-in-transit',
    'password-policy',
    'backups'
  ],
  'pci-dss': [
    'open-network',
    'hba-empty',
    'cmek',
    'encryption-at-rest',
    'audit-logging',
    'admin-count',
    'password-policy',
    'backups'
  ],
  iso27001: ['sso', 'audit-logging', 'admin-count'],
  gdpr: ['audit-logging', 'cmek', 'encryption-at-rest', 'encryption-in-transit']
};

/**
 * Data sensitivity raises selected outcomes (policy.md, "Data sensitivity"): an encryption-at-rest
 * WARN for "not enabled" is a FAIL when the data is PII/PHI or financial.
 */
export const SENSITIVITY_RAISES = [
  {
    family: 'encryption-at-rest' as Family,
    condition: 'not-enabled',
    from: 'WARN' as Status,
    to: 'FAIL' as Status,
    sensitivities: ['pii-phi', 'financial'] as const
  }
];
