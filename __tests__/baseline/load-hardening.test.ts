import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBaseline, parseBaseline } from '../../src/baseline/load.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { cli } from '../helpers/cli-run.js';

const FILE = '.github/db-posture-baseline.yml';
const CATALOGUE = {
  knownCheckIds: new Set(['pg/superusers', 'pg/ssl', 'pg/encryption-at-rest']),
  attestableCheckIds: new Set(['pg/encryption-at-rest'])
};
const parse = (yaml: string) => parseBaseline(yaml, FILE, { ...CATALOGUE, now: AUDITED_AT });
const waiver = (object: string | undefined, target = 'prod-eu', reason = 'Migration runner') =>
  `  - check: pg/superusers\n    target: ${target}\n${object !== undefined ? `    object: ${object}\n` : ''}    reason: ${reason}\n    owner: "@org/platform"\n    expires: 2026-12-31\n`;
const attestation = (check: string, target = 'prod-eu') =>
  `  - check: ${check}\n    target: ${target}\n    status: PASS\n    evidence: LUKS on every volume, SEC-12\n    attested-by: "@alice"\n    expires: 2027-01-31\n`;

describe('the baseline loader refuses entries that would apply ambiguously or not at all', () => {
  it('two waivers for the same check, target and object: names both entries and their lines', () => {
    const yaml = `version: 1\nwaivers:\n${waiver('etl_admin')}${waiver('etl_admin', 'prod-eu', 'Other reason')}`;
    expect(() => parse(yaml)).toThrow(
      `Baseline file ${FILE}: waivers[1] (line 9) field "check": the same check, target and object ("pg/superusers", "prod-eu", "etl_admin") as waivers[0] (line 3); keep one entry per finding.`
    );
  });
  it('two waivers without object for the same check and target are the same finding too', () => {
    expect(() => parse(`version: 1\nwaivers:\n${waiver(undefined)}${waiver(undefined)}`)).toThrow(
      /waivers\[1\] \(line 8\) field "check": the same check, target and object \("pg\/superusers", "prod-eu"\) as waivers\[0\] \(line 3\)/
    );
  });
  it('accepts waivers that differ in object, in target, or a "*" beside an exact target', () => {
    const b = parse(
      `version: 1\nwaivers:\n${waiver('a')}${waiver('b')}${waiver('a', 'prod-us')}${waiver('a', '"*"')}${waiver(undefined)}`
    );
    expect(b.waivers.map(w => [w.target, w.object ?? null])).toEqual([
      ['prod-eu', 'a'],
      ['prod-eu', 'b'],
      ['prod-us', 'a'],
      ['*', 'a'],
      ['prod-eu', null]
    ]);
  });
  it('two attestations for the same check and target', () => {
    expect(() =>
      parse(
        `version: 1\nattestations:\n${attestation('pg/encryption-at-rest')}${attestation('pg/encryption-at-rest')}`
      )
    ).toThrow(
      `Baseline file ${FILE}: attestations[1] (line 9) field "check": the same check and target ("pg/encryption-at-rest", "prod-eu") as attestations[0] (line 3); keep one entry per finding.`
    );
  });
  it('an attestation for a check that reads the server itself (pg/ssl)', () => {
    expect(() => parse(`version: 1\nattestations:\n${attestation('pg/ssl')}`)).toThrow(
      `Baseline file ${FILE}: attestations[0] field "check": pg/ssl takes no attestation (it reads the server itself); attestable checks: pg/encryption-at-rest.`
    );
    expect(
      parse(`version: 1\nattestations:\n${attestation('pg/encryption-at-rest')}`).attestations
    ).toHaveLength(1);
  });
});

describe('the baseline loader refuses bytes and YAML that a reviewer cannot see', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-hard-'));
  const load = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return loadBaseline(file, true, { ...CATALOGUE, now: AUDITED_AT });
  };
  it('a Latin-1 byte in a reason: names the file, the line, the entry and the field', async () => {
    // The waiver's reason is on line 6; 0xe9 is "é" saved as Latin-1.
    const text = `version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    object: etl_admin\n    reason: Caf`;
    const latin1 = Buffer.concat([
      Buffer.from(text),
      Buffer.from([0xe9]),
      Buffer.from(' migration\n    owner: "@org/platform"\n    expires: 2026-12-31\n')
    ]);
    await expect(load('latin1.yml', latin1)).rejects.toThrow(
      `Baseline file ${path.join(dir, 'latin1.yml')} line 6: waivers[0] field "reason": byte 0xe9 is not valid UTF-8; save the file as UTF-8.`
    );
  });
  it('a truncated multi-byte sequence names its lead byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        'version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    reason: x\n    owner: "@o'
      ),
      Buffer.from([0xe2, 0x82]),
      Buffer.from('"\n    expires: 2026-12-31\n')
    ]);
    await expect(load('truncated.yml', bytes)).rejects.toThrow(
      /line 6: waivers\[0\] field "owner": byte 0xe2 is not valid UTF-8/
    );
  });
  it('valid UTF-8 with a BOM and non-ASCII text loads', async () => {
    const b = await load(
      'utf8.yml',
      Buffer.from(`\uFEFFversion: 1\nwaivers:\n${waiver('rôle_ü', 'prod-eu', 'Café migration')}`)
    );
    expect(b?.waivers[0]).toMatchObject({ object: 'rôle_ü', reason: 'Café migration' });
  });
  it('a YAML alias bomb is refused before it expands, naming the entry and the field', async () => {
    const bomb =
      'version: 1\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' +
      Array.from(
        { length: 9 },
        (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`
      ).join('\n') +
      '\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    reason: *a9\n    owner: "@o"\n    expires: 2026-12-31\n';
    await expect(load('bomb.yml', Buffer.from(bomb))).rejects.toThrow(
      `Baseline file ${path.join(dir, 'bomb.yml')} line 3: field "x1": YAML aliases (*name) are not allowed; write the value out so that reviewers see it.`
    );
  });
  it('a single alias in a waiver field is refused too, naming that field', () => {
    expect(() =>
      parse(
        'version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    reason: &r Migration\n    owner: "@o"\n    expires: 2026-12-31\n  - check: pg/superusers\n    target: prod-us\n    reason: *r\n    owner: "@o"\n    expires: 2026-12-31\n'
      )
    ).toThrow(
      `Baseline file ${FILE} line 10: waivers[1] field "reason": YAML aliases (*name) are not allowed`
    );
  });
  it('the CLI exits 2 naming the file before connecting (alias bomb, duplicate, non-UTF-8)', async () => {
    const file = path.join(dir, 'cli.yml');
    writeFileSync(file, `version: 1\nwaivers:\n${waiver('x')}${waiver('x')}`);
    const r = await cli(['audit', '--baseline', file, '--url', 'postgresql://u@127.0.0.1:1/db', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `db-posture: error: Baseline file ${file}: waivers[1] (line 9) field "check": the same check, target and object ("pg/superusers", "prod-eu", "x") as waivers[0] (line 3); keep one entry per finding.\n`
    );
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('version: 1\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    );
    const r2 = await cli(['audit', '--baseline', file, '--url', 'postgresql://u@127.0.0.1:1/db', '--quiet']);
    expect(r2).toMatchObject({
      code: 2,
      stderr: `db-posture: error: Baseline file ${file} line 2: top level: byte 0xe9 is not valid UTF-8; save the file as UTF-8.\n`
    });
  });
});
