import { auditWithReports, type AuditWithReports } from './audit-reports.js';
import { makeCertificate } from './certificates.js';

export { statusesByCheck } from './audit-reports.js';

/** A node certificate made now (EC P-256, 365 days unless told), for replicas that serve TLS. */
export function nodeCertificate(days = 365): { cert: string; key: string; dir: string } {
  const { cert, key, dir } = makeCertificate({ days, cn: 'node', name: 'node' });
  return { cert, key, dir };
}

/** Audits a CockroachDB target (replica URLs and flags in `args`) under the target name `crdb`. */
export function auditCrdb(args: string[], env: Record<string, string> = {}): Promise<AuditWithReports> {
  return auditWithReports(['--name', 'crdb', ...args], env);
}
