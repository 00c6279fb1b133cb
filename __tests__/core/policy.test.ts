import { describe, expect, it } from '@jest/globals';
import { applyPolicy } from '../../src/policy/apply.js';
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
      annotation: '*(downgraded from FAIL — development cluster)*'
    });
  });

  it('lets PCI DSS block the downgrade and says so', () => {
    expect(
      applyPolicy({ family: 'open-network' }, { status: 'FAIL' }, ctx('development', ['pci-dss']))
    ).toEqual({
      status: 'FAIL',
      annotation: '*(PCI DSS compliance — cannot downgrade)*'
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
      annotation: '*(SOC 2, ISO 27001, GDPR compliance — cannot downgrade)*'
    });
  });

  it('follows the table per environment', () => {
    expect(applyPolicy({ family: 'audit-logging' }, { status: 'FAIL' }, ctx('development')).status).toBe(
      'WARN'
    );
    expect(applyPolicy({ family: 'audit-logging' }, { status: 'FAIL' }, ctx('sandbox')).status).toBe('INFO');
    expect(applyPolicy({ family: 'hba-empty' }, { status: 'WARN' }, ctx('development'))).toEqual({
      status: 'INFO',
      annotation: '*(downgraded from WARN — development cluster)*'
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
      annotation: '*(raised to FAIL — PII/PHI data)*'
    });
    expect(applyPolicy({ family: 'encryption-at-rest' }, f, ctx('production', [], 'internal'))).toEqual({
      status: 'WARN'
    });
    expect(applyPolicy({ family: 'encryption-at-rest' }, f, ctx('development', [], 'financial'))).toEqual({
      status: 'WARN',
      annotation: '*(raised to FAIL — financial data)* *(downgraded from FAIL — development cluster)*'
    });
    expect(
      applyPolicy({ family: 'encryption-at-rest' }, f, ctx('development', ['hipaa'], 'financial'))
    ).toEqual({
      status: 'FAIL',
      annotation: '*(raised to FAIL — financial data)* *(HIPAA compliance — cannot downgrade)*'
    });
  });
});
