import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * libpg-query's Emscripten loader is CommonJS and finds its .wasm through `__dirname`. Unbundled,
 * Node's CommonJS wrapper gives it its own directory and this global is shadowed. In the ncc ESM
 * bundle there is no `__dirname`, so the loader would throw: this gives it the bundle's directory,
 * where scripts/build-dist.sh puts libpg-query.wasm. Imported before libpg-query, so it runs first.
 */
const g = globalThis as { __dirname?: string; __filename?: string };
if (g.__dirname === undefined) {
  const here = fileURLToPath(import.meta.url);
  g.__filename = here;
  g.__dirname = path.dirname(here);
}
