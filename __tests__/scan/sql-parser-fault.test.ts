import { expect, it } from '@jest/globals';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import { judgeSqlFile } from '../../src/scan/sql/sql-file.js';

const ctx: CheckContext = {
  auditedAt: new Date('2026-12-01T00:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'scan',
  attestation: noAttestations
};

// A module registry of its own: loadPgParser was never awaited here.
it('without the parser a SQL file is UNKNOWN and incomplete (exit 3), never a pass', () => {
  for (const engine of ['postgres', 'cockroachdb'] as const) {
    const f = judgeSqlFile("GRANT SELECT ON t TO PUBLIC;\nCREATE ROLE a PASSWORD 'x';", 'm.sql', ctx, {
      pgVersion: 17,
      engine
    });
    expect(f.map(x => [x.checkId, x.status, x.incomplete, x.detail.text])).toEqual([
      [
        'scan/parse',
        'UNKNOWN',
        true,
        'Could not judge the file: the PostgreSQL parser (libpg-query) is not loaded (loadPgParser was not awaited).'
      ]
    ]);
  }
});
