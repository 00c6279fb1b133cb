import { plural } from '../core/text.js';
import * as core from '@actions/core';
import type { ScanFinding } from '../scan/finding.js';

/** GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices). */
export const ANNOTATIONS_PER_LEVEL = 10;

type Level = 'error' | 'warning' | 'notice';
const LEVEL: Partial<Record<string, Level>> = { FAIL: 'error', WARN: 'warning', UNKNOWN: 'notice' };

/**
 * Workflow annotations on the findings' lines: FAIL as errors, WARN as warnings, UNKNOWN as notices.
 * Beyond GitHub's 10 per level the rest would be dropped silently; the log says how many more.
 * Waived findings are not annotated.
 */
export function annotate(findings: readonly ScanFinding[]): Record<Level, number> {
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const more: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) {
    const level = LEVEL[f.status];
    if (!level || (f.waiver && f.waiver.state === 'active')) continue;
    if (shown[level] >= ANNOTATIONS_PER_LEVEL) {
      more[level]++;
      continue;
    }
    shown[level]++;
    core[level](`${f.checkId}: ${f.detail.text}`, {
      title: `${f.title} (db-posture ${f.status})`,
      file: f.file,
      startLine: f.line,
      startColumn: f.column
    });
  }
  for (const level of ['error', 'warning', 'notice'] as const)
    if (more[level])
      core.info(
        `db-posture: ${plural(more[level], `more ${level} annotation`, `more ${level} annotations`)} not shown (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); the job summary and the report list every finding.`
      );
  return more;
}
