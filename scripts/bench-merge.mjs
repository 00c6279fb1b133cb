// The fleet bench case: `db-posture merge` over 1,000 legs' JSON reports (design: under 5 s), run
// with the CLI bundle in a child process that reports its own peak RSS. The legs are copies of a
// real report written by the audit under bench, each with its own name, audit time and verdicts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STATUS_CYCLE = ['PASS', 'FAIL', 'WARN', 'PASS', 'UNKNOWN', 'PASS', 'INFO'];

/** Leg i: the template's findings with statuses rotated by i, counts and gate recomputed. */
function legOf(template, i, now) {
  const name = `fleet-${String(i).padStart(4, '0')}`;
  const findings = template.findings.map((f, j) => {
    const status = f.status === 'N/A' ? 'N/A' : STATUS_CYCLE[(i + j) % STATUS_CYCLE.length];
    const { waiver: _waiver, ...rest } = f;
    return { ...rest, status, rawStatus: status };
  });
  const summary = { PASS: 0, WARN: 0, FAIL: 0, INFO: 0, 'N/A': 0, UNKNOWN: 0 };
  for (const f of findings) summary[f.status]++;
  return {
    ...template,
    target: { ...template.target, name },
    context: { ...template.context, auditedAt: new Date(now - i * 60_000).toISOString() },
    summary,
    findings,
    baseline: { stale: [], expiringSoon: [], expired: [] },
    gate: {
      ...template.gate,
      failOn: 'fail',
      passed: summary.FAIL === 0,
      unwaivedFails: summary.FAIL,
      unwaivedWarns: summary.WARN,
      unwaivedUnknowns: summary.UNKNOWN,
      expiredWaivers: 0,
      staleWaivers: 0,
      incomplete: 0
    }
  };
}

/** Writes the legs as the action's download lays them out (one directory per artifact). */
export function writeLegs(template, count, dir) {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const leg = legOf(template, i, now);
    const legDir = path.join(dir, `db-posture-${leg.target.name}`);
    mkdirSync(legDir, { recursive: true });
    writeFileSync(
      path.join(legDir, `security-audit-${leg.target.name}-${leg.context.auditedAt.slice(0, 10)}-1.json`),
      JSON.stringify(leg, null, 2)
    );
  }
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', status =>
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 })
    );
  });
}

/** Runs the merge of `count` legs built from `template`; returns the figures it prints. */
export async function benchMerge(root, template, count = 1000) {
  const legs = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-legs-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-fleet-'));
  writeLegs(template, count, legs);
  const merge = await runChild([
    '-e',
    `import(${JSON.stringify(path.join(root, 'dist/cli.js'))}).then(() => { process.on('exit', () => process.stderr.write('\\nPEAK_RSS ' + process.resourceUsage().maxRSS + '\\n')); });`,
    '--',
    'bench-placeholder-argv1',
    'merge',
    '--from-dir',
    legs,
    '--out',
    out,
    '--format',
    'markdown,json,sarif',
    '--fail-on',
    'never',
    '--quiet'
  ]);
  if (merge.status !== 0) throw new Error(`merge exited with ${merge.status}: ${merge.stderr.slice(0, 500)}`);
  const peakKb = Number(merge.stderr.match(/PEAK_RSS (\d+)/)?.[1] ?? NaN);
  const files = readdirSync(out);
  if (files.length !== 3)
    throw new Error(`merge wrote ${files.join(', ')}, expected markdown, JSON and SARIF`);
  console.log(
    `fleet merge         ${count} reports (${template.findings.length} findings each) in ${merge.seconds.toFixed(2)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB (design: under 5 s)`
  );
  return { seconds: merge.seconds, peakMb: peakKb / 1024 };
}
