import type { AuditEvent, LineParser, ParserSink } from '../event.js';
import { maskRecord } from '../mask.js';

/** The module that writes an event id (ranges from the audit descriptors). */
export function couchbaseModule(id: number): string {
  if (id >= 28672 && id < 32768) return 'n1ql';
  if (id >= 20480 && id < 24576) return 'memcached';
  if (id >= 8192 && id < 12288) return 'ns_server';
  if (id >= 4096 && id < 8192) return 'auditd';
  return 'other';
}

const FAILURES = new Set([8193, 8264, 8275, 20481]);
const SUCCESSES = new Set([8192, 20485]);

/**
 * audit.log: one JSON object per line with a numeric `id`. ns_server and memcached write
 * `real_userid.source`, n1ql writes `real_userid.domain`; both are kept as written.
 */
export class CouchbaseAuditParser implements LineParser {
  readonly format = 'couchbase-audit' as const;
  constructor(
    private readonly file: string,
    private readonly sink: ParserSink
  ) {}

  feed(text: string, line: number): void {
    if (text.trim() === '') return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(text);
    } catch {
      this.sink.malformed(line, 'not a JSON object');
      return;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o) || typeof o.id !== 'number') {
      this.sink.malformed(line, 'not a Couchbase audit record (no numeric id)');
      return;
    }
    const time = typeof o.timestamp === 'string' ? Date.parse(o.timestamp) : NaN;
    if (Number.isNaN(time)) {
      this.sink.malformed(line, 'Couchbase audit record without an ISO 8601 timestamp');
      return;
    }
    maskRecord(o);
    const id = o.id;
    const real = (o.real_userid ?? {}) as Record<string, unknown>;
    const remote = (o.remote ?? {}) as Record<string, unknown>;
    const identity = (o.identity ?? {}) as Record<string, unknown>;
    const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    let outcome: AuditEvent['outcome'];
    if (FAILURES.has(id)) outcome = 'failure';
    else if (SUCCESSES.has(id)) outcome = 'success';
    else if (o.status === 'success') outcome = 'success';
    else if (typeof o.status === 'string' && o.status !== '') outcome = 'failure';
    this.sink.event({
      time,
      product: 'couchbase',
      format: this.format,
      node: s(o.node),
      channel: couchbaseModule(id),
      eventType: s(o.name) ?? String(id),
      user: s(real.user),
      sourceIp: s(remote.ip),
      statement: s(o.statement),
      object: s(identity.user) ?? s(o.bucket_name) ?? s(o.name_of_bucket),
      outcome,
      fields: o,
      file: this.file,
      line
    });
  }

  end(): void {}
}
