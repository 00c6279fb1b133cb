import type { Status } from './status.js';

/** A person's statement about a fact no API exposes, from the baseline file. */
export interface Attestation {
  readonly check: string;
  readonly target: string;
  readonly status: Exclude<Status, 'UNKNOWN'>;
  readonly evidence: string;
  readonly attestedBy: string;
  /** ISO date (YYYY-MM-DD); the attestation stops counting at the start of that day. */
  readonly expires: string;
}

export type AttestationState =
  | { readonly state: 'none' }
  | { readonly state: 'active'; readonly attestation: Attestation }
  | { readonly state: 'expired'; readonly attestation: Attestation };

/** Looks up the attestation for a check id on the audited target. */
export type AttestationLookup = (checkId: string) => AttestationState;

export const noAttestations: AttestationLookup = () => ({ state: 'none' });

/**
 * Builds the lookup: an exact target match wins over `*`; an attestation whose expiry date has been
 * reached is reported as expired so the check can say so.
 */
export function attestationLookup(
  attestations: readonly Attestation[],
  targetName: string,
  auditedAt: Date
): AttestationLookup {
  const today = auditedAt.toISOString().slice(0, 10);
  return checkId => {
    const candidates = attestations.filter(
      a => a.check === checkId && (a.target === targetName || a.target === '*')
    );
    const chosen = candidates.find(a => a.target === targetName) ?? candidates[0];
    if (!chosen) return { state: 'none' };
    return chosen.expires <= today
      ? { state: 'expired', attestation: chosen }
      : { state: 'active', attestation: chosen };
  };
}
