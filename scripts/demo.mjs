// npm run demo: audits an embedded PostgreSQL seeded with realistic misconfigurations and writes the
// report with the real CLI bundle (dist/cli.js).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MISCONFIGURED_FLAGS, ServerStartError, seedMisconfigured, startServer } from './embedded-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');
const out = path.join(root, 'reports');

console.log('demo: starting an embedded PostgreSQL on 127.0.0.1…');
let srv;
try {
  srv = await startServer({
    flags: MISCONFIGURED_FLAGS,
    hbaFile: path.join(fixtures, 'misconfigured-pg_hba.conf')
  });
} catch (err) {
  if (!(err instanceof ServerStartError)) throw err;
  // One line with the cause and what to do; 3 as for any target that could not be audited.
  console.error(`demo: ${err.message}`);
  process.exit(3);
}
let status = 0;
try {
  console.log(`demo: seeding misconfigurations (port ${srv.port})…`);
  await seedMisconfigured(srv, fixtures);
  console.log('demo: auditing with node dist/cli.js audit …\n');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'dist/cli.js'),
      'audit',
      '--name',
      'demo',
      '--out',
      out,
      '--environment',
      'production',
      '--compliance',
      'pci-dss'
    ],
    { stdio: 'inherit', env: { ...process.env, DB_POSTURE_URL: srv.url() } }
  );
  status = result.status ?? 4;
  // Exit code 1 means the gate failed, which is the point of a misconfigured demo.
  console.log(
    `\ndemo: the audit exited with ${status} (${status === 1 ? 'gate failed on the seeded FAIL findings, as expected' : 'see above'}).`
  );
  console.log(`demo: the reports are in ${out}`);
} finally {
  await srv.stop();
}
process.exitCode = status === 0 || status === 1 ? 0 : status;
