import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';

export type Flags = Record<string, string | boolean | string[] | undefined>;

/**
 * Flag parsing for the fleet commands (merge, targets, audit --targets), with the same one-line
 * usage errors as the other commands.
 */
export function parseFleetArgs(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  command: string,
  allowPositionals = false
): { flags: Flags; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...args], options, strict: true, allowPositionals });
    return { flags: r.values as Flags, positionals: r.positionals };
  } catch (error) {
    const e = error as { code?: string; message: string };
    const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(
        `Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture --help for the flags.`
      );
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        `Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture --help.`
      );
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(
        `Unexpected argument for "db-posture ${command}": ${e.message.match(/'([^']*)'/)?.[1] ?? ''}. Flags take the form --name value.`
      );
    throw new UsageError(e.message);
  }
}
