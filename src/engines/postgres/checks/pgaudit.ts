import { fail, pass, unknown, warn, type RawFinding } from '../../../core/check.js';
import { explainMissing, MissingFactError, need } from '../../../core/facts.js';
import { msg, raw, valueList, type Text } from '../../../core/text.js';
import type { RoleSetting } from '../facts.js';
import { expandPgauditLog, missingClasses, REQUIRED_CLASSES } from '../pgaudit.js';
import { isOn, libraryTokens, setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

function overrideName(o: RoleSetting): Text {
  if (o.role && o.database) return msg`role ${o.role} in database ${o.database}`;
  if (o.role) return msg`role ${o.role}`;
  return msg`database ${o.database ?? '?'}`;
}

function overrideObject(o: RoleSetting): string {
  return [o.role && `role:${o.role}`, o.database && `database:${o.database}`].filter(Boolean).join('@');
}

/**
 * Compliant: pgaudit is really loaded (exact token in shared_preload_libraries and its settings in
 * pg_settings), its effective classes cover ddl, write and role, no per-role or per-database
 * override lowers them, and bind parameters (possible secrets) are not logged.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/pgaudit',
    title: 'pgaudit',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    description:
      'pgaudit is loaded and audits the ddl, write and role classes everywhere, without logging bind parameters.',
    rationale:
      'Without pgaudit covering DDL, writes and role changes, privileged or malicious changes leave no structured audit trail, and logging bind parameters would copy sensitive values into the logs.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: "Add pgaudit to shared_preload_libraries and restart; ALTER SYSTEM SET pgaudit.log = 'ddl, write, role'; remove per-role/database overrides that lower it (ALTER ROLE ... RESET pgaudit.log); keep pgaudit.log_parameter off.",
      link: 'https://github.com/pgaudit/pgaudit/blob/main/README.md'
    },
    frameworks: {
      'PCI DSS': ['10'],
      'SOC 2': ['CC7.2'],
      HIPAA: ['164.312(b)'],
      'ISO 27001': ['8.15'],
      GDPR: ['Art. 32']
    }
  },
  evaluate(facts) {
    const spl = setting(facts, 'shared_preload_libraries');
    const tokens = libraryTokens(spl.setting);
    const all = need(facts.settings);
    const row = all['pgaudit.log'];

    if (!tokens.includes('pgaudit')) {
      const placeholder = facts.pgauditPlaceholder.ok ? facts.pgauditPlaceholder.value : null;
      const configured = placeholder
        ? msg` pgaudit.log is set to ${placeholder}, but without the library that value is an inert placeholder.`
        : msg``;
      const logToFile = tokens.includes('pgauditlogtofile')
        ? msg` (pgauditlogtofile is preloaded, but it only redirects pgaudit's output.)`
        : msg``;
      const logStatement = all.log_statement?.setting ?? 'none';
      if (['ddl', 'mod', 'all'].includes(logStatement)) {
        return [
          warn(
            msg`pgaudit is not in shared_preload_libraries; only log_statement = ${logStatement} records statements (no role class, no object auditing).${raw(configured)}${raw(logToFile)}`
          )
        ];
      }
      return [
        fail(
          msg`pgaudit is not in shared_preload_libraries and log_statement is ${logStatement}: no audit trail of statements exists.${raw(configured)}${raw(logToFile)}`
        )
      ];
    }
    if (!row) {
      if (!facts.server.canReadAllSettings) {
        throw new MissingFactError(
          msg`pgaudit is in shared_preload_libraries but its pgaudit.* settings are not visible to this login.`,
          msg`GRANT pg_read_all_settings TO ${facts.server.currentUser}.`
        );
      }
      const pending = spl.pendingRestart ? ' (a restart is pending)' : '';
      return [
        fail(
          msg`pgaudit is listed in shared_preload_libraries but not loaded: pg_settings has no pgaudit.* rows${raw(pending)}.`
        )
      ];
    }

    const findings: RawFinding[] = [];
    const global = expandPgauditLog(row.setting);
    const globalMissing = missingClasses(global.classes);
    if (globalMissing.length > 0) {
      findings.push(
        warn(
          msg`pgaudit.log is ${row.setting}: the ${raw(globalMissing.join(', '))} ${raw(globalMissing.length === 1 ? 'class is' : 'classes are')} not audited.`,
          'pgaudit.log'
        )
      );
    }
    const param = all['pgaudit.log_parameter'];
    if (param && isOn(param.setting)) {
      findings.push(
        warn(
          msg`pgaudit.log_parameter is on: bind parameters, including secrets, are written to the logs.`,
          'pgaudit.log_parameter'
        )
      );
    }

    if (!facts.roleSettings.ok) {
      findings.push(
        unknown(
          msg`Per-role and per-database overrides could not be read: ${raw(explainMissing(facts.roleSettings.reason, facts.roleSettings.fix))}`,
          'overrides'
        )
      );
    } else {
      for (const o of facts.roleSettings.value) {
        const value = o.settings['pgaudit.log'];
        if (value !== undefined) {
          const e = expandPgauditLog(value);
          if (e.invalid.length > 0) {
            findings.push(
              warn(
                msg`The pgaudit.log override ${value} for ${raw(overrideName(o))} has invalid classes ${raw(valueList(e.invalid))}, so PostgreSQL ignores it.`,
                overrideObject(o)
              )
            );
          } else {
            const lowered = REQUIRED_CLASSES.filter(c => global.classes.has(c) && !e.classes.has(c));
            if (lowered.length > 0) {
              findings.push(
                warn(
                  msg`The override pgaudit.log = ${value} for ${raw(overrideName(o))} stops auditing ${raw(lowered.join(', '))}.`,
                  overrideObject(o)
                )
              );
            }
          }
        }
        const p = o.settings['pgaudit.log_parameter'];
        if (p !== undefined && isOn(p)) {
          findings.push(
            warn(
              msg`pgaudit.log_parameter is on for ${raw(overrideName(o))}: bind parameters reach the logs.`,
              overrideObject(o)
            )
          );
        }
      }
    }
    if (findings.length === 0) {
      return [
        pass(
          msg`pgaudit is loaded; pgaudit.log ${row.setting} covers ddl, write and role, no override lowers it, and log_parameter is off.`
        )
      ];
    }
    return findings;
  }
});
