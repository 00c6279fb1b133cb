import { info, pass, type RawFinding } from '../../../core/check.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Informational: extensions installed at an older version than the server's packages provide. */
export default definePostgresCheck({
  meta: {
    id: 'pg/extensions',
    title: 'Outdated extensions',
    dimension: 'Patch Management',
    description: 'Every installed extension is at the default version the server provides.',
    rationale:
      'Extensions left at an older version than the server ships may keep bugs and vulnerabilities that the installed update already fixes.',
    outcomes: ['PASS', 'INFO'],
    remediation: {
      text: 'ALTER EXTENSION <name> UPDATE; in each listed database after reading the extension release notes.',
      link: 'https://www.postgresql.org/docs/current/sql-alterextension.html'
    },
    frameworks: {}
  },
  evaluate(facts) {
    const outdated = new Map<string, { version: string; available: string; databases: string[] }>();
    let installed = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.extensions,
      (db, exts) => {
        for (const e of exts) {
          installed++;
          if (e.defaultVersion === null || e.defaultVersion === e.version) continue;
          const key = `${e.name}@${e.version}`;
          const entry = outdated.get(key) ?? {
            version: e.version,
            available: e.defaultVersion,
            databases: []
          };
          entry.databases.push(db.name);
          outdated.set(key, entry);
        }
      }
    );
    const findings: RawFinding[] = [...outdated.entries()].map(([key, e]) => {
      const name = key.slice(0, key.lastIndexOf('@'));
      return info(
        msg`Extension ${name} ${e.version} can be updated to ${e.available} in ${raw(valueList(e.databases, 10))}.`,
        name
      );
    });
    if (findings.length === 0 && unknowns.length === 0) {
      findings.push(
        pass(
          msg`${raw(installed === 1 ? 'The 1 installed extension is' : `All ${installed} installed extensions are`)} at the version the server provides.`
        )
      );
    }
    return [...findings, ...unknowns];
  }
});
