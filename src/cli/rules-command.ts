import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { EXIT, UsageError } from '../core/errors.js';
import { builtinRulesDir } from '../detect/builtin.js';
import { coverage, loadPosture } from '../detect/coverage.js';
import { coverageLines, coverageSummary } from '../detect/output/coverage-text.js';
import { rulesJunit, rulesSarif } from '../detect/output/rules-test-report.js';
import { runGoodlog, runRuleTests } from '../detect/rule-tests.js';
import { loadRules, type RuleError } from '../detect/rules/load.js';
import type { CliIo } from './audit-command.js';
import { plural } from '../core/text.js';

export const RULES_HELP = `db-posture rules test [dir|file ...] [options]
  Validates every rule (schema, unknown keys, duplicate ids, selections, conditions), runs every
  inline test and fixture, and replays the goodlog/ corpus of each directory (hits not listed in
  goodlog/known-fps.yml fail). Without a directory, the built-in pack is tested.
  --posture <report.json>     list the rules that are blind on that audited cluster, and why
  --fail-on-blind             exit 1 when --posture shows a blind rule
  --junit <file>              JUnit XML (one case per test)
  --sarif <file>              SARIF 2.1.0 (results on the rule files' lines)
  --no-goodlog                skip the goodlog pass
  --quiet                     print failures only
  Exit codes: 0 all tests pass, 1 a test failed, 2 a rule is invalid or a flag is wrong.
`;

const FLAGS = {
  posture: { type: 'string' },
  'fail-on-blind': { type: 'boolean' },
  junit: { type: 'string' },
  sarif: { type: 'string' },
  'no-goodlog': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

export function parseFlags<T extends ParseArgsOptionsConfig>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true }) as {
      values: Record<string, string | boolean | string[] | undefined>;
      positionals: string[];
    };
  } catch (error) {
    const e = error as { code?: string; message: string };
    const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(
        `Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture ${command} --help for the flags.`
      );
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        `Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture ${command} --help.`
      );
    throw new UsageError(e.message);
  }
}

async function writeOut(file: string, text: string, flag: string): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    throw new UsageError(
      `${flag} ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
    );
  }
}

/** `db-posture rules test`: the CI gate for a detection repository. */
export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(RULES_HELP);
    return EXIT.OK;
  }
  if (sub !== 'test')
    throw new UsageError(
      `Unknown subcommand "rules ${sub}": expected "rules test". Run db-posture rules --help.`
    );
  const { values, positionals } = parseFlags(rest, FLAGS, 'rules test');
  if (values.help) {
    io.stdout.write(RULES_HELP);
    return EXIT.OK;
  }
  if (values['fail-on-blind'] && !values.posture)
    throw new UsageError('--fail-on-blind needs --posture <report.json>.');
  const posture = values.posture ? await loadPosture(values.posture as string) : undefined;
  let dirs = positionals;
  if (dirs.length === 0) {
    const builtin = builtinRulesDir();
    if (!builtin)
      throw new UsageError('No rule directory given and the built-in pack was not found: name a directory.');
    dirs = [builtin];
  }
  const set = await loadRules(dirs);
  const unreadable = set.errors.filter(e => e.message.startsWith('cannot read '));
  if (unreadable.length > 0)
    throw new UsageError(
      `rules test ${unreadable[0].file}: ${unreadable[0].message}; expected a rule file or directory.`
    );
  const results = await runRuleTests(set);
  const goodlog = values['no-goodlog'] ? undefined : await runGoodlog(set);
  const all = [...results, ...(goodlog?.results ?? [])];
  const errors: RuleError[] = [...set.errors, ...(goodlog?.errors ?? [])];

  const out: string[] = [];
  for (const e of errors) out.push(`INVALID ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}`);
  for (const r of all) {
    if (!r.passed)
      out.push(`FAIL ${r.rule.file}:${r.line} ${r.rule.doc.id}: ${r.kind} "${r.name}": ${r.message}`);
    else if (!values.quiet && r.kind !== 'goodlog') out.push(`ok   ${r.rule.doc.id}: ${r.name}`);
  }
  const failed = all.filter(r => !r.passed).length;
  out.push(
    `rules test: ${plural(set.rules.length, 'rule')} in ${plural(set.files.length, 'file')}, ${plural(all.length, 'test')} (${failed} failed), ${errors.length} invalid` +
      (goodlog && goodlog.files.length > 0
        ? `; goodlog ${plural(goodlog.files.length, 'file')}, ${plural(goodlog.events, 'event')}`
        : '')
  );
  let blind = 0;
  if (posture) {
    const cov = coverage(set.rules, posture);
    blind = cov.filter(c => c.status === 'blind').length;
    out.push(coverageSummary(cov, posture), ...coverageLines(cov).map(l => `  ${l}`));
  }
  io.stdout.write(`${out.join('\n')}\n`);
  if (values.junit) await writeOut(values.junit as string, rulesJunit(all, errors), '--junit');
  if (values.sarif) await writeOut(values.sarif as string, rulesSarif(all, errors), '--sarif');
  if (errors.length > 0) return EXIT.USAGE;
  if (failed > 0) return EXIT.GATE_FAILED;
  if (values['fail-on-blind'] && blind > 0) return EXIT.GATE_FAILED;
  return EXIT.OK;
}
