import * as core from '@actions/core';
import type { Redactor } from '../core/redact.js';
import { TOOL } from '../core/version.js';
import { gitHubClient, type GitHubClient } from './octokit.js';

/**
 * The action's GitHub client: db-posture's user agent, and rate-limit waits and retries written to
 * the job log (scrubbed of secrets when a redactor is given). Every action module that calls GitHub
 * (comment, tracking issues, reference lookup, waiver review, scan) builds its client here.
 */
export function actionGitHubClient(o: {
  readonly token: string;
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly redactor?: Redactor;
}): GitHubClient {
  return gitHubClient({
    token: o.token,
    apiUrl: o.apiUrl,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    timeoutMs: o.timeoutMs,
    log: m => core.info(`db-posture: ${o.redactor ? o.redactor.scrub(m) : m}`)
  });
}
