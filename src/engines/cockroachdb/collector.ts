import type { Collected, CollectEnv, TargetInfo } from '../../core/engine.js';
import { TargetError, UsageError } from '../../core/errors.js';
import { msg, raw, type Text } from '../../core/text.js';
import { missingFacts, type Fact } from '../../core/facts.js';
import { parseEndpoint, type Endpoint } from '../../sqlwire/endpoint.js';
import { connectionFailure } from '../../sqlwire/errors.js';
import { CrdbSession, CrdbSessionPool } from './session.js';
import { collectSqlFacts, sqlUnavailable, type SqlFacts } from './sql-collector.js';
import { CloudTargetError, cloudNotApplicable, cloudUnavailable, collectCloudFacts } from './cloud-api.js';
import type { CloudFacts, CrdbFacts } from './facts.js';
import { CRDB_RELEASES, parseCrdbVersion } from './releases.js';
import { releaseTableNote } from '../../judgements/release-table.js';
import type { PinnedHandoff } from '../../sqlwire/session.js';

const CLOUD_HOST = /\.cockroachlabs\.cloud$|\.crdb\.io$/i;

/** Cloud when an API key and cluster id are given or the host is a CockroachDB Cloud host. */
export function detectDeployment(env: CollectEnv, ep: Endpoint | undefined): 'cloud' | 'self-hosted' {
  const o = env.options;
  if (o.deployment !== 'auto') return o.deployment;
  if (o.cloudApiKey && o.cloudClusterId) return 'cloud';
  if (ep && CLOUD_HOST.test(ep.host)) return 'cloud';
  return 'self-hosted';
}

/**
 * Collects SQL facts (when --url is given) and Cloud API facts (when the deployment is cloud and
 * a key and cluster id are given). Either side may fail while the other works: its checks are then
 * UNKNOWN with the reason. Only when nothing at all can be read is the target unauditable.
 */
export async function collectCockroach(
  env: CollectEnv,
  handoff?: PinnedHandoff
): Promise<Collected<CrdbFacts>> {
  try {
    return await collectWith(env, handoff);
  } finally {
    // Closed when nothing took it (a usage error, a fallback, no --url).
    handoff?.release();
  }
}

/**
 * `handoff` is the connection `--engine auto` chose the engine on: taken as the first session when
 * its settings read back as this collector needs them, else a session of its own is opened.
 */
async function collectWith(
  env: CollectEnv,
  handoff: PinnedHandoff | undefined
): Promise<Collected<CrdbFacts>> {
  const o = env.options;
  if (o.cloudApiKey && !o.cloudClusterId)
    throw new UsageError(
      '--cloud-api-key needs --cloud-cluster-id (the cluster id from the Cloud Console or the API).'
    );
  if (o.cloudClusterId && !o.cloudApiKey)
    throw new UsageError('--cloud-cluster-id needs --cloud-api-key (or DB_POSTURE_CLOUD_API_KEY).');
  const ep = o.url ? parseEndpoint(o.url, env.redactor, o.urlSource ?? '--url') : undefined;
  const deployment = detectDeployment(env, ep);
  const problems: string[] = [];

  let sql: SqlFacts;
  let sqlError: Error | undefined;
  if (ep) {
    env.progress.step(`connecting to CockroachDB at ${ep.host}:${ep.port}`);
    let session: CrdbSession | undefined;
    try {
      session =
        (handoff && (await CrdbSession.adopt(handoff, ep.database, env.redactor))) ??
        (await CrdbSession.open(ep, o.connectTimeoutMs, o.statementTimeoutMs, env.redactor));
    } catch (error) {
      sqlError = connectionFailure(error, ep, o.connectTimeoutMs, env.redactor, 'CockroachDB');
    }
    if (session) {
      const pool = new CrdbSessionPool(session, o.concurrency, () =>
        CrdbSession.open(ep, o.connectTimeoutMs, o.statementTimeoutMs, env.redactor)
      );
      try {
        sql = await collectSqlFacts(pool, ep, env);
      } finally {
        await pool.close();
        await session.close();
      }
    } else {
      problems.push(sqlError!.message);
      sql = sqlUnavailable(`SQL could not be reached: ${sqlError!.message.replace(/\.$/, '')}.`);
    }
  } else {
    sql = sqlUnavailable(
      'No --url was given, so nothing was read over SQL.',
      'pass a connection string with --url (or DB_POSTURE_URL).'
    );
  }

  let cloud: CloudFacts;
  if (deployment === 'self-hosted') {
    cloud = cloudNotApplicable('Self-hosted deployment: there is no CockroachDB Cloud API to read.');
  } else if (!o.cloudApiKey || !o.cloudClusterId) {
    cloud = cloudUnavailable(
      'No Cloud API key and cluster id were given, so the Cloud configuration was not read.',
      'pass --cloud-api-key (or DB_POSTURE_CLOUD_API_KEY) and --cloud-cluster-id.'
    );
  } else {
    env.progress.step('reading the CockroachDB Cloud API');
    try {
      cloud = await collectCloudFacts(
        {
          baseUrl: o.cloudApiUrl,
          apiKey: o.cloudApiKey,
          timeoutMs: o.connectTimeoutMs,
          onWait: m => env.progress.warn(m)
        },
        o.cloudClusterId,
        env.redactor
      );
    } catch (error) {
      if (!(error instanceof CloudTargetError)) throw error;
      problems.push(error.message);
      cloud = cloudUnavailable(error.message);
    }
  }

  const sqlOk = sql.version.ok;
  const cloudOk = cloud.cluster.ok;
  if (!sqlOk && !cloudOk) {
    if (sqlError && !(o.cloudApiKey && o.cloudClusterId)) throw sqlError;
    if (problems.length) throw new TargetError(problems.join(' '));
  }
  for (const p of problems) env.progress.warn(p);

  const facts: CrdbFacts = {
    version: sql.version,
    settings: sql.settings,
    users: sql.users,
    publicGrants: sql.publicGrants,
    systemGrants: sql.systemGrants,
    schedules: sql.schedules,
    nodeArgs: sql.nodeArgs,
    stores: sql.stores,
    tls: sql.tls,
    license: sql.license,
    ...(sql.clusterId ? { clusterId: sql.clusterId } : {}),
    ...(ep ? { auditLogin: ep.user } : {}),
    auditedTables: sql.auditedTables,
    ...(sql.certFiles ? { certFiles: sql.certFiles } : {}),
    cloud,
    releases: CRDB_RELEASES
  };
  return {
    target: describeTarget(env, ep, deployment, facts, sql.clusterId),
    facts,
    notes: [
      releaseTableNote('CockroachDB (docs versions.csv)', CRDB_RELEASES.asOf, env.now),
      ...problems.map(p => msg`Part of the audit could not run: ${raw(p)}`)
    ],
    unavailable: listUnavailable(facts)
  };
}

function listUnavailable(f: CrdbFacts): { fact: string; reason: Text }[] {
  const { settings, cloud, releases: _releases, clusterId: _clusterId, auditLogin: _login, ...sql } = f;
  return missingFacts([
    ...(Object.entries(sql) as [string, Fact<unknown>][]),
    ...Object.entries(settings),
    ...Object.entries(cloud).map(([k, v]) => [`cloud.${k}`, v] as const)
  ]);
}

function describeTarget(
  env: CollectEnv,
  ep: Endpoint | undefined,
  deployment: 'cloud' | 'self-hosted',
  f: CrdbFacts,
  sqlClusterId?: string
): TargetInfo {
  const cluster = f.cloud.cluster.ok ? f.cloud.cluster.value : undefined;
  const tag = f.version.ok ? f.version.value.tag : cluster?.version;
  const version = tag ? (parseCrdbVersion(tag) ? tag.replace(/^v?/, 'v') : tag) : undefined;
  const name =
    env.options.name ??
    (cluster?.name || (ep ? `${ep.host}` : 'cockroachdb'))
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 63);
  const details: [string, string][] = [];
  if (ep) details.push(['Server', `${ep.host}:${ep.port}`], ['Audit Login', ep.user]);
  if (cluster) details.push(['Cloud Provider', cluster.cloudProvider], ['Cluster Name', cluster.name]);
  return {
    engine: 'cockroachdb',
    deployment,
    name: name || 'cockroachdb',
    ...(cluster?.id || sqlClusterId ? { clusterId: cluster?.id ?? sqlClusterId! } : {}),
    ...(version ? { version } : {}),
    ...(cluster ? { plan: cluster.plan } : deployment === 'self-hosted' ? { plan: 'Self-hosted' } : {}),
    ...(cluster ? { regions: cluster.regions.map(r => r.name) } : {}),
    details
  };
}
