import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CouchbaseReplica } from '../../replicas/couchbase.mjs';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { cli } from './cli-run.js';

const PASSWORD = 'ro-audit-Passw0rd!';

/** Audits a Couchbase replica through the CLI (in-process) and reads back the reports. */
export async function auditCouchbase(
  replica: CouchbaseReplica,
  extra: string[] = [],
  env: Record<string, string> = { DB_POSTURE_COUCHBASE_PASSWORD: PASSWORD }
): Promise<{ code: number; stdout: string; stderr: string; report?: JsonReport; md?: string }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-cb-'));
  const r = await cli(
    [
      'audit',
      '--couchbase-url',
      replica.url,
      '--couchbase-username',
      'auditor',
      '--name',
      'cb',
      '--out',
      out,
      '--quiet',
      ...extra
    ],
    { env }
  );
  const files = readdirSync(out);
  const json = files.find(f => f.endsWith('.json'));
  const md = files.find(f => f.endsWith('.md'));
  return {
    ...r,
    ...(json
      ? { report: jsonReportSchema.parse(JSON.parse(readFileSync(path.join(out, json), 'utf8'))) }
      : {}),
    ...(md ? { md: readFileSync(path.join(out, md), 'utf8') } : {})
  };
}
