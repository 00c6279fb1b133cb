import { fieldValue, type AuditEvent, type LogFormat, type MalformedLine } from './event.js';
import { cutRegions, LineReader } from './line-reader.js';
import { rangeChunks } from './lines.js';
import { emptyStats, EventCollector, type ReadOptions } from './read.js';
import type { Replay } from './replay.js';
import type { DetectionRule } from './rules/load.js';

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

/**
 * The events the rules matched in one segment, column by column: numbers in typed arrays (moved
 * to the main thread, not copied) and the correlation fields as one JSON text. Copying tens of
 * thousands of small objects between threads cost more than reading them had.
 */
export interface PackedRecords {
  readonly count: number;
  /** Event time (ms). */
  readonly time: Float64Array;
  /** Line number within the segment (1-based). */
  readonly line: Float64Array;
  /**
   * Where the line lies in the file (offset, bytes): the main thread reads it again only if the
   * event becomes evidence of a detection.
   */
  readonly offset: Float64Array;
  readonly length: Float64Array;
  /** Record i matched the rules rules[ruleStart[i]] to rules[ruleStart[i + 1] - 1] (Replay.detectionRules indices). */
  readonly ruleStart: Uint32Array;
  readonly rules: Uint32Array;
  /** JSON: per record, the fields its rules' correlations read (Replay.signalFields). */
  readonly values: string;
}

/** Builds PackedRecords one record at a time. */
class RecordPacker {
  private time: number[] = [];
  private line: number[] = [];
  private offset: number[] = [];
  private length: number[] = [];
  private ruleStart: number[] = [0];
  private rules: number[] = [];
  private values: Record<string, unknown>[] = [];

  add(
    time: number,
    line: number,
    offset: number,
    length: number,
    rules: number[],
    values: Record<string, unknown>
  ): void {
    this.time.push(time);
    this.line.push(line);
    this.offset.push(offset);
    this.length.push(length);
    this.rules.push(...rules);
    this.ruleStart.push(this.rules.length);
    this.values.push(values);
  }

  pack(): PackedRecords {
    return {
      count: this.time.length,
      time: Float64Array.from(this.time),
      line: Float64Array.from(this.line),
      offset: Float64Array.from(this.offset),
      length: Float64Array.from(this.length),
      ruleStart: Uint32Array.from(this.ruleStart),
      rules: Uint32Array.from(this.rules),
      values: JSON.stringify(this.values)
    };
  }
}

/** The buffers a worker hands over with a result (they leave the worker). */
export function transferables(p: PackedRecords): ArrayBuffer[] {
  return [p.time, p.line, p.offset, p.length, p.ruleStart, p.rules].map(a => a.buffer as ArrayBuffer);
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
  readonly records: PackedRecords;
}

/**
 * What a segment reader holds for its whole life: the replay (for matching), the reader
 * settings, each rule's index and the fields its correlations read.
 */
export interface SegmentContext {
  readonly replay: Replay;
  readonly read: ReadOptions;
  readonly index: ReadonlyMap<DetectionRule, number>;
  readonly fields: readonly (readonly string[])[];
}

export function segmentContext(replay: Replay, read: ReadOptions): SegmentContext {
  return {
    replay,
    read,
    index: new Map(replay.detectionRules.map((r, i) => [r, i])),
    fields: replay.detectionRules.map(r => replay.signalFields(r))
  };
}

/**
 * Reads one segment exactly as the file reader would read those lines, and keeps the events a
 * rule matches, time-ordered per chunk as the file reader orders them. Since/until apply here.
 */
export async function scanSegment(task: SegmentTask, ctx: SegmentContext): Promise<SegmentResult> {
  const stats = emptyStats();
  const collector = new EventCollector(task.file, ctx.read, stats, true);
  const lines = new LineReader(collector, stats, ctx.read, task.format, task.start);
  const { replay, index, fields } = ctx;
  const since = ctx.read.since ?? -Infinity;
  const until = ctx.read.until ?? Infinity;
  const records = new RecordPacker();
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
      records.add(e.time, e.line, offsets[k], lengths[k], r, v);
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
    records: records.pack()
  };
}
