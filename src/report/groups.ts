import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import type { Status } from '../core/status.js';
import { codeSpan, escapeStatic } from '../core/text.js';
import { policyMarkdown } from '../core/policy-annotation.js';
import type { ChangeMark } from '../diff/compare.js';

/**
 * How findings are shown in the markdown report, the job summary and the PR comment: one group per
 * check and verdict. A waived FAIL or WARN is its own group ("waived"), never shown as a plain FAIL.
 */
export type GroupKind = Status | 'waived';

/** The change mark shown after the status; PASS/INFO/N/A findings that did not move get none. */
const MARK_TEXT: Partial<Record<ChangeMark, string>> = {
  new: '*(new)*',
  worse: '*(worse)*',
  better: '*(better)*',
  changed: '*(changed)*',
  existing: '*(existing)*'
};

/** The finding's change mark relative to the reference report, or '' without one. */
export function changeMarkOf(report: AuditReport, f: Finding): string {
  const m = report.changeMark?.(f.checkId, f.object);
  return m ? (MARK_TEXT[m] ?? '') : '';
}

export interface CheckGroup {
  readonly checkId: string;
  readonly title: string;
  readonly kind: GroupKind;
  /** The findings' status (for `waived`: FAIL or WARN). */
  readonly status: Status;
  readonly findings: readonly Finding[];
}

/** Status icons, for counts and group lines (colour-blind safe: the status word is always shown too). */
export const STATUS_ICON: Record<Status, string> = {
  PASS: '✅',
  WARN: '⚠️',
  FAIL: '❌',
  INFO: 'ℹ️',
  'N/A': '➖',
  UNKNOWN: '❔'
};
export const WAIVED_ICON = '🔕';

/** FAIL, WARN, UNKNOWN first (what needs a person), then waived, then the rest. */
const KIND_RANK: Record<GroupKind, number> = {
  FAIL: 0,
  WARN: 1,
  UNKNOWN: 2,
  waived: 3,
  INFO: 4,
  PASS: 5,
  'N/A': 6
};
/** Severity within one verdict: the check's own verdict before policy, FAIL highest. */
const SEVERITY: Record<Status, number> = { FAIL: 5, WARN: 4, UNKNOWN: 3, INFO: 2, PASS: 1, 'N/A': 0 };

/** True for the verdicts a reader must act on (these groups are never dropped to fit a budget). */
export function isActionable(kind: GroupKind): boolean {
  return kind === 'FAIL' || kind === 'WARN' || kind === 'UNKNOWN' || kind === 'waived';
}

/**
 * Groups the findings by check and verdict, ordered by verdict (FAIL, WARN, UNKNOWN, waived, INFO,
 * PASS, N/A), then by severity (raw verdict before policy; a fault before a missing privilege),
 * then by size and check id. Findings keep their report order inside a group.
 */
export function groupByCheck(findings: readonly Finding[]): CheckGroup[] {
  const groups = new Map<string, { g: CheckGroup; findings: Finding[]; severity: number; faults: number }>();
  for (const f of findings) {
    const kind: GroupKind = f.waiver?.state === 'active' ? 'waived' : f.status;
    const key = `${f.checkId}\u0000${kind}\u0000${f.status}`;
    let entry = groups.get(key);
    if (!entry) {
      const list: Finding[] = [];
      entry = {
        g: { checkId: f.checkId, title: f.title, kind, status: f.status, findings: list },
        findings: list,
        severity: 0,
        faults: 0
      };
      groups.set(key, entry);
    }
    entry.findings.push(f);
    entry.severity = Math.max(entry.severity, SEVERITY[f.rawStatus]);
    if (f.incomplete) entry.faults++;
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        KIND_RANK[a.g.kind] - KIND_RANK[b.g.kind] ||
        SEVERITY[b.g.status] - SEVERITY[a.g.status] ||
        b.severity - a.severity ||
        b.faults - a.faults ||
        b.findings.length - a.findings.length ||
        (a.g.checkId < b.g.checkId ? -1 : a.g.checkId > b.g.checkId ? 1 : 0)
    )
    .map(e => e.g);
}

/** `❌ **FAIL**`, `🔕 **waived FAIL**`. */
export function groupLabel(g: Pick<CheckGroup, 'kind' | 'status'>): string {
  return g.kind === 'waived'
    ? `${WAIVED_ICON} **waived ${g.status}**`
    : `${STATUS_ICON[g.status]} **${g.status}**`;
}

/** The notes after a finding: policy sentences and the waiver state. */
export function findingNotes(f: Finding): string {
  const parts: string[] = [];
  if (f.annotation) parts.push(escapeStatic(f.annotation));
  for (const p of f.policy ?? []) parts.push(policyMarkdown(p));
  if (f.waiver?.state === 'active') {
    parts.push(
      `*(waived until ${f.waiver.expires} by ${codeSpan(f.waiver.owner)}: ${codeSpan(f.waiver.reason)})*`
    );
  } else if (f.waiver?.state === 'expired') {
    parts.push(`*(waiver by ${codeSpan(f.waiver.owner)} expired on ${f.waiver.expires} — counts again)*`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** One finding as a list item a reviewer can write a waiver from: check id, object key, detail. */
export function renderFindingItem(report: AuditReport, f: Finding): string {
  const mark = changeMarkOf(report, f);
  const object = f.object !== undefined ? ` · ${codeSpan(f.object)}` : '';
  return `- ${codeSpan(f.checkId)}${object}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`;
}

export interface GroupLayout {
  /** Finding lines shown per check (inside `<details>`); 0 shows the check's line alone. */
  readonly linesPerCheck: number;
  /** Object keys named on the check's own line. */
  readonly inline: number;
}

/**
 * A check's group: its line (verdict, id, title, count, the first objects) and, when it has more
 * than one finding, every finding in a `<details>` block, cut at `linesPerCheck` with a count of the
 * rest. A single finding is one line with its detail.
 */
export function renderGroup(report: AuditReport, g: CheckGroup, layout: GroupLayout): string[] {
  const n = g.findings.length;
  const title = escapeStatic(g.title);
  if (n === 1) {
    const f = g.findings[0];
    const mark = changeMarkOf(report, f);
    const object = f.object !== undefined ? ` · ${codeSpan(f.object)}` : '';
    return [
      `- ${groupLabel(g)} ${codeSpan(g.checkId)}${object} · ${title}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`
    ];
  }
  const keys = g.findings.filter(f => f.object !== undefined).map(f => f.object!);
  const named = keys.slice(0, layout.inline).map(codeSpan);
  const rest = n - named.length;
  const objects = named.length ? `: ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : '';
  const head = `- ${groupLabel(g)} ${codeSpan(g.checkId)} · ${title} · ${n} findings${objects}`;
  if (layout.linesPerCheck <= 0) return [head];
  const shown = g.findings.slice(0, layout.linesPerCheck).map(f => renderFindingItem(report, f));
  const more =
    n > shown.length
      ? [
          `- …and ${n - shown.length} more ${codeSpan(g.checkId)} ${n - shown.length === 1 ? 'finding' : 'findings'}: see the full report.`
        ]
      : [];
  return [
    head,
    '',
    `<details><summary>${n} findings of ${escapeStatic(g.checkId)}</summary>`,
    '',
    ...shown,
    ...more,
    '',
    '</details>',
    ''
  ];
}

/** A paragraph for the quiet verdicts left out of a short view: `✅ 12 PASS · ➖ 2 N/A checks: …`. */
export function quietCounts(groups: readonly CheckGroup[]): string | undefined {
  const by = new Map<Status, number>();
  for (const g of groups) if (!isActionable(g.kind)) by.set(g.status, (by.get(g.status) ?? 0) + 1);
  if (by.size === 0) return undefined;
  const parts = (['PASS', 'INFO', 'N/A'] as const)
    .filter(s => by.has(s))
    .map(s => `${STATUS_ICON[s]} ${by.get(s)} ${s}`);
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  return `${parts.join(' · ')} ${total === 1 ? 'check' : 'checks'}: listed in the full report.`;
}
