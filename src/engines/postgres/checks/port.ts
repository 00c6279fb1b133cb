import { defineCheck, info, pass } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import type { PgFacts } from '../facts.js';
import { setting } from '../settings.js';

/** Informational: the default port is the first one scanners try; a custom port is a small extra. */
export default defineCheck<PgFacts>({
  meta: {
    id: 'pg/port',
    title: 'Server port',
    dimension: 'Network Security',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'The server listens on a non-default port (a minor hardening; network controls matter more).',
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
