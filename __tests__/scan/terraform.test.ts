import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import type { ScanFinding } from '../../src/scan/finding.js';
import { renderScanJson, renderScanMarkdown, renderScanSarif } from '../../src/scan/render.js';
import { scan } from '../../src/scan/scan.js';
import { locateBlocks } from '../../src/scan/terraform/locate.js';
import { cli } from '../helpers/cli-run.js';

const ctx: CheckContext = {
  auditedAt: new Date('2026-12-01T00:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'scan',
  attestation: noAttestations
};
const FIXTURES = path.resolve('__tests__/scan/fixtures/terraform');

async function scanDir(dir: string, root = FIXTURES) {
  return scan({ root, paths: [dir], include: [], exclude: [], pgVersion: 17, ctx });
}
/** `file:line:column`, status, check, detail: what a reviewer reads, in the scan's order. */
const rows = (fs: readonly ScanFinding[]) =>
  fs.map(f => [`${f.file}:${f.line}:${f.column}`, f.status, f.checkId, f.detail.text]);

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'db-posture-tf-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('HCL positions', () => {
  it('blocks and attribute names past comments, strings with braces, heredocs and one-line blocks', () => {
    const blocks = locateBlocks(
      [
        '# resource "fake" "x" {',
        '/* resource "fake" "y" { */ resource "a" "b" {',
        '  s = "}{ ${var.x["k"]} # not a comment"',
        '  h = <<-EOT',
        '    resource "fake" "z" {',
        '    EOT',
        '  o = { k = "v",',
        '    n = [1, 2] }',
        '  inner { x = 1 }',
        '  inner {',
        '    y = 2 // trailing',
        '  }',
        '}',
        'locals { l = 1 }'
      ].join('\n')
    );
    expect(blocks.map(b => [b.type, b.labels, b.line, b.column])).toEqual([
      ['resource', ['a', 'b'], 2, 29],
      ['locals', [], 14, 1]
    ]);
    const r = blocks[0];
    expect([...r.attrs].map(([k, p]) => [k, p.line, p.column])).toEqual([
      ['s', 3, 3],
      ['h', 4, 3],
      ['o', 7, 3]
    ]);
    expect(r.blocks.map(b => [b.type, b.line, [...b.attrs.keys()]])).toEqual([
      ['inner', 9, ['x']],
      ['inner', 10, ['y']]
    ]);
  });
});

describe('Terraform: CockroachDB Cloud provider', () => {
  it('PASS: private Advanced cluster with protection, backups, CMEK, log export, private endpoint, narrow allowlist', async () => {
    const r = await scanDir('crdb-good');
    expect(rows(r.findings)).toEqual([
      [
        'crdb-good/main.tf:4:3',
        'INFO',
        'tf/crdb-plan',
        'cockroach_cluster.prod is on the ADVANCED plan: CMEK, private endpoints and log export are all available.'
      ],
      ['crdb-good/main.tf:5:3', 'PASS', 'crdb/delete-protection', 'Delete protection is ENABLED.'],
      [
        'crdb-good/main.tf:8:5',
        'PASS',
        'tf/crdb-network-visibility',
        'cockroach_cluster.prod has private network visibility: the cluster has no public endpoint.'
      ],
      [
        'crdb-good/main.tf:11:5',
        'PASS',
        'crdb/managed-backups',
        'Managed backups run every 60 minutes and are kept 30 days.'
      ],
      ['crdb-good/main.tf:26:1', 'PASS', 'crdb/cmek', 'CMEK is ENABLED.'],
      [
        'crdb-good/main.tf:30:1',
        'PASS',
        'crdb/log-export',
        'Log export to AWS_CLOUDWATCH is enabled with every security channel at INFO or below.'
      ],
      [
        'crdb-good/main.tf:1:1',
        'PASS',
        'crdb/private-endpoints',
        '1 private endpoint connection available (cockroach_private_endpoint_connection.app); egress endpoints unknown.'
      ],
      ['crdb-good/main.tf:20:3', 'PASS', 'crdb/ip-allowlist', '1 allowlist entry, none broader than /24.']
    ]);
    expect(r.findings.find(f => f.checkId === 'crdb/cmek')?.annotation).toBe(
      'declared by cockroach_cmek.prod'
    );
  });

  it('FAIL/WARN/UNKNOWN: open and broad allowlists, a variable without default, no CMEK, omitted channels', async () => {
    const r = await scanDir('crdb-bad');
    expect(rows(r.findings)).toEqual(EXPECTED_CRDB_BAD);
    const open = r.findings.find(f => f.key.endsWith('cockroach_allow_list.anywhere 0.0.0.0/0'))!;
    expect(open.annotation).toBe('value from the default of var.anywhere');
    // The key names the resource, never a line: moving the block keeps the waiver matching.
    expect(open.key).toBe('crdb/ip-allowlist|crdb-bad/main.tf|cockroach_allow_list.anywhere 0.0.0.0/0');
  });

  it('terraform.tfvars overrides a literal default, as terraform plan would', async () => {
    const r = await scanDir('vars');
    expect(rows(r.findings.filter(f => f.checkId === 'crdb/ip-allowlist'))).toEqual([
      [
        'vars/main.tf:19:3',
        'FAIL',
        'crdb/ip-allowlist',
        'Allowlist entry 0.0.0.0/0 opens SQL to the whole internet.'
      ]
    ]);
    expect(r.findings.find(f => f.checkId === 'crdb/ip-allowlist')?.annotation).toBe(
      'value from var.cidr in terraform.tfvars'
    );
    expect(rows(r.findings.filter(f => f.checkId === 'tf/crdb-plan'))).toEqual([
      [
        'vars/main.tf:7:3',
        'INFO',
        'tf/crdb-plan',
        'cockroach_cluster.c is on the STANDARD plan: CMEK and private network visibility need the Advanced plan.'
      ]
    ]);
  });

  it('without the tfvars file the default decides; with a narrow default the entry is still judged on the written mask', async () => {
    const root = repo({
      'main.tf': [
        'variable "cidr" {',
        '  default = "10.1.2.0"',
        '}',
        'variable "mask" {',
        '  default = 24',
        '}',
        'resource "cockroach_allow_list" "a" {',
        '  cidr_ip   = var.cidr',
        '  cidr_mask = var.mask',
        '  ui        = false',
        '  sql       = true',
        '}',
        'resource "cockroach_allow_list" "b" {',
        '  cidr_ip   = "${var.cidr}"',
        '  cidr_mask = local.wide',
        '  ui        = false',
        '  sql       = true',
        '}',
        'locals {',
        '  wide = 16',
        '}'
      ].join('\n')
    });
    const r = await scanDir('.', root);
    expect(rows(r.findings)).toEqual([
      ['main.tf:9:3', 'PASS', 'crdb/ip-allowlist', '1 allowlist entry, none broader than /24.'],
      ['main.tf:15:3', 'WARN', 'crdb/ip-allowlist', 'Allowlist entry 10.1.2.0/16 is a broad range for SQL.']
    ]);
    expect(r.findings.map(f => f.annotation)).toEqual([
      'value from the default of var.mask',
      'value from local.wide'
    ]);
  });
});

describe('Terraform: PostgreSQL provider', () => {
  it('roles: privileged attributes WARN; literal passwords FAIL without the secret in any output', async () => {
    const r = await scanDir('pg/roles.tf');
    expect(rows(r.findings)).toEqual(EXPECTED_PG_ROLES);
    for (const out of [renderScanJson(r), renderScanMarkdown(r), renderScanSarif(r)]) {
      expect(out).not.toContain('hunter2');
      expect(out).not.toContain('not-a-secret-really');
      expect(out).not.toContain('aHVudGVyMg');
    }
  });

  it('grants and default privileges to PUBLIC FAIL; a grant to a role PASSes', async () => {
    const r = await scanDir('pg/grants.tf');
    expect(rows(r.findings)).toEqual(EXPECTED_PG_GRANTS);
  });
});

describe('Terraform: AWS RDS / Aurora', () => {
  it('parameter groups with the live settings checks and RDS defaults; instances by attribute; MySQL ignored', async () => {
    const r = await scanDir('aws');
    expect(rows(r.findings)).toEqual(EXPECTED_AWS);
    expect(
      r.findings.find(f => f.key === 'pg/pgaudit|aws/main.tf|aws_rds_cluster_parameter_group.defaults')
        ?.annotation
    ).toBe(
      'not set in aws_rds_cluster_parameter_group.defaults: the Aurora default for PostgreSQL 15 decides'
    );
    expect(r.findings.some(f => f.key.includes('aws_db_instance.mysql'))).toBe(false);
  });

  it('rds.force_ssl: the RDS default is 1 from PostgreSQL 15, 0 before', async () => {
    const root = repo({
      'pg15.tf': 'resource "aws_db_parameter_group" "new" {\n  family = "postgres15"\n}\n',
      'pg14.tf': 'resource "aws_db_parameter_group" "old" {\n  family = "postgres14"\n}\n'
    });
    const r = await scanDir('.', root);
    expect(rows(r.findings.filter(f => f.checkId === 'tf/rds-force-ssl'))).toEqual([
      [
        'pg14.tf:1:1',
        'FAIL',
        'tf/rds-force-ssl',
        'aws_db_parameter_group.old has rds.force_ssl 0 (the RDS default for PostgreSQL 14): clients may connect without TLS.'
      ],
      [
        'pg15.tf:1:1',
        'PASS',
        'tf/rds-force-ssl',
        'aws_db_parameter_group.new sets rds.force_ssl to 1 (the RDS default for PostgreSQL 15): connections without TLS are refused.'
      ]
    ]);
  });
});

describe('Terraform: Google Cloud SQL', () => {
  it('flags, authorized networks, ssl_mode and backups', async () => {
    const r = await scanDir('gcp');
    expect(rows(r.findings)).toEqual(EXPECTED_GCP);
  });
});

describe('Terraform plans and bad input', () => {
  it('terraform show -json: every value known, findings on the line naming the address, child modules included', async () => {
    const r = await scanDir('plan');
    expect(r.scanned).toEqual([{ rel: 'plan/prod.tfplan.json', kind: 'terraform_plan' }]);
    expect(rows(r.findings)).toEqual(EXPECTED_PLAN);
    expect(renderScanJson(r)).not.toContain('from-a-variable');
  });

  it('a .tf file that does not parse is one INFO finding with the parser line; a JSON that is no plan too', async () => {
    const r = await scanDir('broken');
    expect(rows(r.findings)).toEqual([
      [
        'broken/main.tf:3:9',
        'INFO',
        'scan/parse',
        'Could not parse line 3: Invalid expression; Expected the start of an expression, but found an invalid expression token.'
      ]
    ]);
    const root = repo({ 'plan.json': '{"name": "not a plan"}', 'x.tfplan.json': '{ nope' });
    const p = await scanDir('.', root);
    expect(rows(p.findings)).toEqual([
      [
        'plan.json:1:1',
        'INFO',
        'scan/parse',
        'Could not parse line 1: not a Terraform plan (no format_version and planned_values).'
      ],
      [
        'x.tfplan.json:1:1',
        'INFO',
        'scan/parse',
        expect.stringMatching(/^Could not parse line 1: .*JSON/) as unknown as string
      ]
    ]);
  });

  it('.terraform (downloaded modules and providers) is not the repository: never scanned', async () => {
    const root = repo({
      '.terraform/modules/vpc/main.tf': 'resource "aws_db_instance" "x" {\n  engine = "postgres"\n}\n',
      'main.tf': 'locals {\n  a = 1\n}\n'
    });
    const r = await scanDir('.', root);
    expect(r.scanned).toEqual([{ rel: 'main.tf', kind: 'terraform' }]);
    expect(r.findings).toEqual([]);
  });

  it('CLI: exit 1 on a FAIL in Terraform, SARIF region on the attribute line', async () => {
    const res = await cli(['scan', '--root', FIXTURES, 'crdb-bad', '--format', 'sarif']);
    expect(res.code).toBe(1);
    const sarif = JSON.parse(res.stdout) as {
      runs: {
        results: { ruleId: string; level: string; locations: { physicalLocation: { region: unknown } }[] }[];
      }[];
    };
    const open = sarif.runs[0].results.find(x => x.ruleId === 'crdb/ip-allowlist' && x.level === 'error')!;
    expect(open.locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 3 });
  });
});
const EXPECTED_CRDB_BAD = [
  [
    'crdb-bad/main.tf:1:1',
    'INFO',
    'tf/crdb-plan',
    'cockroach_cluster.dev is on the BASIC plan: CMEK, private endpoints and log export are not available on it.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'WARN',
    'crdb/delete-protection',
    'Delete protection is not set in Terraform (the server chooses when it creates the cluster): one API call or Console click deletes the cluster and its managed backups.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'N/A',
    'tf/crdb-network-visibility',
    'Network visibility is chosen only on Advanced clusters; cockroach_cluster.dev is BASIC.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'UNKNOWN',
    'crdb/managed-backups',
    'Could not be evaluated: cockroach_cluster.dev sets no backup_config, so the Cloud defaults of the organisation decide. Fix: Set backup_config { enabled = true, frequency_minutes = ..., retention_days = ... } to pin the backup policy.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'INFO',
    'crdb/cmek',
    'CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is BASIC.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'N/A',
    'crdb/log-export',
    'Basic clusters cannot export logs; log export needs Standard or Advanced.'
  ],
  [
    'crdb-bad/main.tf:1:1',
    'INFO',
    'crdb/private-endpoints',
    'Private endpoints are not available on the Basic plan.'
  ],
  [
    'crdb-bad/main.tf:10:3',
    'FAIL',
    'crdb/ip-allowlist',
    'Allowlist entry 0.0.0.0/0 (anywhere) opens SQL and DB Console to the whole internet.'
  ],
  [
    'crdb-bad/main.tf:19:3',
    'UNKNOWN',
    'crdb/ip-allowlist',
    'Could not be evaluated: cockroach_allow_list.office.cidr_mask is var.office_mask: value not known until plan. Fix: Scan the plan instead (terraform show -json <planfile> > plan.tfplan.json), or give the variable a literal default.'
  ],
  [
    'crdb-bad/main.tf:24:1',
    'INFO',
    'tf/crdb-plan',
    'cockroach_cluster.adv is on the ADVANCED plan: CMEK, private endpoints and log export are all available.'
  ],
  [
    'crdb-bad/main.tf:27:3',
    'WARN',
    'crdb/delete-protection',
    'Delete protection is DISABLED: one API call or Console click deletes the cluster and its managed backups.'
  ],
  [
    'crdb-bad/main.tf:24:1',
    'INFO',
    'tf/crdb-network-visibility',
    'cockroach_cluster.adv has public network visibility: the IP allowlist alone decides who reaches the cluster from the internet.'
  ],
  [
    'crdb-bad/main.tf:32:5',
    'INFO',
    'crdb/managed-backups',
    'Managed backups are disabled; recovery depends on self-managed backup schedules (see crdb/backup-schedules).'
  ],
  [
    'crdb-bad/main.tf:24:1',
    'FAIL',
    'crdb/cmek',
    'CMEK was never configured on this Advanced cluster (the Cloud API answers 404 for /cmek): data is encrypted with keys Cockroach Labs manages.'
  ],
  ['crdb-bad/main.tf:45:1', 'WARN', 'crdb/log-export', 'Log export to GCP_CLOUD_LOGGING omits SESSIONS.'],
  [
    'crdb-bad/main.tf:24:1',
    'WARN',
    'crdb/private-endpoints',
    'No private endpoint connection is available: clients reach the cluster over the internet; egress endpoints unknown.'
  ],
  [
    'crdb-bad/main.tf:39:3',
    'WARN',
    'crdb/ip-allowlist',
    'Allowlist entry 10.0.0.0/12 (corp) is a broad range for SQL.'
  ]
];

const EXPECTED_PG_ROLES = [
  [
    'pg/roles.tf:9:1',
    'PASS',
    'tf/pg-role-privileges',
    'postgresql_role.app has no superuser, createrole, bypassrls or replication attribute.'
  ],
  [
    'pg/roles.tf:12:3',
    'PASS',
    'tf/literal-password',
    'postgresql_role.app.password comes from var.app_password, not from the repository.'
  ],
  [
    'pg/roles.tf:18:3',
    'WARN',
    'tf/pg-role-privileges',
    'postgresql_role.admin is created with SUPERUSER (bypasses every permission check).'
  ],
  [
    'pg/roles.tf:19:3',
    'FAIL',
    'tf/literal-password',
    'postgresql_role.admin.password is a literal password in the configuration: the secret is in the repository.'
  ],
  [
    'pg/roles.tf:25:3',
    'WARN',
    'tf/pg-role-privileges',
    'postgresql_role.svc is created with CREATEROLE (can create roles and grant itself their memberships).'
  ],
  [
    'pg/roles.tf:25:3',
    'WARN',
    'tf/pg-role-privileges',
    'postgresql_role.svc is created with REPLICATION (can stream the whole cluster).'
  ],
  [
    'pg/roles.tf:27:3',
    'FAIL',
    'tf/literal-password',
    'postgresql_role.svc.password is a literal password through the default of var.svc_password: the secret is in the repository.'
  ],
  [
    'pg/roles.tf:30:1',
    'PASS',
    'tf/pg-role-privileges',
    'postgresql_role.etl has no superuser, createrole, bypassrls or replication attribute.'
  ],
  [
    'pg/roles.tf:33:3',
    'FAIL',
    'tf/literal-password',
    'postgresql_role.etl.password is a literal password inside an expression with a string literal: the secret is in the repository.'
  ]
];

const EXPECTED_PG_GRANTS = [
  [
    'pg/grants.tf:3:3',
    'FAIL',
    'pg/public-grants',
    'postgresql_grant.public_read grants SELECT on all tables in schema public of database app to PUBLIC.'
  ],
  [
    'pg/grants.tf:11:3',
    'PASS',
    'pg/public-grants',
    'postgresql_grant.app_rw grants no data privilege to PUBLIC (grantee app).'
  ],
  [
    'pg/grants.tf:20:3',
    'FAIL',
    'pg/public-schema',
    "postgresql_grant.public_create lets PUBLIC CREATE in schema public of database app: any user can plant objects that shadow others' on the search_path."
  ],
  [
    'pg/grants.tf:28:3',
    'FAIL',
    'pg/public-grants',
    'postgresql_default_privileges.public_future grants SELECT on every new table in schema public of database app to PUBLIC.'
  ]
];

const EXPECTED_AWS = [
  [
    'aws/main.tf:7:5',
    'FAIL',
    'tf/rds-force-ssl',
    'aws_db_parameter_group.weak has rds.force_ssl 0 (set in the parameter group): clients may connect without TLS.'
  ],
  [
    'aws/main.tf:11:5',
    'WARN',
    'pg/password-encryption',
    'password_encryption is md5: new passwords are stored as weak MD5 hashes.'
  ],
  ['aws/main.tf:15:5', 'PASS', 'pg/connection-logging', 'log_connections and log_disconnections are on.'],
  [
    'aws/main.tf:23:5',
    'PASS',
    'pg/pgaudit',
    'pgaudit is loaded; pgaudit.log ddl,write,role covers ddl, write and role, no override lowers it, and log_parameter is off.'
  ],
  [
    'aws/main.tf:32:1',
    'FAIL',
    'tf/rds-force-ssl',
    'aws_rds_cluster_parameter_group.defaults has rds.force_ssl 0 (the Aurora default for PostgreSQL 15): clients may connect without TLS.'
  ],
  ['aws/main.tf:32:1', 'PASS', 'pg/password-encryption', 'password_encryption is scram-sha-256.'],
  [
    'aws/main.tf:32:1',
    'WARN',
    'pg/connection-logging',
    'log_connections and log_disconnections are off (log_connections off, log_disconnections off): sessions cannot be reconstructed from the logs.'
  ],
  [
    'aws/main.tf:32:1',
    'FAIL',
    'pg/pgaudit',
    'pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists.'
  ],
  [
    'aws/main.tf:41:3',
    'WARN',
    'tf/aws-public-access',
    'aws_db_instance.db is publicly accessible: it gets a public IP address and only its security groups stand between it and the internet.'
  ],
  [
    'aws/main.tf:37:1',
    'FAIL',
    'tf/aws-storage-encrypted',
    'aws_db_instance.db does not encrypt its storage: data files, snapshots and backups are stored unencrypted.'
  ],
  [
    'aws/main.tf:42:3',
    'FAIL',
    'tf/aws-backup-retention',
    'aws_db_instance.db keeps no automated backups (retention 0 days): no point-in-time recovery.'
  ],
  [
    'aws/main.tf:43:3',
    'PASS',
    'tf/aws-deletion-protection',
    'aws_db_instance.db has deletion protection enabled.'
  ],
  ['aws/main.tf:49:3', 'PASS', 'tf/aws-storage-encrypted', 'aws_rds_cluster.aurora encrypts its storage.'],
  [
    'aws/main.tf:50:3',
    'PASS',
    'tf/aws-backup-retention',
    'aws_rds_cluster.aurora keeps automated backups 14 days.'
  ],
  [
    'aws/main.tf:46:1',
    'WARN',
    'tf/aws-deletion-protection',
    'aws_rds_cluster.aurora has deletion protection disabled: one API call deletes the database.'
  ]
];

const EXPECTED_GCP = [
  ['gcp/main.tf:1:1', 'PASS', 'pg/password-encryption', 'password_encryption is scram-sha-256.'],
  ['gcp/main.tf:8:7', 'PASS', 'pg/connection-logging', 'log_connections and log_disconnections are on.'],
  [
    'gcp/main.tf:16:7',
    'PASS',
    'pg/pgaudit',
    'pgaudit is loaded; pgaudit.log all covers ddl, write and role, no override lowers it, and log_parameter is off.'
  ],
  [
    'gcp/main.tf:31:9',
    'FAIL',
    'tf/gcp-authorized-networks',
    'google_sql_database_instance.open authorizes 0.0.0.0/0: the whole internet may connect to its public IP.'
  ],
  [
    'gcp/main.tf:24:7',
    'FAIL',
    'tf/gcp-ssl-mode',
    'google_sql_database_instance.open accepts connections without TLS (ssl_mode ALLOW_UNENCRYPTED_AND_ENCRYPTED).'
  ],
  [
    'gcp/main.tf:35:7',
    'PASS',
    'tf/gcp-backups',
    'google_sql_database_instance.open has automated backups with point-in-time recovery.'
  ],
  ['gcp/main.tf:41:1', 'PASS', 'pg/password-encryption', 'password_encryption is scram-sha-256.'],
  [
    'gcp/main.tf:41:1',
    'WARN',
    'pg/connection-logging',
    'log_connections and log_disconnections are off (log_connections off, log_disconnections off): sessions cannot be reconstructed from the logs.'
  ],
  [
    'gcp/main.tf:41:1',
    'FAIL',
    'pg/pgaudit',
    'pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists.'
  ],
  [
    'gcp/main.tf:47:7',
    'PASS',
    'tf/gcp-authorized-networks',
    'google_sql_database_instance.private has no public IP address.'
  ],
  [
    'gcp/main.tf:49:7',
    'PASS',
    'tf/gcp-ssl-mode',
    'google_sql_database_instance.private accepts only TLS connections (ssl_mode ENCRYPTED_ONLY).'
  ],
  [
    'gcp/main.tf:41:1',
    'WARN',
    'tf/gcp-backups',
    'google_sql_database_instance.private has automated backups disabled.'
  ]
];

const EXPECTED_PLAN = [
  [
    'plan/prod.tfplan.json:8:11',
    'FAIL',
    'crdb/ip-allowlist',
    'Allowlist entry 0.0.0.0/0 (anywhere) opens SQL to the whole internet.'
  ],
  [
    'plan/prod.tfplan.json:39:15',
    'PASS',
    'tf/pg-role-privileges',
    'module.db.postgresql_role.app has no superuser, createrole, bypassrls or replication attribute.'
  ],
  [
    'plan/prod.tfplan.json:39:15',
    'FAIL',
    'tf/literal-password',
    'module.db.postgresql_role.app.password is a literal password in the plan file: the secret is in the repository.'
  ],
  [
    'plan/prod.tfplan.json:23:15',
    'PASS',
    'tf/aws-public-access',
    'module.db.aws_db_instance.this is not publicly accessible.'
  ],
  [
    'plan/prod.tfplan.json:23:15',
    'PASS',
    'tf/aws-storage-encrypted',
    'module.db.aws_db_instance.this encrypts its storage.'
  ],
  [
    'plan/prod.tfplan.json:23:15',
    'PASS',
    'tf/aws-backup-retention',
    'module.db.aws_db_instance.this keeps automated backups 7 days.'
  ],
  [
    'plan/prod.tfplan.json:23:15',
    'WARN',
    'tf/aws-deletion-protection',
    'module.db.aws_db_instance.this has deletion protection disabled: one API call deletes the database.'
  ]
];
