import { fieldValue, type AuditEvent } from './event.js';
import type { CorrelationRule, DetectionRule, Rule } from './rules/load.js';
import { RuleDispatch } from './rules/dispatch.js';

/** A rule that fired: a single event, or a correlation over a window of them. */
export interface Detection {
  readonly rule: Rule;
  /** Time of the event that completed the detection. */
  readonly time: number;
  /** Time of the earliest event in the evidence. */
  readonly first: number;
  /** group-by values of a correlation. */
  readonly group?: Readonly<Record<string, string>>;
  /** The matching events, oldest first (the last MAX_EVIDENCE of them). */
  readonly events: readonly AuditEvent[];
  /** How many events the detection rests on (may exceed events.length). */
  readonly eventCount: number;
}

const MAX_EVIDENCE = 20;

/** `5m` → milliseconds. */
export function timespanMs(span: string): number {
  const m = /^(\d+)([smhd])$/.exec(span);
  if (!m) throw new Error(`bad timespan ${span}`);
  return Number(m[1]) * { s: 1000, m: 60000, h: 3600000, d: 86400000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** What a correlation receives from one of its inputs. */
interface Signal {
  readonly time: number;
  readonly first: number;
  /** Reads a field: the base event's field, or a chained correlation's group value. */
  readonly get: (field: string) => unknown;
  readonly events: readonly AuditEvent[];
  readonly count: number;
}

interface Window {
  items: Signal[];
  /** gap: the key's latest signal, and whether its current silence was already reported. */
  last?: Signal;
  /** gap: the group-by values. */
  key?: string[];
  silent?: boolean;
  /** temporal_ordered: for each step, the start time of the latest chain that reached it. */
  chain?: (number | undefined)[];
  chainEvidence?: (Signal[] | undefined)[];
}

function groupValues(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return [''];
  if (Array.isArray(v))
    return v.length === 0 ? [''] : v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
  return [typeof v === 'object' ? JSON.stringify(v) : String(v)];
}

function evidence(signals: readonly Signal[]): { events: AuditEvent[]; count: number } {
  const events: AuditEvent[] = [];
  let count = 0;
  for (const s of signals) {
    events.push(...s.events);
    count += s.count;
  }
  events.sort((a, b) => a.time - b.time);
  return { events: events.slice(-MAX_EVIDENCE), count };
}

/** Windowed state of one correlation rule, per group-by key. */
class CorrelationState {
  private readonly span: number;
  private readonly groups = new Map<string, Window>();
  private lastPrune = 0;
  /** gap: the earliest time at which some key that is not yet reported falls silent. */
  private nextDue = Infinity;

  constructor(readonly rule: CorrelationRule) {
    this.span = timespanMs(rule.doc.correlation.timespan);
  }

  /** The field an input rule calls `name` (aliases map a group-by name per input rule). */
  private fieldFor(name: string, input: number): string {
    const alias = this.rule.doc.correlation.aliases?.[name];
    if (!alias) return name;
    const ref = this.rule.doc.correlation.rules[input];
    return alias[ref] ?? name;
  }

  /** The fields this correlation reads from the signals of one input (group-by, counted field). */
  fieldsRead(input: number): string[] {
    const c = this.rule.doc.correlation;
    const names = [
      ...c['group-by'],
      ...(c.type === 'value_count' && c.condition?.field ? [c.condition.field] : [])
    ];
    return names.map(n => this.fieldFor(n, input));
  }

  /** Per input, the fields the group-by names read (computed once: feed runs per event). */
  private readonly groupFields = new Map<number, string[]>();

  /**
   * A group's map key. Every key of one correlation has one value per group-by field, so with a
   * single field the value itself is unambiguous (and far cheaper than JSON, measured per event).
   */
  private keyId(key: string[]): string {
    return key.length === 1 ? key[0] : JSON.stringify(key);
  }

  feed(input: number, signal: Signal, fire: (d: Omit<Detection, 'rule'>) => void): void {
    const c = this.rule.doc.correlation;
    let fields = this.groupFields.get(input);
    if (!fields) this.groupFields.set(input, (fields = c['group-by'].map(g => this.fieldFor(g, input))));
    // Fan out over list values (CockroachDB grant_role Members), one group each.
    let keys: string[][];
    if (fields.length === 1) {
      const vals = groupValues(signal.get(fields[0]));
      keys = vals.length === 1 ? [vals] : vals.map(v => [v]);
    } else {
      keys = [[]];
      for (const f of fields) {
        const vals = groupValues(signal.get(f));
        keys = keys.flatMap(k => vals.map(v => [...k, v]));
      }
    }
    if (c.type === 'gap') {
      this.feedGap(signal, keys, fire);
      return;
    }
    for (const key of keys) this.feedGroup(input, signal, key, fire);
    if (signal.time - this.lastPrune > this.span * 4 && this.groups.size > 1000) this.prune(signal.time);
  }

  /**
   * Absence. A key whose next signal comes more than `timespan` after its previous one had a gap
   * in its time sequence; a key that stays silent for longer than `timespan` while another key
   * keeps logging (one node of a cluster) is reported as soon as another key's signal shows it,
   * once per silence. Keys are few (nodes, channels), and they are only scanned when one is due.
   */
  private feedGap(signal: Signal, keys: string[][], fire: (d: Omit<Detection, 'rule'>) => void): void {
    const groupBy = this.rule.doc.correlation['group-by'];
    const t = signal.time;
    const groupOf = (key: string[]) => Object.fromEntries(groupBy.map((g, i) => [g, key[i]]));
    const emit = (key: string[], before: Signal, after: Signal) => {
      const ev = evidence([before, after]);
      fire({ time: after.time, first: before.time, group: groupOf(key), events: ev.events, eventCount: 2 });
    };
    const own = keys.length === 1 ? undefined : new Set<string>();
    let ownId = '';
    for (const key of keys) {
      const id = this.keyId(key);
      if (own) own.add(id);
      else ownId = id;
      const w = this.groups.get(id);
      if (!w) {
        this.groups.set(id, { items: [], last: signal, silent: false, key });
      } else {
        if (!w.silent && w.last && t - w.last.time > this.span) emit(key, w.last, signal);
        w.last = signal;
        w.silent = false;
      }
      this.nextDue = Math.min(this.nextDue, t + this.span);
    }
    if (t <= this.nextDue) return;
    let due = Infinity;
    for (const [id, w] of this.groups) {
      if ((own ? own.has(id) : id === ownId) || w.silent || !w.last) continue;
      if (t - w.last.time > this.span) {
        w.silent = true;
        emit(w.key!, w.last, signal);
      } else due = Math.min(due, w.last.time + this.span);
    }
    this.nextDue = Math.min(due, t + this.span);
  }

  /** Drops groups whose newest signal has left the window (memory stays bounded on long replays). */
  private prune(now: number): void {
    this.lastPrune = now;
    for (const [k, w] of this.groups) {
      const newest =
        w.items[w.items.length - 1]?.time ?? Math.max(...(w.chain ?? []).map(x => x ?? -Infinity));
      if (!(now - newest <= this.span)) this.groups.delete(k);
    }
  }

  private feedGroup(
    input: number,
    signal: Signal,
    key: string[],
    fire: (d: Omit<Detection, 'rule'>) => void
  ): void {
    const c = this.rule.doc.correlation;
    const id = this.keyId(key);
    let w = this.groups.get(id);
    if (!w) {
      w = { items: [] };
      this.groups.set(id, w);
    }
    const t = signal.time;
    // The group object is built only when the rule fires (most signals only update a window).
    const emit = (signals: Signal[]) => {
      const ev = evidence(signals);
      fire({
        time: t,
        first: Math.min(...signals.map(s => s.first)),
        group: Object.fromEntries(c['group-by'].map((g, i) => [g, key[i]])),
        events: ev.events,
        eventCount: ev.count
      });
    };
    const threshold = (n: number) =>
      c.condition?.gte !== undefined ? n >= c.condition.gte : n > (c.condition?.gt ?? 0);
    switch (c.type) {
      case 'event_count': {
        w.items.push(signal);
        while (w.items.length > 0 && t - w.items[0].time > this.span) w.items.shift();
        if (threshold(w.items.length)) {
          emit(w.items);
          w.items = [];
        }
        return;
      }
      case 'value_count': {
        const field = c.condition!.field!;
        const value = signal.get(this.fieldFor(field, input));
        if (value === undefined || value === null || value === '') return;
        w.items.push(signal);
        while (w.items.length > 0 && t - w.items[0].time > this.span) w.items.shift();
        const distinct = new Set(
          w.items.map(s => groupValues(s.get(this.fieldFor(field, input))).join('\u0000'))
        );
        if (threshold(distinct.size)) {
          emit(w.items);
          w.items = [];
        }
        return;
      }
      case 'temporal': {
        w.items = w.items.filter(s => t - s.time <= this.span);
        w.items.push(Object.assign(Object.create(null), signal, { input }) as Signal);
        const inputs = new Set(w.items.map(s => (s as Signal & { input: number }).input));
        if (inputs.size === c.rules.length) {
          emit(w.items);
          w.items = [];
        }
        return;
      }
      case 'temporal_ordered': {
        const n = c.rules.length;
        w.chain ??= new Array(n).fill(undefined);
        w.chainEvidence ??= new Array(n).fill(undefined);
        const chain = w.chain;
        const proofs = w.chainEvidence;
        if (input === 0) {
          chain[0] = signal.first;
          proofs[0] = [signal];
        } else {
          const start = chain[input - 1];
          if (start !== undefined && t - start <= this.span) {
            if (chain[input] === undefined || start >= chain[input]!) {
              chain[input] = start;
              proofs[input] = [...proofs[input - 1]!, signal];
            }
          }
        }
        if (chain[n - 1] !== undefined) {
          emit(proofs[n - 1]!);
          w.chain = undefined;
          w.chainEvidence = undefined;
        }
        return;
      }
    }
  }
}

/**
 * Runs rules over events that arrive in time order. Detection rules fire per event; correlations
 * keep windowed state per group-by key. A rule referenced by a correlation reports on its own only
 * when that correlation says `generate: true` (Sigma's default is false).
 */
export class Replay {
  private readonly byProduct = new Map<string, DetectionRule[]>();
  private readonly dispatch = new Map<string, RuleDispatch>();
  private readonly consumers = new Map<Rule, { state: CorrelationState; input: number }[]>();
  private readonly silent = new Set<Rule>();
  private readonly states = new Map<CorrelationRule, CorrelationState>();
  readonly detections: Detection[] = [];
  /** Every detection rule the replay evaluates, in a fixed order (workers name rules by index). */
  readonly detectionRules: DetectionRule[] = [];
  /** Events seen, and events matched by at least one detection rule. */
  events = 0;
  matched = 0;

  constructor(
    rules: readonly Rule[],
    private readonly onDetection?: (d: Detection) => void,
    private readonly keep = true
  ) {
    const all = new Set<Rule>();
    const generated = new Set<Rule>();
    const visit = (r: Rule) => {
      if (all.has(r)) return;
      all.add(r);
      if (r.kind === 'correlation') r.inputs.forEach(visit);
    };
    rules.forEach(visit);
    for (const r of all) {
      if (r.kind === 'detection') {
        this.detectionRules.push(r);
        const p = r.doc.logsource.product;
        if (!this.byProduct.has(p)) this.byProduct.set(p, []);
        this.byProduct.get(p)!.push(r);
      } else {
        const state = new CorrelationState(r);
        this.states.set(r, state);
        const generate = r.doc.correlation.generate;
        r.inputs.forEach((input, i) => {
          if (!this.consumers.has(input)) this.consumers.set(input, []);
          this.consumers.get(input)!.push({ state, input: i });
          const ref = r.doc.correlation.rules[i];
          if (generate === true || (Array.isArray(generate) && generate.includes(ref))) generated.add(input);
        });
      }
    }
    for (const [p, list] of this.byProduct) this.dispatch.set(p, new RuleDispatch(list));
    // An input reports on its own only when a correlation that uses it says so (generate);
    // rules the caller did not ask for (pulled in as inputs) only feed their correlations.
    for (const r of all) {
      if ((this.consumers.has(r) && !generated.has(r)) || !rules.includes(r)) this.silent.add(r);
    }
  }

  private report(rule: Rule, d: Omit<Detection, 'rule'>): void {
    if (this.silent.has(rule)) return;
    // Evidence from a worker is kept as its line until a detection needs the event.
    const events = d.events.some(isDeferred) ? d.events.map(resolveEvent) : d.events;
    const det = { rule, ...d, events };
    if (this.keep) this.detections.push(det);
    this.onDetection?.(det);
  }

  private signal(rule: Rule, s: Signal): void {
    for (const { state, input } of this.consumers.get(rule) ?? []) {
      state.feed(input, s, d => {
        this.report(state.rule, d);
        const group = d.group ?? {};
        this.signal(state.rule, {
          time: d.time,
          first: d.first,
          get: f => group[f],
          events: d.events,
          count: d.eventCount
        });
      });
    }
  }

  /** The fields correlations read from the events a detection rule matches. */
  signalFields(rule: DetectionRule): string[] {
    const fields = new Set<string>();
    for (const { state, input } of this.consumers.get(rule) ?? [])
      for (const f of state.fieldsRead(input)) fields.add(f);
    return [...fields];
  }

  /** The detection rules an event matches. Stateless: a worker asks it for the main thread. */
  matching(event: AuditEvent): DetectionRule[] {
    const rules = this.dispatch.get(event.product)?.candidates(event);
    const out: DetectionRule[] = [];
    if (rules) for (const rule of rules) if (rule.match(event)) out.push(rule);
    return out;
  }

  push(event: AuditEvent): void {
    this.events++;
    const rules = this.matching(event);
    if (rules.length > 0) this.pushMatched(event.time, rules, f => fieldValue(event, f), event);
  }

  /**
   * An event and the detection rules it matched: each reports, and each correlation that reads
   * the rule takes the signal (`get` reads the fields signalFields names).
   */
  pushMatched(
    time: number,
    rules: readonly DetectionRule[],
    get: (field: string) => unknown,
    event: AuditEvent
  ): void {
    this.matched++;
    for (const rule of rules) {
      this.report(rule, { time, first: time, events: [event], eventCount: 1 });
      if (this.consumers.has(rule)) this.signal(rule, { time, first: time, get, events: [event], count: 1 });
    }
  }
}

/**
 * An event a worker matched, kept as its line: the main thread parses it only when it becomes
 * evidence of a detection. Until then only `time` is read (windows order their signals by it).
 */
export interface DeferredEvent {
  readonly time: number;
  readonly deferred: () => AuditEvent;
}

function isDeferred(e: AuditEvent | DeferredEvent): boolean {
  return typeof (e as DeferredEvent).deferred === 'function';
}

function resolveEvent(e: AuditEvent): AuditEvent {
  return isDeferred(e) ? (e as unknown as DeferredEvent).deferred() : e;
}
