import { describe, expect, it } from '@jest/globals';
import { applyPolicy } from '../../src/policy/apply.js';
import { policyMarkdown, policyText } from '../../src/core/policy-annotation.js';
import type { Compliance, Environment } from '../../src/core/check.js';

const ctx = (
  environment: Environment,
  compliance: Compliance[] = [],
  dataSensitivity: 'pii-phi' | 'financial' | 'internal' | 'public' = 'internal'
) => ({
  environment,
  compliance,
  dataSensitivity
});

describe('severity policy', () => {
  it('keeps production verdicts', () => {
    expect(applyPolicy({ family: 'open-network' }, { status: 'FAIL' }, ctx('production'))).toEqual({
      status: 'FAIL'
    });
    expect(applyPolicy({ family: 'open-network' }, { status: 'FAIL' }, ctx('staging'))).toEqual({
      status: 'FAIL'
    });
  });

  it('downgrades an open network FAIL to WARN in development with the exact annotation', () => {
    expect(applyPolicy({ family: 'open-network' }, { status: 'FAIL' }, ctx('development'))).toEqual({
      status: 'WARN',
      policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
    });
  });

  it('lets PCI DSS block the downgrade and says so', () => {
    expect(
      applyPolicy({ family: 'open-network' }, { status: 'FAIL' }, ctx('development', ['pci-dss']))
    ).toEqual({
      status: 'FAIL',
      policy: [{ kind: 'locked', from: 'FAIL', to: 'FAIL', reason: 'PCI DSS compliance' }]
    });
  });

  it('names every framework that blocks', () => {
    expect(
      applyPolicy(
        { family: 'audit-logging' },
        { status: 'FAIL' },
        ctx('sandbox', ['soc2', 'gdpr', 'iso27001'])
      )
    ).toEqual({
      status: 'FAIL',
      policy: [{ kind: 'locked', from: 'FAIL', to: 'FAIL', reason: 'SOC 2, ISO 27001, GDPR compliance' }]
    });
  });

  it('follows the table per environment', () => {
    expect(applyPolicy({ family: 'audit-logging' }, { status: 'FAIL' }, ctx('development')).status).toBe(
      'WARN'
    );
    expect(applyPolicy({ family: 'audit-logging' }, { status: 'FAIL' }, ctx('sandbox')).status).toBe('INFO');
    expect(applyPolicy({ family: 'hba-empty' }, { status: 'WARN' }, ctx('development'))).toEqual({
      status: 'INFO',
      policy: [{ kind: 'downgraded', from: 'WARN', to: 'INFO', reason: 'development cluster' }]
    });
    expect(applyPolicy({ family: 'backups' }, { status: 'FAIL' }, ctx('sandbox')).status).toBe('INFO');
  });

  it('never raises a status and leaves other statuses alone', () => {
    expect(applyPolicy({ family: 'admin-count' }, { status: 'WARN' }, ctx('development'))).toEqual({
      status: 'WARN'
    });
    expect(applyPolicy({ family: 'sso' }, { status: 'PASS' }, ctx('development'))).toEqual({
      status: 'PASS'
    });
    expect(applyPolicy({ family: 'sso' }, { status: 'UNKNOWN' }, ctx('development'))).toEqual({
      status: 'UNKNOWN'
    });
  });

  it('does not downgrade families outside the table', () => {
    expect(applyPolicy({ family: 'password-policy' }, { status: 'FAIL' }, ctx('sandbox'))).toEqual({
      status: 'FAIL'
    });
    expect(applyPolicy({ family: 'encryption-in-transit' }, { status: 'FAIL' }, ctx('development'))).toEqual({
      status: 'FAIL'
    });
    expect(applyPolicy({}, { status: 'FAIL' }, ctx('development'))).toEqual({ status: 'FAIL' });
  });

  it('raises encryption-at-rest "not enabled" to FAIL for sensitive data', () => {
    const f = { status: 'WARN' as const, condition: 'not-enabled' };
    expect(applyPolicy({ family: 'encryption-at-rest' }, f, ctx('production', [], 'pii-phi'))).toEqual({
      status: 'FAIL',
      policy: [{ kind: 'raised', from: 'WARN', to: 'FAIL', reason: 'PII/PHI data' }]
    });
    expect(applyPolicy({ family: 'encryption-at-rest' }, f, ctx('production', [], 'internal'))).toEqual({
      status: 'WARN'
    });
    expect(applyPolicy({ family: 'encryption-at-rest' }, f, ctx('development', [], 'financial'))).toEqual({
      status: 'WARN',
      policy: [
        { kind: 'raised', from: 'WARN', to: 'FAIL', reason: 'financial data' },
        { kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }
      ]
    });
    expect(
      applyPolicy({ family: 'encryption-at-rest' }, f, ctx('development', ['hipaa'], 'financial'))
    ).toEqual({
      status: 'FAIL',
      policy: [
        { kind: 'raised', from: 'WARN', to: 'FAIL', reason: 'financial data' },
        { kind: 'locked', from: 'FAIL', to: 'FAIL', reason: 'HIPAA compliance' }
      ]
    });
  });

  it('words each annotation per format', () => {
    const down = { kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' } as const;
    const up = { kind: 'raised', from: 'WARN', to: 'FAIL', reason: 'PII/PHI data' } as const;
    const lock = { kind: 'locked', from: 'FAIL', to: 'FAIL', reason: 'PCI DSS compliance' } as const;
    expect([down, up, lock].map(policyMarkdown)).toEqual([
      '*(downgraded from FAIL — development cluster)*',
      '*(raised to FAIL — PII/PHI data)*',
      '*(PCI DSS compliance — cannot downgrade)*'
    ]);
    expect([down, up, lock].map(policyText)).toEqual([
      'downgraded from FAIL to WARN (development cluster)',
      'raised from WARN to FAIL (PII/PHI data)',
      'kept at FAIL, not downgraded (PCI DSS compliance)'
    ]);
  });
});
