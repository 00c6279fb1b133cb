import fs from 'node:fs';
import path from 'node:path';
import type { CheckContext } from '../../core/check.js';
import { msg } from '../../core/text.js';
import { scanKey, type ScanFinding } from '../finding.js';
import { judgeAws } from './aws.js';
import { judgeCockroach } from './crdb.js';
import { judgeGcp } from './gcp.js';
import { hclConfig, hclParser, parseTfFile, type ParsedTf } from './hcl.js';
import type { TfConfig } from './model.js';
import { isPlanJson, planConfig } from './plan.js';
import { parseTfJsonFile } from './json-syntax.js';

/** Terraform's JSON syntax: the same configuration language, written as JSON. */
const isJsonSyntax = (rel: string) => rel.endsWith('.tf.json');
import { judgePostgresqlProvider } from './postgresql.js';

export interface TfSource {
  /** Relative to the scan root, `/`-separated. */
  readonly rel: string;
  readonly abs: string;
  readonly text: string;
}

function parseFinding(
  file: string,
  line: number,
  column: number,
  message: string,
  plan: boolean
): ScanFinding {
  return {
    checkId: 'scan/parse',
    title: 'Configuration file parse',
    dimension: 'Configuration',
    status: 'INFO',
    rawStatus: 'INFO',
    detail: msg`Could not parse line ${String(line)}: ${message}.`,
    remediation: plan
      ? {
          text: 'Write the plan with terraform show -json <planfile>.',
          link: 'https://developer.hashicorp.com/terraform/internals/json-format'
        }
      : {
          text: 'Fix the syntax; terraform validate reports the same error.',
          link: 'https://developer.hashicorp.com/terraform/language/syntax/configuration'
        },
    frameworks: {},
    file,
    line,
    column,
    key: scanKey('scan/parse', file, `line ${line}`)
  };
}

/** Every judgement of the Terraform providers the scan understands. */
function judgeConfig(config: TfConfig, ctx: CheckContext): ScanFinding[] {
  return [
    ...judgeCockroach(config, ctx),
    ...judgePostgresqlProvider(config, ctx),
    ...judgeAws(config, ctx),
    ...judgeGcp(config, ctx)
  ];
}

/** terraform.tfvars and *.auto.tfvars of a module directory, which Terraform loads without being asked. */
async function tfvarsOf(dirAbs: string): Promise<{ file: string; values: Record<string, unknown> }[]> {
  let names: string[];
  try {
    names = fs.readdirSync(dirAbs);
  } catch {
    return [];
  }
  const files = names
    .filter(n => n.endsWith('.auto.tfvars'))
    .sort()
    .filter(n => n !== 'terraform.tfvars');
  if (names.includes('terraform.tfvars')) files.unshift('terraform.tfvars');
  const out: { file: string; values: Record<string, unknown> }[] = [];
  for (const f of files) {
    const parsed = await parseTfFile(f, fs.readFileSync(path.join(dirAbs, f), 'utf8'));
    if ('json' in parsed) out.push({ file: f, values: parsed.json });
  }
  return out;
}

/**
 * Judges .tf files (each directory one module: variables, locals and tfvars apply across its
 * files) and `terraform show -json` plans. Each file is parsed once.
 */
export async function judgeTerraform(
  tf: readonly TfSource[],
  plans: readonly TfSource[],
  ctx: CheckContext
): Promise<ScanFinding[]> {
  const out: ScanFinding[] = [];
  if (tf.length) {
    // The HCL parser (wasm) is needed for .tf files only; .tf.json files are read as JSON.
    if (tf.some(s => !isJsonSyntax(s.rel))) await hclParser();
    const byDir = new Map<string, TfSource[]>();
    for (const s of tf) {
      const dir = path.posix.dirname(s.rel);
      byDir.set(dir, [...(byDir.get(dir) ?? []), s]);
    }
    for (const [dir, sources] of byDir) {
      const parsed: ParsedTf[] = [];
      for (const s of sources) {
        const p = isJsonSyntax(s.rel) ? parseTfJsonFile(s.rel, s.text) : await parseTfFile(s.rel, s.text);
        if ('json' in p) parsed.push(p);
        else out.push(parseFinding(s.rel, p.line, p.column, p.message, false));
      }
      const tfvars = await tfvarsOf(path.dirname(sources[0].abs));
      out.push(...judgeConfig(hclConfig(dir, parsed, tfvars), ctx));
    }
  }
  for (const p of plans) {
    let json: unknown;
    try {
      json = JSON.parse(p.text);
    } catch (error) {
      const m = /line (\d+) column (\d+)/.exec((error as Error).message);
      out.push(parseFinding(p.rel, Number(m?.[1] ?? 1), Number(m?.[2] ?? 1), (error as Error).message, true));
      continue;
    }
    if (!isPlanJson(json)) {
      out.push(
        parseFinding(p.rel, 1, 1, 'not a Terraform plan (no format_version and planned_values)', true)
      );
      continue;
    }
    out.push(...judgeConfig(planConfig(p.rel, p.text, json as Record<string, unknown>), ctx));
  }
  return out;
}
