import { it } from '@jest/globals';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import { scan } from '../../src/scan/scan.js';
const ctx = { auditedAt: new Date('2026-12-01T00:00:00Z'), deployment: 'self-hosted', environment: 'production', dataSensitivity: 'internal', compliance: [], targetName: 'scan', attestation: noAttestations } as const;
it('probe', () => {
  const r = scan({ root: path.resolve(process.env.ROOT!), paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx: ctx as never });
  console.log(r.findings.map(f => `'${f.file}:${f.line}:${f.column} ${f.checkId} ${f.status}', // ${f.detail.text} | ${f.key}`).join('\n'));
  console.log(JSON.stringify(r.scanned), JSON.stringify(r.skipped));
});
