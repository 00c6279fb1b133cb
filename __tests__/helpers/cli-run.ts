import { runCli } from '../../src/cli/main.js';
import type { CollectorHooks } from '../../src/engines/postgres/collector.js';

/** Runs the CLI in-process with captured output. */
export async function cli(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; hooks?: CollectorHooks; now?: Date } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stream = (sink: (s: string) => void) =>
    ({ isTTY: false, columns: 80, write: (s: string) => (sink(s), true) }) as unknown as NodeJS.WriteStream;
  const code = await runCli(args, {
    stdout: stream(s => (stdout += s)),
    stderr: stream(s => (stderr += s)),
    env: opts.env ?? {},
    hooks: opts.hooks,
    now: opts.now ? () => opts.now! : undefined
  });
  return { code, stdout, stderr };
}
