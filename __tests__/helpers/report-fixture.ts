import { buildReport, type AuditReport } from '../../src/pipeline/report.js';
import type { Finding } from '../../src/core/finding.js';
import type { CheckMeta } from '../../src/core/check.js';
import type { Status } from '../../src/core/status.js';
import { msg } from '../../src/core/text.js';
import { applyBaseline, type Baseline, type BaselineWaiver } from '../../src/baseline/apply.js';
import type { WaiverEntry } from '../../src/baseline/schema.js';
import { AUDITED_AT } from './check-tester.js';

/** A finding as the pipeline would produce it, for renderer and gate tests. */
export function finding(checkId: string, status: Status, detail: string, object?: string): Finding {
  return {
    checkId,
    title: `Title of ${checkId}`,
    dimension: 'Authentication',
    status,
    rawStatus: status,
    ...(object !== undefined ? { object } : {}),
    detail: msg`${detail}`,
    remediation: { text: `Fix ${checkId}.`, link: `https://example.test/${checkId}` },
    frameworks: {}
  };
}

export function waiver(check: string, expires: string, object?: string, target = 'prod-eu'): WaiverEntry {
  return {
    check,
    target,
    ...(object !== undefined ? { object } : {}),
    reason: `Reason for ${check}`,
    owner: '@org/platform',
    expires
  };
}

/** Catalogue metadata for a fixture finding's check (same title, dimension and remediation). */
export function metaOf(f: Finding, extra: Partial<CheckMeta> = {}): CheckMeta {
  return {
    id: f.checkId,
    title: f.title,
    dimension: f.dimension,
    appliesTo: ['self-hosted', 'cloud'],
    description: `What PASS means for ${f.checkId}.`,
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: f.remediation,
    rationale: `Why ${f.checkId} matters.`,
    frameworks: f.frameworks,
    ...extra
  };
}

/** A report over the given findings and waivers, audited at AUDITED_AT (2026-11-24). */
export function reportOf(
  findings: Finding[],
  waivers: BaselineWaiver[] = [],
  opts: {
    failOn?: 'fail' | 'warn' | 'never';
    failOnStale?: boolean;
    target?: string;
    /** Metadata of the checks that ran (the report's `checks`); other ids keep what the finding carries. */
    catalogue?: readonly CheckMeta[];
  } = {}
): AuditReport {
  const target = opts.target ?? 'prod-eu';
  const baseline: Baseline | undefined = waivers.length
    ? {
        file: '.github/db-posture-baseline.yml',
        waivers,
        attestations: [],
        failOnStale: opts.failOnStale ?? false
      }
    : undefined;
  const { findings: marked, outcome } = applyBaseline(findings, baseline, target, AUDITED_AT);
  return buildReport(
    {
      target: { engine: 'postgres', deployment: 'self-hosted', name: target, version: '17.10', details: [] },
      notes: [],
      unavailable: []
    },
    {
      environment: 'production',
      compliance: [],
      dataSensitivity: 'internal',
      failOn: opts.failOn ?? 'fail',
      ...(opts.catalogue ? { catalogue: opts.catalogue } : {})
    },
    AUDITED_AT,
    marked,
    outcome
  );
}
