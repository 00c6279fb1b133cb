import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
// Go's wasm_exec glue (defines globalThis.Go); imported statically so a bundle needs no extra chunk.
import '@cdktf/hcl2json/wasm/bridge_wasm_exec.js';
import { locateBlocks, type LocatedBlock, type Position } from './locate.js';
import type { TfBlock, TfConfig, TfResource, TfValue } from './model.js';

type Json = unknown;
type Body = Record<string, Json>;

type Parse = (file: string, text: string) => Promise<Json>;

/** The wasm beside the bundle (dist/, copied by scripts/build-dist.sh) or in node_modules (a checkout). */
function wasmFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    for (const candidate of [
      path.join(dir, 'hcl2json.wasm.gz'),
      path.join(dir, 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz')
    ])
      if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(
    'the Terraform parser (hcl2json.wasm.gz from @cdktf/hcl2json) is missing beside db-posture'
  );
}

/**
 * @cdktf/hcl2json is Go's hashicorp/hcl compiled to wasm. Its own loader finds the wasm through
 * __dirname and a computed require, which a bundle has neither of; this starts the same Go program
 * (the package's wasm_exec glue, the package's wasm) from a path found at run time. Loaded once, on
 * the first .tf file.
 */
let parser: Promise<Parse> | undefined;
export function hclParser(): Promise<Parse> {
  parser ??= (async () => {
    const Go = (
      globalThis as unknown as {
        Go: new () => { importObject: WebAssembly.Imports; run(i: WebAssembly.Instance): Promise<void> };
      }
    ).Go;
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(gunzipSync(readFileSync(wasmFile())), go.importObject);
    const root: Record<string, (...args: unknown[]) => void> = {};
    (globalThis as Record<string, unknown>).__parse_terraform_config_wasm__ = root;
    // The Go program registers its functions on `root` and then waits for calls for ever.
    void go.run(instance);
    return (file: string, text: string) =>
      new Promise<Json>((resolve, reject) =>
        root.parse(file, text, (err: unknown, out: unknown) =>
          err ? reject(new Error(String(err))) : resolve(JSON.parse(String(out)))
        )
      );
  })();
  return parser;
}

export interface ParsedTf {
  readonly file: string;
  readonly json: Body;
  readonly located: readonly LocatedBlock[];
}

export interface TfParseError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Parses one .tf file; a syntax error comes back with the parser's line and column. */
export async function parseTfFile(file: string, text: string): Promise<ParsedTf | TfParseError> {
  const parse = await hclParser();
  try {
    const json = (await parse(file, text)) as Body;
    return { file, json, located: locateBlocks(text) };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    // hcl diagnostics: "parse config: [main.tf:2,7-3,1: Invalid expression; Expected ...]"
    const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)/.exec(message);
    return m
      ? { file, line: Number(m[1]), column: Number(m[2]), message: m[3].trim().replace(/\.$/, '') }
      : { file, line: 1, column: 1, message };
  }
}

const ONE_REF = /^\$\{\s*((?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;
const ANY_TEMPLATE = /(?<!\$)\$\{|(?<!%)%\{/;

interface Scope {
  readonly vars: ReadonlyMap<string, { has: boolean; value: Json; source?: string }>;
  readonly locals: ReadonlyMap<string, Json>;
}

type Resolved = { known: true; value: Json; from?: string } | { known: false; expr: string };

/** Looks up `var.x` (its literal default) or `local.x` (its value, itself resolved). */
function lookup(ref: string, scope: Scope, depth: number): Resolved {
  const [kind, name] = ref.split('.');
  if (kind === 'var') {
    const v = scope.vars.get(name);
    if (!v || !v.has) return { known: false, expr: ref };
    const r = resolve(v.value, scope, depth + 1);
    return r.known
      ? { known: true, value: r.value, from: v.source ? `${ref} in ${v.source}` : `the default of ${ref}` }
      : r;
  }
  if (!scope.locals.has(name)) return { known: false, expr: ref };
  const r = resolve(scope.locals.get(name), scope, depth + 1);
  return r.known ? { known: true, value: r.value, from: r.from ?? ref } : r;
}

const unescape = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

/**
 * A value from hcl2json: literals as they are; `${var.x}` / `${local.x}` through the same
 * configuration; a template whose every interpolation resolves to a scalar; anything else unknown.
 */
function resolve(v: Json, scope: Scope, depth = 0): Resolved {
  if (depth > 8) return { known: false, expr: String(v) };
  if (typeof v === 'string') {
    if (!ANY_TEMPLATE.test(v)) return { known: true, value: unescape(v) };
    const one = ONE_REF.exec(v);
    if (one) return lookup(one[1], scope, depth);
    if (/(?<!%)%\{/.test(v)) return { known: false, expr: v };
    let from: string | undefined;
    let unknownExpr: string | undefined;
    const out = v.replace(/(?<!\$)\$\{([^}]*)\}/g, (whole, inner: string) => {
      const ref = /^\s*((?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*)\s*$/.exec(inner);
      const r = ref ? lookup(ref[1], scope, depth) : undefined;
      if (!r || !r.known || (typeof r.value === 'object' && r.value !== null)) {
        unknownExpr ??= inner.trim();
        return whole;
      }
      from ??= r.from;
      return String(r.value);
    });
    if (unknownExpr !== undefined) return { known: false, expr: v.replace(/^\$\{(.*)\}$/s, '$1') };
    return { known: true, value: unescape(out), ...(from ? { from } : {}) };
  }
  if (Array.isArray(v)) {
    const items = v.map(x => resolve(x, scope, depth + 1));
    const bad = items.find(i => !i.known);
    if (bad) return bad;
    return { known: true, value: items.map(i => (i as { value: Json }).value) };
  }
  if (v && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = resolve(x, scope, depth + 1);
      if (!r.known) return r;
      out[k] = r.value;
    }
    return { known: true, value: out };
  }
  return { known: true, value: v };
}

/** Resource types, names and referenced `type.name` addresses in an expression's text. */
function referencesIn(v: Json): string[] {
  const text = typeof v === 'string' ? v : JSON.stringify(v ?? null);
  const out: string[] = [];
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    for (const r of m[1].matchAll(/(?<![\w.])([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
      if (!['var', 'local', 'data', 'module', 'each', 'count', 'path', 'terraform', 'self'].includes(r[1]))
        out.push(`${r[1]}.${r[2]}`);
    }
  }
  return out;
}

function hclBlock(body: Body, located: LocatedBlock | undefined, fallback: Position, scope: Scope): TfBlock {
  const pos: Position = located ? { line: located.line, column: located.column } : fallback;
  return {
    pos,
    get(name) {
      if (!(name in body) || body[name] === null) return undefined;
      // A nested block of that name is not an attribute.
      if (located && !located.attrs.has(name) && located.blocks.some(b => b.type === name)) return undefined;
      const at = located?.attrs.get(name) ?? pos;
      const r = resolve(body[name], scope);
      const value: TfValue = r.known
        ? { known: true, value: r.value, pos: at, ...(r.from ? { from: r.from } : {}) }
        : { known: false, expr: r.expr, pos: at };
      return value;
    },
    blocks(name) {
      const list = body[name];
      if (!Array.isArray(list) || (located && located.attrs.has(name))) return [];
      const nested = located?.blocks.filter(b => b.type === name) ?? [];
      return list
        .filter((x): x is Body => !!x && typeof x === 'object' && !Array.isArray(x))
        .map((b, i) => hclBlock(b, nested[i], nested[i] ?? pos, scope));
    },
    dynamic(name) {
      const d = body.dynamic;
      return !!d && typeof d === 'object' && name in (d as Body);
    }
  };
}

/**
 * One module directory: its .tf files together (variables and locals of any file apply to all),
 * plus the values `terraform.tfvars` / `*.auto.tfvars` set, which Terraform loads on its own.
 */
export function hclConfig(
  where: string,
  files: readonly ParsedTf[],
  tfvars: readonly { file: string; values: Readonly<Record<string, Json>> }[]
): TfConfig {
  const vars = new Map<string, { has: boolean; value: Json; source?: string }>();
  const locals = new Map<string, Json>();
  for (const f of files) {
    for (const [name, decls] of Object.entries((f.json.variable ?? {}) as Record<string, Body[]>)) {
      const d = decls[0] ?? {};
      vars.set(name, { has: 'default' in d && d.default !== null, value: d.default });
    }
    for (const l of (f.json.locals ?? []) as Body[]) for (const [k, v] of Object.entries(l)) locals.set(k, v);
  }
  // Later files win, as Terraform loads terraform.tfvars and then *.auto.tfvars in name order.
  for (const t of tfvars)
    for (const [name, value] of Object.entries(t.values))
      if (vars.has(name)) vars.set(name, { has: true, value, source: t.file });
  const scope: Scope = { vars, locals };
  const resources: TfResource[] = [];
  for (const f of files) {
    const byType = (f.json.resource ?? {}) as Record<string, Record<string, Body[]>>;
    for (const [type, byName] of Object.entries(byType)) {
      for (const [name, bodies] of Object.entries(byName)) {
        const loc = f.located.find(
          b => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name
        );
        const body = bodies[0] ?? {};
        resources.push({
          type,
          name,
          address: `${type}.${name}`,
          file: f.file,
          block: hclBlock(body, loc, { line: 1, column: 1 }, scope),
          refs: attr => referencesIn(body[attr])
        });
      }
    }
  }
  // hcl2json lists resources by type and name; judge them in source order.
  resources.sort((a, b) =>
    a.file === b.file ? a.block.pos.line - b.block.pos.line : a.file < b.file ? -1 : 1
  );
  return { where, plan: false, resources };
}
