import type { FrameworkRefs } from './frameworks.js';

/**
 * Framework control sets that several checks cite alike. Check files name a set from here instead
 * of defining (and exporting) one for their neighbours to import.
 */

/** Audit logging: who did what, kept and reviewable. */
export const AUDIT_LOGGING_CONTROLS: FrameworkRefs = {
  'SOC 2': ['CC7.2'],
  HIPAA: ['164.312(b)'],
  'PCI DSS': ['10'],
  'ISO 27001': ['8.15'],
  GDPR: ['Art. 32']
};

/** Encryption in transit: TLS versions, certificates and plain-text ports. */
export const TRANSIT_CONTROLS: FrameworkRefs = {
  'PCI DSS': ['4'],
  HIPAA: ['164.312(e)(1)'],
  'SOC 2': ['CC6.7'],
  'ISO 27001': ['8.24'],
  GDPR: ['Art. 32']
};

/** Authentication of sessions and credentials: who may sign in, and for how long. */
export const AUTHENTICATION_CONTROLS: FrameworkRefs = {
  'SOC 2': ['CC6.1'],
  'PCI DSS': ['8'],
  'ISO 27001': ['8.5']
};

/** Encryption at rest: data files, keys and backups. */
export const AT_REST_CONTROLS: FrameworkRefs = {
  HIPAA: ['164.312(a)(2)(iv)'],
  'PCI DSS': ['3'],
  GDPR: ['Art. 32'],
  'ISO 27001': ['8.24']
};

/** Network boundary: who can reach the service, and where it can send data. */
export const NETWORK_BOUNDARY_CONTROLS: FrameworkRefs = {
  'PCI DSS': ['1'],
  'SOC 2': ['CC6.6'],
  'ISO 27001': ['8.20']
};

/** How many accounts hold full administrative power. */
export const ADMIN_COUNT_CONTROLS: FrameworkRefs = {
  'PCI DSS': ['7'],
  'SOC 2': ['CC6.1', 'CC6.3'],
  'ISO 27001': ['8.2'],
  HIPAA: ['164.312(a)(1)']
};

/** Privileges short of full administration that still raise access. */
export const PRIVILEGED_ACCESS_CONTROLS: FrameworkRefs = {
  'PCI DSS': ['7'],
  'SOC 2': ['CC6.1', 'CC6.3'],
  'ISO 27001': ['8.2']
};

/** Password strength for local users. */
export const PASSWORD_POLICY_CONTROLS: FrameworkRefs = {
  'PCI DSS': ['8.3.6'],
  'SOC 2': ['CC6.1'],
  'ISO 27001': ['5.17'],
  HIPAA: ['164.312(d)']
};

/** Backup and recovery. */
export const BACKUP_CONTROLS: FrameworkRefs = {
  'SOC 2': ['A1.2'],
  HIPAA: ['164.308(a)(7)'],
  'PCI DSS': ['12.10'],
  'ISO 27001': ['8.13'],
  GDPR: ['Art. 32']
};
