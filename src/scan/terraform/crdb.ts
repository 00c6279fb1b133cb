import type { CheckContext } from '../../core/check.js';
import { available, unavailable, type Fact } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import cmek from '../../engines/cockroachdb/checks/cmek.js';
import deleteProtection from '../../engines/cockroachdb/checks/delete-protection.js';
import ipAllowlist from '../../engines/cockroachdb/checks/ip-allowlist.js';
import logExport from '../../engines/cockroachdb/checks/log-export.js';
import managedBackups from '../../engines/cockroachdb/checks/managed-backups.js';
import privateEndpoints from '../../engines/cockroachdb/checks/private-endpoints.js';
import type { CloudCluster, CrdbFacts } from '../../engines/cockroachdb/facts.js';
import type { ScanFinding } from '../finding.js';
import networkVisibility from './checks/crdb-network-visibility.js';
import crdbPlan from './checks/crdb-plan.js';
import { judged, notUntilPlan, via } from './emit.js';
import { asBool, asNumber, asString, referrers, valueOf, type TfConfig, type TfResource } from './model.js';

/** Facts the Cloud checks read, with only the ones a configuration can state filled in. */
function cloudFacts(cloud: Partial<Record<keyof CrdbFacts['cloud'], Fact<unknown>>>): CrdbFacts {
  const missing = unavailable('not stated by a Terraform configuration');
  return {
    cloud: {
      cluster: missing,
      allowlist: missing,
      privateEndpoints: missing,
      egress: missing,
      cmek: missing,
      backupsConfig: missing,
      logExport: missing,
      consoleRoles: missing,
      apiKeys: missing,
      ...cloud
    }
  } as unknown as CrdbFacts;
}

/** The plan a cockroach_cluster is created on: `plan`, else dedicated {} = ADVANCED, serverless {} by its limits. */
function planOf(r: TfResource): Fact<string> {
  const p = r.block.get('plan');
  if (p && !p.known) return notUntilPlan(r, 'plan', p);
  if (p) return available(String(p.value).toUpperCase());
  if (r.block.blocks('dedicated').length) return available('ADVANCED');
  const serverless = r.block.blocks('serverless')[0];
  if (serverless) {
    const limits = serverless.blocks('usage_limits')[0];
    const vcpus = limits?.get('provisioned_virtual_cpus');
    if (vcpus && !vcpus.known)
      return notUntilPlan(r, 'serverless.usage_limits.provisioned_virtual_cpus', vcpus);
    return available(vcpus ? 'STANDARD' : 'BASIC');
  }
  return unavailable(msg`${r.address} sets neither plan nor a dedicated or serverless block.`);
}

function clusterFact(r: TfResource, plan: Fact<string>, deleteProtection?: string): Fact<CloudCluster> {
  if (!plan.ok) return plan as Fact<never>;
  return available({
    id: r.address,
    name: asString(valueOf(r.block.get('name'))) ?? r.name,
    version: '',
    plan: plan.value,
    cloudProvider: '',
    state: 'CREATED',
    regions: [],
    egressTrafficPolicy: null,
    networkVisibility: null,
    ...(deleteProtection ? { deleteProtection } : {})
  });
}

function judgeCluster(config: TfConfig, r: TfResource, ctx: CheckContext): ScanFinding[] {
  const out: ScanFinding[] = [];
  const plan = planOf(r);
  const planAt = r.block.get('plan')?.pos;
  out.push(...judged(crdbPlan, { address: r.address, value: plan }, ctx, r, planAt));

  // Delete protection: unset lets the server choose at creation.
  const dp = r.block.get('delete_protection');
  const dpFact: Fact<CloudCluster> =
    dp && !dp.known
      ? notUntilPlan(r, 'delete_protection', dp)
      : clusterFact(
          r,
          plan.ok ? plan : available('UNKNOWN'),
          dp === undefined
            ? 'not set in Terraform (the server chooses when it creates the cluster)'
            : asBool(dp.value)
              ? 'ENABLED'
              : 'DISABLED'
        );
  out.push(...judged(deleteProtection, cloudFacts({ cluster: dpFact }), ctx, r, dp?.pos, via(dp)));

  // Network visibility (Advanced only).
  const dedicated = r.block.blocks('dedicated')[0];
  const pnv = dedicated?.get('private_network_visibility');
  const nv =
    pnv && !pnv.known
      ? notUntilPlan<{ plan: string; private: boolean }>(r, 'dedicated.private_network_visibility', pnv)
      : plan.ok
        ? available({ plan: plan.value, private: asBool(pnv?.value) === true })
        : (plan as Fact<never>);
  out.push(...judged(networkVisibility, { address: r.address, value: nv }, ctx, r, pnv?.pos, via(pnv)));

  // Managed backups: backup_config { enabled, frequency_minutes, retention_days }.
  const bc = r.block.blocks('backup_config')[0];
  let backups: Fact<unknown>;
  let backupsAt = bc?.pos;
  if (!bc) {
    backups = r.block.dynamic('backup_config')
      ? unavailable(msg`${r.address}.backup_config is a dynamic block: value not known until plan.`)
      : unavailable(
          msg`${r.address} sets no backup_config, so the Cloud defaults of the organisation decide.`,
          msg`Set backup_config { enabled = true, frequency_minutes = ..., retention_days = ... } to pin the backup policy.`
        );
  } else {
    const en = bc.get('enabled');
    const fm = bc.get('frequency_minutes');
    const rd = bc.get('retention_days');
    backupsAt = en?.pos ?? bc.pos;
    const unknown = [
      ['enabled', en],
      ['frequency_minutes', fm],
      ['retention_days', rd]
    ].find(([, v]) => v && typeof v === 'object' && !v.known) as
      [string, { known: false; expr: string; pos: { line: number; column: number } }] | undefined;
    if (unknown) backups = notUntilPlan(r, `backup_config.${unknown[0]}`, unknown[1]);
    else if (en && asBool(valueOf(en)) === false)
      backups = available({ enabled: false, frequencyMinutes: 0, retentionDays: 0 });
    else if (!fm || !rd)
      backups = unavailable(
        msg`${r.address}.backup_config leaves ${!fm ? 'frequency_minutes' : 'retention_days'} unset, so the Cloud default decides.`
      );
    else
      backups = available({
        enabled: true,
        frequencyMinutes: asNumber(valueOf(fm)) ?? 0,
        retentionDays: asNumber(valueOf(rd)) ?? 0
      });
  }
  out.push(...judged(managedBackups, cloudFacts({ backupsConfig: backups }), ctx, r, backupsAt));

  const cluster = clusterFact(r, plan);
  // CMEK: a cockroach_cmek resource for this cluster (the provider waits until it is ENABLED).
  const keys = referrers(config, r, 'cockroach_cmek', 'id');
  const cmekFact = keys.length
    ? available({ status: 'ENABLED', regions: [] })
    : available({ status: 'NOT_CONFIGURED', regions: [] });
  out.push(
    ...judged(
      cmek,
      cloudFacts({ cluster, cmek: cmekFact }),
      ctx,
      keys[0] ?? r,
      keys[0]?.block.pos,
      keys.length
        ? `declared by ${keys[0].address}`
        : `no cockroach_cmek refers to ${r.address} in ${config.where}`
    )
  );

  // Log export: a cockroach_log_export_config for this cluster.
  const le = referrers(config, r, 'cockroach_log_export_config', 'id')[0];
  let leFact: Fact<unknown>;
  if (!le) leFact = available({ status: 'DISABLED', type: null, omittedChannels: [] });
  else {
    const type = le.block.get('type');
    const omitted = le.block.get('omitted_channels');
    if (omitted && !omitted.known) leFact = notUntilPlan(le, 'omitted_channels', omitted);
    else if (le.block.dynamic('groups'))
      leFact = unavailable(msg`${le.address}.groups is a dynamic block: value not known until plan.`);
    else
      leFact = available({
        status: 'ENABLED',
        type: asString(valueOf(type)) ?? null,
        omittedChannels: ((v: unknown) => (Array.isArray(v) ? v.map(String) : []))(valueOf(omitted)),
        groups: le.block.blocks('groups').map(g => {
          const channels = g.get('channels');
          const level = g.get('min_level');
          return {
            logName: String(valueOf(g.get('log_name')) ?? ''),
            channels: ((v: unknown) => (Array.isArray(v) ? v.map(String) : []))(valueOf(channels)),
            minLevel: String(valueOf(level) ?? '')
          };
        })
      });
  }
  out.push(
    ...judged(
      logExport,
      cloudFacts({ cluster, logExport: leFact }),
      ctx,
      le ?? r,
      undefined,
      le ? undefined : `no cockroach_log_export_config refers to ${r.address} in ${config.where}`
    )
  );

  // Private endpoints: connections declared for this cluster (the provider waits for AVAILABLE).
  const conns = referrers(config, r, 'cockroach_private_endpoint_connection', 'cluster_id');
  out.push(
    ...judged(
      privateEndpoints,
      cloudFacts({
        cluster,
        privateEndpoints: available({
          services: [],
          connections: conns.map(c => ({
            endpointId: c.address,
            region: c.address,
            status: 'STATUS_AVAILABLE'
          }))
        })
      }),
      ctx,
      r,
      undefined,
      conns.length
        ? `declared by ${conns.map(c => c.address).join(', ')}`
        : `no cockroach_private_endpoint_connection refers to ${r.address} in ${config.where}`
    )
  );
  return out;
}

/** cockroach_allow_list: the live crdb/ip-allowlist check on the one entry each resource declares. */
function judgeAllowList(r: TfResource, ctx: CheckContext): ScanFinding[] {
  const ip = r.block.get('cidr_ip');
  const mask = r.block.get('cidr_mask');
  const unknown = [
    ['cidr_ip', ip],
    ['cidr_mask', mask]
  ].find(([, v]) => v && typeof v === 'object' && !v.known) as
    [string, { known: false; expr: string; pos: { line: number; column: number } }] | undefined;
  const name = r.block.get('name');
  const flag = (a: string) => {
    const v = r.block.get(a);
    return v?.known ? asBool(v.value) === true : false;
  };
  const allowlist = unknown
    ? notUntilPlan(r, unknown[0], unknown[1])
    : !ip || !mask
      ? unavailable(msg`${r.address} does not set ${!ip ? 'cidr_ip' : 'cidr_mask'}.`)
      : available([
          {
            cidrIp: asString(valueOf(ip)) ?? '',
            cidrMask: asNumber(valueOf(mask)) ?? -1,
            sql: flag('sql'),
            ui: flag('ui'),
            name: asString(valueOf(name)) ?? null
          }
        ]);
  const at = unknown ? unknown[1].pos : (mask ?? ip)?.pos;
  return judged(ipAllowlist, cloudFacts({ allowlist }), ctx, r, at, via(mask) ?? via(ip));
}

/** The CockroachDB Cloud provider's resources, judged with the live Cloud checks where they match. */
export function judgeCockroach(config: TfConfig, ctx: CheckContext): ScanFinding[] {
  const cloud: CheckContext = { ...ctx, deployment: 'cloud' };
  const out: ScanFinding[] = [];
  for (const r of config.resources) {
    if (r.type === 'cockroach_cluster') out.push(...judgeCluster(config, r, cloud));
    else if (r.type === 'cockroach_allow_list') out.push(...judgeAllowList(r, cloud));
  }
  return out;
}
