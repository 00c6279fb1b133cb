import { describe, expect, it } from '@jest/globals';
import { capList, gateReasons, renderHeader, renderMarkdown } from '../../src/report/markdown.js';
import { groupByCheck, renderGroup } from '../../src/report/groups.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

describe('markdown report', () => {
  it('shows the version once, even when the engine lists it among its details', () => {
    const r = reportOf([]);
    const header = renderHeader({
      ...r,
      target: {
        ...r.target,
        details: [
          ['PostgreSQL Version', '17.10'],
          ['Server', 'db:5432']
        ]
      }
    });
    expect(header.filter(l => /Version/.test(l))).toEqual(['**Version:** `17.10`  ']);
    expect(header).toContain('**Server:** `db:5432`  ');
    // A different value under a version label is a different fact and stays.
    const other = renderHeader({ ...r, target: { ...r.target, details: [['PostgreSQL Version', '17.9']] } });
    expect(other.filter(l => /Version/.test(l))).toEqual([
      '**Version:** `17.10`  ',
      '**PostgreSQL Version:** `17.9`  '
    ]);
  });

  it('counts in the gate line take the singular for one', () => {
    const one = reportOf([finding('pg/tls', 'FAIL', 'x')], [waiver('pg/tls', '2026-11-01')]);
    expect(gateReasons(one)).toEqual(['1 unwaived FAIL', '1 expired waiver']);
    const two = reportOf(
      [finding('pg/tls', 'FAIL', 'x'), finding('pg/ssl', 'FAIL', 'y')],
      [waiver('pg/tls', '2026-11-01'), waiver('pg/ssl', '2026-11-02'), waiver('pg/hba', '2027-01-01')],
      { failOnStale: true }
    );
    expect(gateReasons(two)).toEqual(['2 unwaived FAIL', '2 expired waivers', '1 stale waiver']);
  });

  it('orders checks FAIL, WARN, UNKNOWN, waived, INFO, PASS, N/A, then by the verdict before policy', () => {
    const r = reportOf(
      [
        finding('pg/pgcrypto', 'N/A', 'n'),
        finding('pg/ssl', 'PASS', 'p'),
        finding('pg/version', 'INFO', 'i'),
        finding('pg/pgaudit', 'UNKNOWN', 'u'),
        finding('pg/superusers', 'WARN', 'w'),
        { ...finding('pg/listen-addresses', 'WARN', 'w'), rawStatus: 'FAIL' },
        finding('pg/md5-hashes', 'FAIL', 'waived', 'r1'),
        finding('pg/tls', 'FAIL', 'f')
      ],
      [waiver('pg/md5-hashes', '2027-01-01', 'r1')]
    );
    expect(groupByCheck(r.findings).map(g => `${g.kind} ${g.checkId}`)).toEqual([
      'FAIL pg/tls',
      'WARN pg/listen-addresses',
      'WARN pg/superusers',
      'UNKNOWN pg/pgaudit',
      'waived pg/md5-hashes',
      'INFO pg/version',
      'PASS pg/ssl',
      'N/A pg/pgcrypto'
    ]);
    const md = renderMarkdown(r);
    expect(md).toContain(
      '- 🔕 **waived FAIL** `pg/md5-hashes` · `r1` · Title of pg/md5-hashes: `waived` *(waived until 2027-01-01 by `@org/platform`: `Reason for pg/md5-hashes`)*'
    );
    expect(md).not.toMatch(/\*\*FAIL\*\* `pg\/md5-hashes`/);
  });

  it('a policy annotation is a markdown sentence after the finding', () => {
    const md = renderMarkdown(
      reportOf([
        {
          ...finding('pg/listen-addresses', 'WARN', 'listen_addresses is *'),
          rawStatus: 'FAIL',
          policy: [
            { kind: 'raised', from: 'WARN', to: 'FAIL', reason: 'PII/PHI data' },
            { kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }
          ]
        }
      ])
    );
    expect(md).toContain(
      '- ⚠️ **WARN** `pg/listen-addresses` · Title of pg/listen-addresses: `listen_addresses is *` *(raised to FAIL — PII/PHI data)* *(downgraded from FAIL — development cluster)*'
    );
  });
});

describe('counts in the cut lines', () => {
  it('say 1 more note / finding in the singular and 2 more in the plural', () => {
    expect(capList(['- a', '- b'], 1, 'note')).toEqual(['- a', '- …and 1 more note: see the full report.']);
    expect(capList(['- a', '- b', '- c'], 1, 'waiver')).toEqual([
      '- a',
      '- …and 2 more waivers: see the full report.'
    ]);
    const two = reportOf([finding('pg/tls', 'WARN', 'x', 'a'), finding('pg/tls', 'WARN', 'y', 'b')]);
    const [g] = groupByCheck(two.findings);
    expect(renderGroup(two, g, { linesPerCheck: 1, inline: 5 })).toContain(
      '- …and 1 more `pg/tls` finding: see the full report.'
    );
  });
});
