import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli-run.js';
import { liveInjections, renderGfm } from '../helpers/gfm.js';

/**
 * The audited party writes the logs: user names, statements, table names and addresses are
 * attacker-controlled. Every one of them must reach the hunt's markdown as inert text (GitHub's
 * renderer finds no live HTML, link or mention), and a clear-text password must never reach any output.
 */
describe('hostile log content', () => {
  it('renders as inert code spans and leaks no password', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-hostile-'));
    const log = path.join(dir, 'hostile.ndjson');
    const hostileUser =
      '@org/admins `| <img src=x onerror=alert(1)> [click](https://evil.example)\n# heading';
    const statement =
      "GRANT admin TO eve; CREATE ROLE x PASSWORD 'Sup3r-S3cret'; <script>alert(1)</script> | --";
    writeFileSync(
      log,
      `${JSON.stringify({
        channel: 'USER_ADMIN',
        timestamp: '1717000000.0',
        event: {
          EventType: 'grant_role',
          User: hostileUser,
          Statement: statement,
          GranteeRoles: ['admin'],
          Members: ['<b>eve</b>']
        }
      })}\n`
    );
    const out = path.join(dir, 'out');
    const r = await cli(['hunt', '--logs', log, '--out', out, '--format', 'markdown,json,sarif'], {
      now: new Date('2030-01-01T00:00:00Z')
    });
    expect(r.code).toBe(1);
    const md = readFileSync(path.join(out, 'hunt-2030-01-01.md'), 'utf8');
    const html = renderGfm(md);
    expect(liveInjections(html, new Set())).toEqual([]);
    expect(html).not.toContain('<h1>heading');
    expect(html).not.toContain('<script>');
    for (const f of ['hunt-2030-01-01.md', 'hunt-2030-01-01.json', 'hunt-2030-01-01.sarif'])
      expect(readFileSync(path.join(out, f), 'utf8')).not.toContain('Sup3r-S3cret');
    expect(r.stdout).not.toContain('Sup3r-S3cret');
    const json = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.json'), 'utf8'));
    expect(json.detections[0].events[0].statement).toBe(
      'GRANT admin TO eve; CREATE ROLE x PASSWORD *****; <script>alert(1)</script> | --'
    );
  });

  it('shows progress on a terminal and clears the line at the end (a pipe gets none: see cli.test.ts)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-progress-'));
    const log = path.join(dir, 'big.ndjson');
    const line = JSON.stringify({
      channel: 'SQL_EXEC',
      timestamp: '1717000000.0',
      event: { EventType: 'query_execute', Statement: 'SELECT 1', User: 'app' }
    });
    writeFileSync(log, `${Array.from({ length: 60000 }, () => line).join('\n')}\n`);
    const { runCli } = await import('../../src/cli/main.js');
    let err = '';
    const tty = {
      isTTY: true,
      columns: 100,
      write: (s: string) => ((err += s), true)
    } as unknown as NodeJS.WriteStream;
    const sink = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    let t = 0;
    const realNow = performance.now.bind(performance);
    performance.now = () => (t += 1000);
    try {
      const code = await runCli(['hunt', '--logs', log, '--out', dir, '--format', 'json'], {
        stdout: sink,
        stderr: tty,
        env: {}
      });
      expect(code).toBe(0);
    } finally {
      performance.now = realNow;
    }
    expect(err).toMatch(
      // eslint-disable-next-line no-control-regex -- the terminal escape is what is being tested
      /^\r\x1b\[2Kdb-posture hunt: 1 MB read, 0 detections\r\x1b\[2Kdb-posture hunt: 2 MB read/
    );
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
  });
});
