import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { plural } from '../core/text.js';
import { input } from '../github/inputs.js';
import { loadTargets, parseShard, toMatrix } from './targets.js';

/**
 * `mode: matrix`: the targets file as the JSON a later job's `strategy.matrix` takes
 * (`fromJSON(needs.<job>.outputs.matrix)`), so a workflow fans out without running the CLI itself.
 */
export async function runMatrixAction(): Promise<void> {
  const file = input('targets');
  if (!file) throw new UsageError('mode matrix needs the targets input (a targets file in the checkout).');
  const shardInput = input('shard');
  let shard;
  try {
    shard = parseShard(shardInput);
  } catch {
    throw new UsageError(
      `Invalid input shard ${JSON.stringify(shardInput)}: expected i/n with 1 <= i <= n, such as 1/3.`
    );
  }
  const matrix = toMatrix(await loadTargets(file, 'input targets'), shard ? { shard } : {});
  core.setOutput('matrix', JSON.stringify(matrix));
  core.info(
    `db-posture: matrix of ${plural(matrix.include.length, 'leg')} from ${file}${shardInput ? ` (shard ${shardInput})` : ''}`
  );
}
