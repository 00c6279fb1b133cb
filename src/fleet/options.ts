import { UsageError } from '../core/errors.js';
import { FLEET_FORMATS, type FleetFormat } from './write.js';

/**
 * A report age: `48h`, `2d`, `90m`, or a bare number of hours. Anything else is a usage error
 * naming the flag (or input) and the value.
 */
export function parseMaxAge(value: string | undefined, label: string): number {
  if (value === undefined) return 48;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|h|d)?\s*$/i.exec(value);
  const n = m
    ? Number(m[1]) * { m: 1 / 60, h: 1, d: 24 }[(m[2] ?? 'h').toLowerCase() as 'm' | 'h' | 'd']
    : NaN;
  if (!Number.isFinite(n) || n <= 0 || n > 24 * 366) {
    throw new UsageError(
      `Invalid ${label} ${JSON.stringify(value)}: expected a duration such as 48h, 2d or 90m (at most 366 days).`
    );
  }
  return n;
}

export function parseFleetFormats(value: string | undefined, label: string): FleetFormat[] {
  if (value === undefined) return ['markdown', 'json'];
  const items = value
    .split(',')
    .map(s => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.find(i => !(FLEET_FORMATS as readonly string[]).includes(i));
  if (bad !== undefined || items.length === 0) {
    throw new UsageError(
      `Invalid ${label} ${JSON.stringify(value)}${bad !== undefined ? ` (item ${JSON.stringify(bad)})` : ''}: expected a comma list of ${FLEET_FORMATS.join(', ')}.`
    );
  }
  return items as FleetFormat[];
}

export function parseChoice<T extends string>(
  value: string | undefined,
  label: string,
  choices: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`Invalid ${label} ${JSON.stringify(value)}: expected one of ${choices.join(', ')}.`);
  }
  return v as T;
}
