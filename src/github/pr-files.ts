import type { GitHubClient } from './octokit.js';

/** A file a pull request changes, with the new-side line numbers its patch adds or modifies. */
export interface ChangedFile {
  readonly path: string;
  readonly status: string;
  /** Added or modified lines of the new file; undefined when GitHub sent no patch (binary, too large). */
  readonly lines?: ReadonlySet<number>;
}

/**
 * The new-side lines a unified diff adds (`+`): hunks `@@ -a,b +c,d @@` count context and added
 * lines on the new side; removed lines have no new-side line.
 */
export function addedLines(patch: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith('+')) out.add(line++);
    else if (text.startsWith(' ')) line++;
    // '-' (removed) and '\ No newline at end of file' take no new-side line.
  }
  return out;
}

/** Every file of the pull request (GitHub pages them 100 at a time, up to 3000 files). */
export async function listPullRequestFiles(
  gh: GitHubClient,
  where: { owner: string; repo: string; number: number }
): Promise<ChangedFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    owner: where.owner,
    repo: where.repo,
    pull_number: where.number,
    per_page: 100
  });
  return files.map(f => ({
    path: f.filename,
    status: f.status,
    ...(typeof f.patch === 'string' ? { lines: addedLines(f.patch) } : {})
  }));
}
