import * as core from '@actions/core';

/** Writes the job summary; a summary that cannot be written is a warning, never the step's failure. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`db-posture: job summary not written: ${(error as Error).message}`);
  }
}

/**
 * Server and API text in a fenced code block: nothing in it can become markup, a link, an image or
 * a mention, however the audited party wrote it.
 */
export function inertBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}
