import { raw, msg, type Text } from './text.js';

/**
 * A fact is either collected, or unavailable with the reason and the grant or privilege that would
 * make it available. Collectors never throw for a missing fact; checks that need an unavailable fact
 * report UNKNOWN with that reason.
 */
export type Fact<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly reason: Text;
      readonly fix?: Text;
      readonly notApplicable?: true;
      /**
       * The fact is missing because of a fault (connection lost, timeout, server error), not a
       * privilege: the audit is incomplete and the gate fails closed.
       */
      readonly fault?: true;
    };

export function available<T>(value: T): Fact<T> {
  return { ok: true, value };
}

const asText = (t: Text | string): Text => (typeof t === 'string' ? msg`${raw(t)}` : t);

/** A missing fact. Plain strings are our own words; build reasons that quote system text with `msg`. */
export function unavailable<T = never>(reason: Text | string, fix?: Text | string): Fact<T> {
  return fix === undefined
    ? { ok: false, reason: asText(reason) }
    : { ok: false, reason: asText(reason), fix: asText(fix) };
}

/**
 * A fact lost to a fault (the session dropped, a timeout, a 5xx): unlike a missing privilege this
 * makes the audit incomplete, which fails the gate whatever --fail-on says.
 */
export function faulted<T = never>(reason: Text | string, fix?: Text | string): Fact<T> {
  return fix === undefined
    ? { ok: false, reason: asText(reason), fault: true }
    : { ok: false, reason: asText(reason), fix: asText(fix), fault: true };
}

/**
 * A fact that does not exist on this target by design (a Community Edition refusal, a feature of a
 * later version): checks that need it report N/A with the reason, never UNKNOWN or FAIL.
 */
export function notApplicableHere<T = never>(reason: Text | string): Fact<T> {
  return { ok: false, reason: asText(reason), notApplicable: true };
}

/** Thrown by `need()` for a fact that does not apply here; the runner makes it N/A. */
export class NotApplicableError extends Error {
  constructor(readonly reason: Text) {
    super(reason.text);
    this.name = 'NotApplicableError';
  }
}

/** A missing fact's reason followed by ` Fix: ...` when a fix is known. */
export function explainMissing(reason: Text, fix?: Text): Text {
  return fix ? msg`${raw(reason)} Fix: ${raw(fix)}` : reason;
}

/** Transforms a collected value; a missing fact stays missing with its reason and fix. */
export function mapFact<T, U>(fact: Fact<T>, f: (value: T) => U): Fact<U> {
  return fact.ok ? available(f(fact.value)) : fact;
}

/**
 * The report's "Not Evaluated" list: each missing fact with its reason and fix. Facts that do not
 * apply to the target are not missing and are left out.
 */
export function missingFacts(
  entries: Iterable<readonly [string, Fact<unknown>]>
): { fact: string; reason: Text; fault?: true }[] {
  const out: { fact: string; reason: Text; fault?: true }[] = [];
  for (const [fact, f] of entries) {
    if (!f.ok && !f.notApplicable)
      out.push({
        fact,
        reason: explainMissing(f.reason, f.fix),
        ...(f.fault ? { fault: true as const } : {})
      });
  }
  return out;
}

/** Thrown by `need()` inside a check; the check runner turns it into an UNKNOWN finding. */
export class MissingFactError extends Error {
  constructor(
    readonly reason: Text,
    readonly fix?: Text,
    readonly object?: string,
    readonly fault = false
  ) {
    super(reason.text);
    this.name = 'MissingFactError';
  }
}

/** Unwraps a fact or aborts the check with UNKNOWN naming why the fact is missing. */
export function need<T>(fact: Fact<T>, object?: string): T {
  if (fact.ok) return fact.value;
  if (fact.notApplicable) throw new NotApplicableError(fact.reason);
  throw new MissingFactError(fact.reason, fact.fix, object, fact.fault === true);
}
