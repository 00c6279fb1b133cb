import './wasm-dirname.js';
import { loadModule, parseSync } from 'libpg-query';

/**
 * The real PostgreSQL parser (libpg_query compiled to WebAssembly), so a migration is read exactly as
 * the server reads it. The module compiles its wasm asynchronously; this module waits for it once at
 * load (top-level await), so every caller of the scanner can stay synchronous. In the ncc bundle the
 * wasm file sits next to the bundle (scripts/build-dist.sh copies it) and the Emscripten loader finds
 * it beside the script it runs from.
 */
await loadModule();

/** One raw statement: its node (`{ GrantStmt: {...} }`) and its byte range in the UTF-8 text. */
export interface RawStmt {
  readonly stmt: Record<string, unknown>;
  readonly location: number;
  readonly length: number | undefined;
}

export type PgParse =
  | { readonly ok: true; readonly stmts: readonly RawStmt[] }
  | { readonly ok: false; readonly message: string; readonly byteOffset: number };

/**
 * Parses a whole script. A parse error keeps the parser's message but drops its `at or near "..."`
 * excerpt: the excerpt can be the inside of an unterminated password literal, and the line and column
 * already say where the error is.
 */
export function parsePg(text: string): PgParse {
  try {
    const tree = parseSync(text) as {
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
