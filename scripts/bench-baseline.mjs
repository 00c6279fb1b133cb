// npm run bench (last case), or alone: node scripts/bench-baseline.mjs [--findings 10000 --waivers 10000]
// The large-baseline case: waiver matching, stale detection and the baseline commands on 10,000
// findings and 10,000 waivers. applyBaseline runs in-process (transpiled from src/, median of 5)
// beside the quadratic filter-per-waiver it replaced; the CLI commands run from dist/cli.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadApplyBaseline(dir) {
  const ts = (await import('typescript')).default;
  for (const rel of ['src/baseline/apply.ts', 'src/diff/identity.ts']) {
    const js = ts.transpileModule(readFileSync(path.join(root, rel), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    }).outputText;
    const file = path.join(dir, rel.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, js);
  }
  return (await import(pathToFileURL(path.join(dir, 'src/baseline/apply.js')).href)).applyBaseline;
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchLargeBaseline({ findings: nFindings = 10000, waivers: nWaivers = 10000 } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-baseline-'));
  const applyBaseline = await loadApplyBaseline(dir);
  const now = new Date('2026-11-24T00:00:00Z');
  const makeFindings = () =>
    Array.from({ length: nFindings }, (_, i) => ({
      checkId: 'pg/public-grants',
      title: 'PUBLIC privileges',
      dimension: 'Authorization',
      status: 'FAIL',
      rawStatus: 'FAIL',
      object: `db${i % 200}.public.t_${i}`,
      detail: { text: `PUBLIC can read t_${i}`, markdown: `PUBLIC can read t_${i}` },
      remediation: { text: 'Revoke', link: 'https://example.test' },
      frameworks: {}
    }));
  // 90% of the waivers match a finding; the rest are stale (objects the audit no longer sees).
  const waivers = Array.from({ length: nWaivers }, (_, i) => ({
    check: 'pg/public-grants',
    target: 'bench',
    object: i < nWaivers * 0.9 ? `db${i % 200}.public.t_${i}` : `gone.public.t_${i}`,
    reason: 'Legacy grant, burn-down in SEC-1',
    owner: '@org/dba',
    expires: '2027-06-30'
  }));
  const baseline = { file: 'b.yml', waivers, attestations: [], failOnStale: false };

  const runs = [];
  let outcome;
  for (let i = 0; i < 5; i++) {
    const fs = makeFindings();
    const t = performance.now();
    outcome = applyBaseline(fs, baseline, 'bench', now);
    runs.push(performance.now() - t);
  }
  // The matching it replaced: every waiver filtered all findings (findings x waivers).
  const quadratic = () => {
    const fs = makeFindings();
    const t = performance.now();
    for (const w of waivers) fs.filter(f => f.checkId === w.check && f.object === w.object);
    return performance.now() - t;
  };
  const before = quadratic();

  // The same workload through the CLI: diff, review with stale-on-arrival, update with prune.
  const report = (status, shift) => ({
    schemaVersion: 1,
    tool: { name: 'db-posture', version: '0.1.0' },
    target: { engine: 'postgres', deployment: 'self-hosted', name: 'bench', details: {} },
    context: {
      environment: 'production',
      compliance: [],
      dataSensitivity: 'internal',
      auditedAt: now.toISOString()
    },
    findings: makeFindings().map((f, i) => ({
      checkId: f.checkId,
      title: f.title,
      dimension: f.dimension,
      status: i < shift ? 'PASS' : status,
      rawStatus: status,
      object: f.object,
      detail: f.detail.text,
      remediation: f.remediation,
      frameworks: {}
    }))
  });
  const yaml =
    'version: 1\nwaivers:\n' +
    waivers
      .map(
        w =>
          `  - check: ${w.check}\n    target: ${w.target}\n    object: ${w.object}\n    reason: ${w.reason}\n    owner: "${w.owner}"\n    expires: ${w.expires}\n`
      )
      .join('');
  const base = path.join(dir, 'base.json');
  const head = path.join(dir, 'head.json');
  const file = path.join(dir, 'baseline.yml');
  writeFileSync(base, JSON.stringify(report('FAIL', 0)));
  writeFileSync(head, JSON.stringify(report('FAIL', nFindings / 10)));
  writeFileSync(file, yaml);
  const cli = args => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30
    });
    if (r.status !== 0) throw new Error(`db-posture ${args[0]} exited ${r.status}: ${r.stderr}`);
    return { ms: performance.now() - t, stdout: r.stdout };
  };
  const floor = cli(['--version']);
  const diff = cli(['diff', '--base', base, '--head', head, '--format', 'json']);
  const review = cli(['baseline', 'review', '--head', file, '--report', head, '--format', 'json']);
  const update = cli(['baseline', '--from', head, '--update', file, '--prune']);
  const stale = JSON.parse(review.stdout).entries.filter(e =>
    e.flags.some(f => f.kind === 'stale-on-arrival')
  ).length;

  console.log('');
  console.log(
    `large baseline      ${nFindings} FAIL findings, ${nWaivers} waivers (${outcome.stale.length} stale)`
  );
  console.log(
    `applyBaseline       ${median(runs).toFixed(1)} ms (median of 5, in-process); quadratic matching it replaced ${before.toFixed(0)} ms (${(before / median(runs)).toFixed(0)}x)`
  );
  console.log(`node start floor    ${floor.ms.toFixed(0)} ms (db-posture --version)`);
  console.log(
    `diff                ${diff.ms.toFixed(0)} ms (${nFindings} vs ${nFindings} findings, CLI process)`
  );
  console.log(
    `baseline review     ${review.ms.toFixed(0)} ms (${nWaivers} added waivers, ${stale} stale on arrival)`
  );
  console.log(
    `baseline --update   ${update.ms.toFixed(0)} ms (--prune, ${update.stdout.split('\n').filter(l => l.startsWith('removed')).length} removed)`
  );
  return {
    applyBaselineMs: median(runs),
    quadraticMs: before,
    diffMs: diff.ms,
    reviewMs: review.ms,
    updateMs: update.ms,
    floorMs: floor.ms
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { findings: { type: 'string', default: '10000' }, waivers: { type: 'string', default: '10000' } }
  });
  await benchLargeBaseline({ findings: Number(values.findings), waivers: Number(values.waivers) });
}
