import {
  jsonObjectLine,
  type AuditEvent,
  type LineParser,
  type LogFormat,
  type ParserSink
} from '../event.js';
import { maskRecord } from '../mask.js';
import { parseCsvRecord } from './csv.js';

/** PostgreSQL's default log_line_prefix. */
export const DEFAULT_PREFIX = '%m [%p] ';

const SEVERITIES =
  'LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION';
const FOLLOW_UPS: Record<string, string> = {
  DETAIL: 'detail',
  HINT: 'hint',
  STATEMENT: 'statement',
  CONTEXT: 'context',
  QUERY: 'internal_query',
  LOCATION: 'location'
};

/** Each escape as a regex group and the jsonlog key its value goes to. */
const ESCAPES: Record<string, { re: string; key: string }> = {
  a: { re: '(.*?)', key: 'application_name' },
  u: { re: '(.*?)', key: 'user' },
  d: { re: '(.*?)', key: 'dbname' },
  r: { re: '(\\S*?)', key: 'remote' },
  h: { re: '(\\S*?)', key: 'remote_host' },
  b: { re: '(.*?)', key: 'backend_type' },
  p: { re: '(\\d+)', key: 'pid' },
  P: { re: '(\\d*)', key: 'leader_pid' },
  t: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
  m: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
  n: { re: '(\\d+\\.\\d+)', key: 'epoch' },
  i: { re: '(.*?)', key: 'ps' },
  e: { re: '([0-9A-Z]{5})', key: 'state_code' },
  c: { re: '([0-9a-f]+\\.[0-9a-f]+)', key: 'session_id' },
  l: { re: '(\\d+)', key: 'line_num' },
  s: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'session_start' },
  v: { re: '(\\S*?)', key: 'vxid' },
  x: { re: '(\\d+)', key: 'txid' },
  Q: { re: '(-?\\d+)', key: 'query_id' }
};

export interface PrefixPattern {
  readonly regex: RegExp;
  readonly keys: string[];
}

/** Compiles a log_line_prefix into a regex; throws on an escape PostgreSQL does not have. */
export function compilePrefix(prefix: string): PrefixPattern {
  const keys: string[] = [];
  let re = '^';
  let optional = 0;
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i];
    if (ch !== '%') {
      re += literal(ch);
      continue;
    }
    const pad = /^-?\d+/.exec(prefix.slice(i + 1));
    if (pad) i += pad[0].length;
    const esc = prefix[++i];
    if (esc === undefined) throw new Error(`log_line_prefix ${JSON.stringify(prefix)} ends in a lone %`);
    if (esc === '%') re += '%';
    else if (esc === 'q') {
      // Non-session processes stop the prefix here: the rest is optional.
      re += '(?:';
      optional++;
    } else {
      const e = ESCAPES[esc];
      if (!e) throw new Error(`log_line_prefix ${JSON.stringify(prefix)} has an unknown escape %${esc}`);
      re += pad ? `\\s*${e.re}\\s*` : e.re;
      keys.push(e.key);
    }
  }
  re += ')?'.repeat(optional);
  re += `(${SEVERITIES}):  (.*)$`;
  return { regex: new RegExp(re, 's'), keys };
}

/** `2025-06-15 13:00:01.123 UTC` → epoch ms; time zones other than UTC/GMT or an offset are NaN. */
export function pgTime(text: string): number {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?: (\S+))?$/.exec(text.trim());
  if (!m) return NaN;
  const zone = m[3] ?? 'UTC';
  let offset: string;
  if (/^(?:UTC|GMT|Z|Etc\/UTC|UCT)$/i.test(zone)) offset = 'Z';
  else {
    const o = /^([+-])(\d\d)(?::?(\d\d))?$/.exec(zone);
    if (!o) return NaN;
    offset = `${o[1]}${o[2]}:${o[3] ?? '00'}`;
  }
  return Date.parse(`${m[1]}T${m[2]}${offset}`);
}

/** What a server message says happened, for `db.event_type`. */
function classify(message: string): { type?: string; outcome?: 'success' | 'failure'; user?: string } {
  if (message.startsWith('AUDIT: ')) return {};
  let m = /^(?:password|[A-Za-z]+) authentication failed for user "((?:[^"]|"")*)"/.exec(message);
  if (m) return { type: 'authentication_failed', outcome: 'failure', user: m[1] };
  m =
    /^(?:no pg_hba\.conf entry|pg_hba\.conf rejects connection) for host "[^"]*", user "((?:[^"]|"")*)"/.exec(
      message
    );
  if (m) return { type: 'hba_rejected', outcome: 'failure', user: m[1] };
  m = /^connection authorized: user=(\S*)/.exec(message);
  if (m) return { type: 'connection_authorized', outcome: 'success', user: m[1] };
  if (message.startsWith('connection authenticated: '))
    return { type: 'connection_authenticated', outcome: 'success' };
  if (message.startsWith('connection received: ')) return { type: 'connection_received' };
  if (message.startsWith('disconnection: ')) return { type: 'disconnection' };
  if (/^(?:statement|execute [^:]*): /.test(message)) return { type: 'statement' };
  if (message.startsWith('received SIGHUP')) return { type: 'config_reload' };
  if (/^parameter "[^"]+" changed to /.test(message)) return { type: 'parameter_changed' };
  // A fast or smart shutdown ends with "shut down"; an immediate one only logs its request.
  if (message === 'database system is shut down' || message.startsWith('received immediate shutdown request'))
    return { type: 'shutdown' };
  if (/^received (?:fast|smart) shutdown request/.test(message)) return { type: 'shutdown_requested' };
  if (message === 'database system is ready to accept connections') return { type: 'startup' };
  return {};
}

const AUDIT_COLUMNS = [
  'type',
  'statement_id',
  'substatement_id',
  'class',
  'command',
  'object_type',
  'object_name',
  'statement',
  'parameter'
];

/** pgaudit's CSV payload: `AUDIT: SESSION,5,1,ROLE,GRANT ROLE,,,GRANT x TO y,<not logged>`. */
export function parsePgaudit(message: string): Record<string, string> | undefined {
  if (!message.startsWith('AUDIT: ')) return undefined;
  const cols = parseCsvRecord(message.slice(7));
  if (!cols || cols.length < 8) return undefined;
  const audit: Record<string, string> = {};
  AUDIT_COLUMNS.forEach((k, i) => {
    if (cols[i] !== undefined) audit[k] = cols[i];
  });
  // A statement with commas the CSV writer did not quote would spill into PARAMETER; rejoin it.
  if (cols.length > 9) {
    audit.statement = cols.slice(7, cols.length - 1).join(',');
    audit.parameter = cols[cols.length - 1];
  }
  return audit;
}

/** Builds the event from jsonlog-named fields (all three formats end up here). */
export function pgEvent(
  fields: Record<string, unknown>,
  format: LogFormat,
  time: number,
  file: string,
  line: number
): AuditEvent {
  const message = typeof fields.message === 'string' ? fields.message : '';
  const audit = parsePgaudit(message);
  if (audit) fields.audit = audit;
  maskRecord(fields);
  const c = classify(message);
  const s = (v: unknown) =>
    typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
  let statement: string | undefined;
  if (audit) statement = audit.statement;
  else if (c.type === 'statement')
    statement = (fields.message as string).replace(/^(?:statement|execute [^:]*): /, '');
  else statement = s(fields.statement);
  return {
    time,
    product: 'postgresql',
    format,
    node: s(fields.node),
    channel: audit ? audit.class : undefined,
    eventType: audit ? audit.command : c.type,
    user: s(fields.user) ?? c.user,
    sourceIp: s(fields.remote_host),
    statement,
    tag: audit ? audit.command : s(fields.ps),
    object: audit ? s(audit.object_name) : undefined,
    outcome: c.outcome,
    fields,
    file,
    line
  };
}

function splitRemote(fields: Record<string, unknown>, remote: string): void {
  // %r and csvlog's connection_from write host(port) and host:port.
  const m = /^(.*?)(?:\((\d+)\)|:(\d+))$/.exec(remote);
  if (m && m[1] !== '' && !m[1].endsWith(':')) {
    fields.remote_host = m[1];
    fields.remote_port = Number(m[2] ?? m[3]);
  } else if (remote !== '') fields.remote_host = remote;
}

interface PendingEntry {
  fields: Record<string, unknown>;
  time: number;
  line: number;
  /** Field the next unprefixed line continues (a statement spanning lines). */
  last: string;
}

/** stderr output with a given log_line_prefix; DETAIL/HINT/STATEMENT lines join their message. */
export class PgStderrParser implements LineParser {
  readonly format = 'pg-stderr' as const;
  private pending: PendingEntry | undefined;
  private readonly pattern: PrefixPattern;

  constructor(
    prefix: string,
    private readonly file: string,
    private readonly sink: ParserSink
  ) {
    this.pattern = compilePrefix(prefix);
  }

  feed(text: string, line: number): void {
    const m = this.pattern.regex.exec(text);
    if (!m) {
      if (this.pending && (text.startsWith('\t') || text.startsWith(' ') || text === '')) {
        const p = this.pending;
        p.fields[p.last] = `${p.fields[p.last] as string}\n${text.replace(/^\t/, '')}`;
      } else if (text !== '') this.sink.malformed(line, 'does not start with the log_line_prefix');
      return;
    }
    const values: Record<string, unknown> = {};
    this.pattern.keys.forEach((k, i) => {
      const v = m[i + 1];
      if (v !== undefined && v !== '' && values[k] === undefined) values[k] = v;
    });
    const severity = m[this.pattern.keys.length + 1];
    const body = m[this.pattern.keys.length + 2];
    const follow = FOLLOW_UPS[severity];
    if (follow) {
      if (this.pending) {
        this.pending.fields[follow] = body;
        this.pending.last = follow;
      } else this.sink.malformed(line, `${severity} line without the message it belongs to`);
      return;
    }
    this.flush();
    let time = NaN;
    if (typeof values.timestamp === 'string') time = pgTime(values.timestamp);
    else if (typeof values.epoch === 'string') time = Number(values.epoch) * 1000;
    if (Number.isNaN(time)) {
      this.sink.malformed(
        line,
        values.timestamp || values.epoch
          ? `time ${JSON.stringify(values.timestamp ?? values.epoch)} not understood (set log_timezone = 'UTC')`
          : 'the log_line_prefix has no time (%m, %t or %n)'
      );
      return;
    }
    const fields: Record<string, unknown> = { ...values, error_severity: severity, message: body };
    delete fields.epoch;
    if (typeof fields.remote === 'string') {
      splitRemote(fields, fields.remote);
      delete fields.remote;
    }
    for (const k of ['pid', 'leader_pid', 'line_num', 'txid'])
      if (typeof fields[k] === 'string') fields[k] = Number(fields[k]);
    this.pending = { fields, time, line, last: 'message' };
  }

  private flush(): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) this.sink.event(pgEvent(p.fields, this.format, p.time, this.file, p.line));
  }

  end(): void {
    this.flush();
  }
}

/** csvlog columns in order, under their jsonlog names. */
const CSV_COLUMNS = [
  'timestamp',
  'user',
  'dbname',
  'pid',
  'connection_from',
  'session_id',
  'line_num',
  'ps',
  'session_start',
  'vxid',
  'txid',
  'error_severity',
  'state_code',
  'message',
  'detail',
  'hint',
  'internal_query',
  'internal_position',
  'context',
  'statement',
  'cursor_position',
  'location',
  'application_name',
  'backend_type',
  'leader_pid',
  'query_id'
];
const NUMERIC = new Set([
  'pid',
  'line_num',
  'txid',
  'internal_position',
  'cursor_position',
  'leader_pid',
  'query_id'
]);

/** csvlog: one CSV record per entry, which may span lines when a field holds newlines. */
export class PgCsvParser implements LineParser {
  readonly format = 'pg-csvlog' as const;
  private buffer = '';
  private start = 0;

  constructor(
    private readonly file: string,
    private readonly sink: ParserSink
  ) {}

  feed(text: string, line: number): void {
    if (this.buffer === '') {
      if (text === '') return;
      this.start = line;
      this.buffer = text;
    } else this.buffer += `\n${text}`;
    const cols = parseCsvRecord(this.buffer);
    if (!cols) {
      if (this.buffer.length > 1 << 24) {
        this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
        this.buffer = '';
      }
      return;
    }
    this.buffer = '';
    if (cols.length < 23) {
      this.sink.malformed(this.start, `csvlog record with ${cols.length} columns (expected 23 to 26)`);
      return;
    }
    const fields: Record<string, unknown> = {};
    CSV_COLUMNS.forEach((k, i) => {
      const v = cols[i];
      if (v === undefined || v === '') return;
      fields[k] = NUMERIC.has(k) && /^-?\d+$/.test(v) ? Number(v) : v;
    });
    if (typeof fields.connection_from === 'string') splitRemote(fields, fields.connection_from);
    delete fields.connection_from;
    const time = pgTime(String(fields.timestamp ?? ''));
    if (Number.isNaN(time)) {
      this.sink.malformed(
        this.start,
        `time ${JSON.stringify(fields.timestamp ?? '')} not understood (set log_timezone = 'UTC')`
      );
      return;
    }
    this.sink.event(pgEvent(fields, this.format, time, this.file, this.start));
  }

  end(): void {
    if (this.buffer !== '') this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
    this.buffer = '';
  }
}

/** jsonlog (PostgreSQL 15+): one object a line; unknown keys are kept, as the docs ask. */
export class PgJsonParser implements LineParser {
  readonly format = 'pg-jsonlog' as const;
  constructor(
    private readonly file: string,
    private readonly sink: ParserSink
  ) {}

  feed(text: string, line: number): void {
    if (text.trim() === '') return;
    const o = jsonObjectLine(text, line, this.sink);
    if (!o) return;
    const time = pgTime(String(o.timestamp ?? ''));
    if (Number.isNaN(time)) {
      this.sink.malformed(
        line,
        `time ${JSON.stringify(o.timestamp ?? '')} not understood (set log_timezone = 'UTC')`
      );
      return;
    }
    this.sink.event(pgEvent(o, this.format, time, this.file, line));
  }

  end(): void {}
}
