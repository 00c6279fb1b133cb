import type { Redactor } from '../core/redact.js';
import type { CliIo } from './audit-command.js';

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

/**
 * The fleet commands (each module imported when it runs), tried before the single-target ones: `merge`, `targets`, and `audit` with
 * `--targets`. Returns undefined for every other command line, and 'help' when help was asked for.
 */
export function fleetCommand(
  argv: readonly string[],
  io: CliIo,
  redactor: Redactor
): Promise<number | 'help'> | undefined {
  const [command, ...rest] = argv;
  const run = (fn: () => Promise<number>) => (wantsHelp(rest) ? Promise.resolve('help' as const) : fn());
  // Imported on use: a single-target command line never loads the fleet modules.
  if (command === 'merge')
    return run(async () => (await import('./merge-command.js')).mergeCommand(rest, io, redactor));
  if (command === 'targets')
    return run(async () => (await import('./targets-command.js')).targetsCommand(rest, io));
  if (command === 'audit' && rest.some(a => a === '--targets' || a.startsWith('--targets=')))
    return run(async () => (await import('./fleet-audit-command.js')).fleetAuditCommand(rest, io, redactor));
  return undefined;
}
