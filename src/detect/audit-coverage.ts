import type { AuditReport } from '../pipeline/report.js';
import { UsageError } from '../core/errors.js';
import { toJsonReport } from '../report/json.js';
import { coverage, postureFacts, type PostureFacts, type RuleCoverage } from './coverage.js';
import { coverageMarkdown } from './output/coverage-text.js';
import { loadRules, type Rule } from './rules/load.js';

/**
 * Rules for the audit's "Detection coverage" section (`audit --rules <dir>`, the action's `rules`
 * input). Read before anything connects: a broken rule file is a usage error (exit 2) naming the
 * input, the file and the line, and costs no audit.
 */
export async function loadCoverageRules(dirs: readonly string[], input: string): Promise<Rule[]> {
  const set = await loadRules(dirs);
  if (set.errors.length > 0) {
    const e = set.errors[0];
    const more =
      set.errors.length > 1 ? ` (and ${set.errors.length - 1} more; run db-posture rules test)` : '';
    throw new UsageError(
      `${input} ${dirs.join(', ')}: ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}${more}; expected valid detection rules.`
    );
  }
  return set.rules;
}

export interface AuditCoverage {
  readonly facts: PostureFacts;
  readonly coverage: RuleCoverage[];
  readonly markdown: string;
}

/** Coverage of the rules on the audited cluster, read from the report's own observed block. */
export function auditCoverage(report: AuditReport, rules: readonly Rule[]): AuditCoverage {
  const facts = postureFacts(toJsonReport(report));
  const cov = coverage(rules, facts);
  return { facts, coverage: cov, markdown: coverageMarkdown(cov, facts) };
}
