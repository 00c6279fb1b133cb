import { info, pass } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Informational: the default port is the first one scanners try; a custom port is a small extra. */
export default definePostgresCheck({
  meta: {
    id: 'pg/port',
    title: 'Server port',
    dimension: 'Network Security',
    description:
      'The server listens on a non-default port (a minor hardening; network controls matter more).',
    rationale:
      'The default port is the first one scanners try, so a reachable server on 5432 draws more automated attacks.',
    outcomes: ['PASS', 'INFO'],
    remediation: {
      text: 'Optionally move the server off 5432 (port setting) and restrict reachability with firewalls.',
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PORT'
    },
    frameworks: {}
  },
  evaluate(facts) {
    const port = setting(facts, 'port').setting;
    if (port === '5432') return [info(msg`The server uses the default port 5432.`)];
    return [pass(msg`The server uses port ${port}, not the default 5432.`)];
  }
});
