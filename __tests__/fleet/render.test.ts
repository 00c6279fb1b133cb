import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describeCheck } from '../../src/engines/index.js';
import { mergeReports, type MergeOptions } from '../../src/fleet/merge.js';
import { renderFleetMarkdown, renderFleetSummary, safeLink } from '../../src/fleet/markdown.js';
import { fromJsonReport, renderFleetSarif } from '../../src/fleet/sarif.js';
import { parseReport } from '../../src/fleet/load.js';
import { toJsonReport } from '../../src/report/json.js';
import { fleetReportSchema } from '../../src/fleet/schema.js';
import { SARIF_RESULT_LIMIT } from '../../src/report/sarif.js';
import { finding, leg, MERGED_AT } from '../helpers/fleet-fixture.js';
import { metaOf, reportOf, waiver } from '../helpers/report-fixture.js';

const opts = (o: Partial<MergeOptions> = {}): MergeOptions => ({
  now: MERGED_AT,
  maxAgeHours: 48,
  duplicates: 'error',
  ...o
});
const html = (md: string) => execFileSync('cmark-gfm', ['--extension', 'table'], { input: md }).toString();

describe('fleet markdown', () => {
  const legs = () => [
    {
      ...leg('prod-eu', [finding('pg/superusers', 'FAIL', 'etl', 'etl'), finding('pg/tls', 'WARN', 'soon')]),
      source: 'in/prod-eu.json'
    },
    leg('prod-us', [finding('pg/superusers', 'FAIL', 'ops', 'ops')], {
      waivers: [waiver('pg/superusers', '2026-12-31', 'ops', 'prod-us')]
    }),
    leg('old', [], { auditedAt: '2026-11-20T12:00:00.000Z' })
  ];

  it('renders the gate, the fleet table, the checks by failing targets and the missing/outdated list', () => {
    const { report } = mergeReports(
      legs(),
      opts({
        expected: ['prod-eu', 'prod-us', 'old', 'lost'],
        linkFor: s => (s === 'in/prod-eu.json' ? 'legs/prod eu (1).md' : undefined)
      })
    );
    const md = renderFleetMarkdown(report, { describe: describeCheck });
    const lines = md.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# Fleet Security Report',
      '',
      '**Generated:** 2026-11-24 14:00 UTC  ',
      '**Targets:** 4 (2 passed, 1 failed, 0 not enforced, 0 incomplete, 1 missing, 1 outdated)  ',
      '**Max report age:** 48 h',
      '',
      '**Fleet gate: INCOMPLETE**: 1 target failed its gate; 1 expected target has no report; 1 report is older than 48 h or dated in the future.'
    ]);
    expect(lines).toContain(
      '| `old` | PostgreSQL `17.10` | production | PASS | 0 | 0 | 0 | 2026-11-20 12:00 ⚠ 98 h old (max 48 h) | `security-audit-old-2026-11-24-1.json` |'
    );
    expect(lines).toContain(
      '| `prod-eu` | PostgreSQL `17.10` | production | **FAIL** | 1 | 1 | 0 | 2026-11-24 12:00 | [report](legs/prod%20eu%20%281%29.md) |'
    );
    expect(lines).toContain(
      '| `prod-us` | PostgreSQL `17.10` | production | PASS | 0 (+1 waived) | 0 | 0 | 2026-11-24 12:00 | `security-audit-prod-us-2026-11-24-1.json` |'
    );
    expect(lines).toContain('| `lost` | | | **MISSING** | | | | | `no report was found for this target` |');
    const title = describeCheck('pg/superusers')!.title;
    expect(lines).toContain(`| \`pg/superusers\` | ${title} | 1 | \`prod-eu\` | 0 | 0 | 1 |`);
    expect(lines).toContain('- `old`: the report from 2026-11-20 12:00 is 98 h old (max 48 h)');
    expect(lines).toContain('- `lost`: no report: `no report was found for this target`');
    // The table renders as a table: one row per target plus the header.
    expect((html(md).match(/<tr>/g) ?? []).length).toBe(5 + 1 + 2);
  });

  it('quotes every name, version and unknown title from the legs: no markup, link or mention gets through', () => {
    const hostile = leg('x', [
      {
        ...finding('zz/unknown-check', 'FAIL', 'x'),
        title: '<img src=x onerror=alert(1)> @org/team [a](http://evil)'
      }
    ]);
    hostile.report.target.name = '<b>@admins</b>|x';
    hostile.report.target.version = '`1` <script>';
    const { report } = mergeReports([hostile], opts());
    const out = html(renderFleetMarkdown(report, { describe: describeCheck }));
    expect(out).not.toMatch(/<img|<script|<b>|<a /);
    expect(out).toContain('<code>&lt;b&gt;@admins&lt;/b&gt;|x</code>');
    expect(out).toContain('<code>&lt;img src=x onerror=alert(1)&gt; @org/team [a](http://evil)</code>');
  });

  it('lists changes since the previous fleet report', () => {
    const before = mergeReports([leg('a', [])], opts()).report;
    const { report } = mergeReports(
      [leg('a', [finding('pg/ssl', 'FAIL', 'off')])],
      opts({ previous: { report: before, source: 'p.json' } })
    );
    const md = renderFleetMarkdown(report, { describe: describeCheck });
    expect(md).toContain(
      '## Changes since the fleet report of 2026-11-24 14:00\n\n- `a`: gate passed → failed\n- Newly failing: `pg/ssl` on 1 target (`a`)\n'
    );
    const same = mergeReports(
      [leg('a', [])],
      opts({ previous: { report: before, source: 'p.json' } })
    ).report;
    expect(renderFleetMarkdown(same, { describe: describeCheck })).toContain(
      '2026-11-24 14:00\n\nNothing changed.\n'
    );
  });

  it('cuts long target lists per check after 20 names (the JSON keeps all)', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      leg(`t${String(i).padStart(2, '0')}`, [finding('pg/ssl', 'FAIL', 'off')])
    );
    const { report } = mergeReports(many, opts());
    expect(report.checks[0].failing).toHaveLength(25);
    expect(renderFleetMarkdown(report, { describe: describeCheck })).toContain('`t19` and 5 more |');
  });

  it('shows a db-posture column only when the legs were written by different versions', () => {
    const mixed = mergeReports([leg('a', []), leg('b', [], { toolVersion: '0.2.0' })], opts()).report;
    const md = renderFleetMarkdown(mixed, { describe: describeCheck });
    expect(md).toContain('| Audited | db-posture | Report |');
    expect(md).toContain('- The legs were written by different db-posture versions: `0.1.0`, `0.2.0`.');
    const same = mergeReports([leg('a', []), leg('b', [])], opts()).report;
    expect(renderFleetMarkdown(same, { describe: describeCheck })).not.toContain('db-posture |');
  });

  it('keeps only http(s) and relative links', () => {
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('//evil.test/x')).toBeUndefined();
    expect(safeLink('https://github.com/o/r/actions/runs/1/artifacts/2')).toBe(
      'https://github.com/o/r/actions/runs/1/artifacts/2'
    );
    expect(safeLink('a b/c).md')).toBe('a%20b/c%29.md');
  });
});

describe('fleet SARIF', () => {
  /** A leg as db-posture before 0.2 wrote it: no `checks` array. */
  const oldShaped = (l: ReturnType<typeof leg>) => {
    const { checks: _dropped, ...rest } = l.report;
    return parseReport(l.source, JSON.parse(JSON.stringify(rest)));
  };
  type Rule = { id: string; fullDescription: { text: string }; help: { text: string } };

  it("takes rule texts from each leg's own checks; an older leg without checks gets this build's catalogue", () => {
    const superusers = finding('pg/superusers', 'FAIL', 'etl', 'etl');
    const withChecks = {
      source: 'legs/a/security-audit-a-2026-11-24-1.json',
      report: toJsonReport(
        reportOf([superusers], [], {
          target: 'a',
          catalogue: [metaOf(superusers, { description: 'Leg a says.', rationale: 'Leg a risk.' })]
        })
      )
    };
    expect(withChecks.report.checks).toEqual([
      {
        id: 'pg/superusers',
        title: 'Title of pg/superusers',
        dimension: 'Authentication',
        description: 'Leg a says.',
        rationale: 'Leg a risk.',
        remediation: { text: 'Fix pg/superusers.', link: 'https://example.test/pg/superusers' },
        frameworks: {}
      }
    ]);
    const { kept } = mergeReports(
      [withChecks, oldShaped(leg('b', [finding('pg/tls', 'WARN', 'soon'), finding('zz/gone', 'FAIL', 'x')]))],
      opts()
    );
    expect(kept[1].report.checks).toBeUndefined();
    const rules: Rule[] = JSON.parse(renderFleetSarif(kept, { describe: describeCheck })).runs[0].tool.driver
      .rules;
    expect(rules.map(r => r.id)).toEqual(['pg/superusers', 'pg/tls', 'zz/gone']);
    expect(rules[0].fullDescription.text).toBe('Leg a says. Risk: Leg a risk.');
    const tls = describeCheck('pg/tls')!;
    expect(rules[1].fullDescription.text).toBe(`${tls.description} Risk: ${tls.rationale}`);
    // An id neither the leg nor this build knows keeps what its finding carries.
    expect(rules[2].fullDescription.text).toBe('Title of zz/gone');
    expect(rules[2].help.text).toBe('Fix zz/gone. https://example.test/zz/gone');
  });

  it('fromJsonReport of an old-shaped report: checks from describe, in id order, one per check', () => {
    const old = oldShaped(
      leg('c', [
        finding('pg/tls', 'WARN', 'soon'),
        finding('pg/superusers', 'FAIL', 'a', 'a'),
        finding('pg/superusers', 'FAIL', 'b', 'b')
      ])
    );
    const report = fromJsonReport(old.report, describeCheck);
    expect(report.checks.map(c => [c.id, c.rationale])).toEqual([
      ['pg/superusers', describeCheck('pg/superusers')!.rationale],
      ['pg/tls', describeCheck('pg/tls')!.rationale]
    ]);
    // Without describe (no catalogue): the findings' own title and remediation, no description.
    expect(fromJsonReport(old.report).checks[1]).toEqual({
      id: 'pg/tls',
      title: 'Title of pg/tls',
      dimension: 'Authentication',
      remediation: { text: 'Fix pg/tls.', link: 'https://example.test/pg/tls' },
      frameworks: {}
    });
  });

  it('is one run for the whole fleet, each result the leg’s own, with the union of rules', () => {
    const { kept } = mergeReports(
      [
        leg('a', [finding('pg/superusers', 'FAIL', 'etl', 'etl'), finding('pg/tls', 'WARN', 'soon')]),
        leg('b', [finding('pg/superusers', 'FAIL', 'ops', 'ops'), finding('pg/ssl', 'PASS', 'on')], {
          waivers: [waiver('pg/superusers', '2026-12-31', 'ops', 'b')]
        })
      ],
      opts()
    );
    const sarif = JSON.parse(renderFleetSarif(kept, { describe: describeCheck }));
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.automationDetails.id).toBe('db-posture/fleet/');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['pg/superusers', 'pg/tls']);
    expect(
      run.results.map(
        (r: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
        }) => [r.ruleId, r.ruleIndex, r.level, r.locations[0].logicalLocations[0].fullyQualifiedName]
      )
    ).toEqual([
      ['pg/superusers', 0, 'error', 'postgres://a/etl'],
      ['pg/superusers', 0, 'error', 'postgres://b/ops'],
      ['pg/tls', 1, 'warning', 'postgres://a']
    ]);
    expect(run.results[1].suppressions[0].status).toBe('accepted');
    expect(run.results[0].partialFingerprints['dbPosture/v1']).not.toBe(
      run.results[1].partialFingerprints['dbPosture/v1']
    );
    expect(run.properties.targets).toEqual(['a', 'b']);
  });

  it('keeps 5,000 results shared per rule, then per target, and says what was left out per rule', () => {
    const legs = Array.from({ length: 2000 }, (_, i) =>
      leg(`t${i}`, [
        finding('pg/tls', 'WARN', 'soon'),
        finding('pg/pgaudit', 'UNKNOWN', 'n/a', 'a'),
        finding('pg/pgaudit', 'UNKNOWN', 'n/a', 'b'),
        ...(i % 2 ? [] : [finding('pg/ssl', 'FAIL', 'off')])
      ])
    );
    const { kept } = mergeReports(legs, opts());
    const run = JSON.parse(renderFleetSarif(kept, { describe: describeCheck })).runs[0];
    expect(run.results).toHaveLength(SARIF_RESULT_LIMIT);
    const levels = run.results.map((r: { level: string }) => r.level);
    // pg/ssl (1,000) and pg/tls (2,000) fit whole; pg/pgaudit (4,000) gets the 2,000 left: one per target.
    expect(levels.filter((l: string) => l === 'error')).toHaveLength(1000);
    expect(levels.filter((l: string) => l === 'warning')).toHaveLength(2000);
    expect(levels.filter((l: string) => l === 'note')).toHaveLength(2000);
    expect(levels.indexOf('warning')).toBe(1000);
    const pgauditTargets = new Set(
      run.results
        .filter((r: { ruleId: string }) => r.ruleId === 'pg/pgaudit')
        .map((r: Located) => targetOf(r))
    );
    expect(pgauditTargets.size).toBe(2000);
    expect(run.properties.truncated).toBe(
      '2000 results left out (limit 5000, shared per rule and target; every rule keeps at least one result on every target it has findings on, while the limit allows)'
    );
    expect(run.properties.leftOutPerRule).toEqual({ 'pg/pgaudit': 2000 });
  });

  it('one rule with 11,800 results cannot push out another rule, nor a target a rule fails on', () => {
    const legs = largeFleet();
    const { kept } = mergeReports(legs, opts());
    const run = JSON.parse(renderFleetSarif(kept, { describe: describeCheck })).runs[0];
    expect(run.results).toHaveLength(SARIF_RESULT_LIMIT);
    const pairs = new Set(run.results.map((r: Located) => `${r.ruleId} ${targetOf(r)}`));
    for (const l of legs)
      for (const f of l.report.findings)
        if (f.status === 'FAIL' || f.status === 'WARN')
          expect([
            f.checkId,
            l.report.target.name,
            pairs.has(`${f.checkId} ${l.report.target.name}`)
          ]).toEqual([f.checkId, l.report.target.name, true]);
    // Small rules keep every result; the big one gets the rest, evenly over the 20 targets.
    const perRule = (id: string) => run.results.filter((r: Located) => r.ruleId === id).length;
    expect(perRule('pg/ssl')).toBe(20);
    expect(perRule('pg/tls')).toBe(80);
    expect(perRule('pg/superusers')).toBe(5000 - 20 - 80 - 100);
    expect(run.properties.leftOutPerRule).toEqual({ 'pg/superusers': 11800 - 4800 });
    const perTarget = new Map<string, number>();
    for (const r of run.results.filter((x: Located) => x.ruleId === 'pg/superusers'))
      perTarget.set(targetOf(r), (perTarget.get(targetOf(r)) ?? 0) + 1);
    expect([...perTarget.values()]).toEqual(Array(20).fill(240));
  });

  it('a lower limit keeps one result per rule and target before any rule gets a second', () => {
    const { kept } = mergeReports(largeFleet(), opts());
    const run = JSON.parse(renderFleetSarif(kept, { describe: describeCheck, limit: 100 })).runs[0];
    expect(run.results).toHaveLength(100);
    // 20 pg/ssl + 20 pg/tls + 20 (one per target) of 5 small rules... every rule is there.
    expect(new Set(run.results.map((r: Located) => r.ruleId))).toEqual(
      new Set(['pg/superusers', 'pg/ssl', 'pg/tls', ...SMALL_RULES])
    );
  });
});

interface Located {
  ruleId: string;
  locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
}
/** `postgres://t3/u1` → `t3`. */
const targetOf = (r: Located) =>
  r.locations[0].logicalLocations[0].fullyQualifiedName.replace(/^[a-z]+:\/\//, '').split('/')[0];

const SMALL_RULES = ['pg/hba', 'pg/md5-hashes', 'pg/public-schema', 'pg/security-definer', 'pg/port'];

/**
 * 20 targets of 600 findings each: 590 FAIL pg/superusers, a FAIL pg/ssl, a target-specific FAIL
 * check (5 findings), and 4 WARN pg/tls.
 */
function largeFleet() {
  return Array.from({ length: 20 }, (_, i) =>
    leg(`t${String(i).padStart(2, '0')}`, [
      ...Array.from({ length: 590 }, (_, j) =>
        finding('pg/superusers', 'FAIL', `u${j} is a superuser`, `u${j}`)
      ),
      finding('pg/ssl', 'FAIL', 'ssl is off'),
      ...Array.from({ length: 5 }, (_, j) => finding(SMALL_RULES[i % 5], 'FAIL', `bad ${j}`, `o${j}`)),
      ...Array.from({ length: 4 }, (_, j) => finding('pg/tls', 'WARN', 'expires soon', `n${j}`))
    ])
  );
}

describe('fleet job summary', () => {
  it('keeps every FAIL check of every target of a 20 x 600-finding fleet', () => {
    const legs = largeFleet();
    const { report } = mergeReports(legs, opts());
    const md = renderFleetSummary(report, {
      describe: describeCheck,
      reportName: 'fleet.md',
      uploaded: true
    });
    expect(md).toBe(renderFleetMarkdown(report, { describe: describeCheck }));
    const rows = md.split('\n').filter(l => l.startsWith('| `pg/'));
    for (const l of legs) {
      const name = l.report.target.name;
      for (const id of new Set(l.report.findings.filter(f => f.status === 'FAIL').map(f => f.checkId))) {
        const row = rows.find(r => r.startsWith(`| \`${id}\` |`));
        expect([id, name, row?.includes(`\`${name}\``)]).toEqual([id, name, true]);
      }
    }
  });

  it('over budget drops passed rows first, then shortens, and never the row of a failing check', () => {
    // 3,000 targets: 2,990 pass, 10 fail one check each (10 checks), one warns.
    const ids = [...SMALL_RULES, 'pg/ssl', 'pg/tls', 'pg/superusers', 'pg/pgaudit', 'pg/archiving'];
    const legs = Array.from({ length: 3000 }, (_, i) =>
      leg(`target-${String(i).padStart(4, '0')}`, i < 10 ? [finding(ids[i], 'FAIL', 'bad')] : [])
    );
    const { report } = mergeReports(legs, opts());
    const full = renderFleetMarkdown(report, { describe: describeCheck });
    const budget = 40 * 1024;
    expect(Buffer.byteLength(full)).toBeGreaterThan(budget);
    const md = renderFleetSummary(report, {
      describe: describeCheck,
      reportName: 'fleet-report-2026-11-24.md',
      uploaded: false,
      budget
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
    const lines = md.split('\n');
    expect(lines).toContain(
      '> Shortened to fit a job summary: the full report is `fleet-report-2026-11-24.md` in the output directory (no artifact was uploaded).'
    );
    expect(lines).toContain('2990 targets that passed: listed in the full report.');
    for (const [i, id] of ids.entries()) {
      expect(lines.find(l => l.startsWith(`| \`${id}\` |`))).toContain(`| 1 | \`target-000${i}\` |`);
      expect(lines.find(l => l.startsWith(`| \`target-000${i}\` |`))).toContain('| **FAIL** |');
    }
    expect(lines).toContain('## Targets');
    expect(lines).toContain('## Checks by number of failing targets');
  });

  it('at the smallest layout keeps the check rows and counts the target rows it left out', () => {
    const legs = Array.from({ length: 400 }, (_, i) =>
      leg(`failing-target-with-a-long-name-${String(i).padStart(3, '0')}`, [finding('pg/ssl', 'FAIL', 'off')])
    );
    const { report } = mergeReports(legs, opts());
    const md = renderFleetSummary(report, {
      describe: describeCheck,
      reportName: 'f.md',
      uploaded: true,
      budget: 4000
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(4000);
    const lines = md.split('\n');
    expect(lines).toContain('400 more targets: listed in the full report.');
    expect(lines.find(l => l.startsWith('| `pg/ssl` |'))).toContain('| 400 | 400 targets |');
  });
});

const schemaFile = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../schema/fleet-report.schema.json'
);
function generated(): string {
  const schema = z.toJSONSchema(fleetReportSchema) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, $id: 'https://db-posture.dev/schema/fleet-report.schema.json', title: 'db-posture fleet report, schemaVersion 1' }, null, 2)}\n`;
}

it('schema/fleet-report.schema.json matches the zod schema (npm run schema regenerates it)', () => {
  if (process.env.UPDATE_SCHEMA) writeFileSync(schemaFile, generated());
  expect(existsSync(schemaFile)).toBe(true);
  expect(readFileSync(schemaFile, 'utf8')).toBe(generated());
});

it('lists duplicates kept and left out in the notes', () => {
  const twice = [
    { ...leg('a', [], { auditedAt: '2026-11-24T09:00:00.000Z' }), source: 'x/a-1.json' },
    { ...leg('a', [], { auditedAt: '2026-11-24T11:00:00.000Z' }), source: 'y/a-2.json' }
  ];
  const { report } = mergeReports(twice, opts({ duplicates: 'latest' }));
  expect(renderFleetMarkdown(report, { describe: describeCheck })).toContain(
    '## Notes\n\n- Target `a` had 2 reports; kept the newest (`y/a-2.json`), left out `x/a-1.json`.\n'
  );
});
