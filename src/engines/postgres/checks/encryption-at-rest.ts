import { info, pass, unknown, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { definePostgresCheck } from './define.js';
import { AT_REST_CONTROLS } from '../../../policy/control-sets.js';

const ID = 'pg/encryption-at-rest';

/**
 * PostgreSQL has no native encryption at rest, and no SQL view can prove disk or volume
 * encryption: only a person's attestation in the baseline file can settle it.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/encryption-at-rest',
    attestable: true,
    title: 'Encryption at rest',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    description:
      'Data files, WAL and backups are encrypted at rest (volume, filesystem or TDE), as attested.',
    rationale:
      'PostgreSQL writes data files, WAL and backups in clear, so anyone with the disk, a snapshot or a backup reads every table, bypassing database permissions.',
    verify:
      "The encryption of the volume holding the data directory and WAL (e.g. LUKS status, the cloud disk's encryption setting) and of the backup storage; attach it as the attestation's evidence.",
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: `Encrypt the data directory's volume (LUKS, cloud disk encryption) and backups, then record an attestation for ${ID} in the baseline file with its evidence.`,
      link: 'https://www.postgresql.org/docs/current/encryption-options.html'
    },
    frameworks: AT_REST_CONTROLS
  },
  evaluate(_facts, ctx) {
    const a = ctx.attestation();
    if (a.state === 'none') {
      return [
        unknown(
          msg`PostgreSQL has no native encryption at rest and no SQL view shows disk encryption. Fix: attest it in the baseline file (attestations, check ${raw(ID)}).`
        )
      ];
    }
    const { attestation: at } = a;
    const by = msg`attested by ${at.attestedBy} (${at.evidence}), valid until ${raw(at.expires)}`;
    if (a.state === 'expired') {
      return [
        unknown(msg`The attestation expired: ${raw(by)}. Fix: re-verify and renew it in the baseline file.`)
      ];
    }
    switch (at.status) {
      case 'PASS':
        return [pass(msg`Encryption at rest is in place, ${raw(by)}.`)];
      case 'FAIL':
      case 'WARN':
        // WARN for "not enabled"; policy raises it to FAIL for PII/PHI or financial data.
        return [warn(msg`Encryption at rest is not enabled, ${raw(by)}.`, undefined, 'not-enabled')];
      default:
        return [info(msg`Encryption at rest: ${raw(at.status)}, ${raw(by)}.`)];
    }
  }
});
