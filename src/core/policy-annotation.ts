import type { Status } from './status.js';

/**
 * What the policy did to a finding's verdict, as data: each renderer words it for its format
 * (a markdown sentence, a JSON object, a SARIF property, a JUnit line) instead of copying one
 * markdown string everywhere.
 * - `raised`: data sensitivity made the verdict more severe (`from` → `to`);
 * - `downgraded`: the environment made it less severe (`from` → `to`);
 * - `locked`: the environment would have lowered it, a named compliance framework kept it (`from` = `to`).
 */
export interface PolicyAnnotation {
  readonly kind: 'downgraded' | 'raised' | 'locked';
  readonly from: Status;
  readonly to: Status;
  /** Why, in words: `development cluster`, `PII/PHI data`, `PCI DSS compliance`. */
  readonly reason: string;
}

/** The markdown sentence after the finding: `*(downgraded from FAIL — development cluster)*`. */
export function policyMarkdown(p: PolicyAnnotation): string {
  switch (p.kind) {
    case 'raised':
      return `*(raised to ${p.to} — ${p.reason})*`;
    case 'downgraded':
      return `*(downgraded from ${p.from} — ${p.reason})*`;
    case 'locked':
      return `*(${p.reason} — cannot downgrade)*`;
  }
}

/** Plain text for SARIF messages and JUnit: `downgraded from FAIL to WARN (development cluster)`. */
export function policyText(p: PolicyAnnotation): string {
  switch (p.kind) {
    case 'raised':
      return `raised from ${p.from} to ${p.to} (${p.reason})`;
    case 'downgraded':
      return `downgraded from ${p.from} to ${p.to} (${p.reason})`;
    case 'locked':
      return `kept at ${p.to}, not downgraded (${p.reason})`;
  }
}
