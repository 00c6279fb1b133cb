import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MadeCertificate {
  readonly certFile: string;
  readonly keyFile: string;
  readonly cert: string;
  readonly key: string;
  readonly dir: string;
}

/**
 * A self-signed EC P-256 certificate made now with openssl, valid for `days`. Files are
 * `<name>.crt` and `<name>.key` in `dir` (a new temporary directory unless given); the key is 0600.
 */
export function makeCertificate(opts: {
  days: number;
  cn: string;
  name?: string;
  dir?: string;
  san?: string;
}): MadeCertificate {
  const dir = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), 'db-posture-certs-'));
  const name = opts.name ?? 'server';
  const certFile = path.join(dir, `${name}.crt`);
  const keyFile = path.join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      String(opts.days),
      '-subj',
      `/CN=${opts.cn}`,
      ...(opts.san ? ['-addext', `subjectAltName=${opts.san}`] : [])
    ],
    { stdio: 'ignore' }
  );
  chmodSync(keyFile, 0o600);
  return { certFile, keyFile, cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), dir };
}
