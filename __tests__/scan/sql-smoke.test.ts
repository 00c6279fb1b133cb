import { it } from '@jest/globals';
import { noAttestations } from '../../src/core/attestation.js';
import { judgeSqlFile } from '../../src/scan/sql/sql-file.js';
const ctx = { auditedAt: new Date('2026-12-01T00:00:00Z'), deployment: 'self-hosted', environment: 'production', dataSensitivity: 'internal', compliance: [], targetName: 'scan', attestation: noAttestations } as const;
it('smoke', () => {
  const text = process.env.SQL ?? '';
  for (const f of judgeSqlFile(text, 'x.sql', ctx as never, { pgVersion: 17 }))
    console.log(`${f.checkId} ${f.status} ${f.line}:${f.column} ${f.key} | ${f.detail.text} ${f.annotation ?? ''}`);
});
