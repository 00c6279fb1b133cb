import { explainMissing } from '../../core/facts.js';
import { known, unknownValue, type Observed } from '../../core/observed.js';
import type { CbFacts } from './facts.js';

/** What the cluster audits, for detection coverage: auditing on or off and every disabled event id. */
export function observedCouchbase(facts: CbFacts): Observed {
  if (!facts.audit.ok) {
    const reason = explainMissing(facts.audit.reason, facts.audit.fix).text;
    return { settings: { 'audit.enabled': unknownValue(reason), 'audit.disabled': unknownValue(reason) } };
  }
  const a = facts.audit.value;
  const ids = [...a.disabled].sort((x, y) => x - y).map(String);
  return {
    settings: {
      'audit.enabled': known(a.auditdEnabled),
      'audit.disabled': known(ids.join(','), ids)
    }
  };
}
