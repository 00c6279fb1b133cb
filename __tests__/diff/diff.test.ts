import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { diffReports, newOrWorseKeys } from '../../src/diff/diff.js';
import { findingKey } from '../../src/diff/identity.js';
import { jsonDiffSchema, toJsonDiff } from '../../src/diff/json.js';
import { renderMarkdownDiff, renderSinceSection } from '../../src/diff/markdown.js';
import { toJsonReport } from '../../src/report/json.js';
import { cli } from '../helpers/cli-run.js';
import { liveInjections, renderGfm } from '../helpers/gfm.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

const schemaFile = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../schema/diff.schema.json'
);
const generated = () =>
  `${JSON.stringify({ ...(z.toJSONSchema(jsonDiffSchema) as object), $id: 'https://db-posture.dev/schema/diff.schema.json', title: 'db-posture JSON diff, schemaVersion 1' }, null, 2)}\n`;

const base = () =>
  toJsonReport(
    reportOf([
      finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
      finding('pg/superusers', 'FAIL', 'old_admin is a superuser', 'old_admin'),
      finding('pg/tls', 'WARN', 'certificate expires in 60 days'),
      finding('pg/ssl', 'PASS', 'ssl is on'),
      finding('pg/port', 'FAIL', 'port 5432'),
      finding('pg/retired', 'WARN', 'a check this version no longer has'),
      finding('pg/hba', 'UNKNOWN', 'pg_hba.conf could not be read')
    ])
  );
const head = () =>
  toJsonReport(
    reportOf(
      [
        finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
        finding('pg/superusers', 'FAIL', 'new_admin is a superuser', 'new_admin'),
        finding('pg/tls', 'FAIL', 'certificate expires in 20 days'),
        finding('pg/ssl', 'PASS', 'ssl is on'),
        finding('pg/port', 'WARN', 'port 5432, firewalled'),
        finding('pg/added-check', 'FAIL', 'a check new in this version'),
        finding('pg/hba', 'PASS', 'no trust rules')
      ],
      [waiver('pg/superusers', '2027-01-31', 'new_admin')]
    )
  );

describe('diffReports: finding identity is (check id, target, object)', () => {
  it('sorts findings into new, changed, resolved and unchanged, FAILs first', () => {
    const d = diffReports(base(), head());
    const keys = (
      list: readonly { checkId: string; object?: string; baseStatus?: string; headStatus?: string }[]
    ) =>
      list.map(
        e => `${e.checkId}${e.object ? `(${e.object})` : ''} ${e.baseStatus ?? '-'}→${e.headStatus ?? '-'}`
      );
    expect(keys(d.new)).toEqual(['pg/superusers(new_admin) -→FAIL', 'pg/added-check -→FAIL']);
    expect(keys(d.changed)).toEqual(['pg/tls WARN→FAIL', 'pg/port FAIL→WARN']);
    expect(keys(d.resolved)).toEqual([
      'pg/superusers(old_admin) FAIL→-',
      'pg/retired WARN→-',
      'pg/hba UNKNOWN→PASS'
    ]);
    expect(keys(d.unchanged)).toEqual(['pg/superusers(etl_admin) FAIL→FAIL', 'pg/ssl PASS→PASS']);
    expect(d.changed.map(e => e.direction)).toEqual(['worse', 'better']);
    expect(d.new[0].waived).toBe(true);
    expect(d.new[1].checkChange).toBe('appeared');
    expect(d.resolved[1].checkChange).toBe('vanished');
    expect(d.checks).toEqual({ appeared: ['pg/added-check'], vanished: ['pg/retired'] });
    expect(d.counts).toEqual({
      new: 2,
      resolved: 3,
      changed: 2,
      unchanged: 2,
      newFail: 3,
      newWarn: 0,
      resolvedFail: 2
    });
  });
  it('several findings of one key: the most severe stands for the key', () => {
    const d = diffReports(
      toJsonReport(
        reportOf([finding('pg/password-expiry', 'PASS', 'a'), finding('pg/password-expiry', 'INFO', 'b')])
      ),
      toJsonReport(
        reportOf([
          finding('pg/password-expiry', 'INFO', 'b'),
          finding('pg/password-expiry', 'WARN', 'c'),
          finding('pg/password-expiry', 'PASS', 'a')
        ])
      )
    );
    expect(d.new.map(e => [e.baseStatus, e.headStatus, e.detail])).toEqual([['INFO', 'WARN', 'c']]);
    expect(d.counts.unchanged + d.counts.changed + d.counts.resolved).toBe(0);
  });
  it('an absent object and an empty object are different findings', () => {
    expect(findingKey('pg/x', undefined)).not.toBe(findingKey('pg/x', ''));
    const d = diffReports(
      toJsonReport(reportOf([finding('pg/x', 'FAIL', 'a')])),
      toJsonReport(reportOf([finding('pg/x', 'FAIL', 'a', '')]))
    );
    expect([d.counts.new, d.counts.resolved]).toEqual([1, 1]);
  });
  it('new-or-worse keys for gate: new — WARN→FAIL blocks, FAIL→WARN does not, WARNs only with fail-on warn', () => {
    const d = diffReports(base(), head());
    expect([...newOrWorseKeys(d, 'fail')].sort()).toEqual(
      [
        findingKey('pg/added-check', undefined),
        findingKey('pg/superusers', 'new_admin'),
        findingKey('pg/tls', undefined)
      ].sort()
    );
    const w = diffReports(
      toJsonReport(reportOf([finding('pg/a', 'INFO', 'x'), finding('pg/b', 'FAIL', 'x')])),
      toJsonReport(reportOf([finding('pg/a', 'WARN', 'x'), finding('pg/b', 'WARN', 'x')]))
    );
    expect([...newOrWorseKeys(w, 'warn')]).toEqual([findingKey('pg/a', undefined)]);
    expect([...newOrWorseKeys(w, 'fail')]).toEqual([]);
  });
  it('refuses reports of different targets or engines', () => {
    const other = toJsonReport(reportOf([], [], { target: 'prod-us' }));
    expect(() => diffReports(base(), other, { base: 'a.json', head: 'b.json' })).toThrow(
      'The reports are of different targets: base a.json audited "prod-eu" (postgres), head b.json audited "prod-us" (postgres); a diff compares two audits of the same target and engine.'
    );
    const crdb = { ...base(), target: { ...base().target, engine: 'cockroachdb' as const } };
    expect(() => diffReports(base(), crdb)).toThrow(/audited "prod-eu" \(cockroachdb\)/);
  });
});

describe('rendering', () => {
  it('the JSON diff validates against schema/diff.schema.json (npm run schema regenerates it)', () => {
    if (process.env.UPDATE_SCHEMA) writeFileSync(schemaFile, generated());
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated());
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const json = toJsonDiff(diffReports(base(), head(), { base: 'a.json', head: 'b.json' }));
    expect(validate(JSON.parse(JSON.stringify(json)))).toBe(true);
    expect(validate({ ...json, counts: { ...json.counts, new: 'two' } })).toBe(false);
  });
  it('markdown: a "Since" headline, new ones first, hostile values inert under cmark-gfm', () => {
    const hostile = toJsonReport(
      reportOf([
        finding(
          'pg/superusers',
          'FAIL',
          'role <img src=x onerror=alert(1)> @org/admins [x](https://evil.test) is a superuser',
          '<b>evil</b>|@org/team'
        ),
        finding('pg/tls', 'WARN', 'x')
      ])
    );
    const d = diffReports(base(), hostile);
    const md = renderMarkdownDiff(d);
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# db-posture diff: `prod-eu` (postgres)',
      '',
      '## Since 2026-11-24',
      '',
      '+1 FAIL new, −5 resolved, 1 unchanged (reference: db-posture 0.1.0 audit of 2026-11-24; this audit: 2026-11-24).'.replace(
        '0.1.0',
        base().tool.version
      )
    ]);
    expect(renderSinceSection(d)).toContain('**New (1)**\n\n- **FAIL** `pg/superusers`');
    const html = renderGfm(md);
    // The only live element is our own collapsible "Unchanged" list, which liveInjections allows.
    expect(html).toContain('<details><summary>');
    expect(liveInjections(html, new Set())).toEqual([]);
    expect(html).not.toMatch(/<img|<b>|<a href/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('long lists are cut with a count (the JSON diff keeps every entry)', () => {
    const many = toJsonReport(
      reportOf(Array.from({ length: 150 }, (_, i) => finding('pg/public-grants', 'FAIL', 'x', `t${i}`)))
    );
    const md = renderMarkdownDiff(diffReports(toJsonReport(reportOf([])), many));
    expect(md).toContain('- … and 50 more in the JSON diff');
  });
});

describe('db-posture diff', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-diff-'));
  const file = (name: string, content: unknown) => {
    const f = path.join(dir, name);
    writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
    return f;
  };
  const a = file('base.json', base());
  const b = file('head.json', head());
  it('prints the markdown diff and exits 0 even with new FAILs', async () => {
    const r = await cli(['diff', '--base', a, '--head', b]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('+3 FAIL new, −3 resolved, 2 changed, 2 unchanged');
  });
  it('a base report written before reports carried checks diffs the same as a current one', async () => {
    const { checks, ...older } = base();
    expect(checks?.length).toBeGreaterThan(0);
    const old = file('old-base.json', older);
    const viaOld = await cli(['diff', '--base', old, '--head', b, '--format', 'json']);
    const viaNew = await cli(['diff', '--base', a, '--head', b, '--format', 'json']);
    expect(viaOld.code).toBe(0);
    const strip = (out: string) => ({ ...JSON.parse(out), base: undefined });
    expect(strip(viaOld.stdout)).toEqual(strip(viaNew.stdout));
    expect(JSON.parse(viaOld.stdout).counts.newFail).toBe(3);
  });
  it('--format json prints a diff that the schema accepts', async () => {
    const r = await cli(['diff', '--base', a, '--head', b, '--format', 'json']);
    expect(jsonDiffSchema.parse(JSON.parse(r.stdout)).counts.newFail).toBe(3);
  });
  it('--format markdown,json --out writes both files and never overwrites', async () => {
    const out = path.join(dir, 'out');
    const r = await cli(['diff', '--base', a, '--head', b, '--format', 'markdown,json', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'diff-prod-eu-2026-11-24-to-2026-11-24.json',
      'diff-prod-eu-2026-11-24-to-2026-11-24.md'
    ]);
    const again = await cli(['diff', '--base', a, '--head', b, '--format', 'markdown', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /diff-prod-eu-2026-11-24-to-2026-11-24\.md exists; the diff never overwrites a file/
    );
  });
  const bad: [string, string[], string][] = [
    [
      'a missing --head',
      ['--base', 'x.json'],
      'db-posture diff needs --base <report.json> and --head <report.json> (JSON reports of two audits of one target); missing --head.'
    ],
    [
      'an unreadable file',
      ['--base', '/nonexistent/r.json', '--head', 'x'],
      '--base /nonexistent/r.json cannot be read (ENOENT): expected a JSON report from db-posture audit.'
    ],
    [
      'an empty --format',
      ['--base', 'a', '--head', 'b', '--format', ','],
      '--format ",": expected a comma list of markdown, json.'
    ],
    [
      'an unknown --format',
      ['--base', 'a', '--head', 'b', '--format', 'sarif'],
      '--format "sarif": expected a comma list of markdown, json (not "sarif").'
    ],
    [
      'two formats to stdout',
      ['--base', 'a', '--head', 'b', '--format', 'json,markdown'],
      '--format json,markdown without --out: give --out <dir> for several formats, or one format for stdout.'
    ]
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 on ${what}`, async () => {
      expect(await cli(['diff', ...args])).toEqual({
        code: 2,
        stdout: '',
        stderr: `db-posture: error: ${message}\n`
      });
    });
  }
  it('exits 2 naming the file for a non-JSON file, a non-report JSON and mismatched targets', async () => {
    const notJson = file('not.json', 'hello\nworld');
    expect((await cli(['diff', '--base', notJson, '--head', b])).stderr).toBe(
      `db-posture: error: --base ${notJson} is not JSON: expected a JSON report from db-posture audit.\n`
    );
    const sarif = file('r.sarif', { version: '2.1.0', runs: [] });
    expect(await cli(['diff', '--base', a, '--head', sarif])).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: --head ${sarif} is not a db-posture JSON report (schemaVersion 1): schemaVersion expected 1.\n`
    });
    const us = file('us.json', toJsonReport(reportOf([], [], { target: 'prod-us' })));
    const r = await cli(['diff', '--base', a, '--head', us]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `base ${a} audited "prod-eu" (postgres), head ${us} audited "prod-us" (postgres)`
    );
  });
});
