import type { Position } from './locate.js';
import type { TfBlock, TfConfig, TfResource } from './model.js';

type Body = Record<string, unknown>;

interface PlanModule {
  readonly resources?: readonly {
    address: string;
    mode?: string;
    type: string;
    name: string;
    values?: Body;
  }[];
  readonly child_modules?: readonly PlanModule[];
}

interface ConfigModule {
  readonly resources?: readonly {
    address: string;
    expressions?: Record<string, { references?: string[] }>;
  }[];
  readonly module_calls?: Record<string, { module?: ConfigModule }>;
}

/** True for the output of `terraform show -json <planfile>` (it has planned_values). */
export function isPlanJson(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    'planned_values' in value &&
    'format_version' in value &&
    typeof (value as Body).planned_values === 'object'
  );
}

function positionOf(text: string, index: number): Position {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: index - last };
}

function planBlock(values: Body, pos: Position): TfBlock {
  return {
    pos,
    get(name) {
      const v = values[name];
      // In a plan every attribute of the schema is present; null means not set.
      if (v === null || v === undefined) return undefined;
      return { known: true, value: v, pos };
    },
    blocks(name) {
      const v = values[name];
      return Array.isArray(v)
        ? v.filter((x): x is Body => !!x && typeof x === 'object').map(x => planBlock(x, pos))
        : [];
    },
    dynamic: () => false
  };
}

/** References per resource address and attribute, from the plan's configuration section. */
function configRefs(
  mod: ConfigModule | undefined,
  prefix: string,
  out: Map<string, Record<string, string[]>>
) {
  for (const r of mod?.resources ?? []) {
    const refs: Record<string, string[]> = {};
    for (const [attr, e] of Object.entries(r.expressions ?? {}))
      refs[attr] = (e.references ?? []).map(x => prefix + x);
    out.set(prefix + r.address, refs);
  }
  for (const [name, call] of Object.entries(mod?.module_calls ?? {}))
    configRefs(call.module, `${prefix}module.${name}.`, out);
}

/**
 * A plan file: every managed resource in planned_values with its values (known at plan time), placed
 * on the line where the file names the resource's address.
 */
export function planConfig(file: string, text: string, plan: Body): TfConfig {
  const refs = new Map<string, Record<string, string[]>>();
  configRefs((plan.configuration as { root_module?: ConfigModule } | undefined)?.root_module, '', refs);
  const resources: TfResource[] = [];
  const walk = (mod: PlanModule | undefined) => {
    for (const r of mod?.resources ?? []) {
      if (r.mode && r.mode !== 'managed') continue;
      const quoted = JSON.stringify(r.address);
      const m = new RegExp(`"address"\\s*:\\s*${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
      const pos = m ? positionOf(text, m.index) : { line: 1, column: 1 };
      // Module instance keys (module.x["a"]) drop out of the configuration address.
      const configAddress = r.address.replace(/\[[^\]]*\]/g, '');
      resources.push({
        type: r.type,
        name: r.name,
        address: configAddress,
        file,
        block: planBlock(r.values ?? {}, pos),
        refs: attr =>
          (refs.get(configAddress)?.[attr] ?? []).map(x => x.replace(/\.(id|name|cluster_id)$/, ''))
      });
    }
    for (const c of mod?.child_modules ?? []) walk(c);
  };
  walk((plan.planned_values as { root_module?: PlanModule }).root_module);
  return { where: file, plan: true, resources };
}
