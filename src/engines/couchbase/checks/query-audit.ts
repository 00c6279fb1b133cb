import { defineCheck, fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import { AUDIT_FRAMEWORKS } from './audit-enabled.js';

/** SQL++ statement events (Query and Index Service), off by default even when auditing is on. */
export const STATEMENT_EVENTS: readonly (readonly [number, string])[] = [
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
  [28687, 'UNRECOGNIZED statement'],
  [28688, 'CREATE PRIMARY INDEX']
];

const named = (events: readonly (readonly [number, string])[]) =>
  events.map(([id, name]) => `${id} ${name}`).join(', ');

/** Compliant: no SQL++ statement event (28672-28688) is in the disabled list. */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/query-audit',
    title: 'SQL++ statement auditing',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'SQL++ statement events 28672-28688 are enabled; they ship disabled even when auditing is on.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Remove events 28672-28688 from the disabled list (Security > Audit > Query and Index Service, or POST /settings/audit disabled=...), at least SELECT, INSERT, UPSERT, DELETE, UPDATE, MERGE, GRANT ROLE and REVOKE ROLE.',
      link: 'https://docs.couchbase.com/server/current/audit-event-reference/audit-event-reference.html'
    },
    frameworks: AUDIT_FRAMEWORKS
  },
  evaluate(facts) {
    const audit = need(facts.audit);
    const disabled = new Set(audit.disabled);
    const off = STATEMENT_EVENTS.filter(([id]) => disabled.has(id));
    if (!audit.auditdEnabled) {
      return [
        fail(msg`Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.`)
      ];
    }
    if (off.length === STATEMENT_EVENTS.length) {
      return [
        fail(
          msg`All ${raw(String(off.length))} SQL++ statement events (28672-28688) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`
        )
      ];
    }
    if (off.length > 0) {
      return [
        warn(
          msg`${raw(String(off.length))} of ${raw(String(STATEMENT_EVENTS.length))} SQL++ statement events are disabled: ${raw(named(off))}.`
        )
      ];
    }
    return [
      pass(msg`All ${raw(String(STATEMENT_EVENTS.length))} SQL++ statement events (28672-28688) are audited.`)
    ];
  }
});
