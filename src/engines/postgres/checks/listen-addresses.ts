import { pass, warn } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';
import { NETWORK_BOUNDARY_CONTROLS } from '../../../policy/control-sets.js';

const WILDCARDS = new Set(['*', '0.0.0.0', '::']);

/** Compliant: the server listens only on localhost or on named addresses, never on every interface. */
export default definePostgresCheck({
  meta: {
    id: 'pg/listen-addresses',
    title: 'Listen addresses',
    dimension: 'Network Security',
    description: 'listen_addresses names localhost or specific addresses rather than every interface.',
    rationale:
      'Listening on every interface exposes the server on networks it was never meant to serve, leaving pg_hba and passwords as the only barrier.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "Set listen_addresses to the addresses clients use (ALTER SYSTEM SET listen_addresses = '10.0.0.5'; restart).",
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-LISTEN-ADDRESSES'
    },
    frameworks: NETWORK_BOUNDARY_CONTROLS
  },
  evaluate(facts) {
    const value = setting(facts, 'listen_addresses').setting;
    const tokens = value
      .split(',')
      .map(t => t.trim())
      .filter(Boolean);
    const wild = tokens.filter(t => WILDCARDS.has(t));
    if (wild.length > 0) {
      return [
        warn(msg`listen_addresses is ${value}: the server accepts TCP connections on every interface.`)
      ];
    }
    if (tokens.length === 0)
      return [pass(msg`listen_addresses is empty: only Unix-socket connections are accepted.`)];
    return [pass(msg`listen_addresses is ${value}: the server listens only on named addresses.`)];
  }
});
