import { fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import {
  acceptsPlaintext,
  describeRule,
  findShadowing,
  isAnyAddress,
  isBroad,
  isHostRule,
  isLocalOnly,
  parseAddress,
  PASSWORD_METHODS,
  ruleLocation
} from '../hba.js';
import { definePostgresCheck } from './define.js';

/**
 * Compliant: every reachable pg_hba rule restricts who may connect, from where, and with a strong
 * method over TLS. Rules are evaluated as PostgreSQL does (first match wins), so a rule that can never
 * match is reported as shadowed instead of being judged.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/hba',
    title: 'Client authentication (pg_hba)',
    dimension: 'Network Security',
    family: 'hba-empty',
    description:
      'No trust or clear-text password on host rules, no md5/ident, no broad or any-address password rules, and remote connections require TLS.',
    rationale:
      'Trust, clear-text password, md5 or ident rules, broad address ranges and plain-text remote connections let attackers log in without a credential, read passwords off the wire, or brute-force from anywhere.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: 'Use hostssl rules with scram-sha-256 (or cert) for named databases, users and narrow CIDRs; use peer for local connections; end with an explicit reject.',
      link: 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html'
    },
    frameworks: {
      'PCI DSS': ['1', '8'],
      'SOC 2': ['CC6.1', 'CC6.6'],
      'ISO 27001': ['8.5', '8.20'],
      HIPAA: ['164.312(d)']
    }
  },
  evaluate(facts) {
    const rules = need(facts.hba);
    const shadowed = findShadowing(rules);
    const findings: RawFinding[] = [];
    let active = 0;
    for (const rule of rules) {
      const where = ruleLocation(rule);
      const text = describeRule(rule);
      if (rule.error !== null) {
        // An unparseable rule has no identity but its place in the file.
        findings.push(
          info(msg`Rule at ${raw(where)} cannot be parsed and is ignored: ${rule.error}.`, where)
        );
        continue;
      }
      const first = shadowed.get(rule);
      if (first) {
        findings.push(
          info(
            msg`Rule at ${raw(where)} (${text}) can never match: the rule at ${raw(ruleLocation(first))} (${describeRule(first)}) matches first.`,
            text
          )
        );
        continue;
      }
      active++;
      const method = rule.method ?? '';
      if (method === 'reject') continue;
      const addr = parseAddress(rule);
      const host = isHostRule(rule);
      const local = isLocalOnly(addr);
      const fails: string[] = [];
      const warns: string[] = [];
      // trust over TCP is FAIL even on loopback: every process on the host (any OS user, any
      // container sharing the network namespace) connects as any listed role, superusers included.
      if (host && method === 'trust') {
        fails.push(
          local
            ? 'trust over TCP lets every process on the host connect as the listed roles with no credential'
            : 'trust admits anyone who can reach the address, with no password'
        );
      }
      if (host && method === 'password' && acceptsPlaintext(rule) && !local) {
        fails.push('password sends the password in clear text over connections without TLS');
      }
      if (rule.type === 'local' && method === 'trust') {
        warns.push('trust lets any local OS user connect as the listed roles without a password');
      }
      if (host && method === 'md5') warns.push('md5 is a weak challenge-response (use scram-sha-256)');
      if (host && method === 'ident') warns.push("ident trusts the client host's ident server");
      if (host && isAnyAddress(addr) && PASSWORD_METHODS.has(method))
        warns.push('password logins are accepted from any address');
      else if (host && isBroad(addr) && addr.kind === 'cidr')
        warns.push(`the range /${addr.prefix} is very broad`);
      if (host && acceptsPlaintext(rule) && !local && method !== 'trust') {
        warns.push('remote connections without TLS are accepted (use hostssl)');
      }
      if (fails.length === 0 && warns.length === 0) continue;
      const reasons = [...fails, ...warns].join('; ');
      const detail = msg`Rule at ${raw(where)} (${text}): ${raw(reasons)}.`;
      findings.push(fails.length > 0 ? fail(detail, text) : warn(detail, text));
    }
    if (!findings.some(f => f.status === 'FAIL' || f.status === 'WARN')) {
      findings.unshift(
        pass(
          msg`${raw(active === 1 ? 'The 1 reachable pg_hba rule restricts' : `All ${active} reachable pg_hba rules restrict`)} connections by address, user or method.`
        )
      );
    }
    return findings;
  }
});
