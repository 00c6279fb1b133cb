import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditReport } from '../pipeline/report.js';
import { UsageError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { codeSpan, escapeStatic, inertWords, plural, tableCell } from '../core/text.js';
import { auditCoverage } from '../detect/audit-coverage.js';
import { builtinRulesDir } from '../detect/builtin.js';
import {
  detectionsAtOrAbove,
  expandLogs,
  hunt,
  parseTime,
  SEVERITIES,
  type Severity
} from '../detect/hunt.js';
import { compilePrefix } from '../detect/parsers/postgresql.js';
import { MAX_JOBS, parseJobs } from '../detect/jobs.js';
import { workerEntry } from '../detect/worker-entry.js';
import { runGoodlog, runRuleTests, type TestResult } from '../detect/rule-tests.js';
import { loadRules, type RuleError, type RuleSet } from '../detect/rules/load.js';
import { toJsonReport } from '../report/json.js';
import { postureFacts } from '../detect/coverage.js';
import { capSummary } from '../report/summary.js';
import { input } from './inputs.js';

/**
 * The action's detection inputs. `rules: <dir>` runs `rules test` on the repository's rules
 * (a failing or invalid rule fails the job, with annotations on the rule files' lines) and adds
 * "Detection coverage" to the audit's report when a target is audited; `hunt-logs: <globs>`
 * replays logs through the built-in pack plus those rules and writes the detections. Both run
 * without a target too (rules tested on pull requests, a hunt on a schedule), and on pull requests
 * from forks, since they need no secret.
 */

/** Outputs of the detection inputs; each is set on every audit-mode run (empty when not used). */
export const DETECT_OUTPUTS = [
  'rules-test-result',
  'rules-test-failed',
  'blind-rule-count',
  'hunt-result',
  'detection-count',
  'hunt-markdown',
  'hunt-json',
  'hunt-sarif'
] as const;
export type DetectOutput = (typeof DETECT_OUTPUTS)[number];

/** A list input: one entry a line or comma-separated, blanks dropped. */
function list(name: string): string[] {
  return (input(name) ?? '')
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean);
}

function ruleErrorText(e: RuleError): string {
  return `${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}`;
}

export class DetectSession {
  readonly outputs: Record<DetectOutput, string> = Object.fromEntries(
    DETECT_OUTPUTS.map(o => [o, ''])
  ) as Record<DetectOutput, string>;
  /** Why the job fails because of the detection inputs (empty: it does not). */
  readonly failures: string[] = [];

  private constructor(
    readonly ruleDirs: readonly string[],
    /** The repository's own rules (input rules); loaded even when invalid, so rules test reports them. */
    private readonly rules: RuleSet | undefined,
    private readonly huntFiles: readonly string[],
    private readonly huntRules: RuleSet | undefined,
    private readonly huntOptions: {
      readonly since?: number;
      readonly failOn: Severity | 'never';
      readonly pgPrefix?: string;
      /** Threads that read large log files (input hunt-jobs; see src/detect/jobs.ts). */
      readonly jobs: number;
    },
    private readonly outDir: string
  ) {}

  /** Whether any detection input was given. */
  get requested(): boolean {
    return this.ruleDirs.length > 0 || this.huntFiles.length > 0;
  }

  /**
   * Reads and checks the detection inputs before anything connects: bad values are usage errors
   * naming the input; a rule directory that does not exist is one too. Invalid rules are not: the
   * rules test reports them with annotations (and fails the job).
   */
  static async fromInputs(now: Date, outDir: string): Promise<DetectSession> {
    const ruleDirs = list('rules');
    const logs = list('hunt-logs');
    const failOn = (input('hunt-fail-on')?.trim() ?? 'high') as Severity | 'never';
    if (failOn !== 'never' && !(SEVERITIES as readonly string[]).includes(failOn))
      throw new UsageError(
        `Invalid input hunt-fail-on ${JSON.stringify(input('hunt-fail-on'))}: expected ${SEVERITIES.join(', ')} or never.`
      );
    const sinceText = input('hunt-since')?.trim();
    const since = sinceText ? parseTime(sinceText, 'input hunt-since', now) : undefined;
    const jobsText = input('hunt-jobs');
    const jobs = parseJobs(jobsText);
    if (jobs === undefined)
      throw new UsageError(
        `Invalid input hunt-jobs ${JSON.stringify(jobsText)}: expected a whole number of threads from 1 to ${MAX_JOBS}.`
      );
    const pgPrefix = input('hunt-pg-prefix');
    if (pgPrefix !== undefined) {
      try {
        compilePrefix(pgPrefix);
      } catch (e) {
        throw new UsageError(`Invalid input hunt-pg-prefix: ${(e as Error).message}.`);
      }
    }
    if (
      logs.length === 0 &&
      (input('hunt-since') || input('hunt-fail-on') || pgPrefix !== undefined || jobsText !== undefined)
    )
      throw new UsageError(
        'The hunt-since, hunt-fail-on, hunt-pg-prefix and hunt-jobs inputs need hunt-logs (the log files or globs to hunt in).'
      );
    let rules: RuleSet | undefined;
    if (ruleDirs.length > 0) {
      rules = await loadRules(ruleDirs);
      const unreadable = rules.errors.find(e => e.message.startsWith('cannot read '));
      if (unreadable)
        throw new UsageError(
          `Invalid input rules ${JSON.stringify(unreadable.file)}: ${unreadable.message}; expected a directory of detection rules in the checkout.`
        );
    }
    const huntFiles = logs.length > 0 ? await expandLogs(logs, 'input hunt-logs') : [];
    let huntRules: RuleSet | undefined;
    if (huntFiles.length > 0) {
      const builtin = builtinRulesDir();
      if (!builtin) throw new Error('the built-in rule pack is missing from the action');
      huntRules = await loadRules([builtin, ...ruleDirs]);
      // Invalid rules are reported (and fail the job) by the rules test; the hunt needs a clean set.
      if (huntRules.errors.length > 0 && !rules)
        throw new Error(`the built-in rule pack does not load: ${ruleErrorText(huntRules.errors[0])}`);
    }
    return new DetectSession(
      ruleDirs,
      rules,
      huntFiles,
      huntRules,
      {
        ...(since !== undefined ? { since } : {}),
        failOn,
        ...(pgPrefix !== undefined ? { pgPrefix } : {}),
        jobs
      },
      outDir
    );
  }

  /** The audit markdown's "Detection coverage" section for the repository's rules (none without them). */
  coverageSections(report: AuditReport): string[] {
    if (!this.rules || this.rules.errors.length > 0) return [];
    const cov = auditCoverage(report, this.rules.rules);
    this.outputs['blind-rule-count'] = String(cov.coverage.filter(c => c.status === 'blind').length);
    return [cov.markdown];
  }

  /**
   * Where a cut summary's full text is: the hunt and rules-test reports are written to the output
   * directory after the audit's artifact was uploaded, so they are never in it.
   */
  private fullReportsWhere(): string {
    const hunt = this.outputs['hunt-markdown'];
    return hunt
      ? `the full hunt report is ${codeSpan(path.basename(hunt))} in the output directory (not in the report artifact)`
      : 'the full reports are in the output directory (not in the report artifact)';
  }

  /**
   * Runs the rules test and the hunt, annotates, writes their job summary sections and sets the
   * outputs. With an audit report, the hunt lists the rules blind on the audited cluster and
   * reads PostgreSQL stderr logs with the log_line_prefix the audit recorded.
   */
  async run(o: {
    readonly report?: AuditReport;
    readonly now: Date;
    readonly jobSummary: boolean;
    readonly redactor: Redactor;
  }): Promise<void> {
    const sections: string[] = [];
    if (this.rules) sections.push(await this.rulesTest(this.rules));
    if (this.huntRules && this.huntFiles.length > 0 && this.outputs['rules-test-result'] !== 'invalid')
      sections.push(await this.hunt(this.huntRules, o.report, o.now, o.redactor));
    if (o.jobSummary && sections.length > 0) {
      try {
        await core.summary
          .addRaw(capSummary(o.redactor.scrub(sections.join('\n')), this.fullReportsWhere()))
          .write();
      } catch (error) {
        core.warning(`db-posture: job summary not written: ${(error as Error).message}`);
      }
    }
  }

  private async rulesTest(set: RuleSet): Promise<string> {
    const results = await runRuleTests(set);
    const goodlog = await runGoodlog(set);
    const all: TestResult[] = [...results, ...goodlog.results];
    const errors: RuleError[] = [...set.errors, ...goodlog.errors];
    const failed = all.filter(r => !r.passed);
    for (const e of errors)
      core.error(`${e.rule ? `${e.rule}: ` : ''}${e.message}`, {
        title: 'db-posture invalid rule',
        file: e.file,
        startLine: e.line
      });
    for (const r of failed)
      core.error(`${r.rule.doc.id}: ${r.kind} test "${r.name}" failed: ${r.message}`, {
        title: 'db-posture rule test failed',
        file: r.rule.file,
        startLine: r.line
      });
    const result = errors.length > 0 ? 'invalid' : failed.length > 0 ? 'failed' : 'passed';
    this.outputs['rules-test-result'] = result;
    this.outputs['rules-test-failed'] = String(failed.length + errors.length);
    if (result !== 'passed')
      this.failures.push(
        `rules test: ${plural(errors.length, 'invalid rule')} and ${plural(failed.length, 'failed test')} in ${this.ruleDirs.join(', ')}`
      );
    const out = [
      `### db-posture rules test: ${result}`,
      '',
      escapeStatic(
        `${set.rules.length} rules in ${set.files.length} files, ${all.length} tests (${failed.length} failed), ${errors.length} invalid` +
          (goodlog.files.length > 0
            ? `; goodlog ${goodlog.files.length} files, ${goodlog.events} events`
            : '') +
          '.'
      ),
      ''
    ];
    if (errors.length + failed.length > 0) {
      out.push('| Rule file | Rule | Problem |', '|---|---|---|');
      for (const e of errors)
        out.push(
          `| ${codeSpan(`${e.file}:${e.line}`)} | ${e.rule ? codeSpan(e.rule) : ''} | ${cell(`invalid: ${e.message}`)} |`
        );
      for (const r of failed)
        out.push(
          `| ${codeSpan(`${r.rule.file}:${r.line}`)} | ${codeSpan(r.rule.doc.id)} | ${cell(`${r.kind} test "${r.name}": ${r.message}`)} |`
        );
      out.push('');
    }
    return out.join('\n');
  }

  private async hunt(
    set: RuleSet,
    report: AuditReport | undefined,
    now: Date,
    redactor: Redactor
  ): Promise<string> {
    if (set.errors.length > 0) {
      // The rules test passed on their own, so they clash with the built-in pack (a copied id).
      const e = set.errors[0];
      this.failures.push(
        `hunt: the rules input and the built-in pack do not load together: ${ruleErrorText(e)}`
      );
      core.error(e.message, {
        title: 'db-posture rule does not load with the built-in pack',
        file: e.file,
        startLine: e.line
      });
      this.outputs['hunt-result'] = 'invalid';
      return `### db-posture hunt: not run

${escapeStatic(`The rules input and the built-in pack do not load together: ${ruleErrorText(e)}.`)}
`;
    }
    const posture = report ? postureFacts(toJsonReport(report)) : undefined;
    let pgPrefix = this.huntOptions.pgPrefix;
    if (pgPrefix === undefined && posture) {
      const recorded = posture.facts.get('log_line_prefix');
      if (recorded?.known && typeof recorded.value === 'string') pgPrefix = recorded.value;
    }
    const result = await hunt({
      files: this.huntFiles,
      rules: set,
      now,
      ...(posture ? { posture } : {}),
      ...(pgPrefix !== undefined ? { pgPrefix } : {}),
      ...(this.huntOptions.since !== undefined ? { since: this.huntOptions.since } : {}),
      jobs: this.huntOptions.jobs,
      workerEntry: workerEntry()
    });
    await mkdir(this.outDir, { recursive: true });
    const stamp = now.toISOString().slice(0, 10);
    const put = async (ext: string, text: string) => {
      const file = path.join(this.outDir, `hunt-${stamp}.${ext}`);
      await writeFile(file, redactor.scrub(text));
      return file;
    };
    const markdown = result.markdown();
    this.outputs['hunt-markdown'] = await put('md', markdown);
    this.outputs['hunt-json'] = await put('json', result.json());
    this.outputs['hunt-sarif'] = await put('sarif', result.sarif());
    this.outputs['detection-count'] = String(result.detections.length);
    const blocking = detectionsAtOrAbove(result.detections, this.huntOptions.failOn);
    this.outputs['hunt-result'] =
      result.detections.length === 0 ? 'clean' : blocking > 0 ? 'failed' : 'detections';
    core.info(
      `db-posture hunt: ${result.stats.events + result.stats.skipped} events from ${plural(this.huntFiles.length, 'file')} in ${result.seconds.toFixed(1)} s (${plural(result.threads, 'thread')}): ${plural(result.detections.length, 'detection')}`
    );
    if (result.stats.malformedCount > 0)
      core.warning(
        `db-posture hunt: ${plural(result.stats.malformedCount, 'malformed line')} skipped, e.g. ${result.stats.malformed
          .slice(0, 3)
          .map(m => `${m.file}:${m.line} (${m.reason})`)
          .join(', ')}`
      );
    if (blocking > 0)
      this.failures.push(
        `hunt: ${plural(blocking, 'detection')} at or above ${this.huntOptions.failOn} (input hunt-fail-on)`
      );
    // The hunt's markdown starts with its own title; one level down under the job summary.
    return markdown.replace(/^# db-posture hunt/, '### db-posture hunt');
  }

  publishOutputs(): void {
    for (const [name, value] of Object.entries(this.outputs)) core.setOutput(name, value);
  }
}

/** Rule files come from the pull request: their test names and messages stay inert. */
function cell(text: string): string {
  return tableCell(inertWords(text.replace(/\n/g, ' ')));
}

/**
 * Whether the run has an audit target. Without one, the detection inputs run alone, unless an
 * input only an audit uses is set (name, compare-to, ...): then the workflow meant to audit, and
 * an empty connection string is a renamed or unset secret, which must fail as it does without
 * detection inputs rather than pass as a detections-only run.
 */
export function detectionsOnly(secrets: { readonly url?: string; readonly cloudApiKey?: string }): boolean {
  if (secrets.url || secrets.cloudApiKey || input('couchbase-url')) return false;
  return !AUDIT_ONLY_INPUTS.some(name => input(name) !== undefined);
}

const AUDIT_ONLY_INPUTS = [
  'name',
  'compare-to',
  'cloud-cluster-id',
  'couchbase-username',
  'couchbase-ca',
  'certs-dir',
  'sarif-file',
  'junit-file'
];

/** Where hunt reports go: the out-dir input, else the audit's default directory. */
export function detectOutDir(job: string | undefined): string {
  return path.resolve(
    input('out-dir') ?? path.join(process.env.RUNNER_TEMP ?? '.', 'db-posture', job ?? 'audit')
  );
}

/** Defaults for the detection outputs when the session never started (a usage error before it). */
export function publishDetectDefaults(): void {
  for (const name of DETECT_OUTPUTS) core.setOutput(name, '');
}
