import type { CheckContext } from '../../core/check.js';
import { available, unavailable, type Fact } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import type { ScanFinding } from '../finding.js';
import authorizedNetworks from './checks/gcp-authorized-networks.js';
import backups from './checks/gcp-backups.js';
import sslMode from './checks/gcp-ssl-mode.js';
import { judged, notUntilPlan } from './emit.js';
import { asBool, asString, valueOf, type TfConfig, type TfResource } from './model.js';
import { judgeManagedSettings, majorOf, type DeclaredSetting } from './pg-settings.js';

function judgeInstance(r: TfResource, ctx: CheckContext): ScanFinding[] {
  const out: ScanFinding[] = [];
  const version = r.block.get('database_version');
  const settings = r.block.blocks('settings')[0];
  if (!settings) return out;
  const major = majorOf(version?.known ? asString(version.value) : undefined);

  // database_flags: the live settings checks; cloudsql.enable_pgaudit is how Cloud SQL preloads pgaudit.
  const declared: DeclaredSetting[] = [];
  const unknownFlags = settings.dynamic('database_flags');
  for (const f of settings.blocks('database_flags')) {
    const name = f.get('name');
    const value = f.get('value');
    if (!name?.known || !value) continue;
    const n = String(name.value).toLowerCase();
    if (n === 'cloudsql.enable_pgaudit') {
      const on = value.known && ['on', 'true'].includes(String(value.value).toLowerCase());
      declared.push({
        name: 'shared_preload_libraries',
        value: value.known ? { ...value, value: on ? 'pgaudit' : '' } : value,
        pos: value.pos
      });
    } else declared.push({ name: n, value, pos: value.pos });
  }
  if (unknownFlags) {
    // Every flag may come from the dynamic block: each settings check is UNKNOWN, not judged on defaults.
    const expr = { known: false as const, expr: 'a dynamic "database_flags" block', pos: settings.pos };
    for (const name of ['password_encryption', 'log_connections', 'shared_preload_libraries'])
      declared.push({ name, value: expr, pos: settings.pos });
  }
  out.push(...judgeManagedSettings(r, declared, major, { name: 'Cloud SQL', defaults: {} }, ctx));

  // ip_configuration: public IP (ipv4_enabled, default true) and its authorized networks.
  const ip = settings.blocks('ip_configuration')[0];
  const ipv4 = ip?.get('ipv4_enabled');
  let nets: Fact<{ publicIp: boolean; networks: string[] }>;
  let netsAt = ipv4?.pos ?? ip?.pos;
  if (ipv4 && !ipv4.known) nets = notUntilPlan(r, 'settings.ip_configuration.ipv4_enabled', ipv4);
  else if (ip?.dynamic('authorized_networks'))
    nets = unavailable(msg`${r.address} builds authorized_networks dynamically: value not known until plan.`);
  else {
    const networks: string[] = [];
    let unknownNet: Fact<never> | undefined;
    for (const n of ip?.blocks('authorized_networks') ?? []) {
      const v = n.get('value');
      if (!v) continue;
      if (!v.known) unknownNet ??= notUntilPlan(r, 'settings.ip_configuration.authorized_networks.value', v);
      else {
        networks.push(String(v.value));
        netsAt = v.pos;
      }
    }
    const wide = (ip?.blocks('authorized_networks') ?? []).find(n => {
      const v = n.get('value');
      return v?.known && /\/0$/.test(String(v.value));
    });
    if (wide) netsAt = wide.get('value')!.pos;
    nets = unknownNet ?? available({ publicIp: ipv4 ? asBool(ipv4.value) !== false : true, networks });
  }
  out.push(...judged(authorizedNetworks, { address: r.address, value: nets }, ctx, r, netsAt));

  // ssl_mode, else the older require_ssl; the default accepts unencrypted connections.
  const mode = ip?.get('ssl_mode');
  const requireSsl = ip?.get('require_ssl');
  const modeFact: Fact<string> =
    mode && !mode.known
      ? notUntilPlan(r, 'settings.ip_configuration.ssl_mode', mode)
      : requireSsl && !requireSsl.known && !mode
        ? notUntilPlan(r, 'settings.ip_configuration.require_ssl', requireSsl)
        : available(
            mode
              ? String(valueOf(mode))
              : requireSsl && asBool(valueOf(requireSsl))
                ? 'ENCRYPTED_ONLY'
                : 'ALLOW_UNENCRYPTED_AND_ENCRYPTED'
          );
  out.push(
    ...judged(
      sslMode,
      { address: r.address, value: modeFact },
      ctx,
      r,
      (mode ?? requireSsl)?.pos,
      mode
        ? undefined
        : requireSsl
          ? 'from require_ssl'
          : 'ssl_mode not set: Cloud SQL accepts unencrypted connections by default'
    )
  );

  // backup_configuration { enabled, point_in_time_recovery_enabled }.
  const bc = settings.blocks('backup_configuration')[0];
  const en = bc?.get('enabled');
  const pitr = bc?.get('point_in_time_recovery_enabled');
  const bFact: Fact<{ enabled: boolean; pitr: boolean }> =
    en && !en.known
      ? notUntilPlan(r, 'settings.backup_configuration.enabled', en)
      : pitr && !pitr.known
        ? notUntilPlan(r, 'settings.backup_configuration.point_in_time_recovery_enabled', pitr)
        : available({ enabled: asBool(en?.value) === true, pitr: asBool(pitr?.value) === true });
  out.push(
    ...judged(
      backups,
      { address: r.address, value: bFact },
      ctx,
      r,
      (en ?? bc)?.pos,
      bc ? undefined : 'backup_configuration not set: automated backups are off'
    )
  );
  return out;
}

/** Google Cloud SQL for PostgreSQL instances. */
export function judgeGcp(config: TfConfig, ctx: CheckContext): ScanFinding[] {
  const cloud: CheckContext = { ...ctx, deployment: 'cloud' };
  const out: ScanFinding[] = [];
  for (const r of config.resources) {
    if (r.type !== 'google_sql_database_instance') continue;
    const v = r.block.get('database_version');
    if (v?.known && !/^POSTGRES/i.test(String(v.value))) continue;
    out.push(...judgeInstance(r, cloud));
  }
  return out;
}
