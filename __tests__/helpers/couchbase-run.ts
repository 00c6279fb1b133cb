import type { CouchbaseReplica } from '../../replicas/couchbase.mjs';
import { auditWithReports, type AuditWithReports } from './audit-reports.js';

const PASSWORD = 'ro-audit-Passw0rd!';

/** Audits a Couchbase replica through the CLI (in-process) as the scenarios' audit user. */
export function auditCouchbase(
  replica: CouchbaseReplica,
  extra: string[] = [],
  env: Record<string, string> = { DB_POSTURE_COUCHBASE_PASSWORD: PASSWORD }
): Promise<AuditWithReports> {
  return auditWithReports(
    ['--couchbase-url', replica.url, '--couchbase-username', 'auditor', '--name', 'cb', ...extra],
    env
  );
}
