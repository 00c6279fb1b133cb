import { createHash } from 'node:crypto';
import type { AuditReport } from '../pipeline/report.js';
import type { CheckMeta } from '../core/check.js';
import type { Finding } from '../core/finding.js';
import type { Status } from '../core/status.js';
import { sarifBaselineStates } from '../diff/compare.js';

/** GitHub keeps the first 5,000 results of a run by severity; we never send more. */
export const SARIF_RESULT_LIMIT = 5000;

/** Trivy's scale: high for FAIL, medium for WARN, low for what could not be evaluated. */
const SECURITY_SEVERITY: Partial<Record<Status, string>> = { FAIL: '8.0', WARN: '5.5', UNKNOWN: '2.0' };
const LEVEL: Partial<Record<Status, 'error' | 'warning' | 'note'>> = {
  FAIL: 'error',
  WARN: 'warning',
  UNKNOWN: 'note'
};
const RANK: Partial<Record<Status, number>> = { FAIL: 0, WARN: 1, UNKNOWN: 2 };

export interface SarifOptions {
  /** Check metadata by id (descriptions for the rules). */
  readonly describe: (checkId: string) => CheckMeta | undefined;
  /**
   * The repository file results point at: the baseline file when it lies inside the checkout.
   * Otherwise the sentinel `db-posture/<target>` (GitHub rejects a SARIF file whose results have no
   * physical location; a path that does not exist is shown without a preview).
   */
  readonly locationUri?: string;
}

/** A stable fingerprint from check, target and object: never from values or times. */
export function findingFingerprint(checkId: string, target: string, object: string | undefined): string {
  return createHash('sha256')
    .update(`${checkId}\u0000${target}\u0000${object ?? ''}`)
    .digest('hex');
}

const clip = (s: string, n = 1024) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

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
  const kept = relevant.slice(0, SARIF_RESULT_LIMIT);

  const worst = new Map<string, Finding>();
  for (const f of kept) if (!worst.has(f.checkId)) worst.set(f.checkId, f);
  const ruleIds = [...worst.keys()].sort();
  const rules = ruleIds.map(id => {
    const f = worst.get(id)!;
    const meta = options.describe(id);
    return {
      id,
      name: id
        .replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())
        .replace(/^./, c => c.toUpperCase()),
      shortDescription: { text: clip(f.title) },
      fullDescription: { text: clip(meta?.description ?? f.title) },
      help: {
        text: clip(`${f.remediation.text} ${f.remediation.link}`, 4000),
        markdown: clip(`${f.remediation.text}\n\n[Reference](${f.remediation.link})`, 4000)
      },
      helpUri: f.remediation.link,
      defaultConfiguration: { level: LEVEL[f.status] },
      properties: {
        tags: ['security', f.dimension, ...(meta?.family ? [meta.family] : [])],
        precision: 'high',
        'security-severity': SECURITY_SEVERITY[f.status]
      }
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const engine = report.target.engine;
  // With a reference report (`--compare-to`): SARIF 2.1.0 baselineState per result, and the
  // reference's resolved findings as `absent` results, which code scanning closes.
  const states = report.comparison ? sarifBaselineStates(report.comparison.diff) : undefined;
  const location = (object: string | undefined) => [
    {
      physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
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
      message: { text: `${f.title}: ${f.detail.text}${where}` },
      locations: location(f.object),
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
        ...(f.annotation ? { annotation: f.annotation } : {})
      }
    };
  });
  for (const e of states?.absent.slice(0, Math.max(0, SARIF_RESULT_LIMIT - results.length)) ?? []) {
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
          ...(relevant.length > kept.length
            ? {
                truncated: `${relevant.length - kept.length} lower-severity results left out (limit ${SARIF_RESULT_LIMIT})`
              }
            : {})
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
