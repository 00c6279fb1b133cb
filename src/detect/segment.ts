import { fieldValue, type AuditEvent, type LogFormat, type MalformedLine } from './event.js';
import { cutRegions, LineReader } from './line-reader.js';
import { rangeChunks } from './lines.js';
import { emptyStats, EventCollector, type ReadOptions } from './read.js';
import type { Replay } from './replay.js';

/**
 * A byte range of one log file, cut at line starts: a hunt reads a large file of a
 * one-entry-a-line format as such ranges, in worker threads, and merges them in order.
 */
export interface SegmentTask {
  readonly id: number;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** The file's format, sniffed from its first line by the main thread. */
  readonly format: LogFormat;
}

/** An event a detection rule matched, as a worker sends it: small, and cheap to copy. */
export interface SegmentRecord {
  /** Event time (ms). */
  readonly t: number;
  /** The matching rules, as indices into Replay.detectionRules. */
  readonly r: number[];
  /** The fields correlations read from it (Replay.signalFields). */
  readonly v: Record<string, unknown>;
  /** Line number within the segment (1-based). */
  readonly l: number;
  /**
   * Where the line lies in the file (offset, bytes): the main thread reads it again only if the
   * event becomes evidence of a detection, so records stay small to copy.
   */
  readonly o: number;
  readonly n: number;
}

export interface SegmentResult {
  readonly id: number;
  /** Lines read (the next segment's first line is this segment's first plus `lines`). */
  readonly lines: number;
  /** Entries inside since/until. */
  readonly events: number;
  readonly skipped: number;
  /** Line numbers within the segment. */
  readonly malformed: MalformedLine[];
  readonly malformedCount: number;
  readonly records: SegmentRecord[];
}

/** What a worker holds for its whole life: the replay (for matching) and the reader settings. */
export interface SegmentContext {
  readonly replay: Replay;
  readonly read: ReadOptions;
}

/**
 * Reads one segment exactly as the file reader would read those lines, and keeps the events a
 * rule matches, time-ordered per chunk as the file reader orders them. Since/until apply here.
 */
export async function scanSegment(task: SegmentTask, ctx: SegmentContext): Promise<SegmentResult> {
  const stats = emptyStats();
  const collector = new EventCollector(task.file, ctx.read, stats, true);
  const lines = new LineReader(collector, stats, ctx.read, task.format, task.start);
  const { replay } = ctx;
  const index = new Map(replay.detectionRules.map((r, i) => [r, i]));
  const fields = replay.detectionRules.map(r => replay.signalFields(r));
  const since = ctx.read.since ?? -Infinity;
  const until = ctx.read.until ?? Infinity;
  const records: SegmentRecord[] = [];
  let events = 0;
  const keep = ({
    events: batch,
    offsets,
    lengths
  }: {
    events: AuditEvent[];
    offsets: number[];
    lengths: number[];
  }) => {
    for (let k = 0; k < batch.length; k++) {
      const e = batch[k];
      if (e.time < since || e.time > until) continue;
      events++;
      const matched = replay.matching(e);
      if (matched.length === 0) continue;
      const r = matched.map(m => index.get(m)!);
      const v: Record<string, unknown> = {};
      for (const i of r) for (const f of fields[i]) if (!(f in v)) v[f] = fieldValue(e, f);
      records.push({ t: e.time, r, v, l: e.line, o: offsets[k], n: lengths[k] });
    }
  };
  let rest: Buffer | undefined;
  for await (const chunk of rangeChunks(task.file, task.start, task.end, ctx.read.chunkBytes)) {
    rest = cutRegions(chunk, rest, b => lines.region(b));
    keep(collector.takeWithPlace());
  }
  if (rest) lines.region(Buffer.concat([rest, Buffer.from('\n')]));
  collector.end();
  keep(collector.takeWithPlace());
  return {
    id: task.id,
    lines: lines.lineNo,
    events,
    skipped: stats.skipped,
    malformed: stats.malformed,
    malformedCount: stats.malformedCount,
    records
  };
}
