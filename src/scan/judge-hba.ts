import { available } from '../core/facts.js';
import type { CheckContext } from '../core/check.js';
import { runChecks } from '../pipeline/run-checks.js';
import hbaCheck from '../engines/postgres/checks/hba.js';
import type { PgFacts } from '../engines/postgres/facts.js';
import { ruleLocation } from '../engines/postgres/hba.js';
import { parseHbaFile, type LocatedRule } from './hba-file.js';
import { scanKey, type ScanFinding } from './finding.js';

/**
 * Judges a pg_hba.conf with the live pg/hba check itself: the file's rules become the `hba` fact
 * and every finding is placed back on the line of the rule it names. The check reads no other fact,
 * so the rest of PgFacts is absent (a check that started reading one would throw, and the runner
 * would turn that into UNKNOWN, never a PASS).
 */
export function judgeHbaFile(text: string, file: string, ctx: CheckContext, sslOn?: boolean): ScanFinding[] {
  const located = parseHbaFile(text, file, sslOn);
  const facts = { hba: available(located.map(l => l.rule)) } as unknown as PgFacts;
  const findings = runChecks([hbaCheck], facts, ctx);
  // The check names each rule by its place ("Rule at line 12 ..."); map that back to a position.
  const byWhere = new Map<string, LocatedRule>();
  for (const l of located) byWhere.set(`Rule at ${ruleLocation(l.rule)} `, l);
  return findings.map(f => {
    const place = [...byWhere.entries()].find(([prefix]) => f.detail.text.startsWith(prefix))?.[1];
    const line = place?.line ?? 1;
    const column = place?.column ?? 1;
    const object = f.object ?? (place ? `line ${place.line}` : 'file');
    return { ...f, file, line, column, key: scanKey(f.checkId, file, object) };
  });
}
