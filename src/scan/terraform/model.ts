import type { Position } from './locate.js';

/**
 * One attribute's value as the scan knows it. `known: false` is an expression whose value only
 * `terraform plan` knows (a resource attribute, a function call, a variable without a literal
 * default); judgements turn it into UNKNOWN "value not known until plan", never a PASS.
 */
export type TfValue =
  | { readonly known: true; readonly value: unknown; readonly pos: Position; readonly from?: string }
  | { readonly known: false; readonly expr: string; readonly pos: Position };

/** A resource body or nested block, from HCL source or from a plan's planned_values. */
export interface TfBlock {
  readonly pos: Position;
  /** The attribute; undefined when the configuration does not set it (or sets it to null). */
  get(name: string): TfValue | undefined;
  blocks(name: string): TfBlock[];
  /** A `dynamic "<name>"` block generates these blocks: their content is known only at plan. */
  dynamic(name: string): boolean;
}

export interface TfResource {
  readonly type: string;
  readonly name: string;
  /** `cockroach_cluster.prod`, with `module.<name>.` in front inside a plan's child modules. */
  readonly address: string;
  readonly file: string;
  readonly block: TfBlock;
  /** Addresses of the resources an attribute refers to (`cluster_id = cockroach_cluster.prod.id`). */
  refs(attr: string): string[];
}

/** One Terraform module directory (or one plan file): what the judgements read. */
export interface TfConfig {
  /** `main.tf`'s directory, or the plan file. */
  readonly where: string;
  readonly plan: boolean;
  readonly resources: readonly TfResource[];
}

/** What a value's text says when a judgement quotes it (never used for secrets). */
export function describeExpr(v: TfValue): string {
  return v.known ? JSON.stringify(v.value) : v.expr;
}

/** The resource another one refers to through `attr`, among those of one type. */
export function referenced(
  config: TfConfig,
  from: TfResource,
  attr: string,
  type: string
): TfResource | undefined {
  const refs = from.refs(attr);
  const of = config.resources.filter(r => r.type === type);
  const hit = of.find(r => refs.includes(r.address));
  if (hit) return hit;
  // A literal id or an unresolvable reference: with a single candidate in the configuration it is that one.
  return refs.length === 0 && of.length === 1 ? of[0] : undefined;
}

/** Resources of a type that refer to `target` through `attr` (cmek, log export, allowlist -> cluster). */
export function referrers(config: TfConfig, target: TfResource, type: string, attr: string): TfResource[] {
  return config.resources.filter(r => r.type === type && referenced(config, r, attr, target.type) === target);
}

export function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

export function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The value when the configuration states it, else undefined (not set, or known only at plan). */
export function valueOf(v: TfValue | undefined): unknown {
  return v?.known ? v.value : undefined;
}
