import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  loadCouchbaseScenario,
  startCouchbaseReplica,
  type CouchbaseReplica
} from '../../replicas/couchbase.mjs';
import { auditCouchbase } from '../helpers/couchbase-run.js';
import { statusesByCheck } from '../helpers/audit-reports.js';
import { refreshExpected } from '../helpers/scenario-expectations.js';

/** Every scenario file, audited through the real collector; each check's statuses are asserted. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.join(root, 'replicas/scenarios/couchbase');
const scenarios = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .sort();
const PASSWORD = 'ro-audit-Passw0rd!';

describe.each(scenarios)('Couchbase scenario %s', file => {
  let replica: CouchbaseReplica;
  let result: Awaited<ReturnType<typeof auditCouchbase>>;
  const scenario = loadCouchbaseScenario(path.join(dir, file));
  beforeAll(async () => {
    replica = await startCouchbaseReplica({ scenario: path.join(dir, file) });
    result = await auditCouchbase(replica);
  });
  afterAll(() => replica.stop());

  it('every cb/* check reports the expected statuses', async () => {
    // Only progress warnings (e.g. a failed-over node), never an error.
    expect(result.stderr.split('\n').filter(l => l && !l.startsWith('warning: '))).toEqual([]);
    // UPDATE_GOLDEN=1 rewrites the scenario's `expected` from this run (then reloads it).
    const expected = (await refreshExpected(path.join(dir, file), statusesByCheck(result.report!)))
      ? loadCouchbaseScenario(path.join(dir, file)).expected
      : scenario.expected;
    expect(statusesByCheck(result.report!)).toEqual(expected);
  });

  it('sent only GET requests, all authenticated as the audit user', () => {
    expect(replica.requests.length).toBeGreaterThan(5);
    expect(replica.requests.every(r => r.method === 'GET' && r.user === 'auditor')).toBe(true);
  });

  it('never writes the password anywhere', () => {
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });
});
