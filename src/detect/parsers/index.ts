import type { LineParser, LogFormat, ParserSink } from '../event.js';
import { CouchbaseAuditParser } from './couchbase.js';
import { CrdbJsonParser, CrdbV2Parser } from './cockroachdb.js';
import { DEFAULT_PREFIX, PgCsvParser, PgJsonParser, PgStderrParser } from './postgresql.js';

export interface ParserOptions {
  /** log_line_prefix for PostgreSQL stderr logs (default `%m [%p] `). */
  readonly pgPrefix?: string;
}

export function createParser(
  format: LogFormat,
  file: string,
  sink: ParserSink,
  opts: ParserOptions = {}
): LineParser {
  switch (format) {
    case 'crdb-v2':
      return new CrdbV2Parser(file, sink);
    case 'crdb-json':
    case 'crdb-json-compact':
      return new CrdbJsonParser(format, file, sink);
    case 'pg-stderr':
      return new PgStderrParser(opts.pgPrefix ?? DEFAULT_PREFIX, file, sink);
    case 'pg-csvlog':
      return new PgCsvParser(file, sink);
    case 'pg-jsonlog':
      return new PgJsonParser(file, sink);
    case 'couchbase-audit':
      return new CouchbaseAuditParser(file, sink);
  }
}

const CRDB_V2 = /^[IWEFD]\d{6} \d\d:\d\d:\d\d\.\d{6} /;
const PG_TIME_CSV = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}(?: \S+)?,/;

/**
 * The format of a file from its first non-empty line: JSON objects by their keys (CockroachDB's
 * envelope, Couchbase's numeric id, jsonlog's error_severity), crdb-v2 by its prefix, csvlog by
 * a time followed by a comma; anything else is PostgreSQL stderr.
 */
export function sniffFormat(firstLine: string): LogFormat {
  const t = firstLine.trimStart();
  if (t.startsWith('{')) {
    try {
      const o = JSON.parse(t) as Record<string, unknown>;
      if (typeof o.id === 'number' && typeof o.timestamp === 'string') return 'couchbase-audit';
      if ('error_severity' in o || 'backend_type' in o || 'dbname' in o) return 'pg-jsonlog';
      if ('t' in o && 'g' in o && !('timestamp' in o)) return 'crdb-json-compact';
      return 'crdb-json';
    } catch {
      return 'crdb-json';
    }
  }
  if (CRDB_V2.test(t)) return 'crdb-v2';
  if (PG_TIME_CSV.test(t)) return 'pg-csvlog';
  return 'pg-stderr';
}
