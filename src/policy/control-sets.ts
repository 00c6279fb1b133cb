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
