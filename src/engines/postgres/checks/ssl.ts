import { fail, pass } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { isOn, setting } from '../settings.js';
import { definePostgresCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: the server offers TLS (ssl = on). */
export default definePostgresCheck({
  meta: {
    id: 'pg/ssl',
    title: 'TLS enabled',
    dimension: 'Encryption',
    family: 'encryption-in-transit',
    description: 'ssl is on, so clients can encrypt connections.',
    rationale:
      'With ssl off, clients cannot encrypt connections, so passwords and data cross the network in clear.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'Install a server certificate and key, set ssl = on, and require TLS with hostssl rules in pg_hba.conf.',
      link: 'https://www.postgresql.org/docs/current/ssl-tcp.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts) {
    const ssl = setting(facts, 'ssl').setting;
    if (isOn(ssl)) return [pass(msg`ssl is on: the server accepts TLS connections.`)];
    return [
      fail(msg`ssl is off: every connection, including passwords sent in clear text, travels unencrypted.`)
    ];
  }
});
