import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MATRIX_LIMIT, parseShard, parseTargets, targetOptions, toMatrix } from '../../src/fleet/targets.js';
import { cli } from '../helpers/cli-run.js';

const FILE = `version: 1
defaults:
  environment: staging
  compliance: [soc2]
targets:
  - name: prod-eu
    engine: postgres
    url-env: PROD_EU_URL
    environment: production
    compliance: soc2,pci-dss
    data-sensitivity: pii-phi
  - name: crdb-cloud
    engine: cockroachdb
    cloud-cluster-id: 1d5a3c4e
    cloud-api-key-env: CRDB_API_KEY
  - name: cb
    engine: couchbase
    couchbase-url: https://cb.internal:18091
    couchbase-username: ro_admin
    couchbase-password-env: CB_PASSWORD
`;

describe('targets file', () => {
  it('reads targets with defaults merged in and line numbers', () => {
    const t = parseTargets(FILE, 'fleet.yml');
    expect(t.targets.map(x => [x.index, x.line, x.name])).toEqual([
      [0, 6, 'prod-eu'],
      [1, 12, 'crdb-cloud'],
      [2, 16, 'cb']
    ]);
    expect(t.targets[1].settings).toEqual({
      environment: 'staging',
      compliance: ['soc2'],
      engine: 'cockroachdb',
      'cloud-cluster-id': '1d5a3c4e',
      'cloud-api-key-env': 'CRDB_API_KEY'
    });
  });

  it('turns each target into audit options with its secrets read from the variables it names', () => {
    const t = parseTargets(FILE, 'fleet.yml');
    const env = { PROD_EU_URL: 'postgresql://a:pw@db/x', CRDB_API_KEY: 'key-123', CB_PASSWORD: 'cb-pass' };
    const eu = targetOptions(t, t.targets[0], env, { outDir: 'out' });
    expect(eu).toMatchObject({
      name: 'prod-eu',
      engine: 'postgres',
      url: 'postgresql://a:pw@db/x',
      environment: 'production',
      compliance: ['soc2', 'pci-dss'],
      dataSensitivity: 'pii-phi',
      outDir: 'out'
    });
    expect(targetOptions(t, t.targets[1], env, {})).toMatchObject({
      cloudApiKey: 'key-123',
      cloudClusterId: '1d5a3c4e',
      environment: 'staging'
    });
    expect(targetOptions(t, t.targets[2], env, {})).toMatchObject({
      couchbasePassword: 'cb-pass',
      couchbaseUsername: 'ro_admin'
    });
  });

  it('a secret variable that is unset or empty is named (never its value) with the entry', () => {
    const t = parseTargets(FILE, 'fleet.yml');
    expect(() => targetOptions(t, t.targets[0], { PROD_EU_URL: '' }, {})).toThrow(
      'Targets file fleet.yml: targets[0] (prod-eu) line 6: url-env names PROD_EU_URL, which is not set (or empty) in the environment.'
    );
  });

  it('a bad value is named with the file, the entry and the key', () => {
    const t = parseTargets(FILE.replace('environment: production', 'environment: prod'), 'fleet.yml');
    expect(() => targetOptions(t, t.targets[0], { PROD_EU_URL: 'postgresql://x@y/z' }, {})).toThrow(
      'Invalid fleet.yml targets[0] (prod-eu) line 6 environment "prod": expected one of production, staging, development, sandbox.'
    );
  });

  const bad: [string, string, string][] = [
    [
      'an unknown key',
      FILE.replace('    data-sensitivity: pii-phi', '    data-sensitivty: pii-phi'),
      'targets[0] (prod-eu) line 6: unknown key "data-sensitivty".'
    ],
    [
      'a secret value',
      FILE.replace('    url-env: PROD_EU_URL', '    url: postgresql://u:pw@h/db'),
      'targets[0] (prod-eu) line 6: key "url" would put a secret in the file; name the environment variable that holds it with url-env.'
    ],
    [
      'a password',
      FILE.replace('    couchbase-password-env: CB_PASSWORD', '    couchbase-password: hunter2'),
      'targets[2] (cb) line 16: key "couchbase-password" would put a secret in the file; name the environment variable that holds it with couchbase-password-env.'
    ],
    [
      'credentials in a URL',
      FILE.replace('https://cb.internal', 'https://ro_admin:pw@cb.internal'),
      'targets[2] (cb) line 16: couchbase-url carries credentials; use couchbase-username and couchbase-password-env.'
    ],
    [
      'a variable name that is not one',
      FILE.replace('url-env: PROD_EU_URL', 'url-env: postgresql://x'),
      'targets[0] (prod-eu) line 6: url-env "postgresql://x": expected an environment variable name such as PROD_DB_URL.'
    ],
    [
      'a duplicate target',
      FILE.replace('name: cb', 'name: prod-eu'),
      'targets[2] (prod-eu) line 16: name "prod-eu" is also used by targets[0]; each target needs its own name.'
    ],
    [
      'a missing name',
      FILE.replace('  - name: cb\n', '  - engine: couchbase\n').replace(
        '    engine: couchbase\n    couchbase-url',
        '    couchbase-url'
      ),
      'targets[2] line 16: name is required.'
    ],
    [
      'a bad name',
      FILE.replace('name: cb', 'name: "cb/1"'),
      'targets[2] (cb/1) line 16: name "cb/1": expected letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric).'
    ],
    [
      'name in defaults',
      FILE.replace('defaults:\n', 'defaults:\n  name: x\n'),
      'defaults: unknown key "name".'
    ],
    ['a wrong version', FILE.replace('version: 1', 'version: 2'), 'field "version": expected 1, found 2.'],
    ['no targets', 'version: 1\ntargets: []\n', 'field "targets": expected a non-empty list of targets.'],
    ['an unknown top-level key', `${FILE}target: []\n`, 'top level: unknown key "target".']
  ];
  it.each(bad)('refuses %s', (_name, text, message) => {
    expect(() => parseTargets(text, 'fleet.yml')).toThrow(`Targets file fleet.yml: ${message}`);
  });

  it('refuses YAML that does not parse, with the line', () => {
    expect(() => parseTargets('version: 1\ntargets:\n  - name: a\n   b: [\n', 'fleet.yml')).toThrow(
      /^Targets file fleet\.yml line \d+ is not valid YAML: /
    );
  });
});

describe('matrix', () => {
  it('has one leg per target with its settings, its secret variable names and a unique artifact name', () => {
    expect(toMatrix(parseTargets(FILE, 'fleet.yml')).include).toEqual([
      {
        name: 'prod-eu',
        environment: 'production',
        compliance: 'soc2,pci-dss',
        engine: 'postgres',
        url_env: 'PROD_EU_URL',
        data_sensitivity: 'pii-phi',
        artifact_name: 'db-posture-prod-eu'
      },
      {
        name: 'crdb-cloud',
        environment: 'staging',
        compliance: 'soc2',
        engine: 'cockroachdb',
        cloud_cluster_id: '1d5a3c4e',
        cloud_api_key_env: 'CRDB_API_KEY',
        artifact_name: 'db-posture-crdb-cloud'
      },
      {
        name: 'cb',
        environment: 'staging',
        compliance: 'soc2',
        engine: 'couchbase',
        couchbase_url: 'https://cb.internal:18091',
        couchbase_username: 'ro_admin',
        couchbase_password_env: 'CB_PASSWORD',
        artifact_name: 'db-posture-cb'
      }
    ]);
  });

  const many = (n: number) =>
    parseTargets(
      `version: 1\ntargets:\n${Array.from({ length: n }, (_, i) => `  - name: t${i}\n    url-env: T${i}\n`).join('')}`,
      'big.yml'
    );

  it('takes up to 256 legs; 257 need shards, and shards split the targets evenly in order', () => {
    expect(toMatrix(many(MATRIX_LIMIT)).include).toHaveLength(256);
    expect(() => toMatrix(many(257))).toThrow(
      'Targets file big.yml has 257 targets; a GitHub Actions matrix runs at most 256 jobs. Split it with --shard 1/2 (one matrix job per shard).'
    );
    const big = many(600);
    const shards = [1, 2, 3].map(index =>
      toMatrix(big, { shard: { index, count: 3 } }).include.map(l => l.name)
    );
    expect(shards.map(s => s.length)).toEqual([200, 200, 200]);
    expect(shards.flat()).toEqual(big.targets.map(t => t.name));
    expect(() => toMatrix(big, { shard: { index: 1, count: 2 } })).toThrow('has 300 targets in this shard');
  });

  it('parses --shard i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('3/3')).toEqual({ index: 3, count: 3 });
    for (const v of ['0/3', '4/3', '1', 'a/b', '1/0'])
      expect(() => parseShard(v)).toThrow(
        `Invalid --shard ${JSON.stringify(v)}: expected i/n with 1 <= i <= n, such as 1/3.`
      );
  });

  it('db-posture targets --matrix prints the JSON strategy.matrix takes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-targets-'));
    const file = path.join(dir, 'fleet.yml');
    writeFileSync(file, FILE);
    const r = await cli(['targets', '--matrix', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).include.map((l: { name: string }) => l.name)).toEqual([
      'prod-eu',
      'crdb-cloud',
      'cb'
    ]);
    expect(r.stdout).not.toMatch(/postgresql:|hunter/);
    const missing = await cli(['targets', '--matrix', path.join(dir, 'nope.yml')]);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: --matrix ${path.join(dir, 'nope.yml')}: cannot be read (ENOENT): expected a targets file (YAML).\n`
    });
    expect((await cli(['targets'])).stderr).toBe(
      'db-posture: error: db-posture targets needs --matrix <targets file>.\n'
    );
  });
});
