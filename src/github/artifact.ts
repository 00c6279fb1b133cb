/** Uploads report files as a workflow artifact; injected into the action so tests can observe it. */
export interface ArtifactUploader {
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<{ readonly id?: number }>;
}

/** Characters GitHub refuses in artifact names, plus anything unusual: replaced with "-". */
export function artifactName(target: string, job: string | undefined, given?: string): string {
  const raw = given ?? ['db-posture', target, job].filter(Boolean).join('-');
  return raw.replace(/[":<>|*?\r\n\\/]/g, '-');
}

/**
 * Why an upload cannot work in this environment, or undefined when it can: the runtime variables
 * exist only inside node/container action steps on github.com (GitHub Enterprise Server is not
 * supported by @actions/artifact 6).
 */
export function artifactUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(k => !env[k]);
  if (missing.length) return `the runner did not provide ${missing.join(' and ')}`;
  let host = 'github.com';
  try {
    host = new URL(env.GITHUB_SERVER_URL ?? 'https://github.com').hostname.toLowerCase();
  } catch {
    return `GITHUB_SERVER_URL ${JSON.stringify(env.GITHUB_SERVER_URL)} is not a URL`;
  }
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `GitHub Enterprise Server (${host}) does not support @actions/artifact 6`;
  }
  return undefined;
}

/** The real uploader: @actions/artifact, loaded only when an upload happens. */
export const actionsArtifactUploader: ArtifactUploader = {
  async upload(name, files, rootDirectory) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact(name, [...files], rootDirectory);
    return result.id !== undefined ? { id: result.id } : {};
  }
};
