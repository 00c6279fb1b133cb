import { fail, pass, warn, type RawFinding } from '../core/check.js';
import { msg, raw, type Text } from '../core/text.js';

/** ≤ 30 days left: FAIL; ≤ 90 days: WARN (the CockroachDB audit document's ladder, for every engine). */
export const CERT_FAIL_DAYS = 30;
export const CERT_WARN_DAYS = 90;

const DAY = 86_400_000;

/**
 * Whole days left until `validTo`, rounded down (as `openssl x509 -checkend` counts): a
 * certificate valid for 30 days and 23 hours has 30 days left. Negative once expired.
 */
export function daysLeft(validTo: string, now: Date): number {
  return Math.floor((Date.parse(validTo) - now.getTime()) / DAY);
}

/**
 * The certificate expiry ladder, in one sentence shape for every engine:
 * "<label> expired on <date>." or "<label> expires on <date>, in N days."
 */
export function judgeCertificateExpiry(label: Text, validTo: string, now: Date, object?: string): RawFinding {
  const expiresAt = Date.parse(validTo);
  const date = new Date(expiresAt).toISOString().slice(0, 10);
  if (expiresAt <= now.getTime()) return fail(msg`${raw(label)} expired on ${raw(date)}.`, object);
  const days = daysLeft(validTo, now);
  const detail = msg`${raw(label)} expires on ${raw(date)}, in ${raw(String(days))} ${raw(days === 1 ? 'day' : 'days')}.`;
  if (days <= CERT_FAIL_DAYS) return fail(detail, object);
  if (days <= CERT_WARN_DAYS) return warn(detail, object);
  return pass(detail, object);
}
