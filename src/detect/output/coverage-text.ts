import { codeSpan, inertWords, tableCell } from '../../core/text.js';
import type { PostureFacts, RuleCoverage } from '../coverage.js';

/** `crdb-brute-force: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false` */
export function coverageLines(cov: readonly RuleCoverage[]): string[] {
  const lines: string[] = [];
  for (const c of cov) {
    if (c.status === 'covered') continue;
    for (const r of c.reasons)
      lines.push(
        `${c.status === 'blind' ? 'BLIND' : c.status === 'partial' ? 'PARTIAL' : 'UNVERIFIED'} ${c.rule.doc.id}: ${r}`
      );
  }
  return lines;
}

export function coverageSummary(cov: readonly RuleCoverage[], facts: PostureFacts): string {
  const n = (s: RuleCoverage['status']) => cov.filter(c => c.status === s).length;
  return `detection coverage on ${facts.target} (${facts.product}): ${n('covered')} covered, ${n('blind')} blind, ${n('partial')} partial, ${n('unverified')} unverified of ${cov.length} rules`;
}

/** The "Detection coverage" section for a markdown report (audit or hunt). */
export function coverageMarkdown(cov: readonly RuleCoverage[], facts: PostureFacts): string {
  // Reasons quote server values (pgaudit.log, sql.log.user_audit, role names) and the target name:
  // anything that is not plain words becomes a code span, so none of it can become live markdown.
  const out = ['## Detection coverage', '', inertWords(`${coverageSummary(cov, facts)}.`), ''];
  const notCovered = cov.filter(c => c.status !== 'covered');
  if (notCovered.length === 0) {
    out.push('Every rule for this engine has the events it needs.', '');
    return out.join('\n');
  }
  out.push('| Rule | Coverage | Why |', '|---|---|---|');
  for (const c of notCovered)
    out.push(
      `| ${codeSpan(c.rule.doc.id)} | ${c.status} | ${c.reasons.map(r => tableCell(inertWords(r))).join('<br>')} |`
    );
  out.push('');
  return out.join('\n');
}
