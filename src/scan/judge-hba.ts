import { available } from '../core/facts.js';
import type { CheckContext } from '../core/check.js';
import { runChecks } from '../pipeline/run-checks.js';
import hbaCheck from '../engines/postgres/checks/hba.js';
import type { PgFacts } from '../engines/postgres/facts.js';
import { ruleLocation } from '../engines/postgres/hba.js';
import { parseHbaFile, type HbaIncluder, type LocatedRule } from './hba-file.js';
import { includeFinding, type IncludeResolver } from './includes.js';
import { scanKey, type ScanFinding } from './finding.js';

/**
 * Judges a pg_hba.conf with the live pg/hba check itself: the file's rules become the `hba` fact
 * and every finding is placed back on the line of the rule it names. The check reads no other fact,
 * so the rest of PgFacts is absent (a check that started reading one would throw, and the runner
 * would turn that into UNKNOWN, never a PASS).
 */
export function judgeHbaFile(
  text: string,
  file: string,
  ctx: CheckContext,
  sslOn?: boolean,
  includes?: IncludeResolver
): ScanFinding[] {
  const extra: ScanFinding[] = [];
  // Included rules take the place of their include line; each keeps its own file and line.
  const includer =
    (fromRel: string, stack: readonly string[]): HbaIncluder =>
    (directive, target, line, column) => {
      const e = includes!.expand(fromRel, directive, target, stack);
      if (e.kind === 'skip') return [];
      if (e.kind === 'error') {
        extra.push(...includeFinding(e, fromRel, line, column, ctx));
        return [];
      }
      return e.files.flatMap(f =>
        parseHbaFile(f.text, f.rel, sslOn, includer(f.rel, [...stack, f.rel])).map(l => ({
          ...l,
          file: l.file ?? f.rel
        }))
      );
    };
  const located = parseHbaFile(text, file, sslOn, includes ? includer(file, [file]) : undefined);
  const facts = { hba: available(located.map(l => l.rule)) } as unknown as PgFacts;
  const findings = runChecks([hbaCheck], facts, ctx);
  // The check names each rule by its place ("Rule at line 12 ..."); map that back to a position.
  const byWhere = new Map<string, LocatedRule>();
  for (const l of located) byWhere.set(`Rule at ${ruleLocation(l.rule)} `, l);
  const placed = findings.map(f => {
    const place = [...byWhere.entries()].find(([prefix]) => f.detail.text.startsWith(prefix))?.[1];
    const line = place?.line ?? 1;
    const column = place?.column ?? 1;
    const at = place?.file ?? file;
    const object = f.object ?? (place ? `line ${place.line}` : 'file');
    return { ...f, file: at, line, column, key: scanKey(f.checkId, at, object) };
  });
  return [...placed, ...extra];
}
