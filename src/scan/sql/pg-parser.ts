import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real PostgreSQL parser (libpg_query compiled to WebAssembly), so a migration is read exactly as
 * the server reads it. It is imported on first use, not at start-up: only `scan` pays for compiling
 * the wasm, and a bundle without the wasm file still runs every other command. In the ncc bundle the
 * wasm sits next to the bundle (scripts/build-dist.sh copies it).
 */
let parseSyncFn: ((query: string) => unknown) | undefined;
let loadError: string | undefined;

/** Loads the parser once; callers of the (synchronous) scanner await this first. Never throws. */
export async function loadPgParser(): Promise<void> {
  if (parseSyncFn) return;
  // libpg-query's Emscripten loader is CommonJS and finds its .wasm through `__dirname`. Unbundled,
  // Node's CommonJS wrapper gives it its own directory (this global is shadowed). In the ncc ESM
  // bundle there is no `__dirname` and the loader would throw: for the moment it initialises, it gets
  // the bundle's directory, where the wasm is; then the global is removed again.
  const g = globalThis as { __dirname?: string; __filename?: string };
  const shim = g.__dirname === undefined;
  if (shim) {
    g.__filename = fileURLToPath(import.meta.url);
    g.__dirname = path.dirname(g.__filename);
  }
  try {
    // "eager": ncc keeps the module in the bundle (no separate chunk to ship), still evaluated only here.
    const m = await import(/* webpackMode: "eager" */ 'libpg-query');
    await m.loadModule();
    parseSyncFn = m.parseSync;
    loadError = undefined;
  } catch (error) {
    loadError = error instanceof Error ? error.message : String(error);
  } finally {
    if (shim) {
      delete g.__dirname;
      delete g.__filename;
    }
  }
}

/** One raw statement: its node (`{ GrantStmt: {...} }`) and its byte range in the UTF-8 text. */
export interface RawStmt {
  readonly stmt: Record<string, unknown>;
  readonly location: number;
  readonly length: number | undefined;
}

export type PgParse =
  | { readonly ok: true; readonly stmts: readonly RawStmt[] }
  | { readonly ok: false; readonly message: string; readonly byteOffset: number; readonly fault?: true };

/**
 * Parses a whole script. A parse error keeps the parser's message but drops its `at or near "..."`
 * excerpt: the excerpt can be the inside of an unterminated password literal, and the line and column
 * already say where the error is.
 */
export function parsePg(text: string): PgParse {
  if (!parseSyncFn) {
    // Fail closed: without the parser nothing in the file is judged, and the scan is incomplete.
    const why = loadError ? `: ${loadError}` : ' (loadPgParser was not awaited)';
    return {
      ok: false,
      message: `the PostgreSQL parser (libpg-query) is not loaded${why}`,
      byteOffset: 0,
      fault: true
    };
  }
  try {
    const tree = parseSyncFn(text) as {
      stmts?: { stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[];
    };
    return {
      ok: true,
      stmts: (tree.stmts ?? []).map(s => ({
        stmt: s.stmt,
        location: s.stmt_location ?? 0,
        length: s.stmt_len || undefined
      }))
    };
  } catch (error) {
    const e = error as Error & { sqlDetails?: { message?: string; cursorPosition?: number } };
    const message = (e.sqlDetails?.message ?? e.message).replace(/\s+at or near\s+"[\s\S]*$/, '').trim();
    return { ok: false, message, byteOffset: Math.max(0, e.sqlDetails?.cursorPosition ?? 0) };
  }
}

/** Converts UTF-8 byte offsets of `text` (what libpg_query reports) to string offsets. */
export function byteToCharOffsets(text: string): (byte: number) => number {
  if (Buffer.byteLength(text) === text.length) return b => b;
  const buf = Buffer.from(text);
  return b => buf.subarray(0, b).toString('utf8').length;
}
