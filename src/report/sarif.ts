import { createHash } from 'node:crypto';
import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import type { Status } from '../core/status.js';
import { sarifBaselineStates } from '../diff/compare.js';
import { TOOL } from '../core/version.js';
import { policyText } from '../core/policy-annotation.js';
import { checkIn, type ReportCheck } from '../core/report-check.js';
import { escapeProse } from '../core/text.js';

/** GitHub keeps the first 5,000 results of a run by severity; we never send more. */
export const SARIF_RESULT_LIMIT = 5000;

/**
 * How many results each rule keeps under `limit`: every rule with results keeps at least one (a
 * rule left without results would be closed as fixed by code scanning), and the room is shared
 * fairly: small rules keep all theirs, the largest split what is left evenly (water-filling).
 * When there are more rules than room (never, with this catalogue) the first `limit` keep one.
 */
export function sharePerRule(counts: ReadonlyMap<string, number>, limit: number): Map<string, number> {
  const share = new Map<string, number>();
  const ordered = [...counts.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  let room = limit;
  ordered.forEach(([rule, n], i) => {
    const left = ordered.length - i;
    const fair = Math.max(room > 0 ? 1 : 0, Math.floor(room / left));
    const take = Math.min(n, fair);
    share.set(rule, take);
    room -= take;
  });
  // Rounding leaves a few slots: give them to the rules that were cut, largest first.
  for (const [rule, n] of ordered.reverse()) {
    if (room <= 0) break;
    const extra = Math.min(room, n - share.get(rule)!);
    share.set(rule, share.get(rule)! + extra);
    room -= extra;
  }
  return share;
}

/** Trivy's scale: high for FAIL, medium for WARN, low for what could not be evaluated. */
const SECURITY_SEVERITY: Partial<Record<Status, string>> = { FAIL: '8.0', WARN: '5.5', UNKNOWN: '2.0' };
const LEVEL: Partial<Record<Status, 'error' | 'warning' | 'note'>> = {
  FAIL: 'error',
  WARN: 'warning',
  UNKNOWN: 'note'
};
const RANK: Partial<Record<Status, number>> = { FAIL: 0, WARN: 1, UNKNOWN: 2 };

export interface SarifOptions {
  /**
   * The repository file results point at: the baseline file when it lies inside the checkout.
   * Otherwise the sentinel `db-posture/<target>` (GitHub rejects a SARIF file whose results have no
   * physical location; a path that does not exist is shown without a preview).
   */
  readonly locationUri?: string;
  /** The baseline file's repository path, when it is inside the checkout: waived results point at their waiver's line. */
  readonly baselineUri?: string;
}

/** A stable fingerprint from check, target and object: never from values or times. */
export function findingFingerprint(checkId: string, target: string, object: string | undefined): string {
  return createHash('sha256')
    .update(`${checkId}\u0000${target}\u0000${object ?? ''}`)
    .digest('hex');
}

const clip = (s: string, n = 1024) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * A rule's descriptions and help from the report's entry for the check: the condition and the
 * risk in fullDescription, the fix, the risk and what to verify by hand in help (the markdown
 * escaped: a report read from disk is input).
 */
export function ruleText(check: ReportCheck) {
  const { text, link } = check.remediation;
  const why = check.rationale ? [`Why: ${check.rationale}`] : [];
  const verify = check.verify ? [`Verify by hand: ${check.verify}`] : [];
  const full = [check.description ?? check.title, ...(check.rationale ? [`Risk: ${check.rationale}`] : [])];
  return {
    shortDescription: { text: clip(check.title) },
    fullDescription: { text: clip(full.join(' ')) },
    help: {
      text: clip([`${text} ${link}`, ...why, ...verify].join('\n\n'), 4000),
      markdown: clip(
        [
          escapeProse(text),
          ...(check.rationale ? [`**Why:** ${escapeProse(check.rationale)}`] : []),
          ...(check.verify ? [`**Verify by hand:** ${escapeProse(check.verify)}`] : []),
          `[Reference](${link})`
        ].join('\n\n'),
        4000
      )
    },
    helpUri: link
  };
}

/**
 * SARIF 2.1.0 for code scanning: one run per target (category `db-posture/<target>`), a rule per
 * check with a result, one result per FAIL/WARN/UNKNOWN finding. Waived findings carry an accepted
 * external suppression with the waiver's reason, owner and expiry.
 */
export function renderSarif(report: AuditReport, options: SarifOptions): string {
  const target = report.target.name;
  const uri = options.locationUri ?? `db-posture/${target}`;
  const relevant = report.findings
    .filter(f => RANK[f.status] !== undefined)
    .sort((a, b) => RANK[a.status]! - RANK[b.status]!);
  // With a reference report (`--compare-to`): SARIF 2.1.0 baselineState per result, and the
  // reference's resolved findings as `absent` results, which code scanning closes.
  const states = report.comparison ? sarifBaselineStates(report.comparison.diff) : undefined;
  const absentAll = states?.absent ?? [];
  const ABSENT = 'absent:'; // rule ids never contain a colon
  // The cap is per rule (resolved results of a rule count as a rule of their own), never global.
  const counts = new Map<string, number>();
  for (const f of relevant) counts.set(f.checkId, (counts.get(f.checkId) ?? 0) + 1);
  for (const e of absentAll)
    counts.set(`${ABSENT}${e.checkId}`, (counts.get(`${ABSENT}${e.checkId}`) ?? 0) + 1);
  const share = sharePerRule(counts, SARIF_RESULT_LIMIT);
  const taken = new Map<string, number>();
  const take = (key: string) => {
    const n = taken.get(key) ?? 0;
    if (n >= (share.get(key) ?? 0)) return false;
    taken.set(key, n + 1);
    return true;
  };
  const kept = relevant.filter(f => take(f.checkId));
  const absent = absentAll.filter(e => take(`${ABSENT}${e.checkId}`));
  const leftOut = new Map<string, number>();
  for (const [key, n] of counts) {
    const cut = n - (share.get(key) ?? 0);
    const rule = key.startsWith(ABSENT) ? key.slice(ABSENT.length) : key;
    if (cut > 0) leftOut.set(rule, (leftOut.get(rule) ?? 0) + cut);
  }
  const dropped = relevant.length + absentAll.length - kept.length - absent.length;

  const worst = new Map<string, Finding>();
  for (const f of kept) if (!worst.has(f.checkId)) worst.set(f.checkId, f);
  const ruleIds = [...worst.keys()].sort();
  const rules = ruleIds.map(id => {
    const f = worst.get(id)!;
    // Every finding's check is in report.checks; a hand-built report without it keeps the finding's.
    const check = checkIn(report.checks, id) ?? {
      id,
      title: f.title,
      dimension: f.dimension,
      remediation: f.remediation,
      frameworks: {}
    };
    return {
      id,
      name: id
        .replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())
        .replace(/^./, c => c.toUpperCase()),
      ...ruleText(check),
      defaultConfiguration: { level: LEVEL[f.status] },
      properties: {
        tags: ['security', f.dimension, ...(check.family ? [check.family] : [])],
        precision: 'high',
        'security-severity': SECURITY_SEVERITY[f.status]
      }
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const engine = report.target.engine;
  // A waived result points at its waiver's line, when the results point at the baseline file.
  const atBaseline = options.locationUri !== undefined && options.locationUri === options.baselineUri;
  const location = (object: string | undefined, line = 1) => [
    {
      physicalLocation: { artifactLocation: { uri }, region: { startLine: atBaseline ? line : 1 } },
      logicalLocations: [
        {
          fullyQualifiedName: `${engine}://${target}${object !== undefined ? `/${object}` : ''}`,
          kind: 'resource'
        }
      ]
    }
  ];
  const fingerprints = (checkId: string, object: string | undefined) => {
    const fingerprint = findingFingerprint(checkId, target, object);
    return { primaryLocationLineHash: `${fingerprint.slice(0, 16)}:1`, 'dbPosture/v1': fingerprint };
  };
  const results: Record<string, unknown>[] = kept.map(f => {
    const where = f.object !== undefined ? ` (target ${target}, object ${f.object})` : ` (target ${target})`;
    return {
      ruleId: f.checkId,
      ruleIndex: index.get(f.checkId),
      level: LEVEL[f.status],
      message: {
        text: `${f.title}: ${f.detail.text}${where}${f.policy?.length ? `; policy: ${f.policy.map(policyText).join('; ')}` : ''}`
      },
      locations: location(f.object, f.waiver?.state === 'active' ? f.waiver.line : undefined),
      partialFingerprints: fingerprints(f.checkId, f.object),
      ...(states ? { baselineState: states.stateOf(f.checkId, f.object) } : {}),
      ...(f.waiver?.state === 'active'
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                justification: `Waived by ${f.waiver.owner} until ${f.waiver.expires}: ${f.waiver.reason}`
              }
            ]
          }
        : {}),
      properties: {
        status: f.status,
        rawStatus: f.rawStatus,
        ...(f.annotation ? { annotation: f.annotation } : {}),
        ...(f.policy?.length ? { policy: f.policy.map(p => ({ ...p })) } : {})
      }
    };
  });
  for (const e of absent) {
    const was = e.baseStatus as Status;
    results.push({
      ruleId: e.checkId,
      ...(index.has(e.checkId) ? { ruleIndex: index.get(e.checkId) } : {}),
      level: LEVEL[was] ?? 'note',
      message: {
        text: `Resolved since the reference audit (was ${was}${e.headStatus ? `, now ${e.headStatus}` : ''}): ${e.title}: ${e.detail}${e.object !== undefined ? ` (target ${target}, object ${e.object})` : ` (target ${target})`}`
      },
      locations: location(e.object),
      partialFingerprints: fingerprints(e.checkId, e.object),
      baselineState: 'absent',
      properties: { status: e.headStatus ?? 'absent', referenceStatus: was }
    });
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            semanticVersion: report.tool.version,
            informationUri: TOOL.url,
            rules
          }
        },
        automationDetails: { id: `db-posture/${target}/` },
        results,
        properties: {
          target: { engine, name: target, deployment: report.target.deployment },
          summary: report.summary,
          auditedAt: report.context.auditedAt,
          ...(report.comparison
            ? {
                comparedTo: {
                  file: report.comparison.referenceFile,
                  auditedAt: report.comparison.reference.context.auditedAt
                }
              }
            : {}),
          ...(dropped > 0
            ? {
                truncated: `${dropped} results left out (limit ${SARIF_RESULT_LIMIT}, shared per rule; every rule keeps at least one)`,
                leftOutPerRule: Object.fromEntries([...leftOut.entries()].sort())
              }
            : {})
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
