import { fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbAuditDescriptor, CbFacts } from '../facts.js';
import { defineCouchbaseCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/**
 * The SQL++ statement events of couchbase/query etc/audit_descriptor.json, used only when GET
 * /settings/audit/descriptors cannot be read: every one ships "enabled": false. 7.6 (trinity)
 * has 28672-28688, functions 28706-28708, scope/collection DDL 28713-28719, transactions
 * 28720-28725 and sequences 28734-28736; 8.0 (morpheus) adds CREATE/ALTER/DROP USER 28738-28740
 * and BUCKET 28741-28743.
 */
const STATEMENTS_76: readonly (readonly [number, string])[] = [
  [28672, 'SELECT'],
  [28673, 'EXPLAIN'],
  [28674, 'PREPARE'],
  [28675, 'INFER'],
  [28676, 'INSERT'],
  [28677, 'UPSERT'],
  [28678, 'DELETE'],
  [28679, 'UPDATE'],
  [28680, 'MERGE'],
  [28681, 'CREATE INDEX'],
  [28682, 'DROP INDEX'],
  [28683, 'ALTER INDEX'],
  [28684, 'BUILD INDEX'],
  [28685, 'GRANT ROLE'],
  [28686, 'REVOKE ROLE'],
  [28687, 'UNRECOGNIZED'],
  [28688, 'CREATE PRIMARY INDEX'],
  [28706, 'CREATE FUNCTION'],
  [28707, 'DROP FUNCTION'],
  [28708, 'EXECUTE FUNCTION'],
  [28713, 'CREATE SCOPE'],
  [28714, 'DROP SCOPE'],
  [28715, 'CREATE COLLECTION'],
  [28716, 'DROP COLLECTION'],
  [28717, 'FLUSH COLLECTION'],
  [28718, 'UPDATE STATISTICS'],
  [28719, 'ADVISE'],
  [28720, 'START TRANSACTION'],
  [28721, 'COMMIT TRANSACTION'],
  [28722, 'ROLLBACK TRANSACTION'],
  [28723, 'ROLLBACK TRANSACTION TO SAVEPOINT'],
  [28724, 'SET TRANSACTION ISOLATION'],
  [28725, 'SAVEPOINT'],
  [28734, 'CREATE SEQUENCE'],
  [28735, 'ALTER SEQUENCE'],
  [28736, 'DROP SEQUENCE']
];
const STATEMENTS_80: readonly (readonly [number, string])[] = [
  ...STATEMENTS_76,
  [28738, 'CREATE USER'],
  [28739, 'ALTER USER'],
  [28740, 'DROP USER'],
  [28741, 'CREATE BUCKET'],
  [28742, 'ALTER BUCKET'],
  [28743, 'DROP BUCKET']
];

/** The statements the running version can audit: from its descriptors, else the table above. */
export function statementEvents(facts: CbFacts): {
  events: readonly (readonly [number, string])[];
  source: string;
} {
  if (facts.auditDescriptors.ok) {
    const events = facts.auditDescriptors.value
      .filter(d => d.module === 'n1ql' && / statement$/.test(d.name))
      .map(d => [d.id, d.name.replace(/ statement$/, '')] as const);
    if (events.length) return { events, source: 'its audit descriptors' };
  }
  return {
    events: facts.cluster.compat80 ? STATEMENTS_80 : STATEMENTS_76,
    source: `the ${facts.cluster.compat80 ? '8.0' : '7.6'} event list shipped with db-posture (the descriptors could not be read)`
  };
}

const named = (events: readonly (readonly [number, string])[]) =>
  events.map(([id, name]) => `${id} ${name}`).join(', ');

/**
 * Compliant: every SQL++ statement event of the running version is audited; they ship disabled
 * even when auditing is on. Other modules' filterable events still off are listed per module.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/query-audit',
    title: 'SQL++ statement auditing',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    description:
      'Every SQL++ statement audit event of the running version (data, DDL, GRANT/REVOKE, functions, transactions, sequences; on 8.0 user and bucket DDL) is enabled.',
    rationale:
      'SQL++ statement events that are disabled leave reads, writes and privilege changes through the query service unrecorded.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: 'Remove the SQL++ statement events from the disabled list (Security > Audit > Query and Index Service, or POST /settings/audit disabled=...): at least SELECT, INSERT, UPSERT, DELETE, UPDATE, MERGE, GRANT/REVOKE ROLE, the DDL, function and transaction statements, and on 8.0 CREATE/ALTER/DROP USER and BUCKET.',
      link: 'https://docs.couchbase.com/server/current/audit-event-reference/audit-event-reference.html'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts) {
    const audit = need(facts.audit);
    if (!audit.auditdEnabled) {
      return [
        fail(msg`Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.`)
      ];
    }
    const { events, source } = statementEvents(facts);
    const disabled = new Set(audit.disabled);
    const off = events.filter(([id]) => disabled.has(id));
    const findings: RawFinding[] = [];
    if (off.length === events.length) {
      findings.push(
        fail(
          msg`All ${raw(String(off.length))} SQL++ statement events (per ${raw(source)}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`
        )
      );
    } else if (off.length > 0) {
      findings.push(
        warn(
          msg`${raw(String(off.length))} of ${raw(String(events.length))} SQL++ statement events (per ${raw(source)}) are disabled: ${raw(named(off))}.`
        )
      );
    } else {
      findings.push(
        pass(msg`All ${raw(String(events.length))} SQL++ statement events (per ${raw(source)}) are audited.`)
      );
    }
    // Every other filterable event still off, by module: for the reviewer, not a verdict.
    if (facts.auditDescriptors.ok) {
      const statementIds = new Set(events.map(([id]) => id));
      const byModule = new Map<string, CbAuditDescriptor[]>();
      for (const d of facts.auditDescriptors.value) {
        if (statementIds.has(d.id) || !disabled.has(d.id)) continue;
        byModule.set(d.module, [...(byModule.get(d.module) ?? []), d]);
      }
      for (const [module, ds] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
        const shown = ds
          .slice(0, 8)
          .map(d => `${d.id} ${d.name}`)
          .join(', ');
        findings.push(
          info(
            msg`Module ${module}: ${raw(String(ds.length))} filterable event${raw(ds.length === 1 ? ' is' : 's are')} off (${shown}${raw(ds.length > 8 ? ', ...' : '')}).`,
            `module:${module}`
          )
        );
      }
    }
    return findings;
  }
});

/** Every SQL++ statement event of 7.6 and 8.0 (id, name), for tools that read reports (detection coverage). */
export const STATEMENT_EVENTS: readonly (readonly [number, string])[] = [
  ...new Map([...STATEMENTS_76, ...STATEMENTS_80].map(e => [e[0], e] as const)).values()
].sort((a, b) => a[0] - b[0]);
