import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';

export const AUDIT_FLAGS = {
  url: { type: 'string' },
  engine: { type: 'string' },
  deployment: { type: 'string' },
  environment: { type: 'string' },
  compliance: { type: 'string' },
  'data-sensitivity': { type: 'string' },
  name: { type: 'string' },
  baseline: { type: 'string' },
  'fail-on-stale': { type: 'boolean' },
  'max-waiver-days': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'fail-on': { type: 'string' },
  'compare-to': { type: 'string' },
  'fail-on-new-only': { type: 'boolean' },
  rules: { type: 'string' },
  concurrency: { type: 'string' },
  'connect-timeout': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'cloud-api-key': { type: 'string' },
  'cloud-cluster-id': { type: 'string' },
  'cloud-api-url': { type: 'string' },
  'certs-dir': { type: 'string' },
  'couchbase-url': { type: 'string' },
  'couchbase-username': { type: 'string' },
  'couchbase-ca': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

const BASELINE_FLAGS = {
  from: { type: 'string' },
  out: { type: 'string' },
  update: { type: 'string' },
  prune: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

export type ParsedCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'audit'; flags: Record<string, string | boolean | undefined> }
  | { command: 'baseline'; flags: Record<string, string | boolean | undefined> }
  | { command: 'diff' | 'baseline review'; args: string[] };

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses one command's flags strictly; the command modules of diff and baseline review use it too. */
export function parseFlags(args: string[], options: FlagSpec, command: string) {
  return parse(args, options, command);
}

function parse(args: string[], options: FlagSpec, command: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    const e = error as { code?: string; message: string };
    const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture --help for the flags.`
      );
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(e.message)) {
        const given = args.find(a => a.startsWith(`${flag}=`))?.slice(`${flag ?? ''}=`.length) ?? '';
        throw new UsageError(
          `Flag ${flag ?? ''} of "db-posture ${command}" is a switch and takes no value (got ${JSON.stringify(given)}): give ${flag ?? ''} alone, or leave it out.`
        );
      }
      if (/ambiguous/.test(e.message)) {
        const next = args[args.indexOf(flag ?? '') + 1] ?? '';
        throw new UsageError(
          `Flag ${flag ?? ''} of "db-posture ${command}" was followed by ${JSON.stringify(next)}, which looks like a flag: write ${flag ?? ''}=${next} if that is the value.`
        );
      }
      throw new UsageError(
        `Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture --help.`
      );
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(
        `Unexpected argument for "db-posture ${command}": ${e.message.match(/'([^']*)'/)?.[1] ?? ''}. Flags take the form --name value.`
      );
    }
    throw new UsageError(e.message);
  }
}

/** Splits argv into a command and its validated flag set; unknown flags are usage errors. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'audit') {
    const flags = parse(rest, AUDIT_FLAGS, 'audit');
    return flags.help ? { command: 'help' } : { command: 'audit', flags };
  }
  if (command === 'diff') return { command: 'diff', args: rest };
  if (command === 'baseline' && rest[0] === 'review')
    return { command: 'baseline review', args: rest.slice(1) };
  if (command === 'baseline') {
    const flags = parse(rest, BASELINE_FLAGS, 'baseline');
    return flags.help ? { command: 'help' } : { command: 'baseline', flags };
  }
  throw new UsageError(
    `Unknown command ${JSON.stringify(command)}: expected audit, baseline, diff, scan, merge, targets, rules or hunt. Run db-posture --help.`
  );
}
