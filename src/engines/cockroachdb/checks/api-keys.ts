import { pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';

/** A Cloud API key older than this should have been rotated. */
const MAX_AGE_DAYS = 90;

/** Cloud API keys (GET /api/v1/api-keys): WARN for each key created more than 90 days ago. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/api-keys',
    title: 'Cloud API key age',
    dimension: 'Authentication & SSO',
    appliesTo: ['cloud'],
    description: `Every CockroachDB Cloud API key was created within the last ${MAX_AGE_DAYS} days.`,
    rationale:
      'A Cloud API key is a bearer secret for a service account with no expiry of its own; the older it is, the more copies of it sit in CI variables, laptops and logs, and the longer a leaked one keeps working.',
    verify: 'Who uses each listed key, and whether it can be rotated without an outage.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Create a new key for the service account, switch its users over, then delete the old key (Cloud Console > Organization > Access Management > Service Accounts).',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access'
    },
    frameworks: { 'SOC 2': ['CC6.1'], 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
  },
  evaluate(facts, ctx) {
    const keys = need(facts.cloud.apiKeys);
    const cutoff = ctx.auditedAt.getTime() - MAX_AGE_DAYS * 86_400_000;
    const findings: RawFinding[] = [];
    for (const k of keys) {
      const created = Date.parse(k.createdAt);
      if (!Number.isFinite(created) || created < cutoff) {
        const age = Number.isFinite(created)
          ? `${Math.floor((ctx.auditedAt.getTime() - created) / 86_400_000)} days ago`
          : 'at an unknown time';
        findings.push(
          warn(
            msg`API key ${k.name} (service account ${k.serviceAccountId}) was created ${raw(age)}: rotate it.`,
            k.id
          )
        );
      }
    }
    if (findings.length) return findings;
    return [
      pass(
        msg`${raw(plural(keys.length, 'API key'))}, each created within the last ${raw(String(MAX_AGE_DAYS))} days.`
      )
    ];
  }
});
