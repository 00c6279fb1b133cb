import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toJsonReport } from '../../src/report/json.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { cli } from '../helpers/cli-run.js';
import { liveInjections, renderGfm } from '../helpers/gfm.js';
import { finding, reportOf } from '../helpers/report-fixture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-review-'));
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
};
const review = (args: string[]) => cli(['baseline', 'review', ...args], { now: AUDITED_AT });

const BASE = `version: 1
# Reviewed in SEC-100.
waivers:
  - check: pg/superusers
    target: prod-eu
    object: etl_admin
    reason: Migration runner
    owner: "@org/platform"
    expires: 2026-12-31
  - check: pg/port
    target: prod-eu
    reason: Firewalled
    owner: "@alice"
    expires: 2026-12-15
attestations:
  - check: pg/encryption-at-rest
    target: prod-eu
    status: PASS
    evidence: LUKS on every volume, SEC-1234
    attested-by: "@alice"
    expires: 2027-01-31
`;
const HEAD = `version: 1
# Reviewed in SEC-100.
waivers:
  - check: pg/superusers
    target: prod-eu
    object: etl_admin
    reason: Migration runner, extended
    owner: "@org/platform"
    expires: 2027-03-31
  - check: pg/pgaudit
    target: "*"
    reason: No pgaudit on managed hosts
    owner: bob
    expires: 2027-06-30
  - check: pg/superusers
    target: prod-eu
    object: "<img src=x onerror=alert(1)>"
    reason: "@org/admins [click](https://evil.test)"
    owner: "@org/platform"
    expires: 2027-12-31
attestations:
  - check: pg/encryption-at-rest
    target: prod-eu
    status: PASS
    evidence: verified
    attested-by: "@alice"
    expires: 2027-01-31
`;

describe('db-posture baseline review', () => {
  const base = write('base.yml', BASE);
  const head = write('head.yml', HEAD);
  it('lists added, changed (field by field) and removed entries with head lines and flags', async () => {
    const r = await review([
      '--base',
      base,
      '--head',
      head,
      '--compliance',
      'soc2,pci-dss',
      '--format',
      'json'
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts).toEqual({ added: 2, removed: 1, changed: 2, flagged: 4 });
    const summary = out.entries.map(
      (e: {
        change: string;
        section: string;
        entry: { check: string };
        headLine?: number;
        flags: { kind: string }[];
      }) => [e.change, e.section, e.entry.check, e.headLine ?? null, e.flags.map(f => f.kind)]
    );
    expect(summary).toEqual([
      ['changed', 'waivers', 'pg/superusers', 4, ['expiry-extended', 'compliance-locked']],
      ['added', 'waivers', 'pg/pgaudit', 10, ['wildcard-target', 'compliance-locked', 'owner-not-handle']],
      ['added', 'waivers', 'pg/superusers', 15, ['beyond-horizon', 'compliance-locked']],
      ['removed', 'waivers', 'pg/port', null, []],
      ['changed', 'attestations', 'pg/encryption-at-rest', 22, ['weak-evidence']]
    ]);
    expect(out.entries[0].fields).toEqual([
      { field: 'reason', from: 'Migration runner', to: 'Migration runner, extended' },
      { field: 'expires', from: '2026-12-31', to: '2027-03-31' }
    ]);
    expect(out.entries[1].flags[1]).toEqual({
      kind: 'compliance-locked',
      family: 'audit-logging',
      frameworks: ['SOC 2', 'PCI DSS']
    });
    expect(out.entries[2].flags[0]).toEqual({ kind: 'beyond-horizon', days: 365, latest: '2027-11-24' });
  });
  it('markdown: each entry with its line, flags in words, hostile values inert under cmark-gfm', async () => {
    const r = await review(['--base', base, '--head', head]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '- **Changed waiver** (line 4): `pg/superusers` on `prod-eu`, object `etl_admin` — reason `Migration runner, extended` — owner `@org/platform` — expires `2027-03-31`\n  - `reason`: `Migration runner` → `Migration runner, extended`\n  - `expires`: `2026-12-31` → `2027-03-31`\n  - ⚠️ expiry extended from `2026-12-31` to `2027-03-31`\n'
    );
    expect(r.stdout).toContain('  - ⚠️ owner `bob` is not a `@user` or `@org/team` handle\n');
    expect(r.stdout).toContain('  - ⚠️ target `*`: applies to every audited target\n');
    expect(r.stdout).toContain(
      '  - ⚠️ the evidence names no link, ticket key or issue number a reviewer can follow\n'
    );
    expect(r.stdout).toContain('- **Removed waiver**: `pg/port` on `prod-eu`');
    const html = renderGfm(r.stdout);
    expect(liveInjections(html, new Set())).toEqual([]);
    expect(html).not.toMatch(/<img|<a href/);
  });
  it('with --report: a new waiver that matches no WARN/FAIL finding is stale on arrival', async () => {
    const report = write(
      'r.json',
      JSON.stringify(
        toJsonReport(
          reportOf([
            finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
            finding('pg/pgaudit', 'PASS', 'on')
          ])
        )
      )
    );
    const r = await review(['--base', base, '--head', head, '--report', report, '--format', 'json']);
    const flagged = JSON.parse(r.stdout).entries.filter((e: { flags: { kind: string }[] }) =>
      e.flags.some(f => f.kind === 'stale-on-arrival')
    );
    expect(
      flagged.map((e: { entry: { check: string; object?: string } }) => [
        e.entry.check,
        e.entry.object ?? null
      ])
    ).toEqual([
      ['pg/pgaudit', null],
      ['pg/superusers', '<img src=x onerror=alert(1)>']
    ]);
  });
  it('without --base the whole file is new; an identical file has no changes', async () => {
    const r = await review(['--head', base, '--format', 'json']);
    expect(JSON.parse(r.stdout).counts).toEqual({ added: 3, removed: 0, changed: 0, flagged: 0 });
    const same = await review(['--base', base, '--head', base]);
    expect(same.stdout).toBe(`## Baseline changes\n\n\`${base}\`: no waiver or attestation changed.\n`);
  });
  it('an expiry already reached and an attestation by a non-handle are flagged', async () => {
    const h = write(
      'expired.yml',
      BASE.replace('2026-12-15', '2026-11-24').replace('attested-by: "@alice"', 'attested-by: Alice Smith')
    );
    const out = JSON.parse((await review(['--base', base, '--head', h, '--format', 'json'])).stdout);
    expect(out.entries.map((e: { flags: { kind: string }[] }) => e.flags.map(f => f.kind))).toEqual([
      ['already-expired'],
      ['owner-not-handle']
    ]);
  });
  it('exits 2 naming the file for a malformed baseline on either side, a missing file and bad flags', async () => {
    const bad = write(
      'bad.yml',
      'version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    owner: "@a"\n    expires: 2026-12-31\n'
    );
    expect(await review(['--base', bad, '--head', head])).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: Baseline file ${bad}: waivers[0] field "reason": is required.\n`
    });
    expect((await review(['--base', base, '--head', bad])).stderr).toBe(
      `db-posture: error: Baseline file ${bad}: waivers[0] field "reason": is required.\n`
    );
    expect((await review(['--base', path.join(dir, 'none.yml'), '--head', head])).stderr).toBe(
      `db-posture: error: --base ${path.join(dir, 'none.yml')} cannot be read (ENOENT): expected a db-posture baseline file (YAML).\n`
    );
    expect((await review(['--base', base])).stderr).toBe(
      'db-posture: error: db-posture baseline review needs --head <new.yml> (and --base <old.yml> unless the file is new).\n'
    );
    expect((await review(['--head', head, '--compliance', 'sox'])).stderr).toBe(
      'db-posture: error: --compliance "sox": "sox" is not one of soc2, hipaa, pci-dss, iso27001, gdpr.\n'
    );
    expect((await review(['--head', head, '--max-waiver-days', '0'])).code).toBe(2);
    expect((await review(['--head', head, '--report', bad])).stderr).toBe(
      `db-posture: error: --report ${bad} is not JSON: expected a JSON report from db-posture audit.\n`
    );
  });
});
