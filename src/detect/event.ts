/** The products a rule's logsource can name, as Sigma spells them. */
export const PRODUCTS = ['cockroachdb', 'postgresql', 'couchbase'] as const;
export type Product = (typeof PRODUCTS)[number];

/** Every log format a parser reads; `auto` picks one per file from its first entry. */
export const LOG_FORMATS = [
  'crdb-v2',
  'crdb-json',
  'crdb-json-compact',
  'pg-stderr',
  'pg-csvlog',
  'pg-jsonlog',
  'couchbase-audit'
] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * One audit-log entry from any engine. The vendor's own fields stay in `fields` (CockroachDB: the
 * event payload with the envelope under `envelope`; PostgreSQL: jsonlog key names for all three
 * formats with pgaudit's columns under `audit`; Couchbase: the audit record as written), with
 * redaction markers stripped and passwords in statements masked. The normalized fields below are
 * what rules read as `db.*` and what reports show.
 */
export interface AuditEvent {
  /** Milliseconds since the epoch (UTC). */
  readonly time: number;
  readonly product: Product;
  readonly format: LogFormat;
  readonly node?: string;
  /** CockroachDB logging channel, pgaudit class, or Couchbase module. */
  readonly channel?: string;
  readonly eventType?: string;
  readonly user?: string;
  readonly sourceIp?: string;
  readonly statement?: string;
  /** Statement tag or command (CockroachDB `Tag`, pgaudit COMMAND). */
  readonly tag?: string;
  readonly object?: string;
  readonly outcome?: 'success' | 'failure';
  readonly fields: Record<string, unknown>;
  /** Where the entry starts: file as the user named it, 1-based line. */
  readonly file: string;
  readonly line: number;
}

/** The normalized fields as rules address them. */
export const NORMALIZED_FIELDS = {
  'db.time': (e: AuditEvent) => new Date(e.time).toISOString(),
  'db.product': (e: AuditEvent) => e.product,
  'db.format': (e: AuditEvent) => e.format,
  'db.node': (e: AuditEvent) => e.node,
  'db.channel': (e: AuditEvent) => e.channel,
  'db.event_type': (e: AuditEvent) => e.eventType,
  'db.user': (e: AuditEvent) => e.user,
  'db.source_ip': (e: AuditEvent) => e.sourceIp,
  'db.statement': (e: AuditEvent) => e.statement,
  'db.tag': (e: AuditEvent) => e.tag,
  'db.object': (e: AuditEvent) => e.object,
  'db.outcome': (e: AuditEvent) => e.outcome
} as const satisfies Record<string, (e: AuditEvent) => unknown>;

/**
 * A field's value: `db.*` names the normalized fields, anything else is a dotted path into the
 * vendor fields (`real_userid.user`, `audit.class`, `envelope.channel`). A key that itself holds
 * a dot is found too (Couchbase and CockroachDB tags never nest deeper than one level).
 */
export function fieldValue(event: AuditEvent, field: string): unknown {
  let read = readers.get(field);
  if (!read) {
    read = fieldReader(field);
    if (readers.size < 10000) readers.set(field, read);
  }
  return read(event);
}

/** Compiled readers by field name: rules name few fields, and read them for every event. */
const readers = new Map<string, (event: AuditEvent) => unknown>();

function fieldReader(field: string): (event: AuditEvent) => unknown {
  const normalized = (NORMALIZED_FIELDS as Record<string, (e: AuditEvent) => unknown>)[field];
  if (normalized && Object.hasOwn(NORMALIZED_FIELDS, field)) return normalized;
  const parts = field.split('.');
  if (parts.length === 1) return e => (Object.hasOwn(e.fields, field) ? e.fields[field] : undefined);
  return e => {
    const fields = e.fields;
    if (Object.hasOwn(fields, field)) return fields[field];
    let value: unknown = fields;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      if (!Object.hasOwn(value as object, part)) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

/** A line that could not be read as an entry: counted and reported, never fatal. */
export interface MalformedLine {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/** Where a parser sends what it reads. */
export interface ParserSink {
  event(e: AuditEvent): void;
  malformed(line: number, reason: string): void;
}

/** A streaming parser: fed one line at a time, emits entries as soon as they are complete. */
export interface LineParser {
  readonly format: LogFormat;
  feed(text: string, line: number): void;
  /** End of input: emit whatever entry is still pending. */
  end(): void;
}

/**
 * One line of a JSON-lines log as an object, or undefined after reporting it as malformed
 * ("not a JSON object": not JSON, or JSON that is not an object).
 */
export function jsonObjectLine(
  text: string,
  line: number,
  sink: Pick<ParserSink, 'malformed'>
): Record<string, unknown> | undefined {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    sink.malformed(line, 'not a JSON object');
    return undefined;
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    sink.malformed(line, 'not a JSON object');
    return undefined;
  }
  return o as Record<string, unknown>;
}
