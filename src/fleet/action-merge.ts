import * as core from '@actions/core';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Redactor } from '../core/redact.js';
import { UsageError } from '../core/errors.js';
import { plural } from '../core/text.js';
import { describeCheck } from '../engines/index.js';
import { artifactUnavailable, type ArtifactUploader } from '../github/artifact.js';
import { artifactUrl, readRunContext, runUrl } from '../github/context.js';
import { booleanInput, input } from '../github/inputs.js';
import { fleetIssue, targetIssue } from './tracking.js';
import { issueSettings, publishIssues, type IssueApiFactory } from './action-issue.js';
import { findReportFiles, loadReports } from './load.js';
import { mapBounded } from '../core/bounded.js';
import { fleetExitCode, mergeReports, type DuplicatePolicy } from './merge.js';
import { parseChoice, parseMaxAge } from './options.js';
import { loadTargets } from './targets.js';
import { writeFleetReports } from './write.js';
import { renderFleetSummary } from './markdown.js';

/** The run's artifacts, listed and downloaded; the real one is @actions/artifact, tests inject one. */
export interface ArtifactDownloader {
  list(): Promise<readonly { readonly id: number; readonly name: string }[]>;
  download(id: number, directory: string): Promise<void>;
}

export const actionsArtifactDownloader: ArtifactDownloader = {
  async list() {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    // latest: a re-run leg replaces its earlier artifact of the same name.
    return (await new DefaultArtifactClient().listArtifacts({ latest: true })).artifacts;
  },
  async download(id, directory) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().downloadArtifact(id, { path: directory });
  }
};

export interface MergeActionDeps {
  readonly uploader: ArtifactUploader;
  readonly downloader: ArtifactDownloader;
  readonly issues: IssueApiFactory;
  readonly now: () => Date;
}

/**
 * `mode: merge`: downloads every leg's artifact of this run (names starting with
 * `artifact-prefix`), merges their reports into the fleet report, writes the fleet job summary,
 * uploads the fleet report, optionally tracks issues, and fails when the fleet does.
 */
export async function runMergeAction(
  deps: MergeActionDeps,
  token: string | undefined,
  redactor: Redactor
): Promise<void> {
  // Every input is validated before the first download.
  const prefix = input('artifact-prefix') ?? 'db-posture-';
  const fleetName = input('artifact-name') ?? 'db-posture-fleet';
  const maxAgeHours = parseMaxAge(input('max-age'), 'input max-age');
  const duplicates = parseChoice<DuplicatePolicy>(
    input('duplicates'),
    'input duplicates',
    ['error', 'latest'],
    'error'
  );
  const failOn = parseChoice(input('fail-on'), 'input fail-on', ['fail', 'never'], 'fail');
  const issue = booleanInput('issue', false);
  const scope = parseChoice(input('issue-scope'), 'input issue-scope', ['fleet', 'target'], 'fleet');
  if (issue) issueSettings();
  const jobSummary = booleanInput('job-summary', true);
  const targetsFile = input('targets');
  const expected = targetsFile
    ? (await loadTargets(targetsFile, 'input targets')).targets.map(t => t.name)
    : undefined;
  const ctx = readRunContext();
  const why = artifactUnavailable(process.env);
  if (why) throw new UsageError(`mode merge downloads the legs' artifacts, but ${why}.`);

  const legsDir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'db-posture-legs-'));
  const artifacts = (await deps.downloader.list())
    .filter(a => a.name.startsWith(prefix) && a.name !== fleetName)
    .sort((a, b) => a.name.localeCompare(b.name));
  core.info(`db-posture: merging ${plural(artifacts.length, 'leg artifact')} named ${prefix}*`);
  const dirOf = new Map<string, number>();
  await mapBounded(artifacts, 4, async a => {
    // One directory per artifact: two legs' files never collide, and each report keeps its link.
    const dir = path.join(legsDir, String(a.id));
    await mkdir(dir, { recursive: true });
    await deps.downloader.download(a.id, dir);
    dirOf.set(dir, a.id);
  });
  const files = await findReportFiles(legsDir);
  const legs = await loadReports(files);
  const linkFor = (source: string) => {
    const id = dirOf.get(path.join(legsDir, path.relative(legsDir, source).split(path.sep)[0]));
    return id !== undefined ? artifactUrl(ctx, id) : undefined;
  };
  const { report, kept } = mergeReports(legs, {
    now: deps.now(),
    maxAgeHours,
    duplicates,
    ...(expected ? { expected } : {}),
    linkFor
  });
  if (artifacts.length === 0)
    core.warning(
      `db-posture: no artifact of this run is named ${prefix}*: did the legs run with artifact-name ${prefix}<target>?`
    );

  const outDir = path.resolve(
    input('out-dir') ?? path.join(process.env.RUNNER_TEMP ?? '.', 'db-posture', 'fleet')
  );
  const written = await writeFleetReports(
    report,
    kept,
    ['markdown', 'json', 'sarif'],
    outDir,
    redactor,
    describeCheck
  );
  core.setOutput('report-markdown', written.markdown!.file);
  core.setOutput('report-json', written.json!.file);
  const sarifTarget = input('sarif-file');
  if (sarifTarget) {
    await mkdir(path.dirname(path.resolve(sarifTarget)), { recursive: true });
    await writeFile(path.resolve(sarifTarget), written.sarif!.content);
  }
  core.setOutput('sarif-file', sarifTarget ? path.resolve(sarifTarget) : written.sarif!.file);
  core.setOutput('failed-targets', String(report.summary.failed));
  core.setOutput('missing-targets', String(report.summary.missing));
  core.setOutput('passed', String(report.gate.passed));
  let uploaded = false;
  try {
    const { id } = await deps.uploader.upload(
      fleetName,
      Object.values(written).map(w => w.file),
      outDir
    );
    core.info(`db-posture: uploaded artifact ${fleetName}${id !== undefined ? ` (id ${id})` : ''}`);
    uploaded = true;
  } catch (error) {
    core.warning(
      `db-posture: fleet artifact ${fleetName} could not be uploaded: ${(error as Error).message}`
    );
  }
  if (jobSummary) {
    try {
      await core.summary
        .addRaw(
          // Shrunk by layout (passed rows first, then name lists), never cut blindly: every
          // failing check's row stays.
          redactor.scrub(
            renderFleetSummary(report, {
              describe: describeCheck,
              reportName: path.basename(written.markdown!.file),
              uploaded
            })
          )
        )
        .write();
    } catch (error) {
      core.warning(`db-posture: job summary not written: ${(error as Error).message}`);
    }
  }
  if (issue) {
    const subjects =
      scope === 'fleet'
        ? [fleetIssue(report, { ...(runUrl(ctx) ? { run: runUrl(ctx)! } : {}) })]
        : kept.map(l => targetIssue(l.report, { ...(runUrl(ctx) ? { run: runUrl(ctx)! } : {}) }));
    await publishIssues(subjects, ctx, token, deps.issues, redactor, runUrl(ctx));
  }
  const code = fleetExitCode(report);
  if (code === 3 || (code === 1 && failOn === 'fail')) {
    core.setFailed(
      `db-posture fleet ${code === 3 ? 'incomplete' : 'gate failed'}: ${report.gate.reasons.join('; ')}.`
    );
  }
}
