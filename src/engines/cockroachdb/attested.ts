import {
  fail,
  pass,
  unknown,
  warn,
  info,
  type BoundCheckContext,
  type RawFinding
} from '../../core/check.js';
import { msg, raw, type Text } from '../../core/text.js';

/**
 * Shared by checks that no API can answer (Console SSO, SCIM): UNKNOWN until a person attests the
 * state in the baseline file; an expired attestation is UNKNOWN again. `id` only names the check
 * in the message: the lookup is bound to the running check.
 */
export function fromAttestation(
  id: string,
  ctx: BoundCheckContext,
  what: Record<'PASS' | 'WARN' | 'FAIL', string>,
  missing: Text
): RawFinding[] {
  const a = ctx.attestation();
  if (a.state === 'none')
    return [
      unknown(msg`${raw(missing)} Fix: attest it in the baseline file (attestations, check ${raw(id)}).`)
    ];
  const at = a.attestation;
  const by = msg`attested by ${at.attestedBy} (${at.evidence}), valid until ${raw(at.expires)}`;
  if (a.state === 'expired')
    return [
      unknown(msg`The attestation expired: ${raw(by)}. Fix: re-verify and renew it in the baseline file.`)
    ];
  switch (at.status) {
    case 'PASS':
      return [pass(msg`${raw(what.PASS)}, ${raw(by)}.`)];
    case 'WARN':
      return [warn(msg`${raw(what.WARN)}, ${raw(by)}.`)];
    case 'FAIL':
      return [fail(msg`${raw(what.FAIL)}, ${raw(by)}.`)];
    default:
      return [info(msg`Attested ${raw(at.status)}, ${raw(by)}.`)];
  }
}
