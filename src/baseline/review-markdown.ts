import { codeSpan } from '../core/text.js';
import type { BaselineReview, ReviewEntry, ReviewFlag } from './review.js';

export interface ReviewRenderOptions {
  /** Builds the link to a line of the head file (the action links to the pull request's head commit). */
  readonly lineLink?: (line: number) => string;
  readonly heading?: string;
  /** Entries listed before the rest is summarised. */
  readonly limit?: number;
}

/** What each flag asks the reviewer to check, in our words; values from the file are code spans. */
export function describeFlag(f: ReviewFlag): string {
  switch (f.kind) {
    case 'expiry-extended':
      return `expiry extended from ${codeSpan(f.from)} to ${codeSpan(f.to)}`;
    case 'beyond-horizon':
      return `expires more than ${f.days} days ahead (latest allowed ${codeSpan(f.latest)}): the audit rejects the file`;
    case 'already-expired':
      return 'already expired: it waives nothing and the audit fails on it';
    case 'wildcard-target':
      return 'target `*`: applies to every audited target';
    case 'compliance-locked':
      return `family ${codeSpan(f.family)} is locked by ${f.frameworks.join(', ')}: the framework does not let this status be downgraded`;
    case 'weak-evidence':
      return 'the evidence names no link, ticket key or issue number a reviewer can follow';
    case 'stale-on-arrival':
      return `matches no WARN/FAIL finding of ${codeSpan(f.target)} in the report: stale on arrival`;
    case 'owner-not-handle':
      return `${f.field} ${codeSpan(f.value)} is not a \`@user\` or \`@org/team\` handle`;
  }
}

function describeEntry(e: ReviewEntry): string {
  const r = e.entry;
  const parts = [`${codeSpan(r.check)} on ${codeSpan(r.target)}`];
  if (r.object !== undefined) parts[0] += `, object ${codeSpan(r.object)}`;
  if (e.section === 'waivers') {
    parts.push(
      `reason ${codeSpan(r.reason)}`,
      `owner ${codeSpan(r.owner)}`,
      `expires ${codeSpan(r.expires)}`
    );
    if (r.ticket !== undefined) parts.push(`ticket ${codeSpan(r.ticket)}`);
    if (r['approved-by'] !== undefined) parts.push(`approved by ${codeSpan(r['approved-by'])}`);
  } else {
    parts.push(
      `status ${codeSpan(r.status)}`,
      `evidence ${codeSpan(r.evidence)}`,
      `attested by ${codeSpan(r['attested-by'])}`,
      `expires ${codeSpan(r.expires)}`
    );
  }
  return parts.join(' — ');
}

function renderEntry(e: ReviewEntry, opts: ReviewRenderOptions): string[] {
  const what = `${e.change[0].toUpperCase()}${e.change.slice(1)} ${e.section === 'waivers' ? 'waiver' : 'attestation'}`;
  const where =
    e.headLine !== undefined
      ? opts.lineLink
        ? ` ([line ${e.headLine}](${opts.lineLink(e.headLine)}))`
        : ` (line ${e.headLine})`
      : '';
  const lines = [`- **${what}**${where}: ${describeEntry(e)}`];
  for (const c of e.fields)
    lines.push(
      `  - ${codeSpan(c.field)}: ${c.from !== undefined ? codeSpan(c.from) : '*(absent)*'} → ${c.to !== undefined ? codeSpan(c.to) : '*(absent)*'}`
    );
  for (const f of e.flags) lines.push(`  - ⚠️ ${describeFlag(f)}`);
  return lines;
}

/** The "Baseline changes" section of a pull request comment (and `db-posture baseline review`). */
export function renderBaselineReview(review: BaselineReview, opts: ReviewRenderOptions = {}): string {
  const c = review.counts;
  const limit = opts.limit ?? 200;
  const lines = [`${opts.heading ?? '##'} Baseline changes`, ''];
  if (review.entries.length === 0) {
    lines.push(`${codeSpan(review.headFile)}: no waiver or attestation changed.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${codeSpan(review.headFile)}: ${c.added} added, ${c.changed} changed, ${c.removed} removed; ${c.flagged} ${c.flagged === 1 ? 'needs' : 'need'} a closer look (⚠️).`,
    ''
  );
  // Flagged entries first: they are what the reviewer must not miss when the list is long.
  const ordered = [
    ...review.entries.filter(e => e.flags.length),
    ...review.entries.filter(e => !e.flags.length)
  ];
  for (const e of ordered.slice(0, limit)) lines.push(...renderEntry(e, opts));
  if (ordered.length > limit)
    lines.push(`- … and ${ordered.length - limit} more (run db-posture baseline review)`);
  return `${lines.join('\n')}\n`;
}
