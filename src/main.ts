import * as core from '@actions/core';
import path from 'node:path';
import { runAudit } from './core/audit.js';
import { parseAuditOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { TargetError, UsageError } from './core/errors.js';
import type { Progress } from './core/progress.js';
import { DEFAULT_BASELINE, loadBaselineFor } from './baseline/load.js';
import { knownCheckIds, selectEngine } from './engines/index.js';
import { capSummary } from './report/summary.js';
import { writeReports } from './report/write.js';

/** Progress goes to the job log. */
const actionProgress: Progress = {
  step: label => core.info(`db-posture: ${label}`),
  count: (label, done, total) => {
    if (done === total || done % 25 === 0) core.info(`db-posture: ${label} ${done}/${total}`);
  },
  warn: message => core.warning(message)
};

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/**
 * The action: inputs -> AuditOptions -> audit -> report files, outputs and job summary, then the
 * gate. The summary is written before the step is failed.
 */
export async function run(): Promise<void> {
  const redactor = new Redactor();
  try {
    const url = input('connection-string');
    const cloudApiKey = input('cloud-api-key');
    const couchbasePassword = input('couchbase-password');
    for (const secret of [url, cloudApiKey, couchbasePassword]) {
      if (secret) {
        core.setSecret(secret);
        redactor.add(secret);
      }
    }
    redactor.add(url);
    if (!url && !input('couchbase-url') && !cloudApiKey) {
      // Fork pull requests get no secrets: say so neutrally instead of failing the check.
      const note =
        '### db-posture: skipped\n\nNo connection credentials are available to this run (for example a pull request from a fork), so nothing was audited.\n';
      if (input('job-summary') !== 'false') await core.summary.addRaw(note).write();
      core.notice('db-posture skipped: no connection credentials available to this run.');
      core.setOutput('passed', 'true');
      return;
    }
    const baselinePath = input('baseline') ?? DEFAULT_BASELINE;
    const options = parseAuditOptions(
      Object.fromEntries(
        Object.entries({
          url,
          engine: input('engine'),
          deployment: input('deployment'),
          environment: input('environment'),
          compliance: input('compliance'),
          dataSensitivity: input('data-sensitivity'),
          name: input('name'),
          baseline: baselinePath,
          baselineExplicit: baselinePath !== DEFAULT_BASELINE,
          failOn: input('fail-on'),
          failOnStale: input('fail-on-stale'),
          outDir: input('out-dir') ?? path.join(process.env.RUNNER_TEMP ?? '.', 'db-posture'),
          cloudApiKey,
          cloudClusterId: input('cloud-cluster-id'),
          couchbaseUrl: input('couchbase-url'),
          couchbaseUsername: input('couchbase-username'),
          couchbasePassword
        }).filter(([, v]) => v !== undefined)
      ),
      name => `input ${name === 'url' ? 'connection-string' : name}`
    );
    const now = new Date();
    const baseline = await loadBaselineFor(options, knownCheckIds(), now);
    const report = await runAudit(selectEngine(options), options, {
      progress: actionProgress,
      redactor,
      now,
      baseline
    });
    const written = await writeReports(report, ['markdown', 'json'], options.outDir, redactor);
    const mdFile = written.markdown!.file;
    const jsonFile = written.json!.file;
    const markdown = written.markdown!.content;
    core.setOutput('report-markdown', mdFile);
    core.setOutput('report-json', jsonFile);
    core.setOutput('fail-count', String(report.summary.FAIL));
    core.setOutput('warn-count', String(report.summary.WARN));
    core.setOutput('unwaived-fail-count', String(report.gate.unwaivedFails));
    core.setOutput('passed', String(report.gate.passed));
    if (input('job-summary') !== 'false')
      await core.summary.addRaw(capSummary(markdown, path.basename(mdFile))).write();
    if (!report.gate.passed && report.gate.failOn !== 'never') {
      core.setFailed(
        `db-posture gate failed for ${report.target.name}: ${report.gate.unwaivedFails} unwaived FAIL, ${report.gate.expiredWaivers} expired waivers.`
      );
    }
  } catch (error) {
    const e = error as Error;
    const kind =
      error instanceof UsageError
        ? 'configuration error'
        : error instanceof TargetError
          ? 'target could not be audited'
          : 'internal error';
    core.setFailed(`db-posture ${kind}: ${redactor.scrub(e?.message ?? String(error))}`);
  }
}
