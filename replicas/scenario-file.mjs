// Loading of replica scenario files: JSON, optionally extending another file, with relative dates.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces every string of the form "@days:+N" / "@days:-N" with the ISO timestamp N days from
 * now, so that certificate expiries in scenario files do not go stale.
 */
export function resolveRelativeDates(value, now = Date.now()) {
  if (typeof value === 'string') {
    const m = /^@days:([+-]\d+)$/.exec(value);
    return m ? new Date(now + Number(m[1]) * 86400000).toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
  }
  if (Array.isArray(value)) return value.map(v => resolveRelativeDates(v, now));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRelativeDates(v, now)]));
  }
  return value;
}

/**
 * Reads a scenario file. `"extends": "<file>"` (relative to this file) starts from another scenario;
 * keys under `responses` replace the base's response for the same path, other top-level keys replace
 * the base's.
 */
export function loadScenarioFile(file, seen = new Set()) {
  const abs = path.resolve(file);
  if (seen.has(abs)) throw new Error(`scenario ${file}: "extends" loops back to itself`);
  seen.add(abs);
  let data;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (error) {
    throw new Error(`scenario ${file} cannot be read as JSON: ${error.message}`);
  }
  if (!data.extends) return data;
  const base = loadScenarioFile(path.resolve(path.dirname(abs), data.extends), seen);
  const { extends: _ignored, ...own } = data;
  const merged = { ...base, ...own };
  // Cluster settings merge key by key; null removes one (unknown on the version this file models).
  if (base.settings && own.settings) {
    merged.settings = { ...base.settings, ...own.settings };
    for (const [k, v] of Object.entries(merged.settings)) if (v === null) delete merged.settings[k];
  }
  if (base.responses || own.responses)
    merged.responses = { ...(base.responses ?? {}), ...(own.responses ?? {}) };
  return merged;
}

/**
 * Reads (when given a path) and validates a scenario against its zod schema. A mistake names the
 * replica kind, the file and the field.
 */
export function parseScenario(kind, schema, source) {
  const data = typeof source === 'string' ? loadScenarioFile(source) : source;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${kind} scenario${typeof source === 'string' ? ` ${source}` : ''}: ${issue.path.join('.') || 'top level'}: ${issue.message}`
    );
  }
  return parsed.data;
}
