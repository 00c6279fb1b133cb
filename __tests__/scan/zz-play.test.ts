import { it } from '@jest/globals';
import { noAttestations } from '../../src/core/attestation.js';
import { scan } from '../../src/scan/scan.js';
it('x', async () => {
  const r = await scan({ root: process.env.R!, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx: { auditedAt: new Date(), deployment: 'self-hosted', environment: 'production', dataSensitivity: 'internal', compliance: [], targetName: 'scan', attestation: noAttestations } });
  for (const f of r.findings) console.log(`${f.file}:${f.line}:${f.column} ${f.checkId} ${f.status} ${f.detail.text} ${f.annotation ?? ''} | ${f.key}`);
});
