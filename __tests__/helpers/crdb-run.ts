import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { cli } from './cli-run.js';

/** A node certificate made now (EC P-256, 365 days unless told), for replicas that serve TLS. */
export function nodeCertificate(days = 365): { cert: string; key: string; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crdb-certs-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      path.join(dir, 'node.key'),
      '-out',
      path.join(dir, 'node.crt'),
      '-days',
      String(days),
      '-subj',
      '/CN=node'
    ],
    { stdio: 'ignore' }
  );
  return {
    cert: readFileSync(path.join(dir, 'node.crt'), 'utf8'),
    key: readFileSync(path.join(dir, 'node.key'), 'utf8'),
    dir
  };
}

/** Runs `db-posture audit` in-process and reads the JSON and markdown reports back. */
export async function auditCrdb(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number; stdout: string; stderr: string; report?: JsonReport; md?: string }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-crdb-'));
  const r = await cli(['audit', '--name', 'crdb', '--out', out, '--quiet', ...args], { env });
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

export function statusesByCheck(report: JsonReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) (out[f.checkId] ??= []).push(f.status);
  return out;
}
