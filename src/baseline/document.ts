import { isUtf8 } from 'node:buffer';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { UsageError } from '../core/errors.js';

/** Where in the baseline file something is: `waivers[2] field "owner"`, and its 1-based line. */
export interface BaselinePlace {
  readonly section?: string;
  readonly index?: number;
  readonly field?: string;
  readonly line: number;
}

/** A parsed baseline file with its YAML document (comments, order) and line positions. */
export interface BaselineDocument {
  readonly file: string;
  readonly source: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** `waivers[2] field "owner"` / `field "version"` / `top level`, as error messages name a place. */
export function describePlace(p: Omit<BaselinePlace, 'line'>): string {
  if (p.section !== undefined && p.index !== undefined)
    return `${p.section}[${p.index}]${p.field !== undefined ? ` field "${p.field}"` : ''}`;
  if (p.section !== undefined) return `field "${p.section}"`;
  return 'top level';
}

/**
 * Decodes the file's bytes as UTF-8, refusing any invalid byte: a lossy decode would change what a
 * reviewer approved (a U+FFFD in an owner or an object name) without anyone seeing it.
 */
export function decodeBaseline(bytes: Uint8Array, file: string): string {
  if (isUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const bad = firstInvalidByte(bytes);
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const place = placeAtLine(new TextDecoder('utf-8').decode(bytes), file, line);
  throw new UsageError(
    `Baseline file ${file} line ${line}: ${describePlace(place)}: byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8.`
  );
}

/** Offset of the byte that starts the first invalid UTF-8 sequence (one streaming pass). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let charStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const isContinuation = (bytes[i] & 0xc0) === 0x80;
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      // The decoder notices a truncated sequence only at the byte after it: blame the sequence's lead.
      return !isContinuation && bytes[charStart] >= 0xc0 && charStart < i ? charStart : i;
    }
    if (!isContinuation) charStart = i;
  }
  return charStart;
}

function placeAtLine(source: string, file: string, line: number): Omit<BaselinePlace, 'line'> {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
    const offset = lines.lineStarts[line - 1] ?? 0;
    const lineEnd = lines.lineStarts[line] ?? source.length;
    return placeOf({ file, source, doc, lines }, offset, lineEnd);
  } catch {
    return {};
  }
}

/**
 * Parses the YAML, keeping the document (for line numbers, comments and order). Aliases are refused:
 * a reviewer must see every value where it applies, and an alias bomb would expand exponentially.
 */
export function parseBaselineDocument(source: string, file: string): BaselineDocument {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    throw new UsageError(
      `Baseline file ${file} is not valid YAML: ${e.message.split('\n')[0]} (line ${line}).`
    );
  }
  const parsed: BaselineDocument = { file, source, doc, lines };
  let aliasAt: number | undefined;
  visit(doc, {
    Alias(_, node) {
      aliasAt = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  if (aliasAt !== undefined) {
    const place = placeOf(parsed, aliasAt);
    throw new UsageError(
      `Baseline file ${file} line ${place.line}: ${describePlace(place)}: YAML aliases (*name) are not allowed; write the value out so that reviewers see it.`
    );
  }
  return parsed;
}

/** The entry and field that contain a source offset (the first node starting at or after it on the line). */
export function placeOf(bd: BaselineDocument, offset: number, lineEnd = offset + 1): BaselinePlace {
  const line = bd.lines.linePos(offset).line;
  const inside = (range: readonly number[] | null | undefined) =>
    !!range && range[0] < lineEnd && offset < Math.max(range[2] ?? range[1], range[0] + 1);
  const root = bd.doc.contents;
  if (!isMap(root)) return { line };
  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const section = String(pair.key.value);
    const keyHit = inside(pair.key.range);
    const value = pair.value;
    if (keyHit && !value) return { section, line };
    if (!keyHit && !(value && 'range' in value && inside(value.range as number[]))) continue;
    if (!isSeq(value)) return { section, line };
    for (const [index, item] of value.items.entries()) {
      if (!isMap(item) || !inside(item.range)) continue;
      for (const field of item.items) {
        if (!isPair(field) || !isScalar(field.key)) continue;
        const valueRange =
          field.value && 'range' in field.value ? (field.value.range as number[]) : undefined;
        if (inside(field.key.range) || inside(valueRange))
          return { section, index, field: String(field.key.value), line };
      }
      return { section, index, line };
    }
    return { section, line };
  }
  return { line };
}

/** The 1-based line where entry `index` of `section` starts, for messages and review links. */
export function entryLine(bd: BaselineDocument, section: string, index: number): number | undefined {
  const seq = bd.doc.get(section, true);
  if (!isSeq(seq)) return undefined;
  const item = seq.items[index];
  const range = item && typeof item === 'object' && 'range' in item ? (item.range as number[]) : undefined;
  return range ? bd.lines.linePos(range[0]).line : undefined;
}

/** The line of `field` in entry `index` of `section` (the entry's own line when the field is absent). */
export function fieldLine(
  bd: BaselineDocument,
  section: string,
  index: number,
  field: string
): number | undefined {
  const seq = bd.doc.get(section, true);
  const item = isSeq(seq) ? seq.items[index] : undefined;
  if (isMap(item)) {
    for (const pair of item.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === field && pair.key.range)
        return bd.lines.linePos(pair.key.range[0]).line;
    }
  }
  return entryLine(bd, section, index);
}
