import { need, type Fact } from '../../core/facts.js';
import type { CrdbFacts, CrdbSettingName } from './facts.js';

/** A setting's value, or the check stops with UNKNOWN naming why it is missing. */
export function setting(facts: CrdbFacts, name: CrdbSettingName): string {
  return need(facts.settings[name] as Fact<string>);
}

/** A setting's value when readable, else undefined (for checks that can decide without it). */
export function settingIfKnown(facts: CrdbFacts, name: CrdbSettingName): string | undefined {
  const f = facts.settings[name];
  return f?.ok ? f.value : undefined;
}

export const isTrue = (v: string | undefined) => v !== undefined && /^(true|on|t|1)$/i.test(v.trim());
