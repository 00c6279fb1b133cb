import type { AuditReport } from '../pipeline/report.js';
import type { CheckMeta, Dimension } from '../core/check.js';
import { reportCheckOf, reportChecks, type ReportCheck } from '../core/report-check.js';
import { codeSpan } from '../core/text.js';
import { TOOL } from '../core/version.js';
import type { JsonReport } from '../report/json.js';
import { renderSarif, SARIF_RESULT_LIMIT, sharePerRule } from '../report/sarif.js';
import { emptyBaselineOutcome } from '../baseline/apply.js';
import type { LoadedReport } from './load.js';

/**
 * A leg's JSON report as the in-memory report the per-target renderers take. Details come back as
 * plain text; their markdown form is a code span, since the file is input. The checks' metadata is
 * the report's own `checks`; a report written before it had them gets `describe`'s (this build's
 * catalogue), and an id this build does not know keeps what its findings carry.
 */
export function fromJsonReport(
  r: JsonReport,
  describe: (checkId: string) => CheckMeta | undefined = () => undefined
): AuditReport {
  const recorded = new Map<string, ReportCheck>((r.checks ?? []).map(c => [c.id, c]));
  const findings = r.findings.map(f => ({
    checkId: f.checkId,
    title: f.title,
    dimension: f.dimension as Dimension,
    status: f.status,
    rawStatus: f.rawStatus,
    ...(f.object !== undefined ? { object: f.object } : {}),
    detail: { text: f.detail, markdown: codeSpan(f.detail) },
    ...(f.annotation !== undefined ? { annotation: f.annotation } : {}),
    ...(f.policy !== undefined ? { policy: f.policy } : {}),
    remediation: f.remediation,
    frameworks: f.frameworks,
    ...(f.waiver ? { waiver: f.waiver } : {})
  }));
  return {
    tool: { ...TOOL, version: r.tool.version } as unknown as AuditReport['tool'],
    target: {
      engine: r.target.engine,
      deployment: r.target.deployment,
      name: r.target.name,
      ...(r.target.clusterId !== undefined ? { clusterId: r.target.clusterId } : {}),
      ...(r.target.version !== undefined ? { version: r.target.version } : {}),
      ...(r.target.plan !== undefined ? { plan: r.target.plan } : {}),
      ...(r.target.regions !== undefined ? { regions: r.target.regions } : {}),
      details: Object.entries(r.target.details)
    },
    context: r.context,
    summary: r.summary,
    findings,
    checks: reportChecks(findings, id => {
      const own = recorded.get(id);
      if (own) return own;
      const meta = describe(id);
      return meta ? reportCheckOf(meta) : undefined;
    }),
    notes: r.notes.map(n => ({ text: n, markdown: codeSpan(n) })),
    unavailable: r.unavailable.map(u => ({
      fact: u.fact,
      reason: { text: u.reason, markdown: codeSpan(u.reason) }
    })),
    baseline: { ...emptyBaselineOutcome(), ...(r.baseline.file ? { file: r.baseline.file } : {}) },
    gate: {
      ...r.gate,
      mode: r.gate.mode ?? 'all',
      unwaivedUnknowns: r.gate.unwaivedUnknowns ?? 0,
      incomplete: r.gate.incomplete ?? 0
    }
  };
}

interface SarifRun {
  tool: { driver: { rules: { id: string }[] } };
  results: { ruleId: string; ruleIndex?: number; level?: string; properties?: { status?: string } }[];
}

const RANK: Record<string, number> = { error: 0, warning: 1, note: 2 };
const STATUS_RANK: Partial<Record<string, number>> = { FAIL: 0, WARN: 1, UNKNOWN: 2 };

/**
 * How many results each (rule, target) pair keeps under `limit`: the room is shared per rule first
 * (every rule with results keeps at least one, as in the single-target SARIF), then each rule's
 * share among its targets, so that a rule failing on 20 targets keeps a result on every one of
 * them (a target left without its result would have that alert closed as fixed).
 */
export function sharePerRuleAndTarget(
  counts: ReadonlyMap<string, ReadonlyMap<number, number>>,
  limit: number
): Map<string, Map<number, number>> {
  const perRule = new Map(
    [...counts].map(([rule, legs]) => [rule, [...legs.values()].reduce((a, b) => a + b, 0)])
  );
  const ruleShare = sharePerRule(perRule, limit);
  const out = new Map<string, Map<number, number>>();
  for (const [rule, legs] of counts) {
    const byLeg = sharePerRule(
      new Map([...legs].map(([leg, n]) => [String(leg).padStart(9, '0'), n])),
      ruleShare.get(rule) ?? 0
    );
    out.set(rule, new Map([...byLeg].map(([leg, n]) => [Number(leg), n])));
  }
  return out;
}

/**
 * SARIF 2.1.0 for the whole fleet in one run (category `db-posture/fleet`): code scanning takes at
 * most 20 runs per file, so one run per target would not upload past 20 targets. Each result is
 * the leg's own result (same message, logical location naming the target, same fingerprint).
 * The run keeps at most 5,000 results, as code scanning shows no more, shared per rule and then
 * per target (sharePerRuleAndTarget): every rule, and every target a rule has findings on, keeps
 * at least one result; within a pair, the most severe findings in report order.
 */
export function renderFleetSarif(
  legs: readonly LoadedReport[],
  options: {
    /** Check metadata for legs whose JSON report has no `checks` (written before reports carried them). */
    readonly describe: (checkId: string) => CheckMeta | undefined;
    readonly category?: string;
    /** Tests lower it; code scanning's limit otherwise. */
    readonly limit?: number;
  }
): string {
  const limit = options.limit ?? SARIF_RESULT_LIMIT;
  // Choose the results from the JSON first, so that only the findings that make the cut are
  // rendered: a large fleet renders far fewer.
  const chosen: { leg: number; finding: number; rank: number; rule: string }[] = [];
  const counts = new Map<string, Map<number, number>>();
  legs.forEach((leg, i) =>
    leg.report.findings.forEach((f, j) => {
      const rank = STATUS_RANK[f.status];
      if (rank === undefined) return;
      chosen.push({ leg: i, finding: j, rank, rule: f.checkId });
      const byLeg = counts.get(f.checkId) ?? new Map<number, number>();
      byLeg.set(i, (byLeg.get(i) ?? 0) + 1);
      counts.set(f.checkId, byLeg);
    })
  );
  chosen.sort((a, b) => a.rank - b.rank || a.leg - b.leg || a.finding - b.finding);
  const total = chosen.length;
  const share = sharePerRuleAndTarget(counts, limit);
  const taken = new Map<string, number>();
  const keep = new Map<number, Set<number>>();
  const leftOut = new Map<string, number>();
  for (const c of chosen) {
    const key = `${c.rule}\u0000${c.leg}`;
    const n = taken.get(key) ?? 0;
    if (n >= (share.get(c.rule)?.get(c.leg) ?? 0)) {
      leftOut.set(c.rule, (leftOut.get(c.rule) ?? 0) + 1);
      continue;
    }
    taken.set(key, n + 1);
    const set = keep.get(c.leg) ?? new Set<number>();
    set.add(c.finding);
    keep.set(c.leg, set);
  }
  const rules = new Map<string, unknown>();
  const results: SarifRun['results'] = [];
  legs.forEach((leg, i) => {
    const wanted = keep.get(i);
    if (!wanted) return;
    // The leg's renderer keeps all of them: they are already within the fleet's share.
    const report = fromJsonReport(
      { ...leg.report, findings: leg.report.findings.filter((_, j) => wanted.has(j)) },
      options.describe
    );
    const sarif = JSON.parse(
      renderSarif(report, { locationUri: `db-posture/${leg.report.target.name}` })
    ) as {
      runs: SarifRun[];
    };
    const run = sarif.runs[0];
    for (const rule of run.tool.driver.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    results.push(...run.results);
  });
  // Stable sort: by severity, then in target order as merged.
  const ordered = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (RANK[a.r.level ?? 'note'] ?? 3) - (RANK[b.r.level ?? 'note'] ?? 3) || a.i - b.i)
    .map(x => x.r);
  const kept = ordered;
  const ruleIds = [...new Set(kept.map(r => r.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  for (const r of kept) r.ruleIndex = index.get(r.ruleId);
  const category = options.category ?? 'db-posture/fleet/';
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            semanticVersion: TOOL.version,
            informationUri: TOOL.url,
            rules: ruleIds.map(id => rules.get(id))
          }
        },
        automationDetails: { id: category },
        results: kept,
        properties: {
          targets: legs.map(l => l.report.target.name),
          ...(total > kept.length
            ? {
                truncated: `${total - kept.length} results left out (limit ${limit}, shared per rule and target; every rule keeps at least one result on every target it has findings on, while the limit allows)`,
                leftOutPerRule: Object.fromEntries([...leftOut.entries()].sort())
              }
            : {})
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
