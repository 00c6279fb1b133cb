// Writes dist/licenses.txt: the license of every production dependency (name@version, sorted), so
// that the committed file is the same on every machine. ncc's own license output picks between two
// copies of a package with the same name in whatever order it meets them, which is not stable.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
function npmLs() {
  try {
    return execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'ignore']
    });
  } catch (error) {
    // npm ls exits 1 on peer-dependency remarks but still prints the full tree.
    if (error.stdout) return error.stdout;
    throw error;
  }
}
const tree = JSON.parse(npmLs());
const seen = new Map();
(function walk(deps) {
  for (const dep of Object.values(deps ?? {})) {
    if (dep.path && dep.version && !seen.has(`${dep.name}@${dep.version}`))
      seen.set(`${dep.name}@${dep.version}`, dep);
    walk(dep.dependencies);
  }
})(tree.dependencies);

const entries = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
let out = '';
for (const [id, dep] of entries) {
  const file = existsSync(dep.path)
    ? readdirSync(dep.path).find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    : undefined;
  const license = typeof dep.license === 'string' ? dep.license : (dep.license?.type ?? 'UNKNOWN');
  out += `${id}\n${license}\n${file ? readFileSync(path.join(dep.path, file), 'utf8').trim() : '(no license file in the package)'}\n\n`;
}
// DIST: the build script's output directory (dist unless told otherwise).
const dist = path.resolve(root, process.env.DIST ?? 'dist');
writeFileSync(path.join(dist, 'licenses.txt'), out);
console.log(`${path.relative(root, dist) || '.'}/licenses.txt: ${entries.length} packages`);
