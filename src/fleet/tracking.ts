import { createHash } from 'node:crypto';
import { codeSpan, plural } from '../core/text.js';
import type { JsonReport } from '../report/json.js';
import type { FleetReport } from './schema.js';

/**
 * Tracking issues for scheduled audits: one open issue per subject (a target, or the fleet) while
 * its gate fails, edited in place on later failing runs and closed with a comment when the gate
 * passes again. Written over a four-call interface so that any GitHub client (the fetch client
 * today, Octokit tomorrow) or a test stand-in can carry it.
 */
export interface TrackedIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  /** The login that opened the issue; only our own issues are ever edited. */
  readonly author?: string;
  readonly url?: string;
}

export interface IssueApi {
  /** Open issues (not pull requests) with the label, every page. */
  listOpenIssues(label: string): Promise<TrackedIssue[]>;
  createIssue(issue: {
    readonly title: string;
    readonly body: string;
    readonly labels: readonly string[];
    readonly assignees: readonly string[];
  }): Promise<{ readonly number: number; readonly url?: string }>;
  updateIssue(number: number, patch: { readonly title: string; readonly body: string }): Promise<void>;
  /** Comments on the issue, then closes it as completed. */
  closeIssue(number: number, comment: string): Promise<void>;
  /** The login issues created with this token carry (e.g. `github-actions`). */
  identity(): Promise<string>;
}

export interface TrackSubject {
  /** `target:<name>` or `fleet`: what the marker identifies. */
  readonly key: string;
  readonly title: string;
  readonly failing: boolean;
  /** The issue text without marker and digest (a digest of it decides whether to edit). */
  readonly body: string;
}

export interface TrackOptions {
  /** The first label finds our issues; all are set on new ones. */
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  /** Run link for the closing comment. */
  readonly runUrl?: string;
}

export type TrackOutcome =
  | { readonly key: string; readonly action: 'created'; readonly number: number; readonly url?: string }
  | { readonly key: string; readonly action: 'updated' | 'unchanged' | 'closed'; readonly number: number }
  | { readonly key: string; readonly action: 'none' };

export const DEFAULT_ISSUE_LABEL = 'db-posture';
/** GitHub refuses an issue body over 65,536 characters. */
const BODY_LIMIT = 60000;

export function issueMarker(key: string): string {
  return `<!-- db-posture-issue:${key} -->`;
}
const DIGEST = /<!-- db-posture-issue-digest:([0-9a-f]{16}) -->/;
const digestOf = (title: string, body: string) =>
  createHash('sha256').update(`${title}\u0000${body}`).digest('hex').slice(0, 16);

const normalise = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();

function fullBody(subject: TrackSubject): string {
  const body =
    subject.body.length > BODY_LIMIT
      ? `${subject.body.slice(0, subject.body.lastIndexOf('\n', BODY_LIMIT))}\n\n*(cut: the full report is in the run's artifact)*`
      : subject.body;
  return `${body}\n\n${issueMarker(subject.key)}\n<!-- db-posture-issue-digest:${digestOf(subject.title, subject.body)} -->\n`;
}

/**
 * Brings the tracking issues in line with the subjects' gates. Issues are found by marker and by
 * author (someone pasting the marker into their own issue cannot make us edit or close it).
 * A failing subject with an issue whose text is unchanged is left alone, so a nightly run that
 * finds the same problems does not notify everyone watching.
 */
export async function trackIssues(
  api: IssueApi,
  subjects: readonly TrackSubject[],
  options: TrackOptions
): Promise<TrackOutcome[]> {
  const label = options.labels[0] ?? DEFAULT_ISSUE_LABEL;
  const labels = options.labels.length ? options.labels : [DEFAULT_ISSUE_LABEL];
  const me = normalise(await api.identity());
  const open = (await api.listOpenIssues(label))
    .filter(i => i.author !== undefined && normalise(i.author) === me)
    .sort((a, b) => a.number - b.number);
  const outcomes: TrackOutcome[] = [];
  for (const subject of subjects) {
    const marker = issueMarker(subject.key);
    const existing = open.find(i => i.body.includes(marker));
    if (subject.failing) {
      const body = fullBody(subject);
      if (!existing) {
        const created = await api.createIssue({
          title: subject.title,
          body,
          labels,
          assignees: options.assignees
        });
        outcomes.push({
          key: subject.key,
          action: 'created',
          number: created.number,
          ...(created.url ? { url: created.url } : {})
        });
      } else if (DIGEST.exec(existing.body)?.[1] === digestOf(subject.title, subject.body)) {
        outcomes.push({ key: subject.key, action: 'unchanged', number: existing.number });
      } else {
        await api.updateIssue(existing.number, { title: subject.title, body });
        outcomes.push({ key: subject.key, action: 'updated', number: existing.number });
      }
    } else if (existing) {
      await api.closeIssue(
        existing.number,
        `The db-posture gate passes again${options.runUrl ? ` ([run](${options.runUrl}))` : ''}; closing this issue.`
      );
      outcomes.push({ key: subject.key, action: 'closed', number: existing.number });
    } else {
      outcomes.push({ key: subject.key, action: 'none' });
    }
  }
  return outcomes;
}

export interface IssueLinks {
  readonly run?: string;
  readonly report?: string;
}

function linkLines(links: IssueLinks): string[] {
  const out: string[] = [];
  if (links.run) out.push(`[Workflow run](${links.run})`);
  if (links.report)
    out.push(
      `Full report: ${links.report.startsWith('http') ? `[artifact](${links.report})` : codeSpan(links.report)}`
    );
  return out.length ? ['', out.join(' · ')] : [];
}

/**
 * The issue for one target: why its gate fails and the findings that block it. Every value from
 * the report is a code span (role names and details come from the audited system).
 */
export function targetIssue(report: JsonReport, links: IssueLinks = {}): TrackSubject {
  const failing =
    (report.gate.incomplete ?? 0) > 0 || (!report.gate.passed && report.gate.failOn !== 'never');
  const blocking = report.findings.filter(
    f =>
      (f.status === 'FAIL' || (report.gate.failOn === 'warn' && f.status === 'WARN')) &&
      f.waiver?.state !== 'active'
  );
  // An incomplete audit stays tracked even with fail-on never: a fault never closes an issue.
  const incomplete = (report.gate.incomplete ?? 0) > 0;
  const lines = [
    `The scheduled db-posture audit of ${codeSpan(report.target.name)} (${report.target.engine}, ${report.context.environment}) fails its gate: ${report.gate.unwaivedFails} unwaived FAIL, ${plural(report.gate.expiredWaivers, 'expired waiver')}${incomplete ? `, ${plural(report.gate.incomplete ?? 0, 'check')} not evaluated because of a fault (the audit is incomplete)` : ''}.`,
    '',
    `Last audited: ${report.context.auditedAt.slice(0, 16).replace('T', ' ')} UTC. This issue is updated by each failing run and closed when the gate passes.`,
    '',
    '## Blocking findings',
    ''
  ];
  lines.push(...blockingLines(blocking));
  for (const w of report.baseline.expired)
    lines.push(
      `- Expired waiver: ${codeSpan(w.check)}${w.object !== undefined ? ` on ${codeSpan(w.object)}` : ''} (owner ${codeSpan(w.owner)}, expired ${w.expires})`
    );
  lines.push(...linkLines(links));
  return {
    key: `target:${report.target.name}`,
    title: `db-posture: ${report.target.name} fails its security gate`,
    failing,
    body: lines.join('\n')
  };
}

/** Objects named on a check's line before the rest are counted (the report has them all). */
const OBJECTS_SHOWN = 5;

/**
 * One line per blocking check (never one per finding: 600 findings of one check must not push
 * another FAIL check out of the issue), in the report's check order, with the first objects.
 */
function blockingLines(blocking: JsonReport['findings']): string[] {
  const byCheck = new Map<string, JsonReport['findings'][number][]>();
  for (const f of blocking) {
    const key = `${f.status}\u0000${f.checkId}`;
    const list = byCheck.get(key);
    if (list) list.push(f);
    else byCheck.set(key, [f]);
  }
  const out: string[] = [];
  for (const list of byCheck.values()) {
    const f = list[0];
    if (list.length === 1) {
      out.push(
        `- [${f.status}] ${codeSpan(f.checkId)}${f.object !== undefined ? ` on ${codeSpan(f.object)}` : ''}: ${codeSpan(f.detail)}`
      );
      continue;
    }
    const objects = list.filter(x => x.object !== undefined).map(x => x.object!);
    const named = objects.slice(0, OBJECTS_SHOWN).map(codeSpan);
    const rest = list.length - named.length;
    out.push(
      `- [${f.status}] ${codeSpan(f.checkId)}: ${plural(list.length, 'finding')}${named.length ? ` on ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : ''}`
    );
  }
  return out;
}

/** The one issue for a fleet: which targets fail, are missing or outdated. */
export function fleetIssue(fleet: FleetReport, links: IssueLinks = {}): TrackSubject {
  const lines = [
    `The scheduled db-posture fleet audit fails: ${fleet.gate.reasons.join('; ') || 'no reason recorded'}.`,
    '',
    `Merged: ${fleet.generatedAt.slice(0, 16).replace('T', ' ')} UTC. This issue is updated by each failing run and closed when the fleet passes.`,
    ''
  ];
  const failed = fleet.targets.filter(t => t.gate === 'failed');
  if (failed.length) {
    lines.push('## Failing targets', '');
    for (const t of failed.slice(0, 300))
      lines.push(
        `- ${codeSpan(t.name)}: ${t.unwaivedFails} unwaived FAIL, ${plural(t.expiredWaivers, 'expired waiver')}`
      );
    if (failed.length > 300) lines.push(`- … and ${failed.length - 300} more`);
    lines.push('');
  }
  const gaps = [
    ...fleet.targets
      .filter(t => t.gate === 'incomplete')
      .map(t => `- ${codeSpan(t.name)}: the audit was incomplete (a fault stopped a check)`),
    ...fleet.missing.map(
      m => `- ${codeSpan(m.name)}: ${m.reason === 'audit-error' ? 'could not be audited' : 'no report'}`
    ),
    ...fleet.targets
      .filter(t => t.outdated)
      .map(t => `- ${codeSpan(t.name)}: report from ${t.auditedAt.slice(0, 10)} is outdated`)
  ];
  if (gaps.length) lines.push('## Incomplete, missing or outdated', '', ...gaps.slice(0, 300), '');
  const top = fleet.checks.filter(c => c.failing.length).slice(0, 10);
  if (top.length) {
    lines.push('## Checks failing on the most targets', '');
    for (const c of top) lines.push(`- ${codeSpan(c.checkId)}: ${plural(c.failing.length, 'target')}`);
  }
  lines.push(...linkLines(links));
  return {
    key: 'fleet',
    title: 'db-posture: the fleet fails its security gate',
    failing: !fleet.gate.passed,
    body: lines.join('\n')
  };
}
