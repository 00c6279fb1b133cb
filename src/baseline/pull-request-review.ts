import type { Compliance } from '../core/check.js';
import { UsageError } from '../core/errors.js';
import { codeSpan } from '../core/text.js';
import type { Family } from '../policy/families.js';
import type { DiffableReport } from '../diff/report-input.js';
import { reviewBaselineSources, type BaselineReview } from './review.js';
import { renderBaselineReview } from './review-markdown.js';

export interface PullRequestBaselineInput {
  /** The baseline file's path in the repository (e.g. `.github/db-posture-baseline.yml`). */
  readonly file: string;
  /** The pull request's base and head commits. */
  readonly baseSha: string;
  readonly headSha: string;
  /** `https://github.com/<owner>/<repo>`: line links point at the head commit's file. */
  readonly repositoryUrl: string;
  /** Reads the file at a commit (the contents API); undefined when the file does not exist there. */
  readonly read: (sha: string) => Promise<string | undefined>;
  readonly catalogue: { knownCheckIds: ReadonlySet<string>; attestableCheckIds: ReadonlySet<string> };
  readonly now: Date;
  readonly maxWaiverDays: number;
  readonly compliance: readonly Compliance[];
  readonly familyOf: (checkId: string) => Family | undefined;
  readonly report?: DiffableReport;
}

/** A URL path with each segment encoded (a file name may hold `#`, `?` or spaces). */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * The pull request comment's "Baseline changes" section, for the action to call when a pull request
 * touches the baseline file. Undefined when the file is the same on both sides (or on neither). A
 * malformed head version is a usage error naming the file and the commit; a malformed base version
 * is said at the top of the section (`baseProblem`), and the head's entries are listed as added.
 */
export async function baselineChangesForPullRequest(
  input: PullRequestBaselineInput
): Promise<{ review: BaselineReview; markdown: string; baseProblem?: string } | undefined> {
  const [baseText, headText] = await Promise.all([input.read(input.baseSha), input.read(input.headSha)]);
  if (baseText === headText) return undefined;
  const at = (sha: string) => `${input.file} at ${sha.slice(0, 12)}`;
  // A deleted file removes every entry: review it as an empty baseline so that each removal is listed.
  const head = { text: headText ?? 'version: 1\n', file: at(input.headSha) };
  const catalogueOptions = {
    now: input.now,
    maxWaiverDays: input.maxWaiverDays,
    compliance: input.compliance,
    familyOf: input.familyOf,
    ...(input.report ? { report: input.report } : {})
  };
  let review: BaselineReview;
  let baseProblem: string | undefined;
  try {
    review = reviewBaselineSources(
      { ...(baseText !== undefined ? { base: { text: baseText, file: at(input.baseSha) } } : {}), head },
      input.catalogue,
      catalogueOptions
    );
  } catch (error) {
    if (!(error instanceof UsageError) || baseText === undefined) throw error;
    // Which side is malformed? The head alone still failing means the head (a usage error, as the
    // audit's own load says); else the base is, and the review lists the head's entries as added.
    review = reviewBaselineSources({ head }, input.catalogue, catalogueOptions);
    baseProblem = error.message;
  }
  const link = `${input.repositoryUrl}/blob/${input.headSha}/${encodePath(input.file)}`;
  let markdown = renderBaselineReview(review, {
    heading: '###',
    ...(headText !== undefined ? { lineLink: (line: number) => `${link}#L${line}` } : {})
  });
  if (baseProblem !== undefined) {
    // Right under the heading: the reviewer must know the "added" list is against nothing.
    const [heading, ...rest] = markdown.split('\n');
    markdown = [
      heading,
      '',
      `⚠️ The base version is not a valid baseline, so every entry of the head version is listed as added: ${codeSpan(baseProblem)}`,
      ...rest
    ].join('\n');
  }
  return { review, markdown, ...(baseProblem !== undefined ? { baseProblem } : {}) };
}
