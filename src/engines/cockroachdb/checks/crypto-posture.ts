import { info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { PQ_HYBRID_GROUP } from '../../../sqlwire/tls-probe.js';
import { defineCockroachCheck } from './define.js';

/** INFO only: what the SQL port negotiates, the server key, and --tls-cipher-suites when set. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/crypto-posture',
    title: 'Cryptographic posture',
    dimension: 'Encryption',
    description:
      'TLS 1.3 with AEAD ciphers, a strong server key and, where available, a post-quantum hybrid key exchange.',
    rationale:
      'Older TLS versions, non-AEAD ciphers and weak server keys lower the cost of decrypting or tampering with captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
    outcomes: ['INFO'],
    remediation: {
      text: 'Keep TLS 1.3, RSA-2048+/ECDSA P-256+ node keys, and restrict suites with cockroach start --tls-cipher-suites (v25.2+) when policy asks.',
      link: 'https://www.cockroachlabs.com/docs/stable/authentication#supported-cipher-suites'
    },
    frameworks: { 'ISO 27001': ['8.24'], 'PCI DSS': ['4'] }
  },
  evaluate(facts, ctx) {
    const tls = need(facts.tls);
    if (!tls.offered) return [info(msg`The SQL port offers no TLS (see crdb/tls).`)];
    const leaf = tls.chain[0];
    const key = leaf
      ? `${leaf.keyType}${leaf.curve ? ` ${leaf.curve}` : leaf.keyBits ? ` ${leaf.keyBits} bits` : ''}`
      : 'unknown';
    const pq =
      tls.postQuantumHybrid === 'untested'
        ? `${PQ_HYBRID_GROUP} not tested${tls.postQuantumNote ? ` (${tls.postQuantumNote})` : ''}`
        : `${PQ_HYBRID_GROUP} ${tls.postQuantumHybrid}`;
    const suites = facts.nodeArgs.ok
      ? facts.nodeArgs.value.flatMap(n => n.args.filter(a => a.startsWith('--tls-cipher-suites')))
      : [];
    const suiteText =
      ctx.deployment === 'cloud'
        ? ''
        : !facts.nodeArgs.ok
          ? '; cipher-suite flags unknown (node command lines unreadable)'
          : suites.length
            ? `; ${[...new Set(suites)].join(' ')}`
            : '; no --tls-cipher-suites (CockroachDB defaults)';
    return [
      info(
        msg`Negotiated ${raw(tls.protocol ?? '?')} with ${raw(tls.cipher ?? '?')}, key exchange ${raw(tls.group ?? '?')}; ${raw(pq)}; server key ${raw(key)}${raw(suiteText)}.`
      )
    ];
  }
});
