import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped rule pack's folder name; pack.yml marks it. */
const PACK = 'detections';

/**
 * Where the built-in rule pack lives: the package's top-level detections/ folder, found by walking
 * up from this module (src/detect/ in a checkout, dist/ in the bundle). The walk keeps the path
 * out of the bundler's static asset analysis, which would otherwise copy the folder into dist/.
 */
export function builtinRulesDir(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, PACK);
    if (existsSync(path.join(candidate, 'pack.yml'))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
