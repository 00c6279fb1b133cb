import {
  jsonObjectLine,
  type AuditEvent,
  type LineParser,
  type LogFormat,
  type ParserSink
} from '../event.js';
import { maskRecord } from '../mask.js';

/**
 * CockroachDB channel numbers as they appear in `N@` prefixes and `channel_numeric` (the order of
 * logging.md; SQL_SCHEMA = 5 follows from that order).
 */
const CHANNELS = [
  'DEV',
  'OPS',
  'HEALTH',
  'STORAGE',
  'SESSIONS',
  'SQL_SCHEMA',
  'USER_ADMIN',
  'PRIVILEGES',
  'SENSITIVE_ACCESS',
  'SQL_EXEC',
  'SQL_PERF',
  'SQL_INTERNAL_PERF',
  'TELEMETRY',
  'KV_DISTRIBUTION'
];

export function channelName(n: number): string {
  return CHANNELS[n] ?? `CHANNEL_${n}`;
}

/** Redactable sinks wrap sensitive values in ‹…›; rules match the values, not the markers. */
export function stripMarkers<T>(value: T): T {
  if (typeof value === 'string')
    return (value.includes('‹') || value.includes('›') ? value.replace(/[‹›]/g, '') : value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = stripMarkers(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = stripMarkers(o[k]);
  }
  return value;
}

/** `10.0.0.7:51234`, `[::1]:52632`, `[::1]`, `10.0.0.7` → the address without port or brackets. */
export function hostOf(address: string): string {
  const a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4) return v4[1];
  return a;
}

/** Envelope timestamps: `"1643209564.684919189"` (seconds.nanos, a string) or a number of seconds. */
function envelopeTime(t: unknown): number {
  if (typeof t === 'number') return t * 1000;
  if (typeof t !== 'string' || t === '') return NaN;
  // A hot path: no regex, no split.
  const dot = t.indexOf('.');
  const secs = Number(dot === -1 ? t : t.slice(0, dot));
  const frac = dot === -1 ? '' : t.slice(dot + 1);
  if (!Number.isInteger(secs) || (frac !== '' && !/^\d+$/.test(frac))) return NaN;
  return secs * 1000 + (frac === '' ? 0 : Number((frac + '00').slice(0, 3)));
}

/** Could the text hold a password literal? Masking walks the record, so ask the line first. */
export const mayHoldPassword = (text: string) => /password/i.test(text);

const OBJECT_FIELDS = ['TableName', 'DatabaseName', 'SchemaName', 'TypeName', 'RoleName', 'SettingName'];

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Builds the event from a structured payload (or a message) and its envelope. */
export function crdbEvent(
  payload: Record<string, unknown> | undefined,
  envelope: Record<string, unknown>,
  format: LogFormat,
  time: number,
  file: string,
  line: number,
  mask = true
): AuditEvent {
  // Both parsers hand over a payload they have just parsed: it becomes the fields, uncopied.
  const fields: Record<string, unknown> = payload ?? {};
  fields.envelope = envelope;
  if (mask) maskRecord(fields);
  const tags = (envelope.tags ?? {}) as Record<string, unknown>;
  const eventType = str(fields.EventType);
  const remote = str(fields.RemoteAddress) ?? str(tags.client);
  const ts = typeof fields.Timestamp === 'number' ? fields.Timestamp / 1e6 : time;
  let outcome: AuditEvent['outcome'];
  if (eventType === 'client_authentication_failed') outcome = 'failure';
  else if (eventType === 'client_authentication_ok') outcome = 'success';
  else if (str(fields.ErrorText) || (str(fields.SQLSTATE) && fields.SQLSTATE !== '00000'))
    outcome = 'failure';
  let object: string | undefined;
  for (const k of OBJECT_FIELDS) {
    object = str(fields[k]);
    if (object) break;
  }
  return {
    time: ts,
    product: 'cockroachdb',
    format,
    node: str(envelope.node_id) ?? str(tags.n),
    channel: str(envelope.channel),
    eventType,
    user: str(fields.User) ?? str(tags.user),
    sourceIp: remote ? hostOf(remote) : undefined,
    statement: str(fields.Statement),
    tag: str(fields.Tag),
    object,
    outcome,
    fields,
    file,
    line
  };
}

/** The short keys of json-compact and json-fluent-compact, mapped to the long ones. */
const COMPACT: Record<string, string> = {
  C: 'channel',
  sev: 'severity',
  c: 'channel_numeric',
  f: 'file',
  g: 'goroutine',
  l: 'line',
  n: 'entry_counter',
  r: 'redactable',
  s: 'severity_numeric',
  t: 'timestamp',
  N: 'node_id',
  x: 'cluster_id',
  q: 'instance_id',
  T: 'tenant_id'
};

/** json, json-fluent, json-compact and json-fluent-compact: one object a line. */
export class CrdbJsonParser implements LineParser {
  constructor(
    readonly format: 'crdb-json' | 'crdb-json-compact',
    private readonly file: string,
    private readonly sink: ParserSink
  ) {}

  feed(text: string, line: number): void {
    if (text.trim() === '') return;
    // Markers are not JSON syntax, so they can only sit inside strings: removing them from the
    // text strips them from every value at once (far cheaper than walking the parsed record).
    const marked = text.includes('‹') || text.includes('›');
    const o = jsonObjectLine(marked ? text.replace(/[‹›]/g, '') : text, line, this.sink);
    if (!o) return;
    // Escaped markers (\u2039) survive the text pass; walk the record only then.
    const escaped = /\\u203[9aA]/.test(text);
    let envelope: Record<string, unknown> = o;
    if (this.format === 'crdb-json-compact' || (!('timestamp' in o) && 't' in o)) {
      envelope = {};
      for (const [k, v] of Object.entries(o)) envelope[COMPACT[k] ?? k] = v;
    }
    const ev = envelope.event as Record<string, unknown> | undefined;
    let time = envelopeTime(envelope.timestamp);
    // Hand-written samples (rule tests) may carry only the event's own nanosecond Timestamp.
    if (Number.isNaN(time) && envelope.timestamp === undefined && typeof ev?.Timestamp === 'number')
      time = ev.Timestamp / 1e6;
    if (Number.isNaN(time)) {
      this.sink.malformed(line, 'no timestamp (expected CockroachDB json or json-compact)');
      return;
    }
    const event = envelope.event;
    delete envelope.event;
    if (escaped) stripMarkers(envelope);
    if (envelope.channel === undefined && typeof envelope.channel_numeric === 'number')
      envelope.channel = channelName(envelope.channel_numeric);
    const payload =
      event !== null && typeof event === 'object' && !Array.isArray(event)
        ? escaped
          ? stripMarkers(event as Record<string, unknown>)
          : (event as Record<string, unknown>)
        : undefined;
    this.sink.event(crdbEvent(payload, envelope, this.format, time, this.file, line, mayHoldPassword(text)));
  }

  end(): void {}
}

/** `I210323 21:53:58.304797 53299 4@util/log/event_log.go:32 ⋮ [tags] 52 =payload` */
const V2_PREFIX =
  /^([IWEFD])(\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) (\d*) ?(?:(\d+)@)?(\S+):(\d+) (⋮)? ?/;
const SEVERITY: Record<string, string> = { I: 'INFO', W: 'WARNING', E: 'ERROR', F: 'FATAL', D: 'DEBUG' };

interface Pending {
  envelope: Record<string, unknown>;
  time: number;
  structured: boolean;
  payload: string;
  counter: string;
  line: number;
}

/** Reads the `[…]` tag block, where values in ‹…› may hold brackets (`client=‹[::1]:52632›`). */
function splitTags(rest: string): { tags: string; after: string } | undefined {
  if (!rest.startsWith('[')) return undefined;
  let inMarker = false;
  for (let i = 1; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '‹') inMarker = true;
    else if (ch === '›') inMarker = false;
    else if (ch === ']' && !inMarker) return { tags: rest.slice(1, i), after: rest.slice(i + 1) };
  }
  return undefined;
}

function parseTags(tags: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (tags === '-' || tags === '') return out;
  let depth = false;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === '‹') depth = true;
    else if (tags[i] === '›') depth = false;
    else if (tags[i] === ',' && !depth) {
      parts.push(tags.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(tags.slice(start));
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq === -1) {
      // `n1` is the node tag; a bare name (`hostssl`) is a flag.
      const node = /^n(\d+)$/.exec(p);
      if (node) out.n = node[1];
      else out[p] = '';
    } else out[p.slice(0, eq)] = stripMarkers(p.slice(eq + 1));
  }
  return out;
}

/**
 * crdb-v2, the default file format since v21.1. A structured entry (`=`) carries the event as
 * JSON; a long entry is split over lines marked `|`, and a multi-line one over lines marked `+`,
 * so an entry is complete only when the next one starts.
 */
export class CrdbV2Parser implements LineParser {
  readonly format = 'crdb-v2' as const;
  private pending: Pending | undefined;

  constructor(
    private readonly file: string,
    private readonly sink: ParserSink
  ) {}

  feed(text: string, line: number): void {
    if (text === '') return;
    const m = V2_PREFIX.exec(text);
    if (!m) {
      this.sink.malformed(line, 'not a crdb-v2 entry');
      return;
    }
    const split = splitTags(text.slice(m[0].length));
    const rest = split ? split.after : text.slice(m[0].length);
    const tail = /^ (\d+) ([ =!+|])?(.*)$/s.exec(rest) ?? /^ ?(\d*) ?([ =!+|])?(.*)$/s.exec(rest);
    if (!tail) {
      this.sink.malformed(line, 'crdb-v2 entry without a counter');
      return;
    }
    const [, counter, cont = ' ', body] = tail;
    if ((cont === '|' || cont === '+') && this.pending && this.pending.counter === counter) {
      this.pending.payload += cont === '+' ? `\n${body}` : body;
      return;
    }
    this.flush();
    const [, sev, yy, mo, dd, hh, mi, ss, us, goroutine, chan, srcFile, srcLine] = m;
    const time =
      Date.UTC(2000 + Number(yy), Number(mo) - 1, Number(dd), Number(hh), Number(mi), Number(ss)) +
      Number(us) / 1000;
    const channelNumeric = chan === undefined ? 0 : Number(chan);
    const envelope: Record<string, unknown> = {
      severity: SEVERITY[sev] ?? sev,
      channel: channelName(channelNumeric),
      channel_numeric: channelNumeric,
      goroutine: goroutine === '' ? undefined : Number(goroutine),
      file: srcFile,
      line: Number(srcLine),
      redactable: m[13] ? 1 : 0,
      entry_counter: counter === '' ? undefined : Number(counter),
      tags: split ? parseTags(split.tags) : {}
    };
    if (envelope.tags && (envelope.tags as Record<string, string>).n)
      envelope.node_id = (envelope.tags as Record<string, string>).n;
    this.pending = { envelope, time, structured: cont === '=', payload: body, counter, line };
  }

  private flush(): void {
    const p = this.pending;
    this.pending = undefined;
    if (!p) return;
    if (p.structured) {
      let payload: unknown;
      try {
        payload = JSON.parse(p.payload);
      } catch {
        this.sink.malformed(p.line, 'structured crdb-v2 entry whose JSON payload does not parse');
        return;
      }
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        this.sink.malformed(p.line, 'structured crdb-v2 entry whose payload is not an object');
        return;
      }
      this.sink.event(
        crdbEvent(
          stripMarkers(payload as Record<string, unknown>),
          p.envelope,
          'crdb-v2',
          p.time,
          this.file,
          p.line
        )
      );
    } else {
      p.envelope.message = stripMarkers(p.payload);
      this.sink.event(crdbEvent(undefined, p.envelope, 'crdb-v2', p.time, this.file, p.line));
    }
  }

  end(): void {
    this.flush();
  }
}
