import { EXIT, UsageError } from '../core/errors.js';
import { loadTargets, parseShard, toMatrix } from '../fleet/targets.js';
import type { CliIo } from './audit-command.js';
import { parseFleetArgs } from './fleet-args.js';

const TARGETS_FLAGS = {
  matrix: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

/**
 * `db-posture targets --matrix fleet.yml [--shard i/n]`: prints the JSON a workflow's
 * `strategy.matrix` takes (`fromJSON(...)`), one leg per target, with no secret in it.
 */
export async function targetsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFleetArgs(args, TARGETS_FLAGS, 'targets');
  const file = flags.matrix as string | undefined;
  if (!file) throw new UsageError('db-posture targets needs --matrix <targets file>.');
  const shard = parseShard(flags.shard as string | undefined);
  const targets = await loadTargets(file, '--matrix');
  io.stdout.write(`${JSON.stringify(toMatrix(targets, shard ? { shard } : {}))}\n`);
  return EXIT.OK;
}
