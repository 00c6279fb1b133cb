import type { FrameworkName } from '../core/vocabulary.js';

/**
 * Framework controls a finding may bear on (policy.md, "Framework references"). Checks cite controls
 * by these exact keys; the catalogue test rejects a reference that is not listed here.
 */
export const FRAMEWORK_CONTROLS = {
  'SOC 2': {
    'CC6.1': 'Logical access security',
    'CC6.2': 'User registration and authorization',
    'CC6.3': 'Role-based access and removal',
    'CC6.6': 'Boundary protection',
    'CC6.7': 'Transmission encryption',
    'CC7.2': 'Monitoring for anomalies',
    'A1.2': 'Backup and recovery'
  },
  HIPAA: {
    '164.312(a)(1)': 'Access control',
    '164.312(a)(2)(iv)': 'Encryption and decryption',
    '164.312(b)': 'Audit controls',
    '164.312(d)': 'Person or entity authentication',
    '164.312(e)(1)': 'Transmission security',
    '164.308(a)(7)': 'Contingency plan'
  },
  'PCI DSS': {
    '1': 'Network security controls',
    '3': 'Protect stored account data',
    '4': 'Strong cryptography during transmission',
    '7': 'Restrict access by business need to know',
    '8': 'Identify users and authenticate access',
    '8.3.6': 'Passwords of at least 12 characters',
    '10': 'Log and monitor all access',
    '12.10': 'Incident response'
  },
  'ISO 27001': {
    '5.15': 'Access control',
    '5.17': 'Authentication information',
    '8.2': 'Privileged access rights',
    '8.5': 'Secure authentication',
    '8.13': 'Information backup',
    '8.15': 'Logging',
    '8.20': 'Networks security',
    '8.24': 'Use of cryptography'
  },
  GDPR: {
    'Art. 32': 'Security of processing',
    'Art. 5(1)(f)': 'Integrity and confidentiality'
  }
} as const satisfies Record<FrameworkName, Record<string, string>>;

export type { FrameworkName };
/** Framework references restricted to the controls listed above (check files declare theirs with it). */
export type FrameworkRefs = {
  readonly [F in FrameworkName]?: readonly (keyof (typeof FRAMEWORK_CONTROLS)[F])[];
};

/** Display name of each `--compliance` value (kept in the vocabulary). */
export { COMPLIANCE_NAMES } from '../core/vocabulary.js';
