import { info, notApplicable } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { PQ_HYBRID_GROUP } from '../../../sqlwire/tls-probe.js';
import { definePostgresCheck } from './define.js';

/** Informational: what the TLS handshake negotiates, to track TLS 1.3, PQ readiness and key sizes. */
export default definePostgresCheck({
  meta: {
    id: 'pg/crypto-posture',
    title: 'Cryptographic posture',
    dimension: 'Encryption',
    description:
      'Reports the negotiated TLS version, cipher, key-exchange group, post-quantum support and key size.',
    rationale:
      'Old TLS versions, weak ciphers and short keys lower the cost of decrypting captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
    outcomes: ['INFO', 'N/A'],
    remediation: {
      text: "Prefer TLS 1.3 (ssl_min_protocol_version = 'TLSv1.3'), RSA 2048+ or ECDSA P-256+ keys, and an OpenSSL that offers X25519MLKEM768.",
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#RUNTIME-CONFIG-CONNECTION-SSL'
    },
    frameworks: { 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const probe = need(facts.tls);
    if (!probe.offered) return [notApplicable(msg`The server does not offer TLS (see pg/ssl).`)];
    const leaf = probe.chain[0];
    const key = leaf
      ? leaf.curve
        ? `${leaf.keyType.toUpperCase()} ${leaf.curve}`
        : `${leaf.keyType.toUpperCase()}${leaf.keyBits ? `-${leaf.keyBits}` : ''}`
      : 'no certificate';
    const weakKey = leaf && leaf.keyType === 'rsa' && (leaf.keyBits ?? 0) < 2048 ? ' (below RSA-2048)' : '';
    const pq =
      probe.postQuantumHybrid === 'untested'
        ? `not tested: ${probe.postQuantumNote ?? 'unsupported by this client'}`
        : probe.postQuantumHybrid;
    const ciphers = facts.settings.ok ? facts.settings.value.ssl_ciphers?.setting : undefined;
    const cipherSetting = ciphers !== undefined ? msg`; ssl_ciphers ${ciphers}` : msg``;
    return [
      info(
        msg`Negotiated ${probe.protocol ?? 'unknown'} with ${probe.cipher ?? 'unknown'}, key exchange ${probe.group ?? 'unknown'}; ${raw(PQ_HYBRID_GROUP)} ${raw(pq)}; server key ${key}${raw(weakKey)}${raw(cipherSetting)}.`
      )
    ];
  }
});
