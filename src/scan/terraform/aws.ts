import type { CheckContext } from '../../core/check.js';
import { available, type Fact } from '../../core/facts.js';
import type { ScanFinding } from '../finding.js';
import backupRetention from './checks/aws-backup-retention.js';
import deletionProtection from './checks/aws-deletion-protection.js';
import publicAccess from './checks/aws-public-access.js';
import forceSsl from './checks/rds-force-ssl.js';
import storageEncrypted from './checks/aws-storage-encrypted.js';
import { judged, notUntilPlan, via } from './emit.js';
import { asBool, asNumber, asString, type TfResource } from './model.js';
import { judgeManagedSettings, majorOf, type DeclaredSetting } from './pg-settings.js';
import type { TfConfig } from './model.js';

const PARAMETER_GROUPS = new Set(['aws_db_parameter_group', 'aws_rds_cluster_parameter_group']);
const INSTANCES = new Set(['aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance']);

/** True when the engine/family is PostgreSQL, or not known until plan (then judged, UNKNOWN where it matters). */
function isPostgres(r: TfResource, attr: string): boolean {
  const v = r.block.get(attr);
  if (!v) return false;
  return !v.known || /postgres/i.test(String(v.value));
}

function judgeParameterGroup(r: TfResource, ctx: CheckContext): ScanFinding[] {
  const family = r.block.get('family');
  const major = majorOf(family?.known ? asString(family.value) : undefined);
  const aurora = family?.known && /aurora/i.test(String(family.value));
  const declared: DeclaredSetting[] = [];
  for (const p of r.block.blocks('parameter')) {
    const name = p.get('name');
    const value = p.get('value');
    if (!name?.known || !value) continue;
    declared.push({ name: String(name.value).toLowerCase(), value, pos: value.pos });
  }
  const out: ScanFinding[] = [];
  // rds.force_ssl defaults to 1 from RDS for PostgreSQL 15 on, 0 before and on Aurora.
  const force = [...declared].reverse().find(d => d.name === 'rds.force_ssl');
  const forceDefault = !aurora && major >= 15 ? '1' : '0';
  const forceFact: Fact<{ value: string; source: string }> =
    force && !force.value.known
      ? notUntilPlan(r, 'parameter rds.force_ssl', force.value)
      : available(
          force?.value.known
            ? { value: String(force.value.value), source: via(force.value) ?? 'set in the parameter group' }
            : {
                value: forceDefault,
                source: `the ${aurora ? 'Aurora' : 'RDS'} default for PostgreSQL ${major}`
              }
        );
  out.push(...judged(forceSsl, { address: r.address, value: forceFact }, ctx, r, force?.pos));
  out.push(
    ...judgeManagedSettings(
      r,
      declared,
      major,
      // RDS preloads pg_stat_statements by default.
      { name: aurora ? 'Aurora' : 'RDS', defaults: { shared_preload_libraries: 'pg_stat_statements' } },
      ctx
    )
  );
  return out;
}

function boolFact(r: TfResource, attr: string, fallback: boolean): Fact<boolean> {
  const v = r.block.get(attr);
  if (v && !v.known) return notUntilPlan(r, attr, v);
  return available(v ? asBool(v.value) === true : fallback);
}

function judgeInstance(r: TfResource, ctx: CheckContext): ScanFinding[] {
  const out: ScanFinding[] = [];
  const at = (a: string) => r.block.get(a)?.pos;
  const note = (a: string, what: string) =>
    r.block.get(a) ? via(r.block.get(a)) : `${a} not set: the ${what} default applies`;
  if (r.type !== 'aws_rds_cluster')
    out.push(
      ...judged(
        publicAccess,
        { address: r.address, value: boolFact(r, 'publicly_accessible', false) },
        ctx,
        r,
        at('publicly_accessible'),
        note('publicly_accessible', 'AWS (false)')
      )
    );
  if (r.type === 'aws_rds_cluster_instance') return out;
  // A read replica inherits encryption and backups from its source.
  if (r.block.get('replicate_source_db')) return out;
  out.push(
    ...judged(
      storageEncrypted,
      { address: r.address, value: boolFact(r, 'storage_encrypted', false) },
      ctx,
      r,
      at('storage_encrypted'),
      note('storage_encrypted', 'AWS (false)')
    )
  );
  const br = r.block.get('backup_retention_period');
  const days: Fact<number> =
    br && !br.known
      ? notUntilPlan(r, 'backup_retention_period', br)
      : available(br ? (asNumber(br.value) ?? 0) : 1);
  out.push(
    ...judged(
      backupRetention,
      { address: r.address, value: days },
      ctx,
      r,
      br?.pos,
      note('backup_retention_period', 'AWS API (1 day)')
    )
  );
  out.push(
    ...judged(
      deletionProtection,
      { address: r.address, value: boolFact(r, 'deletion_protection', false) },
      ctx,
      r,
      at('deletion_protection'),
      note('deletion_protection', 'AWS (false)')
    )
  );
  return out;
}

/** AWS RDS / Aurora for PostgreSQL: parameter groups with the live settings checks, instances by attribute. */
export function judgeAws(config: TfConfig, ctx: CheckContext): ScanFinding[] {
  const cloud: CheckContext = { ...ctx, deployment: 'cloud' };
  const out: ScanFinding[] = [];
  for (const r of config.resources) {
    if (PARAMETER_GROUPS.has(r.type) && isPostgres(r, 'family')) out.push(...judgeParameterGroup(r, cloud));
    else if (INSTANCES.has(r.type) && isPostgres(r, 'engine')) out.push(...judgeInstance(r, cloud));
  }
  return out;
}
