import type { Check, CheckContext } from '../../core/check.js';
import { unavailable, type Fact } from '../../core/facts.js';
import { runChecks } from '../../pipeline/run-checks.js';
import { msg } from '../../core/text.js';
import { scanKey, type ScanFinding } from '../finding.js';
import type { Position } from './locate.js';
import type { TfResource, TfValue } from './model.js';

/**
 * Runs one check on facts built from a resource and places its findings: on the attribute that
 * decides (or the resource's first line when a default decides), with the key
 * `<check>|<file>|<resource address>[ <object>]`, which no moved line changes.
 */
export function judged<F>(
  check: Check<F>,
  facts: F,
  ctx: CheckContext,
  r: TfResource,
  at: Position | undefined,
  annotation?: string
): ScanFinding[] {
  return runChecks([check], facts, ctx).map(f => {
    const pos = at ?? r.block.pos;
    const object = f.object !== undefined && f.object !== r.address ? `${r.address} ${f.object}` : r.address;
    return {
      ...f,
      ...(annotation ? { annotation: f.annotation ? `${f.annotation}; ${annotation}` : annotation } : {}),
      file: r.file,
      line: pos.line,
      column: pos.column,
      key: scanKey(f.checkId, r.file, object)
    };
  });
}

/** The fact for a value only a plan knows: the check reports UNKNOWN with this reason, never a verdict. */
export function notUntilPlan<T>(r: TfResource, attr: string, v: TfValue & { known: false }): Fact<T> {
  return unavailable(
    msg`${`${r.address}.${attr}`} is ${v.expr}: value not known until plan.`,
    msg`Scan the plan instead (terraform show -json <planfile> > plan.tfplan.json), or give the variable a literal default.`
  );
}

/** "set from the default of var.x" for findings whose value came through a variable or local. */
export function via(v: TfValue | undefined): string | undefined {
  return v?.known && v.from ? `value from ${v.from}` : undefined;
}
