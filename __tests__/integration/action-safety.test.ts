import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { GitHubStandIn } from '../helpers/github-standin.js';
import { runAction } from '../helpers/action-run.js';
import { liveInjections, renderGfm } from '../helpers/gfm.js';
import { RecordingProxy } from '../helpers/recording-proxy.js';

/**
 * The committed action bundle on the paths where real runners differ from a laptop: a missing
 * secret, a hostile server error, passwords with characters URL encoding changes, GitHub
 * Enterprise Server with a GitHub App token, and a corporate proxy.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const TOKEN = 'ghs_safetyToken456';
/** Every character class URL encoding touches: the decoded and the encoded form must both be masked. */
const ODD_PASSWORD = 'p@ss:w/rd%Zz9 #x';
const HOSTILE = '<img src=x onerror=alert(1)> @acme/security-team [click](https://evil.example/x)';
let srv: EmbeddedServer;
let gh: GitHubStandIn;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run npm run build');
  srv = await startServer();
  const c = srv.client();
  await c.connect();
  await c.query(`CREATE ROLE odd LOGIN SUPERUSER PASSWORD '${ODD_PASSWORD.replace(/'/g, "''")}'`);
  // The server's error text on connecting names this value: the audited party writes it.
  await c.query(`CREATE ROLE hostile LOGIN PASSWORD 'hostile-pw'`);
  await c.query(`ALTER ROLE hostile SET session_preload_libraries = '"${HOSTILE}"'`);
  // A login with no monitoring role: what it may not read is UNKNOWN (a missing privilege).
  await c.query(`CREATE ROLE lowpriv LOGIN PASSWORD 'lowpriv-pw'`);
  await c.end();
});
afterAll(() => srv?.stop());
beforeEach(async () => {
  gh = new GitHubStandIn();
  await gh.start();
});
afterEach(() => gh.stop());

const shownLog = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n');

describe('a missing target', () => {
  for (const [event, label] of [
    ['push', 'push'],
    ['schedule', 'schedule'],
    ['pull_request', 'same-repository pull request']
  ] as const) {
    it(`on a ${label} is a configuration error naming connection-string (a renamed secret must not pass)`, async () => {
      const r = await runAction({
        inputs: { name: 'prod-eu', 'github-token': TOKEN },
        apiUrl: gh.url,
        event
      });
      expect(r.code).toBe(2);
      const message = `No target: the connection-string input is empty on this ${event} run (and so are couchbase-url and cloud-api-key). An unset or renamed secret gives an empty input; only pull requests from forks, which get no secrets, may skip.`;
      expect(r.stdout).toContain(`::error::db-posture configuration error: ${message}`);
      expect(r.summary).toBe(
        `### db-posture: configuration error\n\nNothing was audited:\n\n\`\`\`text\n${message}\n\`\`\`\n`
      );
      expect(r.outputs).toMatchObject({ result: 'error', passed: 'false', 'fail-count': '0' });
      expect(gh.requests).toHaveLength(0);
    });
  }

  it('on a fork pull request is a neutral skip that says why', async () => {
    const r = await runAction({
      inputs: { name: 'prod-eu', 'github-token': TOKEN },
      apiUrl: gh.url,
      fork: true
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '::notice::db-posture skipped: this pull request comes from a fork, and GitHub passes no secrets to such runs.'
    );
    expect(r.outputs).toMatchObject({ result: 'skipped', passed: 'true' });
  });
});

describe('secrets and hostile text', () => {
  it('masks the connection string, its password decoded and URL-encoded, and every secret input', async () => {
    const url = srv.url('postgres', 'odd', ODD_PASSWORD);
    const encoded = encodeURIComponent(ODD_PASSWORD);
    expect(url).toContain(encoded);
    const r = await runAction({
      inputs: {
        'connection-string': url,
        name: 'prod-eu',
        'github-token': TOKEN,
        'cloud-api-key': 'CCDB1_cloudKeySecret',
        'couchbase-password': 'cb-Secret-77',
        comment: 'off'
      },
      apiUrl: gh.url,
      event: 'push'
    });
    const masks = r.stdout
      .split('\n')
      .filter(l => l.startsWith('::add-mask::'))
      // @actions/core escapes workflow-command data (% \r \n); the runner unescapes it.
      .map(l =>
        l.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
      );
    for (const secret of [url, ODD_PASSWORD, encoded, TOKEN, 'CCDB1_cloudKeySecret', 'cb-Secret-77']) {
      expect(masks).toContain(secret);
    }
    const shown = shownLog(r.stdout);
    const md = r.outputs['report-markdown'] ? readFileSync(r.outputs['report-markdown'], 'utf8') : '';
    for (const text of [shown, r.summary, md, JSON.stringify(r.outputs)]) {
      for (const secret of [ODD_PASSWORD, encoded, TOKEN, 'CCDB1_cloudKeySecret', 'cb-Secret-77']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('an error in the connection-string input names the input, not the CLI flag', async () => {
    const r = await runAction({
      inputs: { 'connection-string': 'mysql://u:p@h/db', name: 'x' },
      event: 'push'
    });
    expect(r.code).toBe(2);
    const error = r.stdout.split('\n').find(l => l.startsWith('::error::'))!;
    expect(error).toContain('connection-string');
    expect(error).not.toMatch(/--url\b/);
  });

  it("the server's error text in the summary stays inert under GitHub's renderer", async () => {
    const r = await runAction({
      inputs: {
        'connection-string': srv.url('postgres', 'hostile', 'hostile-pw'),
        name: 'prod-eu',
        comment: 'off'
      },
      event: 'push'
    });
    expect(r.code).toBe(3);
    expect(r.summary).toContain('### db-posture: target could not be audited');
    // The hostile value did reach the summary (else this test proves nothing; PostgreSQL's path
    // canonicalisation turns "//" into "/") ...
    expect(r.summary).toContain(
      '"<img src=x onerror=alert(1)> @acme/security-team [click](https:/evil.example/x)"'
    );
    // ... and rendered by cmark-gfm nothing of it is a live element, link or mention.
    const html = renderGfm(r.summary);
    expect(liveInjections(html, new Set())).toEqual([]);
    expect(html).toContain('<pre><code class="language-text">');
  });
});

describe('GitHub Enterprise Server, App tokens and proxies', () => {
  it('GHES with an App token: GraphQL at /api/graphql, one comment across runs, comment outputs set', async () => {
    const ghes = new GitHubStandIn({ ghes: true });
    await ghes.start();
    try {
      ghes.viewer = 'acme-auditor[bot]';
      const run = () =>
        runAction({
          inputs: { 'connection-string': srv.url(), name: 'prod-eu', 'github-token': TOKEN },
          apiUrl: ghes.apiUrl,
          graphqlUrl: ghes.graphqlUrl,
          env: { GITHUB_SERVER_URL: 'https://ghes.acme.example' }
        });
      const first = await run();
      const second = await run();
      expect(ghes.comments.get(7)).toHaveLength(1);
      const comment = ghes.comments.get(7)![0];
      expect(comment.user.login).toBe('acme-auditor[bot]');
      expect(second.stdout).toContain(`pull-request comment unchanged (id ${comment.id})`);
      for (const r of [first, second]) {
        expect(r.outputs['comment-id']).toBe(String(comment.id));
        expect(r.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comment.id}$`));
      }
      expect(ghes.requests.filter(q => q.path.endsWith('graphql')).map(q => q.path)).toEqual([
        '/api/graphql',
        '/api/graphql'
      ]);
      // @actions/artifact does not support GHES: said, not failed.
      expect(first.stdout).toContain('report artifact not uploaded');
    } finally {
      await ghes.stop();
    }
  });

  it('GitHub calls go through HTTPS_PROXY/HTTP_PROXY (CONNECT seen); NO_PROXY is respected', async () => {
    const proxy = new RecordingProxy();
    await proxy.start();
    try {
      const port = new URL(gh.url).port;
      const api = `http://vm:${port}`;
      const base = {
        inputs: { 'connection-string': srv.url(), name: 'prod-eu', 'github-token': TOKEN },
        apiUrl: api
      };
      const proxied = await runAction({ ...base, env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } });
      expect(proxied.outputs['comment-id']).not.toBe('');
      expect(proxy.targets().length).toBeGreaterThan(0);
      expect(new Set(proxy.targets())).toEqual(new Set([`vm:${port}`]));
      // The database (127.0.0.1, loopback) was reached directly.
      const before = proxy.targets().length;
      const direct = await runAction({ ...base, env: { HTTP_PROXY: proxy.url, NO_PROXY: 'vm' } });
      expect(direct.stdout).toContain('pull-request comment unchanged');
      expect(proxy.targets()).toHaveLength(before);
    } finally {
      await proxy.stop();
    }
  });

  it('an unreachable GitHub API is a warning naming the cause; the audit and gate are unaffected', async () => {
    const r = await runAction({
      inputs: { 'connection-string': srv.url(), name: 'prod-eu', 'github-token': TOKEN, 'http-timeout': '2' },
      apiUrl: 'http://127.0.0.1:9'
    });
    expect(r.stdout).toMatch(
      /::warning::db-posture: pull-request comment failed: GitHub API \S+ \S+ failed: connection refused \(ECONNREFUSED\)/
    );
    expect(r.outputs.result).toMatch(/^audited-/);
  });

  it('bad comment and http-timeout inputs are configuration errors naming the input', async () => {
    const bad = await runAction({
      inputs: { 'connection-string': srv.url(), comment: 'sometimes' },
      event: 'push'
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::db-posture configuration error: Invalid input comment "sometimes": expected one of update, recreate, delete-when-clean, only-when-failing, off (or true/false).'
    );
    const slow = await runAction({
      inputs: { 'connection-string': srv.url(), 'http-timeout': '0' },
      event: 'push'
    });
    expect(slow.stdout).toContain(
      '::error::db-posture configuration error: Invalid input http-timeout "0": expected whole seconds from 1 to 600.'
    );
  });

  it('an out-dir or sarif-file that cannot be written is exit 2 before connecting', async () => {
    const base = { 'connection-string': 'postgresql://u:p@127.0.0.1:1/x', name: 'prod-eu', comment: 'off' };
    const file = await runAction({ inputs: { ...base, 'out-dir': '/etc/hostname' }, event: 'push' });
    expect(file.code).toBe(2);
    expect(file.stdout).toContain(
      '::error::db-posture configuration error: Invalid input out-dir "/etc/hostname": it is an existing file; expected a directory for the reports.'
    );
    const dir = await runAction({ inputs: { ...base, 'sarif-file': '/tmp' }, event: 'push' });
    expect(dir.code).toBe(2);
    expect(dir.stdout).toContain(
      '::error::db-posture configuration error: Invalid input sarif-file "/tmp": it is a directory; expected a file path.'
    );
    expect(dir.stdout).not.toContain('Cannot connect');
  });

  it('fail-on unknown: a missing privilege (UNKNOWN) fails the gate and is counted; fail-on fail does not block on it', async () => {
    const base = {
      'connection-string': srv.url('postgres', 'lowpriv', 'lowpriv-pw'),
      name: 'low',
      comment: 'off'
    };
    const lenient = await runAction({ inputs: base, event: 'push' });
    const unknowns = Number(lenient.outputs['unknown-count']);
    expect(unknowns).toBeGreaterThan(0);
    const fails = lenient.outputs['unwaived-fail-count'];
    expect(lenient.stdout).not.toContain('unwaived UNKNOWN');
    const strict = await runAction({ inputs: { ...base, 'fail-on': 'unknown' }, event: 'push' });
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({
      result: 'audited-failed',
      passed: 'false',
      'unknown-count': String(unknowns)
    });
    expect(strict.stdout).toContain(
      `::error::db-posture gate failed for low: ${fails} unwaived FAIL, ${unknowns} unwaived UNKNOWN.`
    );
  });

  it('junit-file: the JUnit XML is copied where asked and named in the output', async () => {
    const r = await runAction({
      inputs: {
        'connection-string': srv.url(),
        name: 'prod-eu',
        comment: 'off',
        'junit-file': 'out/db-posture.xml'
      },
      event: 'push'
    });
    expect(r.outputs['junit-file']).toBe(path.join(r.workspace, 'out/db-posture.xml'));
    expect(readFileSync(r.outputs['junit-file'], 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
  });
});
