import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check } from '../../src/core/check.js';
import { postgresChecks } from '../../src/engines/postgres/checks/index.js';
import { couchbaseChecks } from '../../src/engines/couchbase/checks/index.js';
import { cockroachChecks } from '../../src/engines/cockroachdb/checks/index.js';
import { FRAMEWORK_CONTROLS } from '../../src/policy/frameworks.js';
import { FAMILIES } from '../../src/policy/families.js';
import { DIMENSIONS } from '../../src/core/check.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// Every id of the spec's check catalogue (checks.md), committed as data.
const catalogue = JSON.parse(readFileSync(path.join(root, 'catalogue/check-ids.json'), 'utf8')) as {
  ids: string[];
};

/** The catalogue discipline for one engine: ids, one file per check, metadata, a test file each. */
function catalogueSuite(
  engine: string,
  prefix: string,
  count: number,
  checks: readonly Check<never>[],
  families: Record<string, string>
): void {
  const specIds = catalogue.ids.filter(id => id.startsWith(`${prefix}/`));
  describe(`${engine} check catalogue`, () => {
    it(`reads the ${count} ${prefix} ids from checks.md`, () => {
      expect(specIds).toHaveLength(count);
    });

    it('implements exactly the ids of checks.md, sorted in the registry', () => {
      const ids = checks.map(c => c.meta.id);
      expect([...ids].sort()).toEqual([...specIds].sort());
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    });

    const checksDir = path.join(root, `src/engines/${engine}/checks`);
    // index.ts is the registry, define.ts the engine's check factory.
    const files = readdirSync(checksDir).filter(f => f !== 'index.ts' && f !== 'define.ts');
    it('has one file per check, named after its id', () => {
      expect(files.map(f => `${prefix}/${f.replace(/\.ts$/, '')}`).sort()).toEqual([...specIds].sort());
    });

    for (const check of checks) {
      const name = check.meta.id.slice(prefix.length + 1);
      it(`${check.meta.id}: metadata, test file and framework references`, () => {
        expect(readFileSync(path.join(checksDir, `${name}.ts`), 'utf8')).toContain(`id: '${check.meta.id}'`);
        expect(existsSync(path.join(root, `__tests__/engines/${engine}/checks/${name}.test.ts`))).toBe(true);
        expect(check.meta.remediation.text.length).toBeGreaterThan(20);
        expect(check.meta.remediation.link).toMatch(/^https:\/\//);
        expect(check.meta.title.length).toBeGreaterThan(0);
        expect(check.meta.description).toMatch(/\.$/);
        // The risk in one or two sentences of our own, not the PASS condition again.
        const { rationale, verify } = check.meta;
        expect(typeof rationale).toBe('string');
        expect(rationale.length).toBeGreaterThan(40);
        expect(rationale.length).toBeLessThan(400);
        expect(rationale).toMatch(/\.$/);
        expect(rationale.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
        expect(rationale).not.toBe(check.meta.description);
        expect(rationale).not.toMatch(/TODO|TBD|lorem/i);
        // A check that reads an attestation is marked attestable (else the baseline loader refuses
        // every attestation for it), and an attestable one reads it.
        const source = readFileSync(path.join(checksDir, `${name}.ts`), 'utf8');
        const readsAttestation = /ctx\.attestation\(\)|fromAttestation\(/.test(source);
        expect(Boolean(check.meta.attestable)).toBe(readsAttestation);
        // An attestable check tells the attester what to have in front of them.
        if (check.meta.attestable) expect(verify).toBeDefined();
        if (verify !== undefined) expect(verify).toMatch(/\.$/);
        expect(DIMENSIONS).toContain(check.meta.dimension);
        if (check.meta.family) expect(FAMILIES).toContain(check.meta.family);
        expect(check.meta.outcomes.length).toBeGreaterThan(0);
        for (const [framework, controls] of Object.entries(check.meta.frameworks)) {
          const known = FRAMEWORK_CONTROLS[framework as keyof typeof FRAMEWORK_CONTROLS];
          expect(known).toBeDefined();
          for (const c of controls as string[]) expect(Object.keys(known)).toContain(c);
        }
      });
    }

    it('ties the families checks.md names to the right checks', () => {
      const family = (id: string) => checks.find(c => c.meta.id === id)?.meta.family;
      for (const [id, f] of Object.entries(families)) expect([id, family(id)]).toEqual([id, f]);
    });
  });
}

catalogueSuite('postgres', 'pg', 30, postgresChecks as readonly Check<never>[], {
  'pg/hba': 'hba-empty',
  'pg/ssl': 'encryption-in-transit',
  'pg/encryption-at-rest': 'encryption-at-rest',
  'pg/password-policy': 'password-policy',
  'pg/superusers': 'admin-count',
  'pg/pgaudit': 'audit-logging',
  'pg/archiving': 'backups'
});

catalogueSuite('couchbase', 'cb', 22, couchbaseChecks as readonly Check<never>[], {
  'cb/audit-enabled': 'audit-logging',
  'cb/query-audit': 'audit-logging',
  'cb/node-encryption': 'encryption-in-transit',
  'cb/plaintext-ports': 'encryption-in-transit',
  'cb/password-policy': 'password-policy',
  'cb/external-auth': 'sso',
  'cb/admin-users': 'admin-count',
  'cb/encryption-at-rest': 'encryption-at-rest'
});

catalogueSuite('cockroachdb', 'crdb', 35, cockroachChecks as readonly Check<never>[], {
  'crdb/ip-allowlist': 'open-network',
  'crdb/private-endpoints': 'private-endpoints',
  'crdb/hba': 'hba-empty',
  'crdb/console-sso': 'sso',
  'crdb/scim': 'scim',
  'crdb/database-sso': 'database-sso',
  'crdb/password-policy': 'password-policy',
  'crdb/admin-users': 'admin-count',
  'crdb/cmek': 'cmek',
  'crdb/encryption-at-rest': 'encryption-at-rest',
  'crdb/audit-logging': 'audit-logging',
  'crdb/backup-schedules': 'backups'
});
