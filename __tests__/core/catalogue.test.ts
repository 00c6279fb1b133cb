import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { postgresChecks } from '../../src/engines/postgres/checks/index.js';
import { FRAMEWORK_CONTROLS } from '../../src/policy/frameworks.js';
import { FAMILIES } from '../../src/policy/families.js';
import { DIMENSIONS } from '../../src/core/check.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// Every id of the spec's check catalogue (checks.md), committed as data.
const catalogue = JSON.parse(readFileSync(path.join(root, 'catalogue/check-ids.json'), 'utf8')) as {
  ids: string[];
};
const specIds = catalogue.ids.filter(id => id.startsWith('pg/'));

describe('PostgreSQL check catalogue', () => {
  it('reads the 30 pg ids from checks.md', () => {
    expect(specIds).toHaveLength(30);
  });

  it('implements exactly the ids of checks.md, sorted in the registry', () => {
    const ids = postgresChecks.map(c => c.meta.id);
    expect([...ids].sort()).toEqual([...specIds].sort());
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  const checksDir = path.join(root, 'src/engines/postgres/checks');
  const files = readdirSync(checksDir).filter(f => f !== 'index.ts');
  it('has one file per check, named after its id', () => {
    expect(files.map(f => `pg/${f.replace(/\.ts$/, '')}`).sort()).toEqual([...specIds].sort());
  });

  for (const check of postgresChecks) {
    const name = check.meta.id.slice(3);
    it(`${check.meta.id}: metadata, test file and framework references`, () => {
      expect(readFileSync(path.join(checksDir, `${name}.ts`), 'utf8')).toContain(`id: '${check.meta.id}'`);
      expect(existsSync(path.join(root, `__tests__/engines/postgres/checks/${name}.test.ts`))).toBe(true);
      expect(check.meta.remediation.text.length).toBeGreaterThan(20);
      expect(check.meta.remediation.link).toMatch(/^https:\/\//);
      expect(check.meta.title.length).toBeGreaterThan(0);
      expect(check.meta.description).toMatch(/\.$/);
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
    const family = (id: string) => postgresChecks.find(c => c.meta.id === id)?.meta.family;
    expect(family('pg/hba')).toBe('hba-empty');
    expect(family('pg/ssl')).toBe('encryption-in-transit');
    expect(family('pg/encryption-at-rest')).toBe('encryption-at-rest');
    expect(family('pg/password-policy')).toBe('password-policy');
    expect(family('pg/superusers')).toBe('admin-count');
    expect(family('pg/pgaudit')).toBe('audit-logging');
    expect(family('pg/archiving')).toBe('backups');
  });
});
