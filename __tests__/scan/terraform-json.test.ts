import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import type { ScanFinding } from '../../src/scan/finding.js';
import { scan } from '../../src/scan/scan.js';
import { hclParser } from '../../src/scan/terraform/hcl.js';
import { cli } from '../helpers/cli-run.js';

/**
 * `*.tf.json` (Terraform's JSON syntax): read as JSON into hcl2json's structure, judged by the same
 * Terraform judgements, findings on the line and column of the deciding key in the JSON text.
 */
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

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'db-posture-tfjson-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
const scanRoot = (root: string) => scan({ root, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx });
const rows = (fs: readonly ScanFinding[]) =>
  fs.map(f => `${f.file}:${f.line}:${f.column} ${f.status} ${f.checkId}`);

const SAMPLE = `{
  "//": "written by a generator",
  "variable": {
    "office": { "default": "203.0.113.0" }
  },
  "resource": {
    "cockroach_allow_list": {
      "office": {
        "cidr_ip": "\${var.office}",
        "cidr_mask": 24,
        "ui": false,
        "sql": true
      },
      "anywhere": {
        "cidr_ip": "0.0.0.0",
        "cidr_mask": 0,
        "ui": false,
        "sql": true
      }
    },
    "aws_db_parameter_group": {
      "weak": {
        "name": "weak",
        "family": "postgres16",
        "parameter": [
          { "name": "rds.force_ssl", "value": "0" },
          { "name": "password_encryption", "value": "md5" }
        ]
      }
    },
    "postgresql_role": {
      "etl": { "name": "etl", "login": true, "superuser": true, "password": "s3cret-in-json" }
    }
  }
}
`;

describe('*.tf.json', () => {
  it('FAIL/WARN/PASS on the key that decides, by line and column of the JSON text; the password never printed', async () => {
    const root = repo({ 'infra/main.tf.json': SAMPLE });
    const r = await scanRoot(root);
    expect(r.scanned).toEqual([{ rel: 'infra/main.tf.json', kind: 'terraform' }]);
    expect(rows(r.findings)).toEqual([
      // "cidr_mask": 24 of office (cidr_ip from the variable's default), "cidr_mask": 0 of anywhere.
      'infra/main.tf.json:10:9 PASS crdb/ip-allowlist',
      'infra/main.tf.json:16:9 FAIL crdb/ip-allowlist',
      // Four keys on one line: "superuser" at column 46, "password" at column 65.
      'infra/main.tf.json:32:46 WARN tf/pg-role-privileges',
      'infra/main.tf.json:32:65 FAIL tf/literal-password',
      // The "value" key inside each parameter object; settings left out: the resource's name key.
      'infra/main.tf.json:26:38 FAIL tf/rds-force-ssl',
      'infra/main.tf.json:27:44 WARN pg/password-encryption',
      'infra/main.tf.json:22:7 WARN pg/connection-logging',
      'infra/main.tf.json:22:7 FAIL pg/pgaudit'
    ]);
    expect(r.findings.find(f => f.status === 'FAIL')!.key).toBe(
      'crdb/ip-allowlist|infra/main.tf.json|cockroach_allow_list.anywhere 0.0.0.0/0'
    );
    const out = await cli(['scan', '--root', root, '--format', 'json']);
    expect(out.code).toBe(1);
    expect(out.stdout).not.toContain('s3cret-in-json');
  });

  it('keys are located by the token walk: escapes, braces and key-like text inside strings, duplicate keys (last wins)', async () => {
    const text = [
      '{"resource": {"cockroach_allow_list": {',
      '  "a": {"//": "not \\"cidr_mask\\": 0 {", "sql": true, "ui": false,',
      '        "cidr_ip": "10.0.0.0", "cidr_mask": 8,',
      '        "cidr_mask": 28}',
      '}}}',
      ''
    ].join('\n');
    const r = await scanRoot(repo({ 'net.tf.json': text }));
    expect(rows(r.findings)).toEqual(['net.tf.json:4:9 PASS crdb/ip-allowlist']);
    // The later "cidr_mask": 28 decides (an /8 would WARN).
    expect(r.findings[0].detail.text).toBe('1 allowlist entry, none broader than /28.');
  });

  it('a .tf.json and a .tf file of one directory are one module: a variable of one resolves in the other', async () => {
    const root = repo({
      'm/variables.tf': 'variable "anywhere" {\n  default = "0.0.0.0"\n}\n',
      'm/main.tf.json': JSON.stringify(
        {
          resource: {
            cockroach_allow_list: { open: { cidr_ip: '${var.anywhere}', cidr_mask: 0, ui: false, sql: true } }
          }
        },
        null,
        2
      )
    });
    const r = await scanRoot(root);
    expect(rows(r.findings)).toEqual(['m/main.tf.json:6:9 FAIL crdb/ip-allowlist']);
  });

  it('invalid JSON is one scan/parse INFO on the exact line and column; a non-object top level too', async () => {
    const r = await scanRoot(
      repo({
        'a/bad.tf.json': '{\n  "resource": {\n    "x": \n  }\n}\n',
        'b/list.tf.json': '  [1, 2]\n',
        'c/unterminated.tf.json': '{"resource": "abc\n',
        'd/shape.tf.json': '{"resource": {"cockroach_allow_list": {\n  "a": "0.0.0.0/0"}}}\n'
      })
    );
    expect(
      r.findings.map(f => [`${f.file}:${f.line}:${f.column}`, f.status, f.checkId, f.detail.text])
    ).toEqual([
      [
        'a/bad.tf.json:4:3',
        'INFO',
        'scan/parse',
        'Could not parse line 4: invalid JSON: expected a value, found "}".'
      ],
      [
        'b/list.tf.json:1:3',
        'INFO',
        'scan/parse',
        'Could not parse line 1: a Terraform JSON file holds one object at the top level.'
      ],
      [
        'c/unterminated.tf.json:1:18',
        'INFO',
        'scan/parse',
        'Could not parse line 1: invalid JSON: expected a closing quote (a control character must be escaped), found "\\n".'
      ],
      [
        'd/shape.tf.json:2:3',
        'INFO',
        'scan/parse',
        'Could not parse line 2: resource "cockroach_allow_list.a" must be a JSON object.'
      ]
    ]);
  });

  it('every .tf fixture, rewritten as .tf.json from what hcl2json reads, gets the same verdicts', async () => {
    const parse = await hclParser();
    for (const dir of ['aws', 'gcp', 'crdb-bad', 'crdb-good', 'pg']) {
      const files: Record<string, string> = {};
      const jsonFiles: Record<string, string> = {};
      for (const f of readdirSync(path.join(FIXTURES, dir)).filter(f => f.endsWith('.tf'))) {
        const text = readFileSync(path.join(FIXTURES, dir, f), 'utf8');
        files[`${dir}/${f}`] = text;
        // hcl2json's output is valid Terraform JSON syntax (blocks as lists, expressions as "${...}").
        jsonFiles[`${dir}/${f}.json`] = JSON.stringify(await parse(f, text), null, 2);
      }
      const hcl = await scanRoot(repo(files));
      const json = await scanRoot(repo(jsonFiles));
      const verdicts = (fs: readonly ScanFinding[], strip: RegExp) =>
        fs.map(f => `${f.status} ${f.checkId} ${f.key.replace(strip, '.tf')} ${f.detail.text}`).sort();
      expect(json.findings.length).toBeGreaterThan(0);
      expect(verdicts(json.findings, /\.tf\.json/g)).toEqual(verdicts(hcl.findings, /\.tf\b/g));
      // Each JSON finding sits on a line of the file that holds a key (never line 1 by default).
      for (const f of json.findings) {
        const line = jsonFiles[f.file].split('\n')[f.line - 1];
        expect([f.file, line.slice(f.column - 1, f.column)]).toEqual([f.file, '"']);
      }
    }
  });
});
