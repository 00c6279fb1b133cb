import { fail, info, type CheckContext } from '../../core/check.js';
import { count, msg, raw } from '../../core/text.js';
import type { ScanFinding } from '../finding.js';
import type { PgMajor } from '../judge-conf.js';
import { emit } from './emit.js';
import { isCockroachOnly, judgeCrdbStatements, literalPassword } from './judge-crdb-sql.js';
import { judgePgStatements, type ParsedStatement, type SqlDialect } from './judge-pg-sql.js';
import { byteToCharOffsets, parsePg } from './pg-parser.js';
import { PARSE, SQL_PASSWORD } from './scan-checks.js';
import { lineIndex, splitStatements, SqlLexError, tokenize, type SqlStatement } from './tokens.js';

export interface SqlScanOptions {
  /** From --engine; otherwise CockroachDB-only statements in the file make it CockroachDB SQL. */
  readonly engine?: SqlDialect;
  readonly pgVersion: PgMajor;
}

/** Words without which no statement isCockroachOnly accepts can occur. */
const CRDB_WORDS = /cluster|experimental_audit|configure|upsert|changefeed/i;

/** Skips whitespace and comments from `i`: libpg_query's statement location may point before them. */
function firstToken(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('--', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < text.length);
    } else return i;
  }
}

function parseFinding(
  file: string,
  ctx: CheckContext,
  line: number,
  column: number,
  message: string
): ScanFinding[] {
  return emit(
    PARSE,
    [
      {
        raw: info(msg`Could not parse line ${raw(String(line))}: ${message}.`),
        line,
        column,
        object: 'parse'
      }
    ],
    file,
    ctx
  );
}

/**
 * A committed secret stays a FAIL when the file around it does not parse: role statements are read
 * token by token for PASSWORD followed by a string literal (nothing else is judged in such a file).
 */
function secretsIn(
  text: string,
  file: string,
  ctx: CheckContext,
  at: (o: number) => { line: number; column: number }
): ScanFinding[] {
  let statements: SqlStatement[];
  try {
    statements = splitStatements(tokenize(text));
  } catch (error) {
    if (error instanceof SqlLexError) return [];
    throw error;
  }
  const placed = statements.flatMap(s => {
    const p = literalPassword(s);
    if (!p) return [];
    const verb = s.tokens
      .slice(0, 2)
      .map(t => t.value.toUpperCase())
      .join(' ');
    return [
      {
        raw: fail(
          msg`${raw(verb)} ${p.name} sets a literal password: the secret is committed to the repository.`,
          p.name
        ),
        ...at(p.at),
        object: `role ${p.name}`
      }
    ];
  });
  return emit(SQL_PASSWORD, placed, file, ctx);
}

/** The parser could not run: UNKNOWN and incomplete (exit 3), never a silent pass. */
function parserFault(file: string, ctx: CheckContext, message: string): ScanFinding[] {
  return emit(
    PARSE,
    [
      {
        raw: { status: 'UNKNOWN', detail: msg`Could not judge the file: ${message}.`, incomplete: true },
        line: 1,
        column: 1,
        object: 'parser'
      }
    ],
    file,
    ctx
  );
}

/**
 * Judges one SQL file. PostgreSQL files go whole through the real parser: a file it rejects is one
 * INFO "could not parse" (the server would reject it too) and nothing else is guessed from it.
 * CockroachDB files are split with the lexer: its own statement forms are read token by token, every
 * other statement goes to the PostgreSQL parser, and statements neither reads are reported (one INFO
 * with the count and the first), never silently skipped.
 */
export function judgeSqlFile(
  text: string,
  file: string,
  ctx: CheckContext,
  opts: SqlScanOptions
): ScanFinding[] {
  const at = lineIndex(text);
  let statements: SqlStatement[] | undefined;
  let lexError: SqlLexError | undefined;
  // The lexer splits CockroachDB files and detects them; a file without any word that a
  // CockroachDB-only statement needs cannot be one, and goes straight to the PostgreSQL parser.
  const lex = opts.engine === 'cockroachdb' || (opts.engine === undefined && CRDB_WORDS.test(text));
  if (lex) {
    try {
      statements = splitStatements(tokenize(text));
    } catch (error) {
      if (!(error instanceof SqlLexError)) throw error;
      lexError = error;
    }
  }
  // An empty or comment-only file has nothing to judge (libpg_query calls an empty text an error).
  if ((statements && statements.length === 0) || text.trim() === '') return [];
  const dialect: SqlDialect = opts.engine ?? (statements?.some(isCockroachOnly) ? 'cockroachdb' : 'postgres');

  if (dialect === 'postgres') {
    const parsed = parsePg(text);
    if (!parsed.ok && parsed.fault) return parserFault(file, ctx, parsed.message);
    if (!parsed.ok) {
      const toChar = byteToCharOffsets(text);
      const p = at(toChar(parsed.byteOffset));
      return byPlace([
        ...parseFinding(file, ctx, p.line, p.column, parsed.message),
        ...secretsIn(text, file, ctx, at)
      ]);
    }
    const toChar = byteToCharOffsets(text);
    const stmts: ParsedStatement[] = parsed.stmts.map(s => ({
      node: s.stmt,
      ...at(firstToken(text, toChar(s.location))),
      at: (loc: number | undefined) =>
        at(loc === undefined ? firstToken(text, toChar(s.location)) : toChar(loc))
    }));
    return byPlace(judgePgStatements(stmts, file, ctx, opts.pgVersion, 'postgres'));
  }

  if (!statements) {
    const p = at(lexError!.offset);
    return parseFinding(file, ctx, p.line, p.column, lexError!.message);
  }
  const probe = parsePg('SELECT 1');
  if (!probe.ok && probe.fault) return parserFault(file, ctx, probe.message);
  const notJudged: { line: number; column: number; message: string }[] = [];
  const pgParsed = new Map<SqlStatement, ReturnType<typeof parsePg>>();
  const pgParse = (s: SqlStatement) => {
    let r = pgParsed.get(s);
    if (!r) pgParsed.set(s, (r = parsePg(text.slice(s.start, s.end))));
    return r;
  };
  const crdb = judgeCrdbStatements(
    statements,
    file,
    ctx,
    at,
    (s, message) => notJudged.push({ ...at(s.start), message }),
    s => {
      const r = pgParse(s);
      return r.ok ? undefined : r.message;
    }
  );
  const stmts: ParsedStatement[] = [];
  for (const s of crdb.rest) {
    const r = pgParse(s);
    if (!r.ok) continue;
    const body = text.slice(s.start, s.end);
    const toChar = byteToCharOffsets(body);
    for (const p of r.stmts) {
      const start = s.start + firstToken(body, toChar(p.location));
      stmts.push({
        node: p.stmt,
        ...at(start),
        at: (loc: number | undefined) => at(loc === undefined ? start : s.start + toChar(loc))
      });
    }
  }
  const out = [...crdb.findings, ...judgePgStatements(stmts, file, ctx, opts.pgVersion, 'cockroachdb')];
  if (notJudged.length) {
    notJudged.sort((a, b) => a.line - b.line || a.column - b.column);
    const first = notJudged[0];
    out.push(
      ...emit(
        PARSE,
        [
          {
            raw: info(
              msg`${count(notJudged.length, 'statement')} ${raw(notJudged.length === 1 ? 'was' : 'were')} not judged; the first, at line ${raw(String(first.line))}: ${first.message}.`
            ),
            line: first.line,
            column: first.column,
            object: 'not judged'
          }
        ],
        file,
        ctx
      )
    );
  }
  return byPlace(out);
}

/** Findings in the order of the file (stable: one place keeps the checks' order). */
function byPlace(findings: ScanFinding[]): ScanFinding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
